package dev.parley.tui;

import dev.parley.index.CorpusIndex;
import dev.parley.index.FixtureCorpus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows built ahead on another thread are the rows the explorer shows, built once. */
class ContentPrepareTest {
    private static final CorpusIndex INDEX = new CorpusIndex(FixtureCorpus.corpus());

    @Test
    void prepare_buildsEveryPaneOnce_withTheRowsShownOtherwise() throws Exception {
        Content ahead = new Content(INDEX);
        CompletableFuture<Void> background = CompletableFuture.runAsync(ahead::prepare);
        List<Row> asked = ahead.rows(Pane.QUOTES); // meanwhile, from the loop's side
        background.get();
        for (Pane p : Pane.values()) {
            assertThat(ahead.rows(p)).as("%s", p).isEqualTo(new Content(INDEX).rows(p));
            assertThat(ahead.rows(p)).as("built once").isSameAs(ahead.rows(p));
        }
        assertThat(ahead.rows(Pane.QUOTES)).isSameAs(asked);
    }
}
