package dev.parley.extract;

import dev.parley.model.Document;
import dev.parley.model.Evidence;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LexiconPropertiesTest {
    private static final PlaceFinder PLACES = new PlaceFinder(Vocabulary.get());
    private static final OrgFinder ORGS = new OrgFinder(Vocabulary.get());
    private static final TopicTagger TOPICS = new TopicTagger(Vocabulary.get());
    private static final Keyphrases KEYPHRASES = new Keyphrases(Vocabulary.get());

    /** Arbitrary strings mixed with vocabulary words, punctuation and quotes, so that matches do happen. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> words = Arbitraries.of("Serbia", "Serbia’s", "Russian Federation", "the", "of", "Ministry",
                "Council", "of Europe", "UN", "U.N.", "Security", "Kosovo and", "Metohija", "NATO", "the Alliance",
                "(", ")", "JMC", "-", "'s", ".", ",", "\"", "“", "Republic", "Union", "migrants", "humanitarian aid",
                "Đorđević", "São Tomé", "US$", "\n\n", "e\u0301", "\uD83D\uDE00", "Committee on", "and", "Jordan");
        Arbitrary<String> mixed = Arbitraries.oneOf(words, Arbitraries.strings().ofMaxLength(12));
        return mixed.list().ofMaxSize(60).map(parts -> String.join(" ", parts));
    }

    @Property(tries = 300)
    void noExceptionAndValidOffsets(@ForAll("texts") String text) {
        Document doc = LexiconDocs.of("p", text);
        for (List<EntityMention> mentions : List.of(PLACES.find(doc), ORGS.find(doc))) {
            for (EntityMention m : mentions) {
                String paragraph = doc.paragraphs().get(m.paragraph()).text();
                assertThat(m.start()).isBetween(0, m.end());
                assertThat(m.end()).isLessThanOrEqualTo(paragraph.length());
                assertThat(paragraph.substring(m.start(), m.end())).isEqualTo(m.text());
                assertThat(m.canonical()).isNotBlank();
            }
        }
        Map<String, List<Evidence>> topics = TOPICS.tag(doc);
        topics.values().forEach(evidence -> evidence.forEach(e -> {
            String paragraph = doc.paragraphs().get(e.paragraph()).text();
            assertThat(paragraph.substring(e.start(), e.end())).isEqualTo(e.text());
        }));
        assertThat(KEYPHRASES.extract(doc, 5)).hasSizeLessThanOrEqualTo(5).doesNotContainNull();
    }

    @Property(tries = 100)
    void arbitraryUnicodeNeverBreaksTokens(@ForAll String text) {
        for (Tokens.Token t : Tokens.of(text)) {
            assertThat(t.start()).isLessThan(t.end());
            assertThat(t.end()).isLessThanOrEqualTo(text.length());
        }
        Document doc = LexiconDocs.of("u", text);
        PLACES.find(doc);
        ORGS.find(doc);
        TOPICS.tag(doc);
        KEYPHRASES.extract(doc, 3);
    }
}
