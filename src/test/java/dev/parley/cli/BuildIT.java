package dev.parley.cli;

import dev.parley.io.ModelJson;
import dev.parley.model.Corpus;
import dev.parley.model.Skipped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the packaged jar as a separate process, the way users and scripts do. */
class BuildIT {
    private static final Path ROOT = Path.of(System.getProperty("parley.root", ".")).toAbsolutePath();
    private static final Path JAR = Path.of(System.getProperty("parley.jar", "target/parley.jar")).toAbsolutePath();

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
        /** The lines of stderr that say something. */
        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    static Run run(Path cwd, List<String> command) throws IOException, InterruptedException {
        return run(cwd, command, Map.of(), 60);
    }

    /** Runs {@code command} in {@code cwd} with {@code env} added, waiting at most {@code seconds}. */
    static Run run(Path cwd, List<String> command, Map<String, String> env, int seconds)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        pb.environment().remove("PARLEY_DEBUG");
        pb.environment().put("PARLEY_STDERR_TTY", "0");
        // the build's extraction cache goes to the test's folder, not the user's
        pb.environment().put("XDG_CACHE_HOME", cwd.toAbsolutePath().resolve(".cache").toString());
        pb.environment().putAll(env);
        Path outFile = Files.createTempFile(cwd, "out", ".txt");
        Path errFile = Files.createTempFile(cwd, "err", ".txt");
        pb.redirectOutput(outFile.toFile()).redirectError(errFile.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(seconds, TimeUnit.SECONDS)).as("finished within " + seconds + " s").isTrue();
        Run r = new Run(p.exitValue(), Files.readString(outFile, StandardCharsets.UTF_8),
                Files.readString(errFile, StandardCharsets.UTF_8));
        Files.delete(outFile);
        Files.delete(errFile);
        return r;
    }

    private Run parley(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return run(dir, command);
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private Path copyOfSeeds() throws IOException {
        Path target = Files.createDirectories(dir.resolve("seeds"));
        try (Stream<Path> seeds = Files.list(ROOT.resolve("seeds"))) {
            for (Path p : seeds.toList()) {
                Files.copy(p, target.resolve(p.getFileName()));
            }
        }
        return target;
    }

    @Test
    void buildsTheSeedsIntoAModel() throws Exception {
        Path seeds = copyOfSeeds();
        Path model = dir.resolve("out/model.json");

        Run r = parley("build", seeds.toString(), "-o", model.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(model).isRegularFile();
        assertThat(r.err()).startsWith("built " + model + ": 5 documents");
        assertThat(ModelJson.read(model).documents()).hasSize(5);
    }

    @Test
    void buildingTheSeedsReproducesTheCommittedModelByteForByte() throws Exception {
        Path seeds = copyOfSeeds();
        Run r = parley("build", seeds.toString(), "-o", "model.json");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(dir.resolve("model.json"), StandardCharsets.UTF_8))
                .as("data/model.json is out of date: run ./parley build and commit it")
                .isEqualTo(Files.readString(ROOT.resolve("data/model.json"), StandardCharsets.UTF_8));
    }

    @Test
    void twoBuildsOfTheSameInputAreIdentical() throws Exception {
        Path seeds = copyOfSeeds();
        assertThat(parley("build", seeds.toString(), "-o", "a.json").code()).isZero();
        assertThat(parley("build", seeds.toString(), "-o", "b.json").code()).isZero();
        assertThat(Files.mismatch(dir.resolve("a.json"), dir.resolve("b.json"))).isEqualTo(-1L);
    }

    @Test
    void badFileIsSkippedWithOneWarningAndTheBuildSucceeds() throws Exception {
        Path seeds = copyOfSeeds();
        Files.write(seeds.resolve("x.txt"), new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0});

        Run r = parley("build", "seeds", "-o", "model.json");

        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.err().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("parley: skipped seeds/x.txt: binary file");
        assertThat(lines.get(1)).startsWith("built model.json: 5 documents").contains("1 skipped");
        Corpus corpus = ModelJson.read(dir.resolve("model.json"));
        assertThat(corpus.skipped()).containsExactly(new Skipped("x.txt", "binary file"));
    }

    @Test
    void withoutACommandOnAFreshCheckout_buildsTheModelFromSeeds_thenNeedsATerminal() throws Exception {
        copyOfSeeds();
        // setsid: no controlling terminal, as under cron or `ssh host parley`
        Run r = run(dir, List.of("setsid", "-w", javaBinary(), "-jar", JAR.toString()));

        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(dir.resolve("data/model.json")).isRegularFile();
        assertThat(r.err()).contains("building").contains("no terminal").contains("parley --help");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void usageErrorExitsWithTwoAndNoStackTrace() throws Exception {
        Run r = parley("build", "--no-such-option");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void versionGoesToStdout() throws Exception {
        Run r = parley("--version");

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("parley ");
    }
}
