package dev.parley.cli;

import dev.parley.io.ModelJson;
import dev.parley.model.Document;
import dev.parley.store.Snapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two writers of one model at once, as two real processes: the second waits for the lock beside the model (or,
 * for a correction, says why it cannot write) and the files beside the model all come from one of them.
 *
 * <p>The first writer is held while it has the lock by the build's test hook ({@code PARLEY_TEST_HOLD_LOCK_WHILE}
 * names a file; the build waits while it exists), so that the second one starts at a known moment.
 */
class ConcurrentWritersIT {
    private static final Path ROOT = Path.of(System.getProperty("parley.root", ".")).toAbsolutePath();
    private static final Path JAR = Path.of(System.getProperty("parley.jar", "target/parley.jar")).toAbsolutePath();
    /** How long a test waits for a process to reach a state before it gives up: a hang, not a slow machine. */
    private static final long PATIENCE_MILLIS = 120_000;

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopWhatIsLeft() {
        started.forEach(Process::destroyForcibly);
    }

    /** The seeds split in two folders, so that two builds make models that differ in their documents. */
    private List<Path> twoCorpora() throws IOException {
        Path first = Files.createDirectories(dir.resolve("first"));
        Path second = Files.createDirectories(dir.resolve("second"));
        try (Stream<Path> seeds = Files.list(ROOT.resolve("seeds"))) {
            List<Path> all = seeds.sorted().toList();
            for (int i = 0; i < all.size(); i++) {
                Files.copy(all.get(i), (i < all.size() / 2 ? first : second).resolve(all.get(i).getFileName()));
            }
        }
        return List.of(first, second);
    }

    private Process start(Path errFile, Path gate, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(BuildIT.javaBinary(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().remove("PARLEY_DEBUG");
        pb.environment().put("PARLEY_STDERR_TTY", "0");
        pb.environment().put("XDG_CACHE_HOME", dir.resolve(".cache").toString());
        if (gate != null) {
            pb.environment().put(BuildCommand.HOLD_LOCK_HOOK, gate.toString());
        }
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(errFile.toFile());
        Process p = pb.start();
        started.add(p);
        return p;
    }

    private static void awaitFile(Path file, Predicate<String> condition, String what) throws Exception {
        long deadline = System.nanoTime() + PATIENCE_MILLIS * 1_000_000L;
        while (true) {
            String text = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            if (condition.test(text)) {
                return;
            }
            assertThat(System.nanoTime()).as("still waiting for " + what + "; " + file + " has: " + text)
                    .isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static int exit(Process p) throws InterruptedException {
        assertThat(p.waitFor(PATIENCE_MILLIS, TimeUnit.MILLISECONDS)).as("finished").isTrue();
        return p.exitValue();
    }

    @Test
    void aSecondBuildWaitsForTheFirstAndTheFilesComeFromOneBuild() throws Exception {
        List<Path> corpora = twoCorpora();
        Path model = dir.resolve("out/model.json");
        Path gate = Files.createFile(dir.resolve("gate"));
        Path firstErr = dir.resolve("first.err");
        Path secondErr = dir.resolve("second.err");

        Process first = start(firstErr, gate, "build", corpora.get(0).toString(), "-o", model.toString());
        awaitFile(model.resolveSibling("model.json.lock"), t -> t.strip().equals(String.valueOf(first.pid())),
                "the first build to hold the lock");
        Process second = start(secondErr, null, "build", corpora.get(1).toString(), "-o", model.toString());
        awaitFile(secondErr, t -> t.contains("waiting"), "the second build to say it waits");

        assertThat(Files.readString(secondErr, StandardCharsets.UTF_8).strip())
                .isEqualTo("parley build: waiting for model.json.lock, held by pid " + first.pid()
                        + " (another build of model.json)");
        assertThat(model).as("nobody has written while the first one is held").doesNotExist();
        Files.delete(gate);

        assertThat(exit(first)).as(Files.readString(firstErr, StandardCharsets.UTF_8)).isZero();
        assertThat(exit(second)).as(Files.readString(secondErr, StandardCharsets.UTF_8)).isZero();
        // the second build ran after the first: model, snapshot and index are all the second corpus's
        List<String> secondDocuments = documentFiles(corpora.get(1));
        assertThat(ModelJson.read(model).documents().stream().map(Document::file).map(f -> Path.of(f).getFileName().toString())
                .sorted().toList()).isEqualTo(secondDocuments);
        Snapshot snapshot = Snapshot.open(model);
        assertThat(snapshot).as("a snapshot of the model as it is").isNotNull();
        assertThat(snapshot.index().corpus().documents()).hasSize(secondDocuments.size());
        Properties stamp = new Properties();
        try (InputStream in = Files.newInputStream(dir.resolve("out/model.index/parley-search.properties"))) {
            stamp.load(in);
        }
        assertThat(stamp.getProperty("model.sha256")).as("the index is of this model").isEqualTo(sha256(model));
    }

    @Test
    void aCorrectionDuringABuildSaysWhyItCannotAndChangesNothing() throws Exception {
        List<Path> corpora = twoCorpora();
        Path model = dir.resolve("out/model.json");
        assertThat(exit(start(dir.resolve("build.err"), null, "build", corpora.get(0).toString(), "-o",
                model.toString()))).isZero();
        String someone = ModelJson.read(model).people().get(0).id();
        Path gate = Files.createFile(dir.resolve("gate"));
        Process build = start(dir.resolve("rebuild.err"), gate, "build", corpora.get(0).toString(), "-o", model.toString());
        awaitFile(model.resolveSibling("model.json.lock"), t -> t.strip().equals(String.valueOf(build.pid())),
                "the build to hold the lock");

        Path curateErr = dir.resolve("curate.err");
        int code = exit(start(curateErr, null, "curate", "--model", model.toString(), "hide", someone));

        String err = Files.readString(curateErr, StandardCharsets.UTF_8);
        assertThat(code).as(err).isEqualTo(1);
        assertThat(err.strip()).isEqualTo("parley: a build of model.json is running (pid " + build.pid()
                + " holds model.json.lock); try again when it is done");
        assertThat(dir.resolve("out/model.corrections.tsv")).doesNotExist();
        Files.delete(gate);
        assertThat(exit(build)).isZero();
    }

    private static List<String> documentFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
