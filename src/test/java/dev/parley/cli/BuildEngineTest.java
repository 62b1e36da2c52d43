package dev.parley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code parley build --engine}: the embedded engine here; the Spark one is a module of its own, not in this jar. */
class BuildEngineTest {
    @TempDir
    Path dir;

    private String err;

    private int run(String... args) {
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(args, dir, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8),
                Map.of("PARLEY_STDERR_TTY", "0", "XDG_CACHE_HOME", dir.resolve(".cache").toString()));
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    private void article() throws IOException {
        Files.createDirectories(dir.resolve("in"));
        Files.writeString(dir.resolve("in/a.txt"), "Minister Anna Berg met Karl Holm in Oslo.\n", StandardCharsets.UTF_8);
    }

    @Test
    void embeddedIsTheDefaultAndCanBeNamed() throws IOException {
        article();
        assertThat(run("build", "in", "-o", "a.json")).isZero();
        assertThat(run("build", "--engine", "embedded", "in", "-o", "b.json")).isZero();
        assertThat(Files.readAllBytes(dir.resolve("b.json"))).isEqualTo(Files.readAllBytes(dir.resolve("a.json")));
    }

    @Test
    void sparkFromThisJar_isAUsageErrorThatSaysWhereItRuns() throws IOException {
        article();
        assertThat(run("build", "--engine", "spark", "in", "-o", "m.json")).isEqualTo(2);
        assertThat(err.strip().lines()).hasSize(1);
        assertThat(err).contains("--engine spark", "launcher", "spark-submit");
        assertThat(dir.resolve("m.json")).doesNotExist();
    }

    @Test
    void anUnknownEngineIsAUsageError() {
        assertThat(run("build", "--engine", "flink")).isEqualTo(2);
        assertThat(err.strip()).isEqualTo("parley build: unknown engine flink (embedded or spark)");
    }
}
