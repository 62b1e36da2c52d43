package dev.parley.tui;

import dev.parley.index.CorpusIndex;
import dev.parley.model.Corpus;
import dev.parley.model.DocDate;
import dev.parley.model.Document;
import dev.parley.model.Paragraph;
import dev.parley.model.Topic;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A detail view lays out at most LIST_LIMIT lines of one list, says how many more there are, and keeps the count. */
class DetailLimitTest {
    @Test
    void aTopicOfManyDocuments_showsTheFirstOnesAndHowManyMore() {
        int n = Details.LIST_LIMIT + 42;
        List<Document> docs = new ArrayList<>();
        List<Topic.TopicDocument> about = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = String.format("d%04d", i);
            docs.add(new Document(id, id + ".txt", "Report " + i, "header", null, null,
                    new DocDate("2020-01-01", "day", "header"), List.of(new Paragraph("Text " + i + ".", List.of())),
                    List.of("trade"), List.of()));
            about.add(new Topic.TopicDocument(id, List.of()));
        }
        Corpus corpus = new Corpus(Corpus.SCHEMA_VERSION, "test", docs, List.of(), List.of(), List.of(),
                List.of(new Topic("trade", "Trade", about)), List.of(), List.of(), List.of());

        Detail d = new Details(new CorpusIndex(corpus)).build(new Ref(Ref.Kind.TOPIC, "trade"), 100);
        String text = d.lines().stream().map(l -> l.segs().stream().map(Detail.Seg::text).collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));

        assertThat(text).contains(n + " documents", "Report " + (Details.LIST_LIMIT - 1),
                "… and 42 more documents (the first " + Details.LIST_LIMIT + " are shown)");
        assertThat(text).doesNotContain("Report " + Details.LIST_LIMIT + "\n");
        assertThat(d.links().stream().filter(l -> l.target().kind() == Ref.Kind.DOCUMENT).count())
                .isEqualTo(Details.LIST_LIMIT);
    }
}
