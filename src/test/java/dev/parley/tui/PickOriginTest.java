package dev.parley.tui;

import dev.parley.index.CorpusIndex;
import dev.parley.model.Corpus;
import dev.parley.model.Document;
import dev.parley.model.Paragraph;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code pick docs --format path} prints the file, and the record inside it where there is one; the document view
 * shows the same in its header, with the document's address.
 */
class PickOriginTest {
    private static Document doc(String id, String file, String origin) {
        return new Document(id, file, origin, null, "Title " + id, "json", null, null, null, null,
                List.of(new Paragraph("The envoys met in Tallow.", List.of())), List.of(), List.of());
    }

    @Test
    void pathPrintsTheRecordWhereThereIsOne() {
        Corpus corpus = new Corpus(Corpus.SCHEMA_VERSION, "test", List.of(
                doc("news#17", "news.jsonl", "news.jsonl:17"),
                doc("plain", "plain.txt", "plain.txt"),
                doc("old", "old.txt", null)), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        CorpusIndex index = new CorpusIndex(corpus);
        List<Ref> refs = List.of(new Ref(Ref.Kind.DOCUMENT, "news#17"), new Ref(Ref.Kind.DOCUMENT, "plain"),
                new Ref(Ref.Kind.DOCUMENT, "old"));
        assertThat(Pick.print(index, refs, Pick.Format.PATH)).isEqualTo("news.jsonl:17\nplain.txt\nold.txt\n");
    }

    @Test
    void theDocumentViewShowsTheOriginAndTheAddress() {
        Document d = new Document("news#17", "news.jsonl", "news.jsonl:17", "https://daily.example/envoy", "Envoy named",
                "json", "Daily Example", "json", null, null,
                List.of(new Paragraph("The envoys met in Tallow.", List.of())), List.of(), List.of());
        Corpus corpus = new Corpus(Corpus.SCHEMA_VERSION, "test", List.of(d), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
        Detail detail = new Details(new CorpusIndex(corpus)).build(new Ref(Ref.Kind.DOCUMENT, "news#17"), 100);
        String text = detail.lines().stream()
                .map(l -> l.segs().stream().map(Detail.Seg::text).collect(java.util.stream.Collectors.joining()))
                .collect(java.util.stream.Collectors.joining("\n"));
        assertThat(text).contains("Daily Example", "news.jsonl:17", "https://daily.example/envoy");
    }
}
