package dev.parley.tui;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import dev.parley.index.CorpusIndex;
import dev.parley.index.FixtureCorpus;
import dev.parley.model.Corpus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** y, Y and p in the explorer, and the pick mode, on the virtual terminal with a clipboard that only records. */
class CopyPickTest {
    private static final Corpus CORPUS = FixtureCorpus.corpus();
    private static final CorpusIndex INDEX = new CorpusIndex(CORPUS);
    private static final String TRADE = "Our trade has doubled in two years and we want to double it again";

    private final List<String> copied = new ArrayList<>();

    private Driver explorer() {
        return driver(Map.of(), State.initial(80, 24));
    }

    private Driver picking(Pane pane, String filter, Map<Pane, Set<String>> only) {
        return driver(only, State.picking(80, 24, pane, filter));
    }

    private Driver driver(Map<Pane, Set<String>> only, State initial) {
        Session s = Explorer.session(INDEX, new Explorer.Options(false, "model.json", false), only, initial, text -> {
            copied.add(text);
            return "copied " + text.codePointCount(0, text.length()) + " characters (fake)";
        });
        return new Driver(s, 100, 30);
    }

    @Test
    void y_onAQuoteRow_copiesExactlyItsWords_andSaysSo() {
        try (Driver d = explorer()) {
            d.press("5", "y");
            assertThat(copied).containsExactly(TRADE);
            assertThat(d.line(28)).contains("copied 65 characters (fake)");
            d.press("j");
            assertThat(d.line(28)).doesNotContain("copied");
        }
    }

    @Test
    void capitalY_copiesTheQuoteWithItsCitation() {
        try (Driver d = explorer()) {
            d.press("5", "j", "j", "j", "Y");
            assertThat(copied).containsExactly("“Energy security is national security” — Anna Kowalska, Minister of Climate"
                    + " of Poland; Warsaw, 2 May 2017");
        }
    }

    @Test
    void y_onOtherRows_copiesTheirNaturalText() {
        try (Driver d = explorer()) {
            d.press("2", "/").type("markovic").press("Enter", "y");
            d.press("1", "y");
            assertThat(copied).containsExactly("Jelena Marković, Minister of Foreign Affairs of Serbia",
                    "Herrera invites Marković to Santiago — Prensa, Santiago, March 2016");
        }
    }

    @Test
    void y_inAPersonsView_onASelectedQuote_copiesThatQuote_elseThePerson() {
        try (Driver d = explorer()) {
            d.press("2", "/").type("herrera").press("Enter", "Enter", "y");
            assertThat(copied).containsExactly("Tomás Herrera, Minister of Foreign Affairs of Chile");
            // Tab to the first of his quotes
            for (int i = 0; i < 10 && !isQuoteLinkSelected(d); i++) {
                d.press("Tab");
            }
            assertThat(isQuoteLinkSelected(d)).isTrue();
            d.press("y");
            assertThat(copied.get(1)).isEqualTo("We came to sign, not only to talk");
        }
    }

    @Test
    void y_onAQuoteInTheDocumentText_copiesThatQuote() {
        try (Driver d = explorer()) {
            d.press("1", "/").type("discuss trade").press("Enter", "Enter");
            for (int i = 0; i < 20 && !isQuoteLinkSelected(d); i++) {
                d.press("Tab");
            }
            d.press("y");
            assertThat(copied).containsExactly(TRADE);
        }
    }

    @Test
    void y_onAMeetingsQuote_copiesIt() {
        try (Driver d = explorer()) {
            d.press("4", "/").type("belgrade").press("Enter", "Enter");
            for (int i = 0; i < 20 && !isQuoteLinkSelected(d); i++) {
                d.press("Tab");
            }
            d.press("Y");
            assertThat(copied).hasSize(1);
            assertThat(copied.get(0)).startsWith("“").contains("” — ").endsWith("; Ministry of Foreign Affairs, Belgrade, 14 March 2016");
        }
    }

    private static boolean isQuoteLinkSelected(Driver d) {
        Page.DetailPage p = (Page.DetailPage) d.state().page();
        Content c = new Content(INDEX);
        Detail detail = c.detail(p.ref(), d.state().layout().detailWidth());
        return p.link() >= 0 && detail.links().get(p.link()).target().kind() == Ref.Kind.QUOTE;
    }

    @Test
    void update_copy_isAnEffect_noClipboardTouched() {
        Update u = new Update(new Content(INDEX), Keymap.DEFAULT);
        State s = State.initial(100, 30);
        s = u.update(s, new Msg.KeyPressed(Key.named("5"))).state();
        Next next = u.update(s, new Msg.KeyPressed(Key.named("y")));
        assertThat(next.effects()).containsExactly(new Effect.Copy(TRADE));
        Next done = u.update(next.state(), new Msg.Copied("not copied: no terminal"));
        assertThat(done.state().status()).isEqualTo("not copied: no terminal");
    }

    @Test
    void p_queuesForStdout_againTakesBack_countInStatus_printedAtExit() {
        try (Driver d = explorer()) {
            d.press("5", "p");
            assertThat(d.line(28)).contains("Queued · 1 item to print on stdout at exit");
            d.press("j", "p");
            assertThat(d.line(28)).contains("2 items to print");
            d.press("j");
            assertThat(d.line(28)).contains("2 to print at exit");
            d.press("k", "p");
            assertThat(d.line(28)).contains("Taken back · 1 item");
            d.press("j", "j", "p", "Q");
            assertThat(d.exitCode()).isZero();
            assertThat(Pick.print(INDEX, d.state().output(), Pick.Format.TEXT))
                    .isEqualTo(TRADE + "\nEnergy security is national security\n");
        }
    }

    @Test
    void pick_enterPrintsTheSelectedRow_exit0() {
        try (Driver d = picking(Pane.QUOTES, "", Map.of())) {
            assertThat(d.text()).contains("Quotes 5").contains("Enter print");
            d.press("j", "Enter");
            assertThat(d.exitCode()).isZero();
            assertThat(Pick.print(INDEX, d.state().output(), Pick.Format.TEXT)).isEqualTo("We came to sign, not only to talk\n");
        }
    }

    @Test
    void pick_spaceMarksSeveral_enterPrintsThemInMarkingOrder() {
        try (Driver d = picking(Pane.QUOTES, "", Map.of())) {
            d.press("j", "j", "Space"); // marks the third, moves to the fourth
            d.press("k", "k", "k", "Space", "Space", "k"); // marks the first and the second
            assertThat(d.state().marked()).hasSize(3);
            assertThat(d.text()).contains("3 marked");
            d.press("Enter");
            assertThat(d.exitCode()).isZero();
            assertThat(Pick.print(INDEX, d.state().output(), Pick.Format.TEXT))
                    .isEqualTo("The invitation stands\n" + TRADE + "\nWe came to sign, not only to talk\n");
        }
    }

    @Test
    void pick_spaceTwice_unmarks() {
        try (Driver d = picking(Pane.QUOTES, "", Map.of())) {
            d.press("Space", "k", "Space", "Enter");
            assertThat(d.exitCode()).isZero();
            assertThat(d.state().output()).hasSize(1); // nothing marked: the selected row
        }
    }

    @Test
    void pick_qOrEsc_exit1_printingNothing() {
        for (String key : List.of("q", "Esc", "Q")) {
            try (Driver d = picking(Pane.QUOTES, "", Map.of())) {
                d.press("Space", key);
                assertThat(d.exitCode()).as(key).isEqualTo(1);
                assertThat(d.state().output()).isEmpty();
            }
        }
    }

    @Test
    void pick_ctrlC_exit130_alsoWhileTyping() {
        try (Driver d = picking(Pane.QUOTES, "", Map.of())) {
            d.press("Ctrl-C");
            assertThat(d.exitCode()).isEqualTo(130);
        }
        try (Driver d = picking(Pane.QUOTES, "", Map.of())) {
            d.press("/").type("ene").press("Ctrl-C");
            assertThat(d.exitCode()).isEqualTo(130);
            assertThat(d.state().output()).isEmpty();
        }
    }

    @Test
    void pick_otherPanesAndDetailViewsAreOff() {
        try (Driver d = picking(Pane.PEOPLE, "", Map.of())) {
            d.press("Tab");
            assertThat(d.line(28)).contains("Picking people: Enter prints · Space marks · q cancels");
            d.press("3", "l", "h", "p");
            assertThat(d.state().page()).isEqualTo(new Page.ListPage(Pane.PEOPLE));
            assertThat(d.running()).isTrue();
        }
    }

    @Test
    void pick_queryStartsFiltered_filterThenEnter() {
        try (Driver d = picking(Pane.QUOTES, "invitation", Map.of())) {
            assertThat(d.text()).contains("1 of 5 matching “invitation”");
            d.press("Enter");
            assertThat(Pick.print(INDEX, d.state().output(), Pick.Format.TEXT)).isEqualTo("The invitation stands\n");
        }
    }

    @Test
    void pick_restrictByPerson_listsOnlyTheirs() throws Exception {
        Map<Pane, Set<String>> only = Pick.restrict(INDEX, new Pick.Request(Pick.Kind.QUOTES, "herrera", null, null, Pick.Format.TEXT));
        try (Driver d = picking(Pane.QUOTES, "", only)) {
            assertThat(d.text()).contains("Quotes 2").doesNotContain("Our trade");
        }
        assertThat(Pick.restrict(INDEX, new Pick.Request(Pick.Kind.DOCS, "Tomas Herrera", null, null, Pick.Format.TEXT))
                .get(Pane.DOCUMENTS)).contains(FixtureCorpus.D1, FixtureCorpus.D2);
        assertThat(Pick.restrict(INDEX, new Pick.Request(Pick.Kind.MEETINGS, "kowalska", null, null, Pick.Format.TEXT))
                .get(Pane.MEETINGS)).containsExactly("m-2");
        assertThat(Pick.restrict(INDEX, new Pick.Request(Pick.Kind.QUOTES, null, null, "x", Pick.Format.TEXT))).isEmpty();
    }

    @Test
    void pick_restrict_unknownPersonOrNothingLeft_isNothingToPick() {
        assertThatThrownBy(() -> Pick.restrict(INDEX, new Pick.Request(Pick.Kind.QUOTES, "nobody", null, null, Pick.Format.TEXT)))
                .isInstanceOf(Pick.NothingToPick.class).hasMessage("no person matches “nobody”");
        assertThatThrownBy(() -> Pick.restrict(INDEX, new Pick.Request(Pick.Kind.QUOTES, "djuric", null, null, Pick.Format.TEXT)))
                .isInstanceOf(Pick.NothingToPick.class).hasMessage("no quotes for --person “djuric”");
        assertThatThrownBy(() -> Pick.restrict(INDEX, new Pick.Request(Pick.Kind.DOCS, null, "weather", null, Pick.Format.TEXT)))
                .hasMessage("no topic matches “weather”");
    }

    @Test
    void print_formats() {
        List<Ref> two = List.of(new Ref(Ref.Kind.QUOTE, CORPUS.quotes().get(0).id()), new Ref(Ref.Kind.QUOTE, CORPUS.quotes().get(2).id()));
        assertThat(Pick.print(INDEX, two, Pick.Format.CITE)).isEqualTo(
                "“" + TRADE + "” — Jelena Marković, Minister of Foreign Affairs of Serbia; Ministry of Foreign Affairs, Belgrade, 14 March 2016\n"
                        + "“The invitation stands” — Tomás Herrera, Minister of Foreign Affairs of Chile; Prensa, Santiago, March 2016\n");
        assertThat(Pick.print(INDEX, two, Pick.Format.MD)).startsWith("> “" + TRADE + "” — Jelena").contains("\n> “The invitation");
        assertThat(Pick.print(INDEX, two, Pick.Format.PATH)).isEqualTo(FixtureCorpus.D1 + ".txt\n" + FixtureCorpus.D2 + ".txt\n");
        JsonArray json = JsonParser.parseString(Pick.print(INDEX, two, Pick.Format.JSON)).getAsJsonArray();
        assertThat(json).hasSize(2);
        assertThat(json.get(0).getAsJsonObject().get("text").getAsString()).isEqualTo(TRADE);
        assertThat(json.get(0).getAsJsonObject().get("speaker").getAsString()).isEqualTo("Jelena Marković");
        assertThat(json.get(1).getAsJsonObject().getAsJsonObject("document").get("source").getAsString()).isEqualTo("Prensa");
        assertThat(Pick.print(INDEX, List.of(), Pick.Format.JSON)).isEmpty();
    }

    @Test
    void print_corpusEscapes_neverReachStdout() {
        List<Ref> unsafe = List.of(new Ref(Ref.Kind.DOCUMENT, FixtureCorpus.D5));
        for (Pick.Format f : Pick.Format.values()) {
            String out = Pick.print(INDEX, unsafe, f);
            assertThat(out.chars().filter(c -> c != '\n')).as(f.name()).noneMatch(c -> c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0));
        }
        assertThat(Pick.print(INDEX, unsafe, Pick.Format.TEXT)).isEqualTo("Statement with odd bytes\uFFFD[2J — 2017\n");
    }
}
