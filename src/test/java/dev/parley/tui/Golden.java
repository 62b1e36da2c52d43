package dev.parley.tui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Screens compared with text files under src/test/resources/golden. Run with -Dparley.updateGolden=true to
 * rewrite them after a deliberate change, then review the diff. A missing file is written and the test fails,
 * so that no new screen is accepted unseen.
 */
final class Golden {
    private static final Path DIR = Path.of(System.getProperty("parley.root", "."), "src", "test", "resources", "golden");

    private Golden() {
    }

    static void check(String name, String actual) {
        Path file = DIR.resolve(name + ".txt");
        try {
            if (Boolean.getBoolean("parley.updateGolden")) {
                Files.createDirectories(DIR);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file)) {
                Files.createDirectories(DIR);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                throw new AssertionError("new golden screen " + file + " written; review it and run again");
            }
            assertThat(actual).as("screen %s (rewrite with -Dparley.updateGolden=true after review)", name)
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
