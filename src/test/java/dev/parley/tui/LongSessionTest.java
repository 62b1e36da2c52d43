package dev.parley.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.parley.index.CorpusIndex;
import dev.parley.io.ModelJson;
import dev.parley.model.Corpus;
import dev.parley.testing.Seeds;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A long session on the seed model: 10,000 random keys (every key of the key map, letters, digits, punctuation,
 * non-Latin text) and 200 resizes between 1x1 and 300x100, each followed by a frame drawn on Lanterna's virtual
 * terminal the way the loop draws it, and the state's invariants checked after every step. Then the memory
 * it leaves behind.
 */
class LongSessionTest {
    private static final Corpus SEEDS = read();
    private static final List<String> KEYS = keys();

    private static Corpus read() {
        try {
            return ModelJson.read(Seeds.root().resolve("data/model.json"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every key name the key map knows, plus typing (filter and command text, accents, CJK, an emoji). */
    private static List<String> keys() {
        List<String> out = new ArrayList<>();
        for (Keymap.Binding b : Keymap.DEFAULT.bindings()) {
            out.addAll(b.keys());
        }
        for (String s : List.of("a", "e", "i", "o", "s", "r", "t", "n", "v", "z", "0", "7", " ", "\"", "*", "~",
                "č", "Đ", "中", "😀", "?", ":", "/", "Esc", "Enter", "Enter", "Backspace", "Tab", "j", "k")) {
            out.add(s);
        }
        out.removeIf(k -> k.equals("Q") || k.equals("Ctrl-C")); // the session is meant to go on (and q: see steps)
        return out;
    }

    /** One session on a virtual terminal, drawn after every message like {@code Loop} does. */
    private static final class Run {
        final DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(100, 30));
        final TerminalScreen screen;
        Session session;
        int quits;

        Run() throws IOException {
            screen = new TerminalScreen(terminal);
            screen.startScreen();
            session = fresh();
        }

        private Session fresh() {
            Session s = Explorer.session(new CorpusIndex(SEEDS), new Explorer.Options(false, "model.json", false),
                    Map.of(), State.initial(80, 24), text -> "copied " + text.length() + " characters (test)");
            TerminalSize size = terminal.getTerminalSize();
            s.resized(size.getColumns(), size.getRows());
            return s;
        }

        void steps(Random random, int keys, int resizes) throws IOException {
            int every = keys / resizes;
            for (int i = 1; i <= keys; i++) {
                String k = KEYS.get(random.nextInt(KEYS.size()));
                if (k.equals("q") && wouldQuit(session.state())) {
                    k = "h"; // q at the top level quits (tested elsewhere); here the session is to go on
                }
                OptionalInt exit;
                if (Character.isSurrogate(k.charAt(0))) {
                    // outside the BMP a key arrives as its two halves, one KeyStroke each
                    exit = session.key(new KeyStroke(k.charAt(0), false, false));
                    if (exit.isEmpty()) {
                        exit = session.key(new KeyStroke(k.charAt(1), false, false));
                    }
                } else {
                    exit = session.key(Driver.stroke(k));
                }
                if (exit.isPresent()) {
                    assertThat(exit.getAsInt()).isZero();
                    quits++;
                    session = fresh(); // q at the top level quits; a user starts it again
                }
                if (i % every == 0) {
                    terminal.setTerminalSize(new TerminalSize(1 + random.nextInt(300), 1 + random.nextInt(100)));
                }
                draw();
                Invariants.check(session, terminal, "after key " + i + " (" + k + ")");
            }
        }

        private static boolean wouldQuit(State s) {
            return s.bar() == null && s.input() == null && !s.help() && !s.history().canGoBack();
        }

        private void draw() throws IOException {
            TerminalSize resized = screen.doResizeIfNecessary();
            if (resized != null) {
                session.resized(resized.getColumns(), resized.getRows());
            }
            session.draw(screen.newTextGraphics());
            screen.refresh(resized != null ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
        }
    }

    @Test
    void tenThousandKeysAndTwoHundredResizes_keepEveryInvariant_andLeaveNoMemoryBehind() throws IOException {
        // warm-up: class loading, the search index, every pane's rows and the JIT's work do not count as a leak
        Run warmUp = new Run();
        warmUp.steps(new Random(7), 1_000, 20);
        warmUp = null;
        long before = usedHeapAfterGc();

        Run run = new Run();
        run.steps(new Random(42), 10_000, 200);
        assertThat(run.quits).as("only q at the top level quits, and it is not pressed there").isZero();
        assertThat(run.session.state().history().pages()).hasSizeLessThanOrEqualTo(History.LIMIT);
        run = null;
        long after = usedHeapAfterGc();
        System.out.printf("LongSessionTest: heap in use after GC %d KB before, %d KB after%n", before / 1024, after / 1024);

        assertThat(after).as("heap in use after the session (before: %d KB)", before / 1024)
                .isLessThanOrEqualTo(before + before / 10);
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }

    /** What must hold after every step, whatever was pressed. */
    static final class Invariants {
        private Invariants() {
        }

        static void check(Session session, DefaultVirtualTerminal terminal, String when) {
            State s = session.state();
            Content content = session.content();
            TerminalSize size = terminal.getTerminalSize();
            assertThat(s.cols()).as(when).isEqualTo(size.getColumns());
            assertThat(s.rows()).as(when).isEqualTo(size.getRows());
            History h = s.history();
            assertThat(h.index()).as(when).isBetween(0, h.pages().size() - 1);
            for (Pane pane : Pane.values()) {
                ListState ls = s.list(pane);
                int n = content.rows(pane, ls.filter()).size();
                assertThat(ls.selected()).as("%s: %s selection of %d rows", when, pane, n).isBetween(0, Math.max(0, n - 1));
                assertThat(ls.offset()).as("%s: %s offset of %d rows", when, pane, n).isBetween(0, Math.max(0, n - 1));
            }
            Page page = s.page();
            if (page instanceof Page.ListPage list) {
                assertThat(Pane.values()).as(when).contains(list.pane());
            } else if (page instanceof Page.DetailPage d) {
                // the scroll is kept as set and clamped where it is used: after a resize rewraps the text it may
                // be past the end for a while, never negative
                Detail detail = content.detail(d.ref(), s.layout().detailWidth());
                assertThat(d.scroll()).as(when).isNotNegative();
                assertThat(d.link()).as(when).isBetween(-1, Math.max(0, detail.links().size() - 1));
                assertThat(d.match()).as(when).isGreaterThanOrEqualTo(-1);
            } else if (page instanceof Page.SearchPage sp) {
                assertThat(sp.selected()).as(when).isNotNegative();
                assertThat(sp.offset()).as(when).isNotNegative();
            } else if (page instanceof Page.KwicPage kp) {
                assertThat(kp.selected()).as(when).isNotNegative();
                assertThat(kp.offset()).as(when).isNotNegative();
            }
            // a frame was drawn: the tab bar, or the one-line notice when the window is too small
            String top = row(terminal, 0).strip();
            if (s.layout().tooSmall()) {
                String notice = "Window too small (" + s.cols() + "x" + s.rows() + ")";
                assertThat(top).as(when).startsWith(notice.substring(0, Math.min(notice.length(), s.cols())).strip());
            } else {
                assertThat(top).as(when).contains("Documents");
            }
        }

        private static String row(DefaultVirtualTerminal t, int r) {
            StringBuilder out = new StringBuilder();
            for (int c = 0; c < t.getTerminalSize().getColumns(); c++) {
                out.append(t.getCharacter(c, r).getCharacterString());
            }
            return out.toString();
        }
    }
}
