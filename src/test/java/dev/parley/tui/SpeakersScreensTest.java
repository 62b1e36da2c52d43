package dev.parley.tui;

import dev.parley.index.CorpusIndex;
import dev.parley.index.SpeakersCorpus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Organisations and joint statements as speakers, a quote of a headline and a call, as the explorer shows them. */
class SpeakersScreensTest {
    private static Driver driver(int cols, int rows) {
        Session session = Explorer.session(new CorpusIndex(SpeakersCorpus.corpus()), new Explorer.Options(false, "model.json", false),
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
        Content content = new Content(new CorpusIndex(SpeakersCorpus.corpus()));
        String text = lines(content.detail(new Ref(Ref.Kind.ORGANISATION, "foreign-ministry-of-utopia"), 100));

        assertThat(text).startsWith("Foreign Ministry of Utopia\norganisation")
                .contains("Quotes (2)")
                .contains("“The border stays open”")
                .contains("“We are ready to resume negotiations");
    }

    @Test
    void headlineQuote_isALinkInTheDocumentTitle_andItsDetailShowsTheHeadline() {
        Content content = new Content(new CorpusIndex(SpeakersCorpus.corpus()));
        Detail doc = content.detail(new Ref(Ref.Kind.DOCUMENT, "utopia-talks"), 100);
        assertThat(doc.lines().get(0).segs()).anySatisfy(s -> {
            assertThat(s.text()).isEqualTo("The border stays open");
            assertThat(s.style()).isEqualTo(Style.QUOTE);
            assertThat(s.link()).isGreaterThanOrEqualTo(0);
        });
        String quote = lines(content.detail(new Ref(Ref.Kind.QUOTE, "q-utopia-talks-1"), 100));
        assertThat(quote).contains("Headline\n  " + SpeakersCorpus.TITLE).contains("— Foreign Ministry of Utopia");
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

    @Test
    void pick_printsJointAndOrganisationSpeakers() {
        CorpusIndex index = new CorpusIndex(SpeakersCorpus.corpus());
        List<Ref> refs = List.of(new Ref(Ref.Kind.QUOTE, "q-utopia-talks-3"), new Ref(Ref.Kind.QUOTE, "q-utopia-talks-2"));

        String json = Pick.print(index, refs, Pick.Format.JSON);
        var array = com.google.gson.JsonParser.parseString(json).getAsJsonArray();
        assertThat(array.get(0).getAsJsonObject().get("speaker").getAsString()).isEqualTo("Ana Kovač and Jonas Berg");
        assertThat(array.get(0).getAsJsonObject().getAsJsonArray("speakers")).hasSize(2);
        assertThat(array.get(1).getAsJsonObject().getAsJsonArray("speakers").get(0).getAsJsonObject()
                .get("kind").getAsString()).isEqualTo("organisation");
        assertThat(Pick.print(index, refs, Pick.Format.CITE)).contains("” — Ana Kovač and Jonas Berg; Wire")
                .contains("” — Foreign Ministry of Utopia; Wire");
    }

    private static String lines(Detail d) {
        return d.lines().stream().map(Detail.Line::text).collect(Collectors.joining("\n"));
    }
}
