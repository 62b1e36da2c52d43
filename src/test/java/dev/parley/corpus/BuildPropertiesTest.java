package dev.parley.corpus;

import dev.parley.ingest.SourceFile;
import dev.parley.model.Corpus;
import dev.parley.model.Document;
import dev.parley.model.Entity;
import dev.parley.model.Evidence;
import dev.parley.model.Meeting;
import dev.parley.model.Mention;
import dev.parley.model.Person;
import dev.parley.model.Quote;
import dev.parley.model.Topic;
import dev.parley.testing.WildText;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole build, from arbitrary article text to the model: every quote's words are the document's text at the
 * quote's offsets (in its paragraph, or in its title), and every mention and piece of evidence lies inside the
 * document it names.
 */
class BuildPropertiesTest {
    @Provide
    Arbitrary<List<String>> articles() {
        return WildText.text().list().ofMinSize(1).ofMaxSize(3);
    }

    @Property(tries = 80)
    void everythingInTheModelPointsAtItsDocumentsText(@ForAll("articles") List<String> texts) {
        List<SourceFile> sources = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            sources.add(new SourceFile("a" + i, "2024/03/2" + i + "/a" + i + ".txt", texts.get(i)));
        }
        Corpus corpus = new CorpusBuilder("test").build(sources, List.of(), CorpusBuilder.Progress.NONE);

        Map<String, Document> docs = new HashMap<>();
        corpus.documents().forEach(d -> docs.put(d.id(), d));
        assertThat(docs).hasSize(texts.size());
        for (Quote q : corpus.quotes()) {
            Document d = docs.get(q.doc());
            assertThat(d).as(q.id()).isNotNull();
            assertThat(q.text()).as(q.id()).isEqualTo(at(d, q.paragraph(), q.start(), q.end()));
        }
        for (Person p : corpus.people()) {
            for (Mention m : p.mentions()) {
                at(docs.get(m.doc()), m.paragraph(), m.start(), m.end());
            }
        }
        for (Entity e : concat(corpus.organisations(), corpus.places())) {
            for (Mention m : e.mentions()) {
                at(docs.get(m.doc()), m.paragraph(), m.start(), m.end());
            }
        }
        for (Topic t : corpus.topics()) {
            for (Topic.TopicDocument td : t.documents()) {
                for (Evidence e : td.evidence()) {
                    assertThat(e.text()).isEqualTo(at(docs.get(e.doc()), e.paragraph(), e.start(), e.end()));
                }
            }
        }
        for (Meeting m : corpus.meetings()) {
            assertThat(m.documents()).allSatisfy(id -> assertThat(docs).containsKey(id));
            for (Evidence e : m.evidence()) {
                at(docs.get(e.doc()), e.paragraph(), e.start(), e.end());
            }
        }
    }

    /** The text at the offsets, failing when they are outside the paragraph (or the title, for the headline). */
    private static String at(Document d, int paragraph, int start, int end) {
        assertThat(d).isNotNull();
        assertThat(paragraph).isBetween(Quote.HEADLINE, d.paragraphs().size() - 1);
        String text = paragraph == Quote.HEADLINE ? d.title() : d.paragraphs().get(paragraph).text();
        assertThat(start).isBetween(0, text.length());
        assertThat(end).isBetween(start, text.length());
        return text.substring(start, end);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
