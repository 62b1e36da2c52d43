package dev.parley.cli;

import dev.parley.io.ModelJson;
import dev.parley.io.ModelParts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model in parts through the commands a user runs: {@code build --parts}, a rebuild that rewrites only the parts
 * that changed, {@code export} back to one file, and the query commands reading the manifest as they read a model.
 * The measure of correctness is the one-file model of the same articles, byte for byte.
 */
class ModelPartsBuildTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    @TempDir
    static Path dir;

    private static final Map<String, String> ENV = new HashMap<>(Map.of("PARLEY_STDERR_TTY", "0"));

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(args, dir, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), ENV);
        return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    /** The seeds and 240 generated articles (people, quotes, meetings across documents), in one folder. */
    @BeforeAll
    static void corpus() throws IOException, InterruptedException {
        ENV.put("XDG_CACHE_HOME", dir.resolve(".cache").toString());
        Path in = Files.createDirectories(dir.resolve("in"));
        try (Stream<Path> seeds = Files.list(ROOT.resolve("seeds"))) {
            for (Path s : (Iterable<Path>) seeds::iterator) {
                Files.copy(s, in.resolve(s.getFileName()));
            }
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), ROOT.resolve("bench/corpus-gen/CorpusGen.java").toString(),
                "240", in.resolve("gen").toString(), "1")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
    }

    private static Set<String> partFiles(String manifest) throws IOException {
        try (Stream<Path> files = Files.list(ModelParts.folderOf(dir.resolve(manifest)))) {
            return files.map(f -> f.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void partsHoldTheSameModelAsOneFileAndARebuildRewritesOnlyWhatChanged() throws IOException {
        assertThat(run("build", "in", "-o", "one.json", "--no-cache").code()).isZero();
        Run built = run("build", "in", "-o", "parts.json", "--parts", "40");
        assertThat(built.code()).as(built.err()).isZero();
        assertThat(built.err()).contains("in parts:");
        assertThat(ModelJson.isParts(dir.resolve("parts.json"))).isTrue();
        Set<String> before = partFiles("parts.json");
        assertThat(before.stream().filter(f -> f.startsWith("docs-"))).hasSize(7); // 245 documents in shards of 40

        Run exported = run("export", "-m", "parts.json", "-o", "whole.json");
        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("whole.json"))).isEqualTo(Files.readAllBytes(dir.resolve("one.json")));

        // the query commands read the manifest as they read a one-file model
        assertThat(run("people", "-m", "parts.json", "--format", "tsv").out())
                .isEqualTo(run("people", "-m", "one.json", "--format", "tsv").out());
        assertThat(run("quotes", "-m", "parts.json", "--format", "json").out())
                .isEqualTo(run("quotes", "-m", "one.json", "--format", "json").out());

        // one article changes: its shard and the tables it touches are written again, the other shards are kept
        Path changed;
        try (Stream<Path> gen = Files.walk(dir.resolve("in/gen"))) {
            changed = gen.filter(Files::isRegularFile).sorted().skip(100).findFirst().orElseThrow();
        }
        Files.writeString(changed, Files.readString(changed, StandardCharsets.UTF_8)
                + "\nThe delegation also visited the harbour of Quellin.\n", StandardCharsets.UTF_8);
        Run rebuilt = run("build", "in", "-o", "parts.json"); // an existing model in parts stays in parts
        assertThat(rebuilt.code()).as(rebuilt.err()).isZero();
        Set<String> after = partFiles("parts.json");
        Set<String> keptShards = new TreeSet<>(before);
        keptShards.retainAll(after);
        assertThat(keptShards.stream().filter(f -> f.startsWith("docs-"))).hasSize(6);
        assertThat(after).hasSameSizeAs(before); // the replaced parts are removed

        assertThat(run("build", "in", "-o", "one-again.json", "--no-cache").code()).isZero();
        assertThat(run("export", "-m", "parts.json", "-o", "whole-again.json").code()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("whole-again.json")))
                .isEqualTo(Files.readAllBytes(dir.resolve("one-again.json")));

        // and back: a one-file model exported in parts gives the same parts
        assertThat(run("export", "-m", "one-again.json", "--parts", "40", "-o", "again.json").code()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("again.json"))).isEqualTo(Files.readAllBytes(dir.resolve("parts.json")));
        assertThat(partFiles("again.json")).isEqualTo(after);
    }

    @Test
    void aMissingOrForeignPartIsOneLineNamingIt() throws IOException {
        assertThat(run("export", "-m", "../nothing.json", "-o", "x.json").code()).isEqualTo(2);
        Path in = Files.createDirectories(dir.resolve("small"));
        Files.writeString(in.resolve("a.txt"), "Envoys meet in Tallow\n\nThe envoy of Aldoria, Mira Voss, met Jon Tek in Tallow.\n");
        assertThat(run("build", "small", "-o", "small.json", "--parts").code()).isZero();
        Path folder = ModelParts.folderOf(dir.resolve("small.json"));
        Path people;
        try (Stream<Path> files = Files.list(folder)) {
            people = files.filter(f -> f.getFileName().toString().startsWith("people.")).findFirst().orElseThrow();
        }
        Files.delete(people);
        Run missing = run("export", "-m", "small.json", "-o", "small-whole.json");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().strip().lines()).hasSize(1);
        assertThat(missing.err()).contains(people.getFileName().toString()).contains("missing part");

        String manifest = Files.readString(dir.resolve("small.json"));
        Files.writeString(dir.resolve("small.json"), manifest.replaceFirst("\"people\": \"[^\"]+\"",
                "\"people\": \"../../outside.json\""));
        Run foreign = run("people", "-m", "small.json");
        assertThat(foreign.code()).isEqualTo(2);
        assertThat(foreign.err().strip().lines()).hasSize(1);
        assertThat(foreign.err()).contains("not one this program writes");
        assertThat(run("build", "small", "-o", "small.json", "--parts", "0").code()).isEqualTo(2);
        assertThat(List.of(run("export", "-m", "one.json", "--parts", "-o", "-").code())).containsExactly(2);
    }
}
