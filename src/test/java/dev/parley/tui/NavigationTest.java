package dev.parley.tui;

import dev.parley.index.CorpusIndex;
import dev.parley.index.FixtureCorpus;
import dev.parley.model.Corpus;
import dev.parley.model.DocDate;
import dev.parley.model.Document;
import dev.parley.model.Paragraph;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The real loop on a virtual terminal, driven key by key. */
class NavigationTest {
    private static Page.DetailPage detailPage(Driver d) {
        assertThat(d.state().page()).isInstanceOf(Page.DetailPage.class);
        return (Page.DetailPage) d.state().page();
    }

    @Test
    void drillPersonMeetingDocument_thenBackTwice_returnsWhereTheReaderWas() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30)) {
            d.press("2", "/").type("markovic").press("Enter", "Enter");
            assertThat(detailPage(d).ref()).isEqualTo(new Ref(Ref.Kind.PERSON, "jelena-markovic"));
            // references of a person: the two documents of her role, then her meetings in time order
            d.press("Tab", "Tab", "Tab");
            d.press("Enter");
            assertThat(detailPage(d).ref()).isEqualTo(new Ref(Ref.Kind.MEETING, "m-1"));
            assertThat(d.line(1)).contains("People › Jelena Marković › meeting 2016-03-14 Belgrade");
            // meeting references: place, three participants, then the reporting documents
            d.press("Tab", "Tab", "Tab", "Tab", "Enter");
            assertThat(detailPage(d).ref()).isEqualTo(new Ref(Ref.Kind.DOCUMENT, FixtureCorpus.D1));
            assertThat(d.text()).contains("Our trade has doubled");

            d.press("Backspace");
            assertThat(detailPage(d).ref().kind()).isEqualTo(Ref.Kind.MEETING);
            assertThat(detailPage(d).link()).isEqualTo(4);
            d.press("h");
            assertThat(detailPage(d).ref().id()).isEqualTo("jelena-markovic");
            assertThat(detailPage(d).link()).isEqualTo(3);
            d.press("]");
            assertThat(detailPage(d).ref().kind()).isEqualTo(Ref.Kind.MEETING);
        }
    }

    @Test
    void braces_walkTheTimelineYearByYear_andUndatedMeetingsComeLast() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30)) {
            d.press("4");
            assertThat(d.state().list(Pane.MEETINGS).selected()).isZero(); // 2016
            d.press("}");
            assertThat(d.state().list(Pane.MEETINGS).selected()).isEqualTo(2); // 2017-05-02, past 2016-03-14
            d.press("}");
            assertThat(d.state().list(Pane.MEETINGS).selected()).isEqualTo(3); // undated
            d.press("}");
            assertThat(d.line(28)).contains("No later year");
            d.press("{");
            assertThat(d.state().list(Pane.MEETINGS).selected()).isEqualTo(2);
            d.press("j", "{");
            assertThat(d.state().list(Pane.MEETINGS).selected()).isEqualTo(2); // back to the start of its year first
            d.press("{");
            assertThat(d.state().list(Pane.MEETINGS).selected()).isZero();
            d.press("{");
            assertThat(d.line(28)).contains("No earlier year");
            d.press("2", "}");
            assertThat(d.line(28)).contains("This list has no dates");
        }
    }

    @Test
    void theFirstRowOfEachYearShowsItsDateAsAHeading() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30)) {
            d.press("4");
            assertThat(d.line(4)).contains("2016-03-14");
            assertThat(d.cell(1, 4).getModifiers()).doesNotContain(com.googlecode.lanterna.SGR.BOLD); // 2016 again
            assertThat(d.line(5)).contains("2017-05-02");
            assertThat(d.cell(1, 5).getModifiers()).contains(com.googlecode.lanterna.SGR.BOLD); // a new year
        }
    }

    @Test
    void theLaunchersRehearsalWalksEveryPaneWithoutATerminal() throws Exception {
        // it runs where no terminal exists (the launcher records a class archive with it); it must not need one
        assertThat(Explorer.rehearse(() -> new CorpusIndex(FixtureCorpus.corpus()), new Explorer.Options(false, "model.json", true)))
                .isEqualTo(Explorer.EXIT_OK);
    }

    @Test
    void dash_togglesTheLastTwoViews() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30)) {
            d.press("-");
            assertThat(d.line(28)).contains("No other view");
            d.press("Enter");
            Ref doc = detailPage(d).ref();
            d.press("-");
            assertThat(d.state().page()).isEqualTo(new Page.ListPage(Pane.DOCUMENTS));
            d.press("-");
            assertThat(detailPage(d).ref()).isEqualTo(doc);
        }
    }

    @Test
    void q_backsOutThenQuits() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30)) {
            d.press("Enter", "Tab", "Enter");
            d.press("q");
            assertThat(d.running()).isTrue();
            d.press("q");
            assertThat(d.state().page()).isInstanceOf(Page.ListPage.class);
            assertThat(d.running()).isTrue();
            d.press("q");
            assertThat(d.exitCode()).isZero();
        }
    }

    @Test
    void capitalQ_andCtrlC_quitFromAnywhere() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30)) {
            d.press("Enter", "Tab", "Enter", "Q");
            assertThat(d.exitCode()).isZero();
        }
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30)) {
            d.press("/", "x", "Ctrl-C");
            assertThat(d.exitCode()).isZero();
        }
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30)) {
            d.press("?", "Ctrl-C");
            assertThat(d.exitCode()).isZero();
        }
    }

    @Test
    void panes_byTabShiftTabAndNumbers_replaceEachOtherInHistory() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30)) {
            d.press("Tab");
            assertThat(d.state().page()).isEqualTo(new Page.ListPage(Pane.PEOPLE));
            d.press("Shift-Tab", "Shift-Tab");
            assertThat(d.state().page()).isEqualTo(new Page.ListPage(Pane.QUOTES));
            d.press("4");
            assertThat(d.state().page()).isEqualTo(new Page.ListPage(Pane.MEETINGS));
            assertThat(d.state().history().pages()).hasSize(1);
            d.press("q");
            assertThat(d.exitCode()).isZero();
        }
    }

    @Test
    void filter_isAccentAndCaseInsensitive_nMovesBetweenMatches_escRestores() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30)) {
            d.press("2", "j");
            d.press("/").type("DJURIC");
            assertThat(d.text()).contains("People 1 of 5 matching “DJURIC”", "Petar Đurić");
            d.press("Esc");
            assertThat(d.state().input()).isNull();
            assertThat(d.state().list(Pane.PEOPLE)).isEqualTo(new ListState(1, 0, ""));

            d.press("/").type("minister of foreign").press("Enter");
            assertThat(d.text()).contains("People 2 of 5", "2 matches");
            assertThat(d.state().list(Pane.PEOPLE).selected()).isZero();
            d.press("n");
            assertThat(d.state().list(Pane.PEOPLE).selected()).isEqualTo(1);
            d.press("n");
            assertThat(d.state().list(Pane.PEOPLE).selected()).isZero();
            d.press("N");
            assertThat(d.state().list(Pane.PEOPLE).selected()).isEqualTo(1);
            d.press("Esc");
            assertThat(d.state().list(Pane.PEOPLE).filter()).isEmpty();
            assertThat(d.text()).contains("People 5");
        }
    }

    @Test
    void filter_backspaceOnEmptyLineCancels_andNothingMatchingSaysSo() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30)) {
            d.press("/").type("zz");
            assertThat(d.text()).contains("nothing matches");
            d.press("Backspace", "Backspace");
            assertThat(d.state().input()).isNotNull();
            d.press("Backspace");
            assertThat(d.state().input()).isNull();
            assertThat(d.text()).contains("Documents 5");
        }
    }

    @Test
    void search_inADocument_jumpsToMatches() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30)) {
            d.press("/").type("energy security").press("Enter", "Enter");
            d.press("/").type("security");
            Page.DetailPage p = detailPage(d);
            assertThat(p.match()).isGreaterThanOrEqualTo(0);
            int first = p.match();
            d.press("Enter", "n");
            assertThat(detailPage(d).match()).isNotEqualTo(first);
            assertThat(d.text()).contains("“security” n/N");
            d.press("Esc");
            assertThat(detailPage(d).search()).isEmpty();
        }
    }

    @Test
    void documentReader_tabReachesPeopleInTheText_andEnterOpensThem() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30)) {
            d.press("/").type("energy security").press("Enter", "Enter");
            // references: topic, two meetings, then the text: Anna Kowalska is the first name in it
            d.press("Tab", "Tab", "Tab");
            Page.DetailPage p = detailPage(d);
            assertThat(p.link()).isEqualTo(3);
            d.press("Enter");
            assertThat(detailPage(d).ref()).isEqualTo(new Ref(Ref.Kind.PERSON, "anna-kowalska"));
        }
    }

    @Test
    void help_opensFromTheKeymap_andClosesWithQOrEsc() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30)) {
            d.press("?");
            assertThat(d.text()).contains("Keys", "Everywhere", "toggle the last two views");
            d.press("q");
            assertThat(d.state().help()).isFalse();
            assertThat(d.running()).isTrue();
            d.press("?", "j", "Esc");
            assertThat(d.state().help()).isFalse();
        }
    }

    @Test
    void tooSmall_showsOneLine_andGrowingBackRestoresTheView() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30)) {
            d.press("2", "j", "Enter", "Tab");
            String before = d.text();
            d.resize(40, 10);
            assertThat(d.line(0)).startsWith("Window too small (40x10); needs 60x15");
            assertThat(d.text().strip().lines()).hasSize(1);
            d.press("j", "Enter", "q");
            assertThat(d.running()).isTrue();
            d.resize(100, 30);
            assertThat(d.text()).isEqualTo(before);
            Golden.check("too-small-40x10", "Window too small (40x10); needs 60x15 · Q quits\n");
        }
    }

    @Test
    void resize_relaysOutTheDetailForTheNewWidth() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30)) {
            d.press("/").type("energy security").press("Enter", "Enter");
            d.resize(60, 20);
            for (String line : d.text().split("\n")) {
                assertThat(Cells.width(line)).isLessThanOrEqualTo(60);
            }
            assertThat(d.text()).contains("Polish Minister of Climate Anna Kowalska and Serbian");
        }
    }

    @Test
    void longList_movesByLinePageHalfPageAndEnds() {
        try (Driver d = new Driver(many(200), 100, 30)) {
            int rows = Layout.of(100, 30).listRows();
            d.press("j", "j", "Down");
            assertThat(d.state().list(Pane.DOCUMENTS).selected()).isEqualTo(3);
            d.press("k");
            assertThat(d.state().list(Pane.DOCUMENTS).selected()).isEqualTo(2);
            d.press("PgDn");
            assertThat(d.state().list(Pane.DOCUMENTS).selected()).isEqualTo(2 + rows);
            d.press("Ctrl-U");
            assertThat(d.state().list(Pane.DOCUMENTS).selected()).isEqualTo(2 + rows - rows / 2);
            d.press("G");
            assertThat(d.state().list(Pane.DOCUMENTS).selected()).isEqualTo(199);
            assertThat(d.text()).contains("Report 199");
            d.press("g");
            assertThat(d.state().list(Pane.DOCUMENTS).selected()).isZero();
            d.press("End", "PgUp", "Ctrl-D", "Home");
            assertThat(d.state().list(Pane.DOCUMENTS).selected()).isZero();
            assertThat(d.text()).contains("Report 000");
        }
    }

    @Test
    void unknownKey_saysSo_andReservedKeysExplainThemselves() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30)) {
            d.press("z");
            assertThat(d.line(28)).contains("z does nothing here");
            d.press(":");
            assertThat(d.line(28)).startsWith(":");
            d.press("Esc", "j");
            assertThat(d.line(28)).isBlank();
        }
    }

    static Corpus many(int n) {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String text = "Paragraph of report " + i + ".";
            docs.add(new Document(String.format("r%03d", i), "r.txt", String.format("Report %03d", i), "header", null, null,
                    new DocDate(String.format("2020-01-%02d", 1 + i % 28), "day", "header"),
                    List.of(new Paragraph(text, List.of())), List.of(), List.of()));
        }
        docs.sort((a, b) -> a.id().compareTo(b.id()));
        // dates in the same order as the ids, so the list shows Report 000 first
        List<Document> dated = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Document x = docs.get(i);
            dated.add(new Document(x.id(), x.file(), x.title(), x.titleFrom(), null, null,
                    new DocDate(String.format("2020-%02d-%02d", 1 + i / 28, 1 + i % 28), "day", "header"),
                    x.paragraphs(), List.of(), List.of()));
        }
        return new Corpus(Corpus.SCHEMA_VERSION, "test", dated, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }
}
