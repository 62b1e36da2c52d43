package dev.parley.store;

import dev.parley.index.CorpusIndex;
import dev.parley.io.ModelException;
import dev.parley.io.ModelJson;
import dev.parley.model.Corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * How the explorer opens a model: from its snapshot when there is a fresh one, else from {@code model.json} (read
 * as a stream), writing the snapshot for the next time. Writing it is best effort: in a read-only folder the model
 * is simply used as read.
 */
public final class ModelStore {
    /** Models from this size on get a line on stderr while read from JSON: that takes seconds. */
    private static final long NOTE_FROM_BYTES = 64L << 20;

    private ModelStore() {
    }

    /**
     * An index over the model at {@code model}.
     *
     * @param note receives one line when the slow way (reading a large JSON model) is taken
     */
    public static CorpusIndex open(Path model, Consumer<String> note) throws ModelException {
        BasicFileAttributes key;
        try {
            key = Files.readAttributes(model, BasicFileAttributes.class);
        } catch (IOException e) {
            return new CorpusIndex(ModelJson.read(model)); // says what is wrong with the path
        }
        Snapshot snapshot = Snapshot.open(model, key, Snapshot.DEFAULT_CACHE_BYTES);
        if (snapshot != null) {
            return snapshot.index();
        }
        if (key.size() >= NOTE_FROM_BYTES) {
            note.accept(String.format(Locale.ROOT, "parley: reading %s (%.1f GB) and writing %s for faster opening",
                    model.getFileName(), key.size() / 1e9, Snapshot.pathFor(model).getFileName()));
        }
        Corpus corpus = ModelJson.read(model);
        try {
            Snapshot.write(corpus, model, key);
        } catch (IOException | RuntimeException e) {
            return new CorpusIndex(corpus); // a read-only folder, a full disk: open it as read
        }
        // from the snapshot even now, so that the heavy parts read from JSON can go and memory stays bounded
        snapshot = Snapshot.open(model, key, Snapshot.DEFAULT_CACHE_BYTES);
        return snapshot != null ? snapshot.index() : new CorpusIndex(corpus);
    }

    /** After {@code parley build}: the snapshot of the model just written. */
    public static void writeSnapshot(Corpus corpus, Path model) throws IOException {
        Snapshot.write(corpus, model);
    }
}
