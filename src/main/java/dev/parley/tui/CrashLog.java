package dev.parley.tui;

import dev.parley.io.UserDirs;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;

/** Where an unexpected error goes: a log under the user's state directory, never over the user's terminal. */
final class CrashLog {
    private CrashLog() {
    }

    /** $XDG_STATE_HOME/parley/parley.log, or ~/.local/state/parley/parley.log. */
    static Path location(Map<String, String> env, String home) {
        return UserDirs.state(env, home).resolve("parley.log");
    }

    /** Appends the error; returns where, or null when even that failed. */
    static Path write(Throwable error, Map<String, String> env, String home) {
        Path log = location(env, home);
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, Instant.now() + " explorer error\n" + trace + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return log;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
