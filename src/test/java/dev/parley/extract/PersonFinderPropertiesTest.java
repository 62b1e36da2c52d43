package dev.parley.extract;

import dev.parley.model.Document;
import dev.parley.model.Paragraph;
import dev.parley.model.Span;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever the text, the finder returns well-formed people whose mentions point at their own text. */
class PersonFinderPropertiesTest {
    private static final PersonFinder FINDER = new PersonFinder(Vocabulary.get());

    @Provide
    Arbitrary<List<String>> newsLikeParagraphs() {
        // words that exercise the rules: names, titles, particles, places, punctuation and odd characters
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.of("Minister", "President", "Mr.", "Dr", "Foreign", "of", "the", "and", "said", "Lavrov",
                        "Sergey", "Dačić", "Ivica", "von", "der", "Leyen", "Wang", "Yi", "Kim", "Jae-in", "O'Brien",
                        "F.", "'s", "’s", ",", ".", "\"", "“", "”", "(", ")", "-", "–", "Serbia", "Russian",
                        "Federation", "Ministry", "Council", "Ministers", "Moscow", "who", "45", "a", "lawyer",
                        "ÉCOLE", "NATO", "al-Assad", "bin", "Mc", "McDonald", "I’m", "𝔄", "\u0301", "Ŀ", "ǅ"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(8).withCharRange(' ', '\u024F'));
        Arbitrary<String> paragraph = word.list().ofMinSize(0).ofMaxSize(40).map(ws -> String.join(" ", ws));
        return paragraph.list().ofMinSize(0).ofMaxSize(6);
    }

    @Property(tries = 300)
    void mentionsAndRolesPointIntoTheirParagraph(@ForAll("newsLikeParagraphs") List<String> texts) {
        Document doc = document(texts);
        List<LocalPerson> people = FINDER.find(doc);
        for (LocalPerson p : people) {
            assertThat(p.name()).isNotBlank();
            assertThat(p.forms()).contains(p.name());
            assertThat(p.mentions()).isNotEmpty();
            for (PersonMention m : p.mentions()) {
                String text = doc.paragraphs().get(m.paragraph()).text();
                assertThat(m.start()).isBetween(0, m.end());
                assertThat(m.end()).isLessThanOrEqualTo(text.length());
                assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
                assertThat(m.form()).isIn("full", "surname", "title");
                assertThat(p.forms()).contains(m.text());
            }
            for (LocalRole r : p.roles()) {
                String text = doc.paragraphs().get(r.paragraph()).text();
                assertThat(r.title()).isNotBlank();
                assertThat(r.start()).isBetween(0, r.end());
                assertThat(r.end()).isLessThanOrEqualTo(text.length());
            }
        }
    }

    @Property(tries = 200)
    void neverThrowsOnArbitraryText(@ForAll List<@net.jqwik.api.constraints.StringLength(max = 200) String> texts) {
        assertThat(FINDER.find(document(texts))).isNotNull();
    }

    @Property(tries = 100)
    void aPersonIsFoundOncePerDocument(@ForAll("newsLikeParagraphs") List<String> texts) {
        List<LocalPerson> people = FINDER.find(document(texts));
        List<String> mentionKeys = new ArrayList<>();
        for (LocalPerson p : people) {
            for (PersonMention m : p.mentions()) {
                mentionKeys.add(m.paragraph() + ":" + m.start());
            }
        }
        // no place in the text is claimed by two people
        assertThat(mentionKeys).doesNotHaveDuplicates();
    }

    private static Document document(List<String> texts) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String t : texts) {
            paragraphs.add(new Paragraph(t, t.isEmpty() ? List.of() : List.of(new Span(0, t.length()))));
        }
        return new Document("p", "p", "", "lead", null, null, null, paragraphs, List.of(), List.of());
    }
}
