package dev.parley.tui;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The small pure pieces: wrapping, widths, matching, history, keymap, where errors are logged. */
class PartsTest {
    @Test
    void sheet_wrapsWithinTheWidth_keepsWordsWhole_andALinkThatWrapsStaysOneLink() {
        Sheet s = new Sheet(20);
        Ref target = new Ref(Ref.Kind.PERSON, "x");
        s.para(0, 0, List.of(Sheet.Piece.of("The minister met ", Style.NORMAL),
                Sheet.Piece.link("Jelena Marković of Serbia", Style.PERSON, target),
                Sheet.Piece.of(" today in the capital.", Style.NORMAL)));
        Detail d = s.build();
        for (Detail.Line l : d.lines()) {
            assertThat(Cells.width(l.text())).isLessThanOrEqualTo(20);
        }
        assertThat(d.lines()).extracting(Detail.Line::text)
                .containsExactly("The minister met", "Jelena Marković of", "Serbia today in the", "capital.");
        assertThat(d.links()).containsExactly(new Detail.Link(target, 1));
        long linkedLines = d.lines().stream().filter(l -> l.segs().stream().anyMatch(x -> x.link() == 0)).count();
        assertThat(linkedLines).isEqualTo(2);
    }

    @Test
    void sheet_cutsAWordLongerThanTheLine_andCountsWideCharactersTwice() {
        Detail d = new Sheet(10).text(0, "abcdefghijklmnopqrstuvwxyz 中文中文中文中文", Style.NORMAL).build();
        for (Detail.Line l : d.lines()) {
            assertThat(Cells.width(l.text())).isLessThanOrEqualTo(10);
        }
        assertThat(String.join("", d.lines().stream().map(Detail.Line::text).toList()).replace(" ", ""))
                .isEqualTo("abcdefghijklmnopqrstuvwxyz中文中文中文中文");
    }

    @Test
    void cells_fitAndPadCountCells_andSafeReplacesWhatCannotBeDrawn() {
        assertThat(Cells.fit("Đorđević", 5)).isEqualTo("Đorđ…");
        assertThat(Cells.fit("中文中文", 5)).isEqualTo("中文…");
        assertThat(Cells.pad("ab", 4)).isEqualTo("ab  ");
        assertThat(Cells.fitLeft("a › b › c", 5)).isEqualTo("… › c");
        assertThat(Cells.fitLeft("short", 9)).isEqualTo("short");
        assertThat(Cells.safe("a\u001b[2Jb\uD83D\uDE00\u202Ec")).isEqualTo("a\uFFFD[2Jb\uFFFDc");
        assertThat(Cells.safe(null)).isEmpty();
    }

    @Test
    void match_isAccentAndCaseInsensitive_andRangesPointIntoTheOriginalText() {
        List<String> terms = Match.terms("  DJORDJEVIC ");
        assertThat(terms).containsExactly("djordjevic");
        String text = "Minister Đorđević said";
        List<int[]> ranges = Match.ranges(text, terms);
        assertThat(ranges).hasSize(1);
        assertThat(text.substring(ranges.get(0)[0], ranges.get(0)[1])).isEqualTo("Đorđević");
        assertThat(Match.ranges("Dačić", Match.terms("dacic"))).hasSize(1);
        assertThat(Match.allIn("ivica dacic\n", Match.terms("dacic ivica"))).isTrue();
        assertThat(Match.allIn("ivica dacic\n", Match.terms("dacic zoran"))).isFalse();
    }

    @Test
    void history_opensDropsForwardEntries_andTogglesTheLastTwo() {
        Page a = new Page.ListPage(Pane.DOCUMENTS);
        Page b = Page.DetailPage.of(new Ref(Ref.Kind.PERSON, "b"));
        Page c = Page.DetailPage.of(new Ref(Ref.Kind.PERSON, "c"));
        History h = History.start(a).open(b).open(c).back();
        assertThat(h.current()).isEqualTo(b);
        assertThat(h.canGoForward()).isTrue();
        History branched = h.open(a);
        assertThat(branched.pages()).containsExactly(a, b, a);
        assertThat(branched.canGoForward()).isFalse();
        assertThat(branched.toggle().current()).isEqualTo(b);
        assertThat(branched.toggle().toggle().current()).isEqualTo(a);
        assertThat(History.start(a).canToggle()).isFalse();
    }

    @Test
    void history_keepsAtMostItsLimit() {
        History h = History.start(new Page.ListPage(Pane.DOCUMENTS));
        for (int i = 0; i < History.LIMIT + 50; i++) {
            h = h.open(Page.DetailPage.of(new Ref(Ref.Kind.DOCUMENT, "d" + i)));
        }
        assertThat(h.pages()).hasSize(History.LIMIT);
        assertThat(h.current()).isEqualTo(Page.DetailPage.of(new Ref(Ref.Kind.DOCUMENT, "d" + (History.LIMIT + 49))));
        assertThat(h.back().current()).isEqualTo(Page.DetailPage.of(new Ref(Ref.Kind.DOCUMENT, "d" + (History.LIMIT + 48))));
    }

    @Test
    void keymap_refusesAKeyBoundTwiceInOneContext() {
        assertThatThrownBy(() -> new Keymap(List.of(
                new Keymap.Binding(Keymap.Context.LIST, List.of("x"), Action.UP, "up", null),
                new Keymap.Binding(Keymap.Context.LIST, List.of("x"), Action.DOWN, "down", null))))
                .hasMessageContaining("key x is bound twice in LIST");
    }

    @Test
    void keymap_contextFirstThenGlobal_andFooterAndHelpComeFromIt() {
        Keymap k = Keymap.DEFAULT;
        assertThat(k.action(Keymap.Context.LIST, "Tab")).isEqualTo(Action.NEXT_PANE);
        assertThat(k.action(Keymap.Context.DETAIL, "Tab")).isEqualTo(Action.NEXT_LINK);
        assertThat(k.action(Keymap.Context.DETAIL, "j")).isEqualTo(Action.DOWN);
        assertThat(k.action(Keymap.Context.INPUT, "j")).as("typing j types j").isNull();
        assertThat(k.footer(Keymap.Context.LIST)).contains("Tab pane", "/ filter", "? help", "q back/quit");
        Set<String> helpText = new HashSet<>();
        Help.detail(k, 70).lines().forEach(l -> helpText.add(l.text()));
        String all = String.join("\n", helpText);
        for (Keymap.Binding b : k.bindings()) {
            assertThat(all).contains(b.help());
        }
        // every key the issue promises is bound
        for (String key : List.of("j", "k", "Up", "Down", "PgUp", "PgDn", "Ctrl-D", "Ctrl-U", "g", "G", "Home", "End",
                "1", "2", "3", "4", "5", "Enter", "Backspace", "h", "[", "]", "-", "q", "Q", "Esc", "/", "n", "N", "?")) {
            assertThat(k.action(Keymap.Context.LIST, key)).as(key).isNotNull();
        }
        assertThat(k.action(Keymap.Context.LIST, "Shift-Tab")).isEqualTo(Action.PREV_PANE);
    }

    @Test
    void crashLog_goesUnderXdgStateHome_orTheHomeStateDir() {
        assertThat(CrashLog.location(Map.of("XDG_STATE_HOME", "/s"), "/home/u")).isEqualTo(Path.of("/s/parley/parley.log"));
        assertThat(CrashLog.location(Map.of(), "/home/u")).isEqualTo(Path.of("/home/u/.local/state/parley/parley.log"));
        assertThat(CrashLog.location(Map.of("XDG_STATE_HOME", "relative"), "/home/u"))
                .as("the spec ignores relative paths").isEqualTo(Path.of("/home/u/.local/state/parley/parley.log"));
    }

    @Test
    void crashLog_writesTheStackTrace(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path log = CrashLog.write(new IllegalStateException("boom"), Map.of("XDG_STATE_HOME", dir.toString()), "/nowhere");
        assertThat(log).isEqualTo(dir.resolve("parley/parley.log"));
        assertThat(java.nio.file.Files.readString(log)).contains("IllegalStateException: boom", "at dev.parley.tui.PartsTest");
    }

    @Test
    void explorer_aModelThatFailsToLoad_isRethrownUnchanged() {
        java.io.IOException bad = new java.io.IOException("model.json: not a parley model");
        assertThatThrownBy(() -> Explorer.run(() -> {
            throw bad;
        }, new Explorer.Options(true, "model.json", true), null, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream())))
                .isSameAs(bad);
    }

    @Test
    void layout_tooSmallBelow60x15() {
        assertThat(Layout.of(59, 30).tooSmall()).isTrue();
        assertThat(Layout.of(100, 14).tooSmall()).isTrue();
        assertThat(Layout.of(60, 15).tooSmall()).isFalse();
    }
}
