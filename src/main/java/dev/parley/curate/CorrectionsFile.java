package dev.parley.curate;

import dev.parley.io.AtomicFile;
import dev.parley.io.IoProblem;
import dev.parley.io.ModelLock;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The corrections of a model, in a text file beside it ({@code model.json} → {@code model.corrections.tsv}): a
 * comment line, then one correction a line, oldest first, so that a diff shows what an analyst changed.
 *
 * <p>Every change rewrites the file atomically ({@link AtomicFile}) while holding a lock on a lock file beside it,
 * so two writers (the explorer and a {@code parley curate} in another terminal) cannot lose each other's entries:
 * the second waits a little for the first, then gives up with a {@link Busy} that says why.
 */
public final class CorrectionsFile {
    static final String HEADER = "# Parley corrections: time, action, subject, value, note (tab-separated; "
            + "edit with `parley curate`)";
    /** How long a writer waits for another one to finish. */
    static final long WAIT_MILLIS = 3000;

    private final Path file;
    /** The model these corrections belong to, or null for a file on its own (tests). */
    private final Path model;
    private final long waitMillis;

    public CorrectionsFile(Path file) {
        this(file, null, WAIT_MILLIS);
    }

    CorrectionsFile(Path file, long waitMillis) {
        this(file, null, waitMillis);
    }

    private CorrectionsFile(Path file, Path model, long waitMillis) {
        this.file = file;
        this.model = model;
        this.waitMillis = waitMillis;
    }

    /** The corrections file of a model: its name without {@code .json}, then {@code .corrections.tsv}. */
    public static CorrectionsFile of(Path model) {
        return new CorrectionsFile(pathFor(model), model, WAIT_MILLIS);
    }

    public static Path pathFor(Path model) {
        String name = model.getFileName().toString();
        String base = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        return model.resolveSibling(base + ".corrections.tsv");
    }

    public Path path() {
        return file;
    }

    /** Another writer holds the lock for longer than a writer waits. */
    public static final class Busy extends IOException {
        private static final long serialVersionUID = 1L;

        Busy(String message) {
            super(message);
        }
    }

    /** A line of the file that is not a correction. */
    public static final class Malformed extends IOException {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message);
        }
    }

    /** The corrections, oldest first; none when there is no file. */
    public List<Correction> read() throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        }
        List<Correction> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            try {
                out.add(Correction.parse(line));
            } catch (IllegalArgumentException e) {
                throw new Malformed(file + " line " + (i + 1) + ": " + e.getMessage());
            }
        }
        return List.copyOf(out);
    }

    /** Adds a correction at the end. */
    public List<Correction> add(Correction c) throws IOException {
        return change(list -> {
            List<Correction> out = new ArrayList<>(list);
            out.add(c);
            return out;
        });
    }

    /**
     * Takes back the newest correction; null when there is none. The rest of the file is left as it was.
     */
    public Correction undo() throws IOException {
        Correction[] undone = {null};
        change(list -> {
            if (list.isEmpty()) {
                return list;
            }
            undone[0] = list.get(list.size() - 1);
            return list.subList(0, list.size() - 1);
        });
        return undone[0];
    }

    /** Reads, changes and writes the file under the lock: another writer's entries are read, never overwritten. */
    List<Correction> change(UnaryOperator<List<Correction>> edit) throws IOException {
        Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = lock(channel, lockFile);
             ModelLock build = buildLock()) {
            List<Correction> before = read();
            List<Correction> after = edit.apply(before);
            if (after != before) {
                write(after);
            }
            return after;
        } catch (Busy | Malformed e) {
            throw e;
        } catch (IOException e) {
            // the message of a failed write names the lock or the temporary file; the user knows this one
            throw new IOException(file + ": cannot write: " + IoProblem.of(e), e);
        }
    }

    /**
     * The lock a build of the model holds while it writes the model and its index (which holds the corrected
     * model): a correction written in the middle of that would leave an index that mixes the two. Null when this
     * file belongs to no model.
     */
    private ModelLock buildLock() throws IOException {
        return model == null ? null : ModelLock.tryFor(model, waitMillis,
                pid -> new Busy("a build of " + model.getFileName() + " is running (" + pid + " holds "
                        + ModelLock.pathFor(model).getFileName() + "); try again when it is done"));
    }

    private FileLock lock(FileChannel channel, Path lockFile) throws IOException {
        long deadline = System.nanoTime() + waitMillis * 1_000_000L;
        while (true) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null; // held by another writer of this process
            }
            if (lock != null) {
                return lock;
            }
            if (System.nanoTime() >= deadline) {
                throw new Busy("another parley is changing " + file.getFileName() + " (it holds " + lockFile
                        + "); try again when it is done");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Busy("interrupted while waiting for " + lockFile);
            }
        }
    }

    private void write(List<Correction> list) throws IOException {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (Correction c : list) {
            b.append(c.line()).append('\n');
        }
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(file, channel -> {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        });
    }
}
