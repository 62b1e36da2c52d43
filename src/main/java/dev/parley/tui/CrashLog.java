package dev.parley.tui;

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
        String state = env.get("XDG_STATE_HOME");
        Path base = state != null && !state.isBlank() && Path.of(state).isAbsolute()
                ? Path.of(state) : Path.of(home, ".local", "state");
        return base.resolve("parley").resolve("parley.log");
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
