package dev.parley.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The lock of one model's files ({@code model.json.lock} beside {@code model.json}): a build holds it from before
 * it writes the model until its snapshot and search index are written, and a corrections writer while it changes
 * the corrections, so that two writers take turns and the files beside a model always come from the same one.
 *
 * <p>An operating-system lock on the file ({@link FileChannel#lock}), not the file's existence: a writer that is
 * killed gives it up with its process, and the file left behind locks nothing. The holder writes its process id
 * into the file so that a writer that has to wait can say whom it waits for.
 */
public final class ModelLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private ModelLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static Path pathFor(Path model) {
        Path absolute = model.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + ".lock");
    }

    /**
     * Takes the lock, waiting as long as another writer holds it.
     *
     * @param waiting told once, with the holder ("pid 1234"), when the lock is held by someone else
     */
    public static ModelLock acquire(Path model, Consumer<String> waiting) throws IOException {
        FileChannel channel = open(model);
        try {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                waiting.accept(holder(model));
                lock = waitFor(channel);
            }
            return held(channel, lock);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Takes the lock, waiting at most {@code waitMillis}; when another writer still holds it then, throws what
     * {@code busy} makes of the holder ("pid 1234").
     */
    public static ModelLock tryFor(Path model, long waitMillis, Function<String, IOException> busy) throws IOException {
        FileChannel channel = open(model);
        try {
            long deadline = System.nanoTime() + waitMillis * 1_000_000L;
            FileLock lock;
            while ((lock = tryLock(channel)) == null) {
                if (System.nanoTime() >= deadline) {
                    throw busy.apply(holder(model));
                }
                pause();
            }
            return held(channel, lock);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static FileChannel open(Path model) throws IOException {
        Path file = pathFor(model);
        Files.createDirectories(file.getParent());
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    /** Null when another process, or another writer in this one, holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            return null;
        }
    }

    /** Blocks for another process; polls for another writer of this process, which the JVM will not block on. */
    private static FileLock waitFor(FileChannel channel) throws IOException {
        while (true) {
            try {
                return channel.lock();
            } catch (OverlappingFileLockException sameProcess) {
                pause();
            }
        }
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for a lock");
        }
    }

    private static ModelLock held(FileChannel channel, FileLock lock) {
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        } catch (IOException fullDisk) {
            // the id is only for the message of a writer that waits; the lock holds without it
        }
        return new ModelLock(channel, lock);
    }

    /** "pid 1234", from what the holder wrote into the file; "another parley" when it wrote nothing readable. */
    static String holder(Path model) {
        try {
            String pid = Files.readString(pathFor(model), StandardCharsets.US_ASCII).strip();
            if (pid.matches("\\d{1,19}")) {
                return "pid " + pid;
            }
        } catch (IOException | RuntimeException unreadable) {
            // fall through
        }
        return "another parley";
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
