package dev.parley.tui;

import dev.parley.corpus.CorpusBuilder;
import dev.parley.model.Corpus;
import dev.parley.testing.Seeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The relationship view of :between, the event view (columns when wide, stacked when narrow) and the Meetings pane by event. */
class EventViewsTest {
    private static Corpus corpus;

    @BeforeAll
    static void build() {
        corpus = new CorpusBuilder("parley test").build(
                Seeds.folder(Seeds.root().resolve("src/test/resources/fixtures/events")), List.of(),
                CorpusBuilder.Progress.NONE);
    }

    @Test
    void between_showsTheChartAndTheEvents_andEnterOpensAnEvent() {
        try (Driver d = new Driver(corpus, 100, 30)) {
            d.press(":").type("between ferreira rojas").press("Enter");
            assertThat(d.text()).contains("Ana Ferreira — Tomas Rojas", "4 events", "Per month", "Events",
                    "Who met whom");
            Golden.check("relationship-100x30", d.text());
            d.press("Enter");
            assertThat(d.text()).contains("Event in Lisbon, 2024-03-21", "5 reports", "Iberpress");
        }
    }

    @Test
    void between_twoCountries_andAnUnknownSide_isAProblemInTheBar() {
        try (Driver d = new Driver(corpus, 100, 30)) {
            d.press(":").type("between portugal chile").press("Enter");
            assertThat(d.text()).contains("Portugal — Chile");
            d.press(":").type("between ferreira nobodyatall").press("Enter");
            assertThat(d.state().bar()).isNotNull();
        }
    }

    @Test
    void eventView_columnsOnAWideScreen_stackedOnANarrowOne() {
        try (Driver d = new Driver(corpus, 160, 45)) {
            d.press("4");
            assertThat(d.text()).contains("5 reports");
            d.press("Enter");
            assertThat(d.text()).contains("Event in Lisbon, 2024-03-21");
            // side by side: two outlets on one screen line
            assertThat(d.text().lines()).anySatisfy(l -> assertThat(l).contains("Iberpress").contains("Ministry of Foreign Affairs"));
            Golden.check("event-columns-160x45", d.text());
        }
        try (Driver d = new Driver(corpus, 60, 30)) {
            d.press("4", "Enter");
            assertThat(d.text()).contains("Event in Lisbon");
            assertThat(d.text().lines()).noneSatisfy(l -> assertThat(l).contains("Iberpress").contains("Ministry"));
            Golden.check("event-stacked-60x30", d.text());
        }
    }

    @Test
    void between_completesPeopleAndCountries() {
        var completer = new dev.parley.command.CommandCompleter(
                new dev.parley.command.Resolver(new dev.parley.index.CorpusIndex(corpus)));
        assertThat(completer.candidates("between ferr", 12)).extracting(c -> c.value()).contains("Ana Ferreira");
        assertThat(completer.candidates("between ferreira chi", 20)).extracting(c -> c.value()).contains("ferreira Chile");
    }
}
