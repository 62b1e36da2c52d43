package dev.parley.cli;

import dev.parley.io.ModelJson;
import dev.parley.model.Corpus;
import dev.parley.model.Skipped;
import dev.parley.testing.Seeds;
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
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {
    @TempDir
    Path dir;

    private final Map<String, String> env = new HashMap<>(Map.of("PARLEY_STDERR_TTY", "0"));
    private String out;
    private String err;

    private int run(String... args) {
        return runIn(dir, args);
    }

    private int runIn(Path cwd, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(args, cwd, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), env);
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    private Path copyOfSeeds(Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> seeds = Files.list(Seeds.root().resolve("seeds"))) {
            for (Path p : seeds.toList()) {
                Files.copy(p, target.resolve(p.getFileName()));
            }
        }
        return target;
    }

    private static void assertOneLine(String s) {
        assertThat(s).endsWith("\n");
        assertThat(s.strip()).doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @org.junit.jupiter.api.BeforeEach
    void cacheInTheTestFolder() {
        env.put("XDG_CACHE_HOME", dir.resolve(".cache").toString());
    }

    @Test
    void aSecondBuildReusesUnchangedArticles_andSaysSo() throws IOException {
        Path articles = copyOfSeeds(dir.resolve("articles"));

        assertThat(run("build", "articles", "-o", "a.json")).isZero();
        assertThat(err).doesNotContain("unchanged");
        assertThat(run("build", "articles", "-o", "a.json")).isZero();
        assertThat(err).contains("5 documents (5 unchanged, not extracted again)");
        byte[] reused = Files.readAllBytes(dir.resolve("a.json"));

        Files.writeString(articles.resolve("extra.txt"), "Minister Ana Kovač met Jonas Lindqvist in Vienna on Monday.\n");
        assertThat(run("build", "articles", "-o", "a.json")).isZero();
        assertThat(err).contains("6 documents (5 unchanged, not extracted again)");

        Files.delete(articles.resolve("extra.txt"));
        assertThat(run("build", "articles", "-o", "a.json", "--no-cache")).isZero();
        assertThat(err).doesNotContain("unchanged");
        assertThat(Files.readAllBytes(dir.resolve("a.json"))).isEqualTo(reused);
        try (Stream<Path> cached = Files.walk(dir.resolve(".cache/parley/extractions"))) {
            assertThat(cached.filter(p -> p.toString().endsWith(".bin"))).hasSize(1);
        }
    }

    @Test
    void theCacheOfAModelThatIsGoneIsRemovedByTheNextBuild() throws IOException {
        copyOfSeeds(dir.resolve("articles"));
        assertThat(run("build", "articles", "-o", "gone/a.json")).isZero();
        Path caches = dir.resolve(".cache/parley/extractions");
        try (Stream<Path> cached = Files.list(caches)) {
            assertThat(cached.filter(p -> p.toString().endsWith(".bin"))).hasSize(1);
        }
        Files.delete(dir.resolve("gone/a.json"));

        assertThat(run("build", "articles", "-o", "b.json")).isZero();

        try (Stream<Path> cached = Files.list(caches)) {
            assertThat(cached.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(BuildCommand.cacheFile(env, dir.resolve("b.json")).getFileName().toString(),
                            BuildCommand.cacheFile(env, dir.resolve("b.json")).getFileName().toString()
                                    .replace(".bin", ".model"));
        }
    }

    @Test
    void pick_unknownListOrFormat_usageError_oneLine_exit2() {
        assertThat(run("pick", "bogus")).isEqualTo(2);
        assertOneLine(err);
        assertThat(err).contains("no list named “bogus”", "quotes, people, docs, meetings or topics");
        assertThat(out).isEmpty();
        assertThat(run("pick", "quotes", "--format", "yaml")).isEqualTo(2);
        assertThat(err).contains("no format named “yaml”");
        assertThat(run("pick", "people", "--format", "path")).isEqualTo(2);
        assertThat(err).contains("--format path is for docs and quotes");
    }

    @Test
    void pick_missingModel_exit2_beforeAnyTerminal() {
        assertThat(run("pick", "quotes", "--model", "none.json")).isEqualTo(2);
        assertOneLine(err);
        assertThat(err).contains("no model at", "parley build");
        assertThat(out).isEmpty();
    }

    @Test
    void versionPrintsNameAndVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out).matches("parley \\S+\n");
        assertThat(err).isEmpty();
    }

    @Test
    void everyCommandHasHelp() {
        assertThat(run("--help")).isZero();
        assertThat(out).startsWith("Usage: parley").contains("build");

        assertThat(run("build", "--help")).isZero();
        assertThat(out).startsWith("Usage: parley build").contains("-o, --output=FILE").contains("[DIR...]");

        assertThat(run("help", "build")).isZero();
        assertThat(out).startsWith("Usage: parley build");
    }

    @Test
    void unknownOptionIsAUsageErrorOnOneLine() {
        assertThat(run("build", "--frobnicate")).isEqualTo(2);
        assertThat(out).isEmpty();
        assertOneLine(err);
        assertThat(err).startsWith("parley build: Unknown option: '--frobnicate'").contains("--help");
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertThat(run("explode")).isEqualTo(2);
        assertOneLine(err);
        assertThat(err).contains("'explode'");
    }

    @Test
    void missingInputFolderIsAUsageError() {
        assertThat(run("build", dir.resolve("no-such-folder").toString())).isEqualTo(2);
        assertOneLine(err);
        assertThat(err).contains("no such file or folder").contains("no-such-folder");
    }

    @Test
    void missingDefaultFolderExplainsWhatToDo() {
        assertThat(run("build")).isEqualTo(2);
        assertOneLine(err);
        assertThat(err).contains("seeds").contains("parley build DIR");
    }

    @Test
    void buildWritesTheModelSkipsBadFilesAndSummarises() throws IOException {
        Path input = copyOfSeeds(dir.resolve("articles"));
        Files.write(input.resolve("scan.txt"), new byte[] {'%', 'P', 'D', 'F', 0, 0, 1, 2});
        Path model = dir.resolve("out/model.json");

        int code = run("build", input.toString(), "-o", model.toString());

        assertThat(code).as(err).isZero();
        assertThat(out).isEmpty();
        assertThat(err.lines()).containsExactly(
                "parley: skipped " + input.resolve("scan.txt") + ": binary file",
                err.lines().toList().get(1));
        assertThat(err.lines().toList().get(1))
                .matches("built " + java.util.regex.Pattern.quote(model.toString())
                        + ": 5 documents, \\d+ people, \\d+ quotes, 1 skipped in \\d+\\.\\d s");
        Corpus corpus = ModelJson.read(model);
        assertThat(corpus.documents()).hasSize(5);
        assertThat(corpus.skipped()).containsExactly(new Skipped("scan.txt", "binary file"));
        assertThat(corpus.generator()).startsWith("parley ");
    }

    @Test
    void buildDefaultsToSeedsAndDataModelJsonInTheCurrentFolder() throws IOException {
        copyOfSeeds(dir.resolve("seeds"));

        assertThat(run("build")).as(err).isZero();

        assertThat(dir.resolve("data/model.json")).isRegularFile();
        assertThat(err).contains("built " + dir.resolve("data/model.json") + ": 5 documents");
    }

    @Test
    void sameInputGivesTheSameBytes() throws IOException {
        Path input = copyOfSeeds(dir.resolve("seeds"));
        assertThat(run("build", input.toString(), "-o", "a.json")).isZero();
        assertThat(run("build", input.toString(), "-o", "b.json")).isZero();

        assertThat(Files.readAllBytes(dir.resolve("b.json"))).isEqualTo(Files.readAllBytes(dir.resolve("a.json")));
    }

    @Test
    void folderWithoutArticlesFailsWithoutTouchingTheModel() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        Files.writeString(dir.resolve("empty/notes.docx"), "not an article");

        assertThat(run("build", "empty", "-o", "model.json")).isEqualTo(1);
        assertOneLine(err);
        assertThat(err).contains("no articles");
        assertThat(dir.resolve("model.json")).doesNotExist();
    }

    @Test
    void unwritableOutputFailsOnOneLine() throws IOException {
        copyOfSeeds(dir.resolve("seeds"));
        Files.writeString(dir.resolve("data"), "a file where the folder should be");

        assertThat(run("build")).isEqualTo(1);
        assertThat(err.lines().reduce((a, b) -> b).orElseThrow())
                .startsWith("parley: " + dir.resolve("data/model.json") + ": cannot write");
        assertThat(err).doesNotContain("Exception");
    }

    @Test
    void progressIsDrawnOnlyWhenStderrIsATerminal() throws IOException {
        Path input = copyOfSeeds(dir.resolve("seeds"));

        env.put("PARLEY_STDERR_TTY", "0");
        assertThat(run("build", input.toString())).isZero();
        assertThat(err).doesNotContain("\r");

        env.put("PARLEY_STDERR_TTY", "1");
        assertThat(run("build", input.toString())).isZero();
        assertThat(err).contains("\rbuilding 5/5 documents");
        assertThat(err.lines().reduce((a, b) -> b).orElseThrow()).contains("built ");
    }

    @Test
    void withoutACommand_aCorruptModelIsOneLineNamingTheFile_exit2() throws IOException {
        Files.writeString(dir.resolve("broken.json"), "{\"schemaVersion\": 1, \"documents\": [");
        assertThat(run("--model", "broken.json")).isEqualTo(2);
        assertOneLine(err);
        assertThat(err).contains("broken.json");
        assertThat(out).isEmpty();
    }

    @Test
    void withoutACommand_aNewerSchemaIsRefused_exit2() throws IOException {
        Files.writeString(dir.resolve("future.json"), "{\"schemaVersion\": 999}");
        assertThat(run("--model", "future.json")).isEqualTo(2);
        assertOneLine(err);
        assertThat(err).contains("future.json").contains("999");
    }

    @Test
    void withoutACommand_aMissingModelSaysHowToBuildOne_exit2() {
        assertThat(run("--model", "nowhere.json")).isEqualTo(2);
        assertOneLine(err);
        assertThat(err).contains("nowhere.json").contains("parley build");
    }

    @Test
    void withoutACommandAndNothingToBuildFromSaysWhatToDo() {
        assertThat(run()).isEqualTo(2);
        assertOneLine(err);
        assertThat(err).contains("model.json").contains("parley build");
    }

    @Test
    void unexpectedErrorsAreOneLineUnlessDebugging() {
        Main.Context quiet = new Main.Context(dir, System.out, printTo(), env, false);
        assertThat(Main.failed(new IllegalStateException("index out of step\nsecond line"), quiet)).isEqualTo(1);
        assertThat(captured.toString(StandardCharsets.UTF_8))
                .isEqualTo("parley: internal error: java.lang.IllegalStateException: index out of step"
                        + " (run with --debug for details)\n");

        Main.Context debug = new Main.Context(dir, System.out, printTo(), env, true);
        assertThat(Main.failed(new IllegalStateException("index out of step"), debug)).isEqualTo(1);
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("\tat dev.parley.cli.MainTest");
    }

    @Test
    void debugFlagIsAcceptedByEveryCommand() throws IOException {
        copyOfSeeds(dir.resolve("seeds"));
        assertThat(run("build", "--debug")).isZero();
        assertThat(run("--debug", "--help")).isZero();
        assertThat(run("--debug", "--model", "nowhere.json")).isEqualTo(2);
        assertThat(err).doesNotContain("Unknown option");
    }

    private ByteArrayOutputStream captured;

    private PrintStream printTo() {
        captured = new ByteArrayOutputStream();
        return new PrintStream(captured, true, StandardCharsets.UTF_8);
    }
}
