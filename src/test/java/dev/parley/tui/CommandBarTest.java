package dev.parley.tui;

import dev.parley.index.FixtureCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The ':' command bar on the real loop: typing, Tab, the candidate list, the ghost, running, errors, history. */
class CommandBarTest {

    @Test
    void colon_opensTheBar_escClosesIt() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30)) {
            d.press(":");
            assertThat(d.state().bar()).isNotNull();
            assertThat(d.line(28)).startsWith(":");
            assertThat(d.line(29)).contains("Enter run", "Tab complete");
            d.press("Esc");
            assertThat(d.state().bar()).isNull();
            assertThat(d.line(29)).contains("Enter open");
        }
    }

    @Test
    void tab_completesTheCommand_thenTheOnlyPerson_enterJumps_backReturns() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30)) {
            d.press(":").type("pe").press("Tab");
            assertThat(d.state().bar().text()).isEqualTo("person ");
            d.type("markov").press("Tab");
            assertThat(d.state().bar().text()).isEqualTo("person Jelena Marković");
            d.press("Enter");
            assertThat(d.state().bar()).isNull();
            assertThat(d.state().page()).isEqualTo(Page.DetailPage.of(new Ref(Ref.Kind.PERSON, "jelena-markovic")));
            assertThat(d.line(1)).contains("Documents › Jelena Marković");
            d.press("h");
            assertThat(d.state().page()).isEqualTo(new Page.ListPage(Pane.DOCUMENTS));
        }
    }

    @Test
    void accentsAndCase_doNotMatter_andEnterRunsWithoutTab() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30)) {
            d.press(":").type("person DJURIC").press("Enter");
            assertThat(d.state().page()).isEqualTo(Page.DetailPage.of(new Ref(Ref.Kind.PERSON, "petar-djuric")));
            d.press(":").type("topic trade").press("Enter");
            assertThat(d.state().page()).isEqualTo(Page.DetailPage.of(new Ref(Ref.Kind.TOPIC, "trade")));
            d.press(":").type("doc energy security").press("Enter");
            assertThat(d.state().page()).isEqualTo(Page.DetailPage.of(new Ref(Ref.Kind.DOCUMENT, FixtureCorpus.D3)));
            d.press(":").type("meeting warsaw").press("Enter");
            assertThat(d.state().page()).isEqualTo(Page.DetailPage.of(new Ref(Ref.Kind.MEETING, "m-2")));
            d.press(":").type("quote invitation stands").press("Enter");
            assertThat(d.state().page()).isEqualTo(Page.DetailPage.of(new Ref(Ref.Kind.QUOTE, "q-" + FixtureCorpus.D2 + "-1")));
            d.press(":").type("back").press("Enter");
            assertThat(d.state().page()).isEqualTo(Page.DetailPage.of(new Ref(Ref.Kind.MEETING, "m-2")));
            d.press(":").type("forward").press("Enter");
            assertThat(d.state().page()).isEqualTo(Page.DetailPage.of(new Ref(Ref.Kind.QUOTE, "q-" + FixtureCorpus.D2 + "-1")));
        }
    }

    @Test
    void severalCandidates_openAList_tabAndArrowsMove_enterTakes() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30)) {
            d.press(":").type("person ").press("Tab");
            Bar bar = d.state().bar();
            assertThat(bar.popup()).hasSize(5);
            assertThat(bar.selected()).isZero();
            assertThat(d.text()).contains(" People · 1/5 ");
            d.press("Tab", "Down");
            assertThat(d.state().bar().selected()).isEqualTo(2);
            d.press("Shift-Tab", "Up");
            assertThat(d.state().bar().selected()).isZero();
            d.press("Up");
            assertThat(d.state().bar().selected()).isEqualTo(4);
            String chosen = d.state().bar().popup().get(4).value();
            d.press("Enter");
            assertThat(d.state().bar()).as("a chosen name runs at once").isNull();
            assertThat(d.state().page()).isInstanceOf(Page.DetailPage.class);
            assertThat(d.line(1)).contains(chosen);
        }
    }

    @Test
    void enterOnACommandName_takesItAndWaitsForTheArgument() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30)) {
            d.press(":").type("p").press("Tab");
            assertThat(d.state().bar().popup()).extracting(Bar.Suggestion::value).containsExactly("person", "pick");
            d.press("Enter");
            assertThat(d.state().bar().text()).isEqualTo("person ");
            assertThat(d.state().bar().popup()).isEmpty();
        }
    }

    @Test
    void ghost_showsTheRestOfTheBestName_rightTakesIt() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30)) {
            d.press(":").type("person jel");
            assertThat(d.line(28)).startsWith(":person jelena Marković");
            assertThat(d.cell(11, 28).getModifiers()).as("the first ghost letter is the caret").isNotEmpty();
            d.press("Right");
            assertThat(d.state().bar().text()).isEqualTo("person Jelena Marković");
            d.press("Home", "Right", "Right");
            assertThat(d.state().bar().cursor()).isEqualTo(2);
        }
    }

    @Test
    void nameInsideAWord_showsAHint_rightTakesIt() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30)) {
            d.press(":").type("person kowal");
            assertThat(d.line(28)).contains("→ Anna Kowalska");
            d.press("Right", "Enter");
            assertThat(d.state().page()).isEqualTo(Page.DetailPage.of(new Ref(Ref.Kind.PERSON, "anna-kowalska")));
        }
    }

    @Test
    void unknownName_saysWhatIsClosest_andTheBarStaysOpen() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30)) {
            d.press(":").type("person markvic").press("Enter");
            assertThat(d.state().bar()).isNotNull();
            assertThat(d.state().bar().text()).isEqualTo("person markvic");
            assertThat(d.line(29)).contains("no person 'markvic' — did you mean Jelena Marković?");
            d.press("Backspace", "Backspace", "Backspace").type("ovic").press("Enter");
            assertThat(d.state().bar()).isNull();
            assertThat(d.state().page()).isEqualTo(Page.DetailPage.of(new Ref(Ref.Kind.PERSON, "jelena-markovic")));
        }
    }

    @Test
    void badCommand_searchAndReservedNames_sayWhy() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30)) {
            d.press(":").type("frob").press("Enter");
            assertThat(d.line(29)).contains("no command 'frob'");
            d.press("Ctrl-G", ":").type("search trade").press("Enter");
            assertThat(d.line(29)).contains("search is not available in this build");
            d.press("Esc", ":").type("copy").press("Enter");
            assertThat(d.line(29)).contains("copy is not there yet");
        }
    }

    @Test
    void upAndDown_walkTheCommandsRun_keepingTheTypedLine() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30)) {
            d.press(":").type("person li wei").press("Enter");
            d.press(":").type("topic trade").press("Enter");
            d.press(":").type("me");
            d.press("Up");
            assertThat(d.state().bar().text()).isEqualTo("topic trade");
            d.press("Up");
            assertThat(d.state().bar().text()).isEqualTo("person li wei");
            d.press("Up");
            assertThat(d.state().bar().text()).isEqualTo("person li wei");
            d.press("Down", "Down");
            assertThat(d.state().bar().text()).isEqualTo("me");
        }
    }

    @Test
    void quitAndHelp_commands() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30)) {
            d.press(":").type("help").press("Enter");
            assertThat(d.state().help()).isTrue();
            assertThat(Help.detail(Keymap.DEFAULT, 70).lines()).anySatisfy(l -> assertThat(l.text()).contains("In the command bar (:)"));
            d.press("q", ":").type("quit").press("Enter");
            assertThat(d.exitCode()).isZero();
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"100,30", "60,15"})
    void screens(int cols, int rows) {
        try (Driver d = new Driver(FixtureCorpus.corpus(), cols, rows)) {
            d.press(":").type("person ").press("Tab", "Down");
            Golden.check("bar-popup-" + cols + "x" + rows, d.text());
            d.press("Esc", "Backspace").type(" jel");
            Golden.check("bar-ghost-" + cols + "x" + rows, d.text());
            d.press("Esc", ":").type("person markovc").press("Enter");
            assertThat(d.state().bar()).isNotNull();
            Golden.check("bar-error-" + cols + "x" + rows, d.text());
        }
    }
}
