package dev.parley.extract;

import dev.parley.model.DocDate;
import dev.parley.model.Document;
import dev.parley.model.Evidence;
import dev.parley.model.Paragraph;
import dev.parley.model.Span;
import dev.parley.testing.WildText;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every extractor, on arbitrary text: it never throws, and everything it finds points inside the document at
 * exactly the text it says it found there. Paragraphs are taken as they come (with line ends, controls, broken
 * surrogates), which is more than the article parser ever hands over.
 */
class ExtractorsPropertiesTest {
    private static final Vocabulary VOCAB = Vocabulary.get();
    private static final Sentences SENTENCES = new Sentences(VOCAB);
    private static final Dates DATES = new Dates(VOCAB);
    private static final PersonFinder PEOPLE = new PersonFinder(VOCAB);
    private static final PlaceFinder PLACES = new PlaceFinder(VOCAB);
    private static final OrgFinder ORGS = new OrgFinder(VOCAB);
    private static final QuoteFinder QUOTES = new QuoteFinder(VOCAB);
    private static final MeetingFinder MEETINGS = new MeetingFinder(VOCAB);
    private static final TopicTagger TOPICS = new TopicTagger(VOCAB);
    private static final Keyphrases PHRASES = new Keyphrases(VOCAB);

    @Provide
    Arbitrary<List<String>> paragraphs() {
        return WildText.paragraphs();
    }

    @Provide
    Arbitrary<String> text() {
        return WildText.text();
    }

    @Property(tries = 250)
    void sentencesCoverTheirParagraphInOrder(@ForAll("text") String text) {
        int last = 0;
        for (Span s : SENTENCES.split(text)) {
            assertThat(s.start()).isGreaterThanOrEqualTo(last);
            assertThat(s.end()).isLessThanOrEqualTo(text.length());
            last = s.end();
        }
    }

    @Property(tries = 250)
    void datesPointAtTheirText(@ForAll("text") String text) {
        DATES.find(text, "text");
        DATES.fromUrl(text);
        for (Dates.Found f : DATES.findAll(text, "text")) {
            assertThat(f.start()).isBetween(0, text.length());
            assertThat(f.end()).isBetween(f.start(), text.length());
            assertThat(f.date()).isNotNull();
        }
    }

    @Property(tries = 250)
    void everyFindingPointsInsideItsDocumentAtItsOwnText(@ForAll("paragraphs") List<String> texts,
                                                         @ForAll("text") String title) {
        Document doc = document(title, texts);

        List<LocalPerson> people = PEOPLE.find(doc);
        for (LocalPerson p : people) {
            assertThat(p.name()).isNotBlank();
            for (PersonMention m : p.mentions()) {
                assertAt(doc, m.paragraph(), m.start(), m.end(), m.text(), "person mention " + m);
            }
            for (LocalRole r : p.roles()) {
                assertInside(doc, r.paragraph(), r.start(), r.end(), "role " + r);
            }
        }
        List<EntityMention> places = PLACES.find(doc);
        List<EntityMention> orgs = ORGS.find(doc);
        for (EntityMention e : concat(places, orgs)) {
            assertAt(doc, e.paragraph(), e.start(), e.end(), e.text(), "entity " + e);
        }
        for (LocalQuote q : QUOTES.find(doc, people, orgs)) {
            assertAt(doc, q.paragraph(), q.start(), q.end(), q.text(), "quote " + q);
            assertThat(q.confidence()).isBetween(0.0, 1.0);
            for (LocalSpeaker s : q.speakers()) {
                assertThat(s.person()).isBetween(-1, people.size() - 1);
            }
        }
        for (MeetingFinder.LocalMeeting m : MEETINGS.find(doc, people, places)) {
            assertInside(doc, m.paragraph(), m.sentence().start(), m.sentence().end(), "meeting " + m);
            for (int who : m.participants()) {
                assertThat(who).isBetween(0, people.size() - 1);
            }
        }
        for (Map.Entry<String, List<Evidence>> topic : TOPICS.tag(doc).entrySet()) {
            for (Evidence e : topic.getValue()) {
                assertAt(doc, e.paragraph(), e.start(), e.end(), e.text(), "topic evidence " + topic.getKey());
            }
        }
        // the text reaches the rules, not only their first checks: some tries find people and quotes
        Statistics.label("people").collect(!people.isEmpty());
        Statistics.label("quotes").collect(!QUOTES.find(doc, people, orgs).isEmpty());
        Statistics.label("people").coverage(c -> c.check(true).percentage(p -> p > 15));
        Statistics.label("quotes").coverage(c -> c.check(true).percentage(p -> p > 15));
        assertThat(PHRASES.extract(doc, 8)).hasSizeLessThanOrEqualTo(8).allSatisfy(k -> assertThat(k).isNotBlank());
    }

    static Document document(String title, List<String> texts) {
        List<Paragraph> ps = new ArrayList<>();
        for (String t : texts) {
            ps.add(new Paragraph(t, SENTENCES.split(t)));
        }
        return new Document("d", "d.txt", title, "header", null, null, new DocDate("2024-03-21", "day", "header"),
                ps, List.of(), List.of());
    }

    /** The text of a paragraph, or of the title for a finding in the headline. */
    static String textOf(Document doc, int paragraph) {
        return paragraph == dev.parley.model.Quote.HEADLINE ? doc.title() : doc.paragraphs().get(paragraph).text();
    }

    private static void assertInside(Document doc, int paragraph, int start, int end, String what) {
        assertThat(paragraph).as(what).isBetween(dev.parley.model.Quote.HEADLINE, doc.paragraphs().size() - 1);
        String text = textOf(doc, paragraph);
        assertThat(start).as(what).isBetween(0, text.length());
        assertThat(end).as(what).isBetween(start, text.length());
    }

    private static void assertAt(Document doc, int paragraph, int start, int end, String found, String what) {
        assertInside(doc, paragraph, start, end, what);
        assertThat(found).as(what).isEqualTo(textOf(doc, paragraph).substring(start, end));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
