package dev.parley.cli;

import dev.parley.io.ModelJson;
import dev.parley.model.Corpus;
import dev.parley.model.DocDate;
import dev.parley.model.Document;
import dev.parley.model.Paragraph;
import dev.parley.store.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Models and memory: a model too large for the heap, and the snapshot that `parley build` writes. */
class ModelSizeIT {
    private static final Path JAR = Path.of(System.getProperty("parley.jar", "target/parley.jar")).toAbsolutePath();

    @TempDir
    Path dir;

    private Path largeModel() throws Exception {
        String text = "A paragraph of a long report on the talks, repeated to make a model larger than a tiny heap. ".repeat(40);
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            docs.add(new Document("r" + i, "r" + i + ".txt", "Report " + i, "header", null, null,
                    new DocDate("2020-01-01", "day", "header"), List.of(new Paragraph(text + i, List.of())),
                    List.of(), List.of()));
        }
        Path model = dir.resolve("model.json");
        ModelJson.write(new Corpus(Corpus.SCHEMA_VERSION, "test", docs, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of()), model);
        return model;
    }

    @Test
    void aModelTooLargeForTheHeap_failsWithOneLineNamingTheFlag() throws Exception {
        Path model = largeModel();
        BuildIT.Run r = BuildIT.run(dir, List.of("java", "-Xmx16m", "-jar", JAR.toString(), "--model", model.toString(),
                "--first-frame-exit"));

        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("out of memory", "PARLEY_JAVA_OPTS=-Xmx").doesNotContain("\tat ");
    }

    /**
     * A real model of a few thousand generated articles (people, quotes, meetings: bench/corpus-gen) under tiny
     * heaps, through the explorer's start and a walk over every pane with their rows built: it works, or it ends
     * with the one line that says what to do, never an OutOfMemoryError's trace. (On OpenJDK 17, 2,000 articles:
     * 32 and 24 MB work. Below about 16 MB the JVM's own threads, such as its reference handler, can run out
     * before the program does and the JVM prints a line of its own, so no smaller heap is tried here; the model
     * too large for its heap, above, is the case that must end with the one line.)
     */
    @Test
    void aGeneratedCorpusUnderATinyHeap_worksOrSaysSoInOneLine() throws Exception {
        Path root = Path.of(System.getProperty("parley.root", ".")).toAbsolutePath();
        Path corpus = dir.resolve("corpus");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        BuildIT.Run gen = BuildIT.run(dir, List.of(java, root.resolve("bench/corpus-gen/CorpusGen.java").toString(),
                "2000", corpus.toString(), "1"));
        assertThat(gen.code()).as(gen.err()).isZero();
        Path model = dir.resolve("generated.json");
        BuildIT.Run build = BuildIT.run(dir, List.of(java, "-jar", JAR.toString(), "build", corpus.toString(), "-o",
                model.toString()));
        assertThat(build.code()).as(build.err()).isZero();

        for (String heap : List.of("-Xmx32m", "-Xmx24m")) {
            BuildIT.Run r = BuildIT.run(dir, List.of(java, heap, "-jar", JAR.toString(), "--warm-up", "--model",
                    model.toString()));
            System.out.printf("ModelSizeIT: 2000 generated articles, %s: exit %d %s%n", heap, r.code(), r.err().strip());
            assertThat(r.out()).as(heap).isEmpty();
            assertThat(r.err()).as(heap).doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
            if (r.code() == 0) {
                assertThat(r.err()).as(heap).isEmpty();
            } else {
                assertThat(r.code()).as(heap + ": " + r.err()).isEqualTo(1);
                assertThat(r.err().strip().lines()).as(heap).hasSize(1);
                assertThat(r.err()).as(heap).contains("out of memory", "PARLEY_JAVA_OPTS=-Xmx");
            }
        }
    }

    @Test
    void build_writesTheSnapshotNextToTheModel() throws Exception {
        Path seeds = Path.of(System.getProperty("parley.root", ".")).toAbsolutePath().resolve("seeds");
        Path model = dir.resolve("out/model.json");
        BuildIT.Run r = BuildIT.run(dir, List.of("java", "-jar", JAR.toString(), "build", seeds.toString(), "-o",
                model.toString()));

        assertThat(r.code()).as(r.err()).isZero();
        try (Snapshot s = Snapshot.open(model)) {
            assertThat(s).as("a fresh snapshot beside the model").isNotNull();
            assertThat(s.corpus()).isEqualTo(ModelJson.read(model));
        }
    }
}
