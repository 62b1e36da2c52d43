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
