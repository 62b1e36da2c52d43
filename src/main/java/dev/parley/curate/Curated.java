package dev.parley.curate;

import dev.parley.index.CorpusIndex;
import dev.parley.io.ModelException;
import dev.parley.store.ModelStore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * A model as every command sees it: opened by the store (from its snapshot when fresh), then corrected by the
 * corrections file beside it. The model file and its snapshot hold what extraction found; the corrections are
 * applied on every opening, so a correction shows at once and an undone one is gone at once, without a rebuild.
 */
public final class Curated {
    private Curated() {
    }

    /** The corrected model and what became of each correction. */
    public record Opened(CorpusIndex index, List<Corrector.Status> statuses) {
    }

    public static CorpusIndex open(Path model, Consumer<String> note) throws ModelException {
        return openWithStatus(model, note).index();
    }

    public static Opened openWithStatus(Path model, Consumer<String> note) throws ModelException {
        CorpusIndex stored = ModelStore.open(model, note);
        List<Correction> corrections;
        try {
            corrections = CorrectionsFile.of(model).read();
        } catch (IOException e) {
            throw new ModelException(CorrectionsFile.pathFor(model), "cannot read the corrections: " + e.getMessage());
        }
        return correct(stored, corrections);
    }

    /** An index with the corrections applied; the store's relations, if it had them, read through them. */
    public static Opened correct(CorpusIndex stored, List<Correction> corrections) {
        if (corrections.isEmpty()) {
            return new Opened(stored, List.of());
        }
        Corrector.Result r = Corrector.apply(stored.corpus(), corrections);
        if (r.changes().none()) {
            return new Opened(stored, r.statuses());
        }
        CorpusIndex index = stored.givenRelations() == null ? new CorpusIndex(r.corpus())
                : new CorpusIndex(r.corpus(), new CorrectedRelations(stored.givenRelations(), r.changes()));
        return new Opened(index, r.statuses());
    }
}
