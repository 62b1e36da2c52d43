package dev.parley.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs a command line in-process, and compares outputs with golden files under src/test/resources/golden/cli. */
final class CliRun {
    private static final Path DIR = Path.of(System.getProperty("parley.root", "."), "src", "test", "resources", "golden", "cli");

    record Result(int code, String out, String err) {
    }

    private CliRun() {
    }

    static Result run(Path cwd, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(args, cwd, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), Map.of("PARLEY_STDERR_TTY", "0"));
        return new Result(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    /** Same rules as the screen goldens: -Dparley.updateGolden=true rewrites, a missing file is written and fails. */
    static void golden(String name, String actual) {
        Path file = DIR.resolve(name);
        try {
            if (Boolean.getBoolean("parley.updateGolden") || !Files.exists(file)) {
                boolean existed = Files.exists(file);
                Files.createDirectories(DIR);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                if (!existed && !Boolean.getBoolean("parley.updateGolden")) {
                    throw new AssertionError("new golden output " + file + " written; review it and run again");
                }
                return;
            }
            assertThat(actual).as("output %s (rewrite with -Dparley.updateGolden=true after review)", name)
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
