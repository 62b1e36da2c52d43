package dev.parley.tui;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filtering a long list: a screenful of matches at once, the rest from a background scan that the next key
 * cancels, and in the end exactly the rows a plain scan finds. The background is a queue the test runs by hand.
 */
class FiltersTest {
    private static final List<Row> ROWS = rows(1000);
    private final Queue<Runnable> background = new ArrayDeque<>();
    private int redraws;

    /** Rows whose text is "row N" plus a word: every 3rd "alpha", every 5th "beta", the others "gamma". */
    private static List<Row> rows(int n) {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String word = i % 3 == 0 ? "alpha" : i % 5 == 0 ? "beta" : "gamma";
            String text = "row " + i + " " + word;
            out.add(new Row(new Ref(Ref.Kind.QUOTE, "q" + i), "", text, "", text + "\n"));
        }
        return List.copyOf(out);
    }

    private static List<Row> plain(String filter) {
        List<String> terms = Match.terms(filter);
        return ROWS.stream().filter(r -> Match.allIn(r.haystack(), terms)).toList();
    }

    /** Lists from 100 rows go to the background; 10 matches at once, at most 50 rows scanned for them. */
    private Filters inBackground() {
        Filters f = new Filters(() -> ROWS, 100, 10, 50);
        f.inBackground(background::add, () -> redraws++);
        return f;
    }

    @Test
    void aLongList_showsAScreenfulAtOnce_thenEveryMatchWhenTheScanIsDone() {
        Filters f = inBackground();
        List<Row> first = f.rows("alpha");
        assertThat(first).isEqualTo(plain("alpha").subList(0, 10));
        assertThat(f.complete("alpha")).isFalse();
        assertThat(f.rows("alpha")).as("asked again while scanning").isEqualTo(first);
        background.poll().run();
        assertThat(redraws).isEqualTo(1);
        assertThat(f.complete("alpha")).isTrue();
        assertThat(f.rows("alpha")).isEqualTo(plain("alpha"));
    }

    @Test
    void rareMatches_scanOnlyABoundedPartAtOnce() {
        Filters f = inBackground();
        // "99" is in rows 99, 199, ... 899 and 990..999: none in the 50 rows scanned at once
        assertThat(f.rows("row 99")).isEmpty();
        assertThat(f.complete("row 99")).isFalse();
        background.poll().run();
        assertThat(f.rows("row 99")).isEqualTo(plain("row 99")).hasSize(19);
    }

    @Test
    void theNextKey_cancelsTheScan_andOnlyItsResultArrives() {
        Filters f = inBackground();
        f.rows("a");
        f.rows("al");
        assertThat(background).hasSize(2);
        background.poll().run(); // the cancelled "a" scan ends without a result
        assertThat(redraws).isZero();
        assertThat(f.complete("al")).isFalse();
        background.poll().run();
        assertThat(redraws).isEqualTo(1);
        assertThat(f.rows("al")).isEqualTo(plain("al"));
    }

    @Test
    void clearingTheFilter_cancelsTheScan() {
        Filters f = inBackground();
        f.rows("beta");
        assertThat(f.rows("")).isSameAs(ROWS);
        background.poll().run();
        assertThat(redraws).isZero();
        assertThat(f.complete("beta")).as("no scan for it any more").isTrue();
        // a new scan starts: the matches among the 50 rows scanned at once (5, 10, 20, 25, 35, 40)
        assertThat(f.rows("beta")).isEqualTo(plain("beta").subList(0, 6));
        assertThat(f.complete("beta")).isFalse();
    }

    @Test
    void typingOnAfterAFinishedScan_narrowsItsResult_andBackspaceFindsTheOldOne() {
        Filters f = inBackground();
        f.rows("gamma");
        background.poll().run();
        // 'gamma' has 534 rows: still long enough for the background, and the narrowed result is exact
        List<Row> narrowed = f.rows("gamma row 1");
        assertThat(f.complete("gamma row 1")).isFalse();
        background.poll().run();
        assertThat(f.rows("gamma row 1")).isEqualTo(plain("gamma row 1"));
        assertThat(narrowed).isEqualTo(plain("gamma row 1").subList(0, 10));
        assertThat(f.rows("gamma")).isEqualTo(plain("gamma"));
        assertThat(f.complete("gamma")).isTrue();
        assertThat(background).isEmpty();
    }

    @Test
    void withoutABackground_everyResultIsCompleteAtOnce() {
        Filters f = new Filters(() -> ROWS, 100, 10, 50);
        for (String q : List.of("a", "al", "alpha", "alp", "row 1", "beta row", "nothing")) {
            assertThat(f.rows(q)).as(q).isEqualTo(plain(q));
            assertThat(f.complete(q)).isTrue();
        }
    }

    @Test
    void aShortList_isFilteredAtOnce_evenWithABackground() {
        Filters f = new Filters(() -> ROWS.subList(0, 99), 100, 10, 50);
        f.inBackground(background::add, () -> redraws++);
        assertThat(f.rows("alpha")).hasSize(33);
        assertThat(f.complete("alpha")).isTrue();
        assertThat(background).isEmpty();
    }
}
