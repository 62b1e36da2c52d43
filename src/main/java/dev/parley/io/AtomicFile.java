package dev.parley.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file all at once: the content goes to a hidden temporary file in the same folder, is flushed to disk
 * and renamed over the target. A reader sees the old file or the new one; a writer killed half-way leaves only its
 * temporary file, which the next write removes once its process is gone.
 */
public final class AtomicFile {
    @FunctionalInterface
    public interface Content {
        void write(FileChannel channel) throws IOException;
    }

    private AtomicFile() {
    }

    /** Writes {@code target} anew; its folder must exist. */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path tmp = temporaryFor(absolute);
        boolean done = false;
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.write(channel);
                channel.force(true);
            }
            Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            done = true;
            syncDirectory(dir);
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
        removeLeftovers(absolute);
    }

    /**
     * A hidden temporary file beside {@code target}, named after this process, for a writer that renames it over
     * the target when done; {@link #removeLeftovers} recognises it once the process is gone.
     */
    public static Path temporaryFor(Path target) {
        Path absolute = target.toAbsolutePath();
        return absolute.resolveSibling("." + absolute.getFileName() + "." + ProcessHandle.current().pid() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
    }

    /** Makes the rename itself durable; not every platform can open a folder, and then there is nothing to do. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // best effort
        }
    }

    /** Removes the temporary files of writers of {@code target} that were killed; those still running keep theirs. */
    public static void removeLeftovers(Path target) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        String prefix = "." + absolute.getFileName() + ".";
        try (var siblings = Files.newDirectoryStream(dir, p -> p.getFileName().toString().startsWith(prefix)
                && p.getFileName().toString().endsWith(".tmp"))) {
            for (Path leftover : siblings) {
                String middle = leftover.getFileName().toString().substring(prefix.length());
                int dot = middle.indexOf('.');
                long pid;
                try {
                    pid = Long.parseLong(dot < 0 ? middle : middle.substring(0, dot));
                } catch (NumberFormatException notOurs) {
                    continue;
                }
                if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    Files.deleteIfExists(leftover);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // tidying up is a courtesy
        }
    }
}
