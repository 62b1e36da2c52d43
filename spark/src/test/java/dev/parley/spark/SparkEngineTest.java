package dev.parley.spark;

import dev.parley.corpus.CorpusBuilder;
import dev.parley.ingest.FieldNames;
import dev.parley.ingest.SourceReader;
import dev.parley.io.ModelJson;
import dev.parley.io.ModelParts;
import dev.parley.io.ModelPartsWriter;
import dev.parley.model.Corpus;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Spark engine on local[2] gives the embedded engine's model for the same input, to the byte. */
class SparkEngineTest {
    private static final Path ROOT = Path.of(System.getProperty("parley.root", "..")).toAbsolutePath().normalize();
    private static final String GENERATOR = "parley test";
    private static JavaSparkContext sc;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("parley test")
                .set("spark.ui.enabled", "false"));
    }

    @AfterAll
    static void stop() {
        sc.close();
    }

    @Test
    void seedsGiveTheEmbeddedModel() throws IOException {
        Models m = both(List.of(ROOT.resolve("seeds")));
        assertThat(m.spark.people()).isNotEmpty();
        assertThat(m.spark.quotes()).isNotEmpty();
        assertThat(m.spark.meetings()).isNotEmpty();
        m.assertSame();
    }

    @Test
    void syntheticCorpusWithSeveralInputsAndBadFilesGivesTheEmbeddedModel() throws IOException, InterruptedException {
        Path synthetic = tmp.resolve("wires");
        generate(300, synthetic);
        // what the listing and the ids must get right as the embedded reader does: records of one file, a broken
        // record, a file left out, two files whose natural ids clash, a file named directly
        Files.writeString(synthetic.resolve("feed.jsonl"), """
                {"title": "Talks in Vienna", "text": "Foreign Minister Anna Berg met Foreign Minister Karl Holm in Vienna on Monday.", "date": "2024-03-04"}
                {"title": "Berg and Holm in Vienna", "source": "Second Wire", "text": "Foreign Minister Karl Holm met Foreign Minister Anna Berg in Vienna on Monday.", "date": "2024-03-04"}
                not json at all
                {"title": "Berg in Oslo", "text": "Foreign Minister Anna Berg said \\"we will keep talking\\" after she met Karl Holm.", "date": "2024-03-05"}
                """, StandardCharsets.UTF_8);
        Files.writeString(synthetic.resolve("empty.txt"), "", StandardCharsets.UTF_8);
        Files.writeString(synthetic.resolve("clash.txt"), "Minister Karl Holm met Anna Berg in Oslo.\n", StandardCharsets.UTF_8);
        Files.writeString(synthetic.resolve("clash.md"), "Karl Holm and Anna Berg met again.\n", StandardCharsets.UTF_8);
        Path single = tmp.resolve("note.md");
        Files.writeString(single, "Ambassador Lena Dahl met Karl Holm.\n", StandardCharsets.UTF_8);

        Models m = both(List.of(ROOT.resolve("seeds"), synthetic, single));
        assertThat(m.spark.documents()).hasSizeGreaterThan(300);
        assertThat(m.spark.documents()).extracting(d -> d.id()).contains("feed#1", "feed#2", "feed#4", "clash", "clash~2", "note");
        assertThat(m.spark.skipped()).extracting(s -> s.file()).contains("wires/empty.txt", "wires/feed.jsonl:3");
        assertThat(m.spark.events()).isNotEmpty();
        // two outlets' reports of one meeting are one event
        assertThat(m.spark.events()).anySatisfy(e -> assertThat(e.reports()).hasSizeGreaterThan(1));
        m.assertSame();

        // in parts, written by Spark tasks: the files the embedded build writes, and again the same model
        Path embeddedParts = tmp.resolve("embedded-parts.json");
        ModelPartsWriter.write(m.embedded, embeddedParts, 40);
        Path sparkParts = tmp.resolve("spark-parts.json");
        SparkBuild.writeParts(sc, m.spark, sparkParts.toString(), 40, quiet());
        assertThat(Files.readAllBytes(sparkParts)).isEqualTo(Files.readAllBytes(embeddedParts));
        assertThat(partFiles(sparkParts)).isEqualTo(partFiles(embeddedParts)).hasSizeGreaterThan(8);
        for (String part : partFiles(sparkParts).keySet()) {
            assertThat(partFiles(sparkParts).get(part)).as(part).isEqualTo(partFiles(embeddedParts).get(part));
        }
        assertThat(ModelJson.read(sparkParts)).isEqualTo(m.embedded);
        // a second write keeps every part (same names, same bytes)
        java.util.Map<String, Long> times = new java.util.TreeMap<>();
        for (Path f : Files.list(ModelParts.folderOf(sparkParts)).toList()) {
            times.put(f.getFileName().toString(), Files.getLastModifiedTime(f).toMillis());
        }
        SparkBuild.writeParts(sc, m.spark, sparkParts.toString(), 40, quiet());
        for (Path f : Files.list(ModelParts.folderOf(sparkParts)).toList()) {
            assertThat(Files.getLastModifiedTime(f).toMillis()).isEqualTo(times.get(f.getFileName().toString()));
        }
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    /** The part files of a model in parts, name to a hash of the bytes (every file in the folder, hidden ones too). */
    private static java.util.Map<String, Integer> partFiles(Path manifest) throws IOException {
        java.util.Map<String, Integer> out = new java.util.TreeMap<>();
        try (var files = Files.list(ModelParts.folderOf(manifest))) {
            for (Path f : files.toList()) {
                out.put(f.getFileName().toString(), java.util.Arrays.hashCode(Files.readAllBytes(f)));
            }
        }
        return out;
    }

    @Test
    void aMissingInputIsNamed() {
        String missing = tmp.resolve("nowhere").toString();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SparkBuild.build(sc, List.of(missing),
                        FieldNames.DEFAULT, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
                .isInstanceOf(Listing.MissingInput.class)
                .hasMessage("no such file or folder: " + missing);
    }

    private record Models(Corpus embedded, Corpus spark, byte[] embeddedJson, byte[] sparkJson) {
        void assertSame() {
            // part by part first, so that a difference says where it is
            assertThat(spark.documents()).isEqualTo(embedded.documents());
            assertThat(spark.people()).isEqualTo(embedded.people());
            assertThat(spark.quotes()).isEqualTo(embedded.quotes());
            assertThat(spark.meetings()).isEqualTo(embedded.meetings());
            assertThat(spark.events()).isEqualTo(embedded.events());
            assertThat(spark.skipped()).isEqualTo(embedded.skipped());
            assertThat(spark).isEqualTo(embedded);
            assertThat(sparkJson).isEqualTo(embeddedJson);
        }
    }

    private Models both(List<Path> inputs) throws IOException {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        SourceReader.Result read = SourceReader.read(inputs, FieldNames.DEFAULT, s -> { });
        Corpus embedded = new CorpusBuilder(GENERATOR).build(read.files(), read.skipped(), CorpusBuilder.Progress.NONE);
        Path embeddedFile = tmp.resolve("embedded.json");
        ModelJson.write(embedded, embeddedFile);

        List<String> paths = new ArrayList<>();
        inputs.forEach(p -> paths.add(p.toString()));
        Corpus spark = SparkEngine.build(sc, paths, FieldNames.DEFAULT, GENERATOR, quiet::println).corpus();
        Path sparkFile = tmp.resolve("spark.json");
        SparkBuild.write(spark, sparkFile.toString(), new Configuration(), quiet);
        return new Models(embedded, spark, Files.readAllBytes(embeddedFile), Files.readAllBytes(sparkFile));
    }

    private static void generate(int count, Path dir) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), ROOT.resolve("bench/corpus-gen/CorpusGen.java").toString(),
                String.valueOf(count), dir.toString(), "1")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
    }
}
