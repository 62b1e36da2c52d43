package dev.parley.tui;

import dev.parley.index.CorpusIndex;
import dev.parley.index.FixtureCorpus;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A copy runs off the loop's thread: the update loop (Session) says "copying…" at once, keeps handling keys, refuses
 * a second copy while one runs, and shows the outcome when it comes back. The background and the loop are queues
 * this test runs by hand, so every step is observed in order and nothing depends on timing.
 */
class BackgroundCopyTest {
    private static final CorpusIndex INDEX = new CorpusIndex(FixtureCorpus.corpus());
    private static final String TRADE = "Our trade has doubled in two years and we want to double it again";

    private final Queue<Runnable> background = new ArrayDeque<>();
    private final Queue<Runnable> loop = new ArrayDeque<>();
    private final List<String> copied = new ArrayList<>();

    private Session session() {
        Session s = Explorer.session(INDEX, new Explorer.Options(false, "model.json", false), Map.of(),
                State.initial(100, 30), text -> {
                    copied.add(text);
                    return "copied " + text.codePointCount(0, text.length()) + " characters (fake)";
                });
        s.resized(100, 30);
        s.offLoop(background::add, loop::add);
        return s;
    }

    private static void press(Session s, String... keys) {
        for (String k : keys) {
            s.key(Driver.stroke(k));
        }
    }

    private static void runAll(Queue<Runnable> q) {
        while (!q.isEmpty()) {
            q.poll().run();
        }
    }

    @Test
    void y_saysCopying_thenTheOutcome_whenTheBackgroundIsDone() {
        Session s = session();
        press(s, "5", "y");
        assertThat(s.state().status()).isEqualTo("copying…");
        assertThat(copied).isEmpty(); // nothing ran on the loop's thread
        runAll(background);
        assertThat(copied).containsExactly(TRADE);
        assertThat(s.state().status()).as("the outcome waits for the loop").isEqualTo("copying…");
        runAll(loop);
        assertThat(s.state().status()).isEqualTo("copied 65 characters (fake)");
    }

    @Test
    void keysGoOn_whileACopyRuns() {
        Session s = session();
        press(s, "5", "y", "j", "j");
        assertThat(s.state().list(Pane.QUOTES).selected()).isEqualTo(2);
        runAll(background);
        runAll(loop);
        assertThat(copied).containsExactly(TRADE);
        assertThat(s.state().status()).isEqualTo("copied 65 characters (fake)");
        assertThat(s.state().list(Pane.QUOTES).selected()).isEqualTo(2);
    }

    @Test
    void aSecondY_whileOneRuns_isRefusedAndSaysSo_thenCopyingWorksAgain() {
        Session s = session();
        press(s, "5", "y", "j", "y");
        assertThat(s.state().status()).startsWith("still copying the last one");
        assertThat(background).hasSize(1);
        runAll(background);
        runAll(loop);
        assertThat(copied).containsExactly(TRADE);
        press(s, "y");
        assertThat(s.state().status()).isEqualTo("copying…");
        runAll(background);
        runAll(loop);
        assertThat(copied).hasSize(2);
        assertThat(copied.get(1)).isNotEqualTo(TRADE); // the second row's quote, copied once the first copy was done
        assertThat(s.state().status()).startsWith("copied ");
    }

    @Test
    void aCopierThatFails_endsTheCopy_withAReason() {
        Session s = Explorer.session(INDEX, new Explorer.Options(false, "model.json", false), Map.of(),
                State.initial(100, 30), text -> {
                    throw new IllegalStateException("clipboard tool crashed");
                });
        s.resized(100, 30);
        s.offLoop(background::add, loop::add);
        press(s, "5", "y");
        runAll(background);
        runAll(loop);
        assertThat(s.state().status()).isEqualTo("not copied: clipboard tool crashed");
        press(s, "y");
        assertThat(s.state().status()).as("not stuck in 'copying'").isEqualTo("copying…");
    }
}
