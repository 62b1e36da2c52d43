package dev.parley.cli;

import dev.parley.io.ModelJson;
import dev.parley.model.Corpus;
import dev.parley.model.Document;
import dev.parley.model.Skipped;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code parley build --field PART=NAME}: JSON exports with their own field names. */
class BuildFieldsTest {
    @TempDir
    Path dir;

    private final Map<String, String> env = new HashMap<>(Map.of("PARLEY_STDERR_TTY", "0"));
    private String err;

    @BeforeEach
    void cacheInTheTestFolder() {
        env.put("XDG_CACHE_HOME", dir.resolve(".cache").toString());
    }

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(args, dir, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), env);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    private static final String EXPORT = """
            {"heading": "Envoys meet in Tallow", "story": "The envoys of Aldoria and Brenmark met in Tallow.", "ts": 1710979200, "meta": {"site": "Tallow Times"}}
            {"heading": "No story here", "text": "A text field the override does not look at."}
            """;

    @Test
    void fieldOverridesNameTheFieldsOfAnExport() throws IOException {
        Files.createDirectories(dir.resolve("in"));
        Files.writeString(dir.resolve("in/export.jsonl"), EXPORT, StandardCharsets.UTF_8);
        assertThat(run("build", "in", "-o", "m.json", "--field", "text=story", "--field", "date=ts",
                "--field", "title=heading", "--field", "source=meta.site")).isZero();
        Corpus corpus = ModelJson.read(dir.resolve("m.json"));
        assertThat(corpus.documents()).hasSize(1);
        Document d = corpus.documents().get(0);
        assertThat(d.id()).isEqualTo("export#1");
        assertThat(d.title()).isEqualTo("Envoys meet in Tallow");
        assertThat(d.source()).isEqualTo("Tallow Times");
        assertThat(d.date().value()).isEqualTo("2024-03-21");
        assertThat(d.origin()).isEqualTo("export.jsonl:1");
        assertThat(corpus.skipped()).containsExactly(new Skipped("export.jsonl:2", "no text (looked for story)"));
        assertThat(err).contains("export.jsonl:2: no text (looked for story)");
    }

    @Test
    void withoutOverridesTheUsualNamesApply() throws IOException {
        Files.createDirectories(dir.resolve("in"));
        Files.writeString(dir.resolve("in/export.jsonl"), EXPORT, StandardCharsets.UTF_8);
        assertThat(run("build", "in", "-o", "m.json")).isZero();
        Corpus corpus = ModelJson.read(dir.resolve("m.json"));
        assertThat(corpus.documents()).extracting(Document::id).containsExactly("export#2");
    }

    @Test
    void aBadFieldOptionIsAUsageError() throws IOException {
        Files.createDirectories(dir.resolve("in"));
        Files.writeString(dir.resolve("in/export.jsonl"), EXPORT, StandardCharsets.UTF_8);
        assertThat(run("build", "in", "-o", "m.json", "--field", "body")).isEqualTo(2);
        assertThat(err).contains("--field wants PART=NAME");
        assertThat(run("build", "in", "-o", "m.json", "--field", "author=byline")).isEqualTo(2);
        assertThat(err).contains("unknown part 'author'");
        assertThat(dir.resolve("m.json")).doesNotExist();
    }

    @Test
    void metadataChangesAreNotHiddenByTheExtractionCache() throws IOException {
        Files.createDirectories(dir.resolve("in"));
        Path file = dir.resolve("in/export.jsonl");
        Files.writeString(file, "{\"title\": \"Envoys meet\", \"text\": \"The envoys met in Tallow.\", "
                + "\"date\": \"2024-03-21\", \"source\": \"Tallow Times\"}\n", StandardCharsets.UTF_8);
        assertThat(run("build", "in", "-o", "m.json")).isZero();
        Files.writeString(file, "{\"title\": \"Envoys meet\", \"text\": \"The envoys met in Tallow.\", "
                + "\"date\": \"2024-03-22\", \"source\": \"Aldoria Post\"}\n", StandardCharsets.UTF_8);
        assertThat(run("build", "in", "-o", "m.json")).isZero();
        Document d = ModelJson.read(dir.resolve("m.json")).documents().get(0);
        assertThat(d.date().value()).isEqualTo("2024-03-22");
        assertThat(d.source()).isEqualTo("Aldoria Post");
    }
}
