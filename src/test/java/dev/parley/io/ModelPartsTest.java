package dev.parley.io;

import dev.parley.model.Corpus;
import dev.parley.model.DocDate;
import dev.parley.model.Document;
import dev.parley.model.Entity;
import dev.parley.model.Mention;
import dev.parley.model.Paragraph;
import dev.parley.model.Person;
import dev.parley.model.Quote;
import dev.parley.model.Role;
import dev.parley.model.Span;
import dev.parley.model.Speaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Splitting a model into parts and reading it back, including models the builder would not write. */
class ModelPartsTest {
    @TempDir
    Path dir;

    private static final String TEXT = "Envoy Ilsa Marrow met Toren Vael in Quellin.";

    private static Document doc(String id) {
        return new Document(id, id + ".txt", "Talks " + id, "header", null, "Quellin", new DocDate("2021-05-0" + (id.length() % 9 + 1), "day", "header"),
                List.of(new Paragraph(TEXT, List.of(new Span(0, TEXT.length())))), List.of(), List.of());
    }

    private static Mention at(String doc) {
        return new Mention(doc, 0, 6, 16, "Ilsa Marrow");
    }

    /** Five documents; mentions in document order except where {@code scrambled} says otherwise. */
    private static Corpus corpus(boolean scrambled) {
        List<Document> docs = new ArrayList<>();
        for (String id : List.of("a1", "a2", "b1", "b2", "c1")) {
            docs.add(doc(id));
        }
        List<Mention> marrow = scrambled ? List.of(at("c1"), at("a1")) : List.of(at("a1"), at("b2"), at("c1"));
        Person ilsa = new Person("ilsa-marrow", "Ilsa Marrow", List.of("Marrow"),
                List.of(new Role("Envoy", null, null, List.of("a1"))), marrow);
        Person toren = new Person("toren-vael", "Toren Vael", List.of(), List.of(),
                List.of(new Mention("b1", 0, 21, 31, "Toren Vael")));
        Entity quellin = new Entity("quellin", "Quellin", "city", List.of(),
                List.of(new Mention("a2", 0, 35, 42, "Quellin"), new Mention("c1", 0, 35, 42, "Quellin")));
        List<Quote> quotes = new ArrayList<>(List.of(
                new Quote("q-a2-1", "a2", 0, 0, 5, "Envoy", List.of(Speaker.person("ilsa-marrow")), "she", "said", "pronoun", 0.5),
                new Quote("q-c1-1", "c1", 0, 0, 5, "Envoy", List.of(), null, null, null, 0.0)));
        if (scrambled) {
            java.util.Collections.reverse(quotes);
        }
        return new Corpus(Corpus.SCHEMA_VERSION, "parley test", docs, List.of(ilsa, toren), List.of(), List.of(quellin),
                List.of(), List.of(), quotes, List.of(), List.of());
    }

    private byte[] oneFile(Corpus c) throws IOException {
        Path f = dir.resolve("one-" + System.nanoTime() + ".json");
        ModelJson.write(c, f);
        return Files.readAllBytes(f);
    }

    @Test
    void mentionsGoToTheShardsOfTheirDocumentsAndComeBackInOrder() throws IOException {
        Corpus c = corpus(false);
        Path manifest = dir.resolve("m.json");
        ModelPartsWriter.Written w = ModelPartsWriter.write(c, manifest, 2);
        assertThat(w.written()).isEqualTo(3 + ModelParts.TABLES.size());
        Corpus back = ModelJson.read(manifest);
        assertThat(oneFile(back)).isEqualTo(oneFile(c));
        // the people table keeps roles and aliases, the shards the mentions
        Path people = Files.list(ModelParts.folderOf(manifest)).filter(f -> f.getFileName().toString().startsWith("people."))
                .findFirst().orElseThrow();
        assertThat(Files.readString(people)).contains("\"Envoy\"").doesNotContain("\"mentions\":[{");

        ModelPartsWriter.Written again = ModelPartsWriter.write(c, manifest, 2);
        assertThat(again.written()).isZero();
        assertThat(again.kept()).isEqualTo(w.written());
    }

    @Test
    void recordsNotInDocumentOrderStayWholeInTheirTable() throws IOException {
        Corpus c = corpus(true);
        Path manifest = dir.resolve("scrambled.json");
        ModelPartsWriter.write(c, manifest, 2);
        assertThat(Files.list(ModelParts.folderOf(manifest)).map(f -> f.getFileName().toString()))
                .anyMatch(n -> n.startsWith("quotes."));
        assertThat(oneFile(ModelJson.read(manifest))).isEqualTo(oneFile(c));
    }

    @Test
    void aShardThatDisagreesWithTheManifestIsRefused() throws IOException {
        Path manifest = dir.resolve("m.json");
        ModelPartsWriter.write(corpus(false), manifest, 2);
        String text = Files.readString(manifest);
        Files.writeString(manifest, text.replaceFirst("\"documents\": 2", "\"documents\": 3"));
        assertThatThrownBy(() -> ModelJson.read(manifest)).isInstanceOf(ModelException.class)
                .hasMessageContaining("manifest says");
        Files.writeString(manifest, text.replace("\"version\": 1,", "\"version\": 9,"));
        assertThatThrownBy(() -> ModelJson.read(manifest)).isInstanceOf(ModelException.class)
                .hasMessageContaining("layout version 9");
    }

    @Test
    void anEmptyModelIsOneEmptyShard() throws IOException {
        Corpus empty = new Corpus(Corpus.SCHEMA_VERSION, "parley test", List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
        Path manifest = dir.resolve("empty.json");
        ModelPartsWriter.write(empty, manifest, 10);
        assertThat(oneFile(ModelJson.read(manifest))).isEqualTo(oneFile(empty));
        assertThat(ModelParts.shardSizeOf(manifest)).isEqualTo(10);
        assertThat(ModelParts.shardSizeOf(dir.resolve("none.json"))).isZero();
    }
}
