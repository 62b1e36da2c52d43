package dev.parley.tui;

import dev.parley.index.CorpusIndex;
import dev.parley.model.Corpus;
import dev.parley.model.DocDate;
import dev.parley.model.Document;
import dev.parley.model.Entity;
import dev.parley.model.Evidence;
import dev.parley.model.Meeting;
import dev.parley.model.Mention;
import dev.parley.model.Paragraph;
import dev.parley.model.Person;
import dev.parley.model.Quote;
import dev.parley.model.Role;
import dev.parley.model.Speaker;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Organisations and joint statements as speakers, a quote of a headline and a call, as the explorer shows them. */
class SpeakersScreensTest {
    // an invented wire story
    static final String TITLE = "Utopia ministry: \u201cThe border stays open\u201d";
    static final String P0 = "\u201cWe are ready to resume negotiations without preconditions at any level,\u201d the"
            + " Foreign Ministry of Utopia said in a statement on Tuesday.";
    static final String P1 = "\u201cOur two countries share one view of the crisis and of the way out of it,\u201d"
            + " Ana Kovač and Jonas Berg said after a phone call.";
    static final String P2 = "\u201cIt is too early to say,\u201d a spokesman said.";

    static Corpus corpus() {
        Document doc = new Document("utopia-talks", "utopia-talks.txt", TITLE, "header", "Wire", "Capital City",
                new DocDate("2024-03-21", "day", "dateline"),
                List.of(new Paragraph(P0, List.of()), new Paragraph(P1, List.of()), new Paragraph(P2, List.of())),
                List.of(), List.of());
        Person ana = new Person("ana-kovac", "Ana Kovač", List.of(),
                List.of(new Role("Minister of Foreign Affairs", "Utopia", null, List.of("utopia-talks"))),
                List.of(mention(1, P1, "Ana Kovač")));
        Person jonas = new Person("jonas-berg", "Jonas Berg", List.of(), List.of(), List.of(mention(1, P1, "Jonas Berg")));
        Entity ministry = new Entity("foreign-ministry-of-utopia", "Foreign Ministry of Utopia", "organisation", List.of(),
                List.of(mention(0, P0, "Foreign Ministry of Utopia")));
        String said = "The border stays open";
        Quote headline = new Quote("q-utopia-talks-1", "utopia-talks", Quote.HEADLINE, TITLE.indexOf(said),
                TITLE.indexOf(said) + said.length(), said, List.of(Speaker.organisation(ministry.id())), "Utopia ministry",
                null, "name", 0.7);
        Quote byMinistry = quote(2, 0, P0, "We are ready to resume negotiations without preconditions at any level",
                List.of(Speaker.organisation(ministry.id())), "the Foreign Ministry of Utopia");
        Quote joint = quote(3, 1, P1, "Our two countries share one view of the crisis and of the way out of it",
                List.of(Speaker.person("ana-kovac"), Speaker.person("jonas-berg")), "Ana Kovač and Jonas Berg");
        Quote unknown = quote(4, 2, P2, "It is too early to say", List.of(), null);
        Meeting call = new Meeting("m-1", "call", List.of(new Meeting.Participant("ana-kovac", null),
                new Meeting.Participant("jonas-berg", null)), null, new DocDate("2024-03-21", "day", "dateline"),
                List.of("utopia-talks"), List.of(), List.of(), List.of(new Evidence("utopia-talks", 1, 0, P1.length(), P1)));
        return new Corpus(Corpus.SCHEMA_VERSION, "parley test", List.of(doc), List.of(ana, jonas), List.of(ministry),
                List.of(), List.of(), List.of(call), List.of(headline, byMinistry, joint, unknown), List.of());
    }

    private static Mention mention(int paragraph, String text, String name) {
        int at = text.indexOf(name);
        return new Mention("utopia-talks", paragraph, at, at + name.length(), name);
    }

    private static Quote quote(int ordinal, int paragraph, String text, String words, List<Speaker> speakers, String speakerText) {
        int at = text.indexOf(words);
        return new Quote("q-utopia-talks-" + ordinal, "utopia-talks", paragraph, at, at + words.length(), words, speakers,
                speakerText, "said", speakerText == null ? null : "name", 0.9);
    }

    private static Driver driver(int cols, int rows) {
        Session session = Explorer.session(new CorpusIndex(corpus()), new Explorer.Options(false, "model.json", false),
                Map.of(), State.initial(80, 24), text -> "not copied: no clipboard");
        return new Driver(session, cols, rows);
    }

    @Test
    void quotesPane_showsEachSpeakerBeforeTheWords() throws Exception {
        try (Driver d = driver(100, 30)) {
            d.press("5");
            Golden.check("pane-quotes-speakers-100x30", d.text());
            assertThat(d.text()).contains("Foreign Ministry o…").contains("Ana Kovač and Jona…")
                    .contains("unknown speaker");
        }
    }

    @Test
    void jointQuoteDetail_linksBothSpeakers() throws Exception {
        try (Driver d = driver(100, 30)) {
            d.press("5", "/").type("crisis").press("Enter", "Enter");
            Golden.check("detail-quote-joint-100x30", d.text());
            assertThat(d.text()).contains("— Ana Kovač, Minister of Foreign Affairs, Utopia and Jonas Berg");
        }
    }

    @Test
    void organisationDetail_listsItsQuotes() {
        Content content = new Content(new CorpusIndex(corpus()));
        String text = lines(content.detail(new Ref(Ref.Kind.ORGANISATION, "foreign-ministry-of-utopia"), 100));

        assertThat(text).startsWith("Foreign Ministry of Utopia\norganisation")
                .contains("Quotes (2)")
                .contains("“The border stays open”")
                .contains("“We are ready to resume negotiations");
    }

    @Test
    void headlineQuote_isALinkInTheDocumentTitle_andItsDetailShowsTheHeadline() {
        Content content = new Content(new CorpusIndex(corpus()));
        Detail doc = content.detail(new Ref(Ref.Kind.DOCUMENT, "utopia-talks"), 100);
        assertThat(doc.lines().get(0).segs()).anySatisfy(s -> {
            assertThat(s.text()).isEqualTo("The border stays open");
            assertThat(s.style()).isEqualTo(Style.QUOTE);
            assertThat(s.link()).isGreaterThanOrEqualTo(0);
        });
        String quote = lines(content.detail(new Ref(Ref.Kind.QUOTE, "q-utopia-talks-1"), 100));
        assertThat(quote).contains("Headline\n  " + TITLE).contains("— Foreign Ministry of Utopia");
    }

    @Test
    void call_isShownAsACall() throws Exception {
        try (Driver d = driver(100, 30)) {
            d.press("4");
            assertThat(d.text()).contains("2024-03-21 call  Kovač, Berg");
            d.press("Enter");
            assertThat(d.text()).contains("Call, 2024-03-21");
        }
    }

    private static String lines(Detail d) {
        return d.lines().stream().map(Detail.Line::text).collect(Collectors.joining("\n"));
    }
}
