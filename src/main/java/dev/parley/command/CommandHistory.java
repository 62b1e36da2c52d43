package dev.parley.command;

import dev.parley.io.AtomicFile;
import dev.parley.io.IoProblem;
import dev.parley.io.UserDirs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The commands a user ran, oldest first, kept across runs in the user's state directory
 * ({@code $XDG_STATE_HOME/parley/history}, else {@code ~/.local/state/parley/history}), one per line, at most
 * {@link #LIMIT}. The shell's JLine history uses the same file. A history that cannot be read or written is
 * not worth failing for: it is then kept in memory only.
 */
public final class CommandHistory {
    public static final int LIMIT = 500;

    private final Path file;
    private final List<String> lines;
    private String problem;
    private boolean unreported;

    private CommandHistory(Path file, List<String> lines) {
        this.file = file;
        this.lines = new ArrayList<>(lines);
    }

    /** A history that is never written anywhere (tests, or no home directory). */
    public static CommandHistory inMemory() {
        return new CommandHistory(null, List.of());
    }

    public static Path location(Map<String, String> env, String home) {
        return UserDirs.state(env, home).resolve("history");
    }

    public static CommandHistory load(Path file) {
        List<String> lines = new ArrayList<>();
        try {
            if (Files.isRegularFile(file)) {
                for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String s = unescape(l).strip();
                    if (!s.isEmpty()) {
                        lines.add(s);
                    }
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // start empty
        }
        return new CommandHistory(file, lines.subList(Math.max(0, lines.size() - LIMIT), lines.size()));
    }

    public Path file() {
        return file;
    }

    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    /** Adds a command (not a repeat of the last one), drops the oldest beyond the limit, and saves. */
    public synchronized void add(String line) {
        String s = line == null ? "" : line.strip().replace('\n', ' ');
        if (s.isEmpty() || (!lines.isEmpty() && lines.get(lines.size() - 1).equals(s))) {
            return;
        }
        lines.add(s);
        while (lines.size() > LIMIT) {
            lines.remove(0);
        }
        if (file != null) {
            save();
        }
    }

    /**
     * Rewrites the file atomically ({@link AtomicFile}): on a full disk or in a read-only folder the file keeps
     * what it had, and {@link #problem} says what went wrong, once.
     */
    private void save() {
        StringBuilder text = new StringBuilder();
        for (String l : lines) {
            text.append(escape(l)).append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(file.getParent());
            AtomicFile.write(file, channel -> {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            });
        } catch (IOException | RuntimeException unwritable) {
            // kept in memory for this run
            if (problem == null) {
                problem = "cannot save the command history " + file + ": " + IoProblem.of(unwritable)
                        + " (kept for this run only)";
                unreported = true;
            }
        }
    }

    /**
     * The first failure to save, once: null when the history was saved or the failure was reported already. One
     * line for the front end to show where it can (the shell between lines, the explorer after it closes).
     */
    public synchronized String unreportedProblem() {
        if (!unreported) {
            return null;
        }
        unreported = false;
        return problem;
    }

    /** JLine's history file escapes backslashes; both front ends share the file, so this does the same. */
    static String escape(String s) {
        return s.replace("\\", "\\\\");
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 'n' ? ' ' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
