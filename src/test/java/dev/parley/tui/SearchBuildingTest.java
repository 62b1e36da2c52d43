package dev.parley.tui;

import dev.parley.index.CorpusIndex;
import dev.parley.index.FixtureCorpus;
import dev.parley.search.SearchIndex;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first search on a model without an index: the index is built in the background, the results page says how
 * far it is, and Esc stops the build and goes back. The build here is a stand-in that reports progress and waits
 * for the test, so every step is seen in order; waiting uses latches, never the clock.
 */
class SearchBuildingTest {
    private static final CorpusIndex INDEX = new CorpusIndex(FixtureCorpus.corpus());

    private final Semaphore changed = new Semaphore(0);
    private final CountDownLatch reported = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicBoolean stopped = new AtomicBoolean();

    /** Reports 3 of 10 items, waits for {@link #release}, then builds the real in-memory index (or stops when told). */
    private Content content() {
        Content c = new Content(INDEX, Map.of(), progress -> {
            progress.item(3, 10);
            reported.countDown();
            release.await();
            if (!progress.item(4, 10)) {
                stopped.set(true);
                throw new SearchIndex.Cancelled();
            }
            return SearchIndex.inMemory(INDEX.corpus());
        });
        c.filterInBackground(changed::release, Runnable::run);
        return c;
    }

    @Test
    void theFirstSearch_showsHowFarTheBuildIs_thenTheResults() throws Exception {
        Content c = content();
        assertThat(c.results("trade").building()).isNotNull();
        reported.await();
        assertThat(c.results("trade").building()).isEqualTo("building the search index: 3 of 10 articles and quotes");
        assertThat(c.results("trade").hits()).isEmpty();
        release.countDown();
        changed.acquire(); // the build is done
        Content.Results r = c.results("trade");
        assertThat(r.building()).isNull();
        assertThat(r.error()).isNull();
        assertThat(r.hits()).isNotEmpty();
    }

    @Test
    void esc_whileBuilding_stopsTheBuild_andGoesBack() throws Exception {
        Content c = content();
        Update u = new Update(c, Keymap.DEFAULT);
        State s = State.initial(100, 30);
        s = u.update(s, new Msg.KeyPressed(Key.named("5"))).state();
        s = s.withHistory(s.history().open(Page.SearchPage.of("trade")));
        c.results("trade"); // drawing the page starts the build
        reported.await();
        State still = u.update(s, new Msg.KeyPressed(Key.named("j"))).state();
        assertThat(still.page()).isEqualTo(Page.SearchPage.of("trade"));
        assertThat(still.status()).startsWith("building the search index: 3 of 10").endsWith("Esc cancels");
        State back = u.update(s, new Msg.KeyPressed(Key.named("Esc"))).state();
        assertThat(back.page()).isEqualTo(new Page.ListPage(Pane.QUOTES));
        assertThat(back.status()).startsWith("search cancelled");
        release.countDown();
        // the build sees the cancel at its next item; a new search starts a new build
        while (!stopped.get()) {
            Thread.onSpinWait();
        }
        assertThat(c.searchBuilding()).isNull();
        assertThat(c.results("trade").building()).isNotNull();
    }
}
