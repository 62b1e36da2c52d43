package dev.parley.cli;

import dev.parley.io.ModelException;
import dev.parley.model.Corpus;
import dev.parley.search.SearchIndex;
import dev.parley.curate.Curated;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Opens the model and its search index for the commands that search it. */
final class ModelLoading {
    private ModelLoading() {
    }

    /** The model's search index; a missing or unreadable model is a usage error (exit 2). */
    static SearchIndex searchIndex(Main.Context context, Path model, String command) throws IOException {
        Path file = context.resolve(model);
        if (!Files.isRegularFile(file)) {
            throw new Main.UsageError(Main.noModel("parley " + command, file));
        }
        Corpus corpus;
        try {
            // through the snapshot: a large model opens in about a second instead of being decoded whole
            corpus = Curated.open(file, context.err()::println).corpus();
        } catch (ModelException e) {
            throw new Main.UsageError("parley " + command + ": " + Main.firstLine(e.getMessage()));
        }
        long started = System.nanoTime();
        SearchIndex index = SearchIndex.open(file, corpus, context.env());
        if (index.notKept() != null) {
            context.err().println("parley " + command + ": note: " + index.notKept() + "; searching an index in memory");
        } else if (index.wasBuilt()) {
            context.err().println(String.format(Locale.ROOT, "parley: built the search index %s in %.1f s",
                    index.location() == null ? "in memory (no writable folder for it)" : "in " + index.location(),
                    (System.nanoTime() - started) / 1e9));
        }
        return index;
    }
}
