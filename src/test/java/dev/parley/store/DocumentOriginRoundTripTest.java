package dev.parley.store;

import dev.parley.io.ModelJson;
import dev.parley.model.Corpus;
import dev.parley.model.DocDate;
import dev.parley.model.Document;
import dev.parley.model.Paragraph;
import dev.parley.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A document's origin, address and outlet provenance survive the JSON model and the snapshot. */
class DocumentOriginRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void originUrlAndSourceFromRoundTrip() throws Exception {
        Document fromFeed = new Document("feed#3", "feed.xml", "feed.xml#3", "https://mfa.example/news/3",
                "Minister receives envoy", "feed", "Ministry of Foreign Affairs", "feed", null,
                new DocDate("2024-03-05", "day", "feed"),
                List.of(new Paragraph("The minister received the envoy.", List.of(new Span(0, 32)))), List.of(), List.of());
        Document plain = new Document("plain", "plain.txt", "Plain", "header", null, null, null,
                List.of(new Paragraph("Text.", List.of(new Span(0, 5)))), List.of(), List.of());
        Corpus corpus = new Corpus(Corpus.SCHEMA_VERSION, "test", List.of(fromFeed, plain), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
        Path model = dir.resolve("model.json");
        ModelJson.write(corpus, model);
        Corpus read = ModelJson.read(model);
        assertThat(read).isEqualTo(corpus);
        assertThat(read.documents().get(0).where()).isEqualTo("feed.xml#3");
        assertThat(read.documents().get(1).where()).isEqualTo("plain.txt");
        Snapshot.write(read, model);
        try (Snapshot s = Snapshot.open(model)) {
            assertThat(s).isNotNull();
            assertThat(s.corpus().documents()).isEqualTo(corpus.documents());
        }
    }
}
