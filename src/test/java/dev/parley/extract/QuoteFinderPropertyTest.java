package dev.parley.extract;

import dev.parley.model.Document;
import dev.parley.model.Paragraph;
import dev.parley.model.Span;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever the text, the finder returns well-formed quotes and never throws. */
class QuoteFinderPropertyTest {
    private static final QuoteFinder FINDER = new QuoteFinder(Vocabulary.get());

    /** Words and marks that make quote-like text likely, mixed with arbitrary characters. */
    private static final String[] PIECES = {"\"", "“", "”", "„", "«", "»", "‘", "’", "'", ",", ".", ":", " ", " ", " ",
            "Lavrov", "said", "he", "she", "the", "minister", "Russian", "Foreign", "Minister", "according", "to",
            "so-called", "We", "support", "Serbia’s", "—", "(", ")", "\n", "Mr.", "told", "reporters", "that", "a"};

    @Provide
    Arbitrary<List<String>> paragraphs() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES), Arbitraries.strings().ofMaxLength(3));
        Arbitrary<String> paragraph = piece.list().ofMaxSize(60).map(l -> String.join("", l));
        return paragraph.list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 400)
    void quotesAreAlwaysInsideTheirParagraph(@ForAll("paragraphs") List<String> texts,
                                             @ForAll("mentionOffsets") List<Integer> offsets) {
        List<Paragraph> ps = new ArrayList<>();
        for (String t : texts) {
            ps.add(new Paragraph(t, List.of(new Span(0, t.length()))));
        }
        Document doc = new Document("p", "p.txt", "", "lead", null, null, null, ps, List.of(), List.of());
        // people whose mentions and roles may point anywhere, even outside the text: the finder must cope
        List<PersonMention> mentions = new ArrayList<>();
        for (int i = 0; i + 2 < offsets.size(); i += 3) {
            mentions.add(new PersonMention(offsets.get(i) % 5, offsets.get(i + 1), offsets.get(i + 1) + offsets.get(i + 2),
                    "Lavrov", i % 2 == 0 ? "surname" : "full"));
        }
        List<LocalPerson> people = List.of(
                new LocalPerson("Sergey Lavrov", List.of("Sergey Lavrov", "Lavrov"), mentions,
                        List.of(new LocalRole("Minister of Foreign Affairs", "Russia", null, 0, 0, 3))),
                new LocalPerson("Ana Kovač", List.of("Ana Kovač"), List.of(), List.of()));

        List<LocalQuote> quotes = FINDER.find(doc, people);

        for (LocalQuote q : quotes) {
            assertThat(q.paragraph()).isBetween(0, texts.size() - 1);
            String text = texts.get(q.paragraph());
            assertThat(q.start()).isBetween(0, text.length());
            assertThat(q.end()).isBetween(q.start(), text.length());
            assertThat(q.text()).isEqualTo(text.substring(q.start(), q.end()));
            assertThat(q.speaker()).isBetween(-1, people.size() - 1);
            assertThat(q.confidence()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void strayMarksInALongParagraphCostLinearTime() {
        StringBuilder sb = new StringBuilder();
        String[] marks = {"„a ", "«b ", "'c ", "‘d ", "\"e ", "»f ", "”g ", "“h ", "Lavrov said ", "he said: "};
        for (int i = 0; sb.length() < 300_000; i++) {
            sb.append(marks[(i * 7 + i / 3) % marks.length]);
        }
        String text = sb.toString();
        Document doc = new Document("p", "p.txt", "", "lead", null, null, null,
                List.of(new Paragraph(text, List.of(new Span(0, text.length())))), List.of(), List.of());
        LocalPerson lavrov = new LocalPerson("Sergey Lavrov", List.of("Lavrov"), List.of(), List.of());
        long start = System.nanoTime();
        FINDER.find(doc, List.of(lavrov));
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(5_000);
    }

    @Provide
    Arbitrary<List<Integer>> mentionOffsets() {
        return Arbitraries.integers().between(-2, 400).list().ofMaxSize(9);
    }
}
