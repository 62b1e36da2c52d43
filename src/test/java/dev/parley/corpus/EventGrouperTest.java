package dev.parley.corpus;

import dev.parley.ingest.SourceFile;
import dev.parley.model.Corpus;
import dev.parley.model.Event;
import dev.parley.testing.Seeds;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Events from fixture articles built through the real builder: one meeting across outlets, and meetings kept apart. */
class EventGrouperTest {
    private static Corpus build(List<SourceFile> articles) {
        return new CorpusBuilder("parley test").build(articles, List.of(), CorpusBuilder.Progress.NONE);
    }

    private static Corpus fixtures() {
        return build(Seeds.folder(Seeds.root().resolve("src/test/resources/fixtures/events")));
    }

    private static Event eventOf(Corpus c, String doc) {
        return c.events().stream().filter(e -> e.reports().stream().anyMatch(r -> r.doc().equals(doc)))
                .findFirst().orElseThrow();
    }

    private static List<String> docs(Event e) {
        return e.reports().stream().map(Event.Report::doc).toList();
    }

    @Test
    void ministryWireAndNewspaper_areOneEvent_withTheNewspapersYesterdayResolved() {
        Corpus c = fixtures();
        Event e = eventOf(c, "a1_ministry");
        assertThat(docs(e)).contains("a1_ministry", "a2_wire", "a3_paper");
        assertThat(e.date().value()).isEqualTo("2024-03-21");
        assertThat(e.place()).isEqualTo("Lisbon");
        Event.Report paper = e.reports().stream().filter(r -> r.doc().equals("a3_paper")).findFirst().orElseThrow();
        assertThat(paper.date().value()).as("met yesterday, in a report of the 22nd").isEqualTo("2024-03-21");
        // the newspaper names a participant the others omit
        assertThat(paper.participants()).contains("rui-costa");
        assertThat(e.participants()).contains("ana-ferreira", "tomas-rojas", "rui-costa");
    }

    @Test
    void theSameQuoteInSeveralOutlets_isOneQuoteWithSeveralSources() {
        Event e = eventOf(fixtures(), "a1_ministry");
        Event.SharedQuote shared = e.quotes().stream().filter(q -> q.quotes().size() > 1).findFirst().orElseThrow();
        assertThat(shared.quotes()).contains("q-a1_ministry-1", "q-a2_wire-1", "q-a3_paper-1");
        assertThat(shared.text()).contains("long history of trade and friendship");
    }

    @Test
    void anUndatedReport_joinsOnSamePeoplePlaceAndQuote_withLowerConfidence() {
        Corpus c = fixtures();
        Event e = eventOf(c, "a1_ministry");
        assertThat(docs(e)).contains("a4_undated");
        assertThat(e.confidence()).isLessThan(0.8);
        assertThat(e.basis()).contains("undated");
    }

    @Test
    void anUndatedReportWithoutSharedWords_staysApart_namesAloneNeverJoin() {
        Corpus c = fixtures();
        assertThat(eventOf(c, "b3_undated_other").reports()).extracting(Event.Report::doc)
                .containsExactly("b3_undated_other");
    }

    @Test
    void aPlannedVisit_linksToTheEventThatHappened() {
        Event e = eventOf(fixtures(), "a1_ministry");
        assertThat(docs(e)).contains("a0_planned");
        assertThat(e.kind()).isEqualTo("reported");
        assertThat(e.basis()).contains("planned");
    }

    @Test
    void theSamePeopleInAnotherCityOnAnotherDay_areTwoEvents() {
        Corpus c = fixtures();
        assertThat(eventOf(c, "b1_santiago")).isNotEqualTo(eventOf(c, "b2_valparaiso"));
        assertThat(eventOf(c, "b1_santiago")).isNotEqualTo(eventOf(c, "a1_ministry"));
    }

    @Test
    void everyMeetingIsInExactlyOneEvent() {
        Corpus c = fixtures();
        List<String> grouped = new ArrayList<>();
        c.events().forEach(e -> grouped.addAll(e.meetings()));
        assertThat(grouped).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(c.meetings().stream().map(m -> m.id()).toList());
    }

    /** An agency item: dateline city, date, agency, and the meeting sentence. */
    private static SourceFile wire(String id, String city, String date, String sentence) {
        return new SourceFile(id, id + ".txt", "Ministers meet\n\n" + city.toUpperCase() + ", " + date
                + " (Iberpress) - " + sentence + "\n\nThe talks covered trade and transport.\n");
    }

    /** A ministry's release: issuing body, title, date line, the meeting told "today". */
    private static SourceFile release(String id, String date, String sentence) {
        return new SourceFile(id, id + ".txt", "Ministry of Foreign Affairs of Portugal\n\nMinisters met\n\n" + date
                + "\n\n" + sentence + "\n\nThe ministers discussed regional issues.\n");
    }

    private static final String AF = "Minister of Foreign Affairs of Portugal Ana Ferreira";
    private static final String TR = "the Minister of Foreign Affairs of Chile Tomas Rojas";

    @Test
    void tenPairsOfDifferentMeetingsOfTheSamePeople_stayApart() {
        List<SourceFile[]> pairs = List.of(
                // days apart, same city
                new SourceFile[] {release("p1a", "2 May 2024", AF + " met today in Lisbon with " + TR + "."),
                        release("p1b", "7 May 2024", AF + " met today in Lisbon with " + TR + ".")},
                // within a day, two cities
                new SourceFile[] {release("p2a", "10 May 2024", AF + " met today in Lisbon with " + TR + "."),
                        wire("p2b", "Porto", "May 11, 2024", "Portuguese Foreign Minister Ana Ferreira met Chilean Foreign Minister Tomas Rojas in Porto on Saturday.")},
                // same day and month, another year
                new SourceFile[] {release("p3a", "3 June 2023", AF + " met today in Lisbon with " + TR + "."),
                        release("p3b", "3 June 2024", AF + " met today in Lisbon with " + TR + ".")},
                // a city and a city of another country on consecutive days
                new SourceFile[] {release("p4a", "12 June 2024", AF + " met today in Lisbon with " + TR + "."),
                        wire("p4b", "Santiago", "June 13, 2024", "Portuguese Foreign Minister Ana Ferreira met Chilean Foreign Minister Tomas Rojas in Santiago on Thursday.")},
                // a week apart, one told by "yesterday"
                new SourceFile[] {release("p5a", "1 July 2024", AF + " met today in Lisbon with " + TR + "."),
                        wire("p5b", "Lisbon", "July 9, 2024", "Portuguese Foreign Minister Ana Ferreira met Chilean Foreign Minister Tomas Rojas in Lisbon yesterday.")},
                // a month apart
                new SourceFile[] {release("p6a", "2 August 2024", AF + " met today in Madrid with " + TR + "."),
                        release("p6b", "2 September 2024", AF + " met today in Madrid with " + TR + ".")},
                // two days apart, same city, two agencies
                new SourceFile[] {wire("p7a", "Lisbon", "October 1, 2024", "Portuguese Foreign Minister Ana Ferreira met Chilean Foreign Minister Tomas Rojas in Lisbon on Tuesday."),
                        wire("p7b", "Lisbon", "October 3, 2024", "Portuguese Foreign Minister Ana Ferreira met Chilean Foreign Minister Tomas Rojas in Lisbon on Thursday.")},
                // one undated, other city, no shared words
                new SourceFile[] {release("p8a", "5 November 2024", AF + " met today in Lisbon with " + TR + "."),
                        new SourceFile("p8b", "p8b.txt", "Ministers in Brussels\n\nPortuguese Foreign Minister Ana Ferreira met Chilean Foreign Minister Tomas Rojas in Brussels.\n")},
                // the same day, but one meeting has a different counterpart too: two of the same people needed
                new SourceFile[] {release("p9a", "20 November 2024", AF + " met today in Lisbon with " + TR + "."),
                        release("p9b", "27 November 2024", AF + " met today in Lisbon with " + TR + " and the Minister of Economy of Chile Pedro Soto.")},
                // weeks apart in two capitals
                new SourceFile[] {wire("p10a", "Madrid", "December 1, 2024", "Portuguese Foreign Minister Ana Ferreira met Chilean Foreign Minister Tomas Rojas in Madrid on Sunday."),
                        wire("p10b", "Paris", "December 15, 2024", "Portuguese Foreign Minister Ana Ferreira met Chilean Foreign Minister Tomas Rojas in Paris on Sunday.")});
        for (SourceFile[] pair : pairs) {
            Corpus c = build(List.of(pair));
            assertThat(c.meetings()).as(pair[0].id()).hasSize(2);
            assertThat(c.events()).as("%s and %s", pair[0].id(), pair[1].id()).hasSize(2);
        }
    }

    @Test
    void oneMeetingFromAReleaseAndAWire_isOneEvent_whenTheWireSaysOnMonday() {
        Corpus c = build(List.of(
                release("r1", "6 May 2024", AF + " met today in Lisbon with " + TR + "."),
                wire("r2", "Lisbon", "May 7, 2024", "Portuguese Foreign Minister Ana Ferreira met Chilean Foreign Minister Tomas Rojas in Lisbon on Monday.")));
        assertThat(c.events()).hasSize(1);
        Event e = c.events().get(0);
        assertThat(e.date().value()).isEqualTo("2024-05-06");
        assertThat(e.reports()).extracting(r -> r.date().value()).containsOnly("2024-05-06");
        assertThat(e.confidence()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aCityAndItsCountry_agree_twoCitiesDoNot() {
        assertThat(EventPlaces.agree("Lisbon", "Portugal")).isTrue();
        assertThat(EventPlaces.agree("Portugal", "Lisbon")).isTrue();
        assertThat(EventPlaces.agree("Lisbon", "Porto")).isFalse();
        assertThat(EventPlaces.agree("Lisbon", "Chile")).isFalse();
        assertThat(EventPlaces.agree("Portugal", "Chile")).isFalse();
    }
}
