package dev.parley.store;

import dev.parley.corpus.CorpusBuilder;
import dev.parley.io.ModelJson;
import dev.parley.model.Corpus;
import dev.parley.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Events survive the JSON model and the snapshot unchanged; a model written before events reads with none. */
class EventRoundTripTest {
    @TempDir
    Path dir;

    private static Corpus fixtures() {
        return new CorpusBuilder("parley test").build(
                Seeds.folder(Seeds.root().resolve("src/test/resources/fixtures/events")), List.of(),
                CorpusBuilder.Progress.NONE);
    }

    @Test
    void eventsRoundTripThroughJsonAndSnapshot() throws Exception {
        Corpus built = fixtures();
        assertThat(built.events()).isNotEmpty().anySatisfy(e -> assertThat(e.reports()).hasSizeGreaterThan(2));
        Path model = dir.resolve("model.json");
        ModelJson.write(built, model);
        Corpus json = ModelJson.read(model);
        assertThat(json.events()).isEqualTo(built.events());
        Snapshot.write(json, model);
        try (Snapshot s = Snapshot.open(model)) {
            assertThat(s).isNotNull();
            assertThat(s.corpus().events()).isEqualTo(built.events());
            assertThat(s.corpus()).isEqualTo(json);
        }
    }

    @Test
    void aModelWithoutEvents_readsWithAnEmptyList() throws Exception {
        Path model = dir.resolve("model.json");
        ModelJson.write(fixtures().withEvents(List.of()), model);
        String text = Files.readString(model).replaceFirst(",\\s*\"events\": \\[\\]", "");
        assertThat(text).doesNotContain("\"events\"");
        Files.writeString(model, text);
        assertThat(ModelJson.read(model).events()).isEmpty();
    }
}
