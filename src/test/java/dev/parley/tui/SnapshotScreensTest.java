package dev.parley.tui;

import dev.parley.index.CorpusIndex;
import dev.parley.index.FixtureCorpus;
import dev.parley.io.ModelJson;
import dev.parley.model.DeferredList;
import dev.parley.store.ModelStore;
import dev.parley.store.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The explorer opened from a snapshot (heavy parts read on demand) shows the very screens it shows from JSON. */
class SnapshotScreensTest {
    @TempDir
    Path dir;

    private Driver driver(int cols, int rows) throws Exception {
        Path model = dir.resolve("model.json");
        ModelJson.write(FixtureCorpus.corpus(), model);
        ModelStore.open(model, line -> { }); // the first opening writes the snapshot
        try (Snapshot probe = Snapshot.open(model)) {
            assertThat(probe).as("snapshot written").isNotNull();
        }
        CorpusIndex index = ModelStore.open(model, line -> { });
        assertThat(index.corpus().documents().get(0).paragraphs()).as("opened from the snapshot")
                .isInstanceOf(DeferredList.class);
        Session session = Explorer.session(index, new Explorer.Options(false, "data/model.json", false), Map.of(),
                State.initial(80, 24), text -> "not copied: no clipboard");
        return new Driver(session, cols, rows);
    }

    @Test
    void panesAndDetails_matchTheGoldenScreens() throws Exception {
        int cols = 100;
        int rows = 30;
        try (Driver d = driver(cols, rows)) {
            String[] names = {"documents", "people", "topics", "meetings", "quotes"};
            for (int i = 0; i < names.length; i++) {
                d.press(String.valueOf(i + 1));
                Golden.check("pane-" + names[i] + "-" + cols + "x" + rows, d.text());
            }
        }
        try (Driver d = driver(cols, rows)) {
            d.press("2", "/").type("markovic").press("Enter", "Enter");
            Golden.check("detail-person-" + cols + "x" + rows, d.text());
            d.press("1", "/").type("energy security").press("Enter", "Enter");
            Golden.check("detail-document-" + cols + "x" + rows, d.text());
            d.press("3", "Enter");
            Golden.check("detail-topic-" + cols + "x" + rows, d.text());
            d.press("4", "/").type("belgrade").press("Enter", "Enter");
            Golden.check("detail-meeting-" + cols + "x" + rows, d.text());
            d.press("Enter");
            Golden.check("detail-place-" + cols + "x" + rows, d.text());
            d.press("5", "/").type("iron").press("Enter", "Enter");
            Golden.check("detail-quote-" + cols + "x" + rows, d.text());
        }
    }
}
