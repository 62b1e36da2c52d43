package dev.parley.tui;

import dev.parley.index.FixtureCorpus;
import dev.parley.text.Fold;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The corpus search and the concordance in the explorer, on the fixture corpus. */
class SearchViewTest {
    @Test
    void sOpensTheSearchLineAndEnterShowsRankedHitsWithSnippets() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30)) {
            d.press("s");
            assertThat(d.line(28)).startsWith("s search the corpus:");
            d.type("energy security").press("Enter");
            assertThat(d.state().page()).isEqualTo(Page.SearchPage.of("energy security"));
            String screen = d.text();
            assertThat(screen).contains("Search “energy security” · 2 results");
            assertThat(screen).contains("Kowalska and Marković on energy security");
            assertThat(screen).contains("quote by Kowalska");
            assertThat(d.line(1)).contains("search “energy security”");
            Golden.check("search-results-100x30", screen);
        }
    }

    @Test
    void hitsAreDrawnInTheMatchStyle() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30)) {
            d.press("s").type("doubled").press("Enter");
            String[] lines = d.text().split("\n");
            int row = -1;
            for (int i = 3; i < lines.length && row < 0; i++) { // below the breadcrumbs and the header
                if (lines[i].contains("doubled")) {
                    row = i;
                }
            }
            assertThat(row).isPositive();
            int col = lines[row].indexOf("doubled");
            var hit = d.cell(col, row);
            var before = d.cell(col - 2, row);
            assertThat(java.util.List.of(hit.getForegroundColor(), hit.getBackgroundColor(), hit.getModifiers()))
                    .isNotEqualTo(java.util.List.of(before.getForegroundColor(), before.getBackgroundColor(), before.getModifiers()));
        }
    }

    @Test
    void enterOpensTheDocumentAtTheHitWithTheWordHighlighted_andBackReturnsToTheResults() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30)) {
            d.press("s").type("kind:doc recalled").press("Enter");
            d.press("Enter");
            Page.DetailPage page = (Page.DetailPage) d.state().page();
            assertThat(page.ref()).isEqualTo(new Ref(Ref.Kind.DOCUMENT, FixtureCorpus.D3));
            assertThat(page.search()).isEqualTo("recalled");
            assertThat(page.match()).isGreaterThanOrEqualTo(0);
            assertThat(d.text()).contains("recalled her talks");
            assertThat(d.line(1)).contains("search “kind:doc recalled” › ");
            d.press("h");
            assertThat(d.state().page()).isInstanceOf(Page.SearchPage.class);
        }
    }

    @Test
    void aHitInALaterParagraphScrollsThereInASmallWindow() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 60, 15)) {
            d.press("s").type("kind:doc ambassador").press("Enter", "Enter");
            Page.DetailPage page = (Page.DetailPage) d.state().page();
            assertThat(page.ref().id()).isEqualTo(FixtureCorpus.D1);
            assertThat(page.scroll()).isPositive(); // paragraph 4 is below the first screen
            assertThat(Fold.key(d.text())).contains("ambassador petar djuric");
        }
    }

    @Test
    void jAndKMoveBetweenHits() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30)) {
            d.press("s").type("markovic").press("Enter");
            d.press("j", "j");
            assertThat(((Page.SearchPage) d.state().page()).selected()).isEqualTo(2);
            d.press("G");
            int last = ((Page.SearchPage) d.state().page()).selected();
            assertThat(last).isGreaterThan(2);
            d.press("k");
            assertThat(((Page.SearchPage) d.state().page()).selected()).isEqualTo(last - 1);
        }
    }

    @Test
    void aBadQueryIsShownAndSReopensTheLineWithIt() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30)) {
            d.press("s").type("author:kowalska").press("Enter");
            assertThat(d.text()).contains("Cannot search: unknown field 'author:'");
            d.press("s");
            assertThat(d.line(28)).contains("author:kowalska");
            d.press("Esc");
            assertThat(d.state().input()).isNull();
            assertThat(d.running()).isTrue();
        }
    }

    @Test
    void aChangedSearchReplacesTheResultsInTheHistory() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30)) {
            d.press("s").type("trade").press("Enter");
            d.press("s", "Backspace", "Backspace", "Backspace", "Backspace", "Backspace").type("energy").press("Enter");
            assertThat(d.state().page()).isEqualTo(Page.SearchPage.of("energy"));
            d.press("h");
            assertThat(d.state().page()).isEqualTo(new Page.ListPage(Pane.DOCUMENTS));
        }
    }

    @Test
    void concordanceAlignsTheKeywordAndSortsWithR() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30)) {
            d.press("c").type("energy").press("Enter");
            assertThat(d.state().page()).isEqualTo(Page.KwicPage.of("energy"));
            String[] lines = d.text().split("\n");
            assertThat(lines[2]).contains("Concordance “energy” · 3 occurrences · corpus order");
            int col = -1;
            for (int row = 4; row <= 6; row++) {
                int at = Fold.key(lines[row]).indexOf("energy");
                assertThat(at).isPositive();
                if (col >= 0) {
                    assertThat(at).as("keyword column of row %d", row).isEqualTo(col);
                }
                col = at;
            }
            Golden.check("kwic-100x30", d.text());
            d.press("r");
            assertThat(((Page.KwicPage) d.state().page()).sort()).isEqualTo("R1");
            assertThat(d.text()).contains("sorted by R1");
            d.press("Enter");
            Page.DetailPage page = (Page.DetailPage) d.state().page();
            assertThat(page.ref().kind()).isEqualTo(Ref.Kind.DOCUMENT);
            assertThat(Fold.key(page.search())).isEqualTo("energy");
        }
    }

    @Test
    void cFromSearchResultsOffersTheQueryWordsWithoutFilters() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30)) {
            d.press("s").type("person:kowalska security").press("Enter", "c");
            assertThat(d.state().input().text()).isEqualTo("security");
        }
    }

    @Test
    void pOnAHitQueuesItsQuoteOrArticle() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30)) {
            d.press("s").type("kind:quote invitation").press("Enter", "p");
            assertThat(d.state().output()).containsExactly(new Ref(Ref.Kind.QUOTE, "q-" + FixtureCorpus.D2 + "-1"));
            d.press("c", "Enter", "p"); // c offers the words of the search: "invitation"
            assertThat(d.state().output()).contains(new Ref(Ref.Kind.DOCUMENT, FixtureCorpus.D2));
        }
    }

    @Test
    void theCommandBarSearchOpensTheSameResults() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30)) {
            d.press(":").type("search energy security").press("Enter");
            assertThat(d.state().page()).isEqualTo(Page.SearchPage.of("energy security"));
            assertThat(d.text()).contains("Search “energy security” · 2 results");
        }
    }
}
