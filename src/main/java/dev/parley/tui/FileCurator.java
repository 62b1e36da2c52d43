package dev.parley.tui;

import dev.parley.curate.Correction;
import dev.parley.curate.CorrectionsFile;
import dev.parley.curate.Curated;
import dev.parley.curate.Requests;
import dev.parley.index.CorpusIndex;
import dev.parley.store.ModelStore;
import dev.parley.text.Sanitize;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The explorer's corrections: written to the corrections file beside the model (as {@code parley curate} does,
 * under the same lock) and applied to the model as stored, which is opened again only for the first correction.
 */
final class FileCurator implements Session.Curator {
    /** The model without corrections. */
    @FunctionalInterface
    interface Base {
        CorpusIndex open() throws IOException;
    }

    private final CorrectionsFile file;
    private final Base base;
    private CorpusIndex stored;

    FileCurator(CorrectionsFile file, Base base) {
        this.file = file;
        this.base = base;
    }

    static FileCurator of(Path model) {
        return new FileCurator(CorrectionsFile.of(model), () -> ModelStore.open(model, line -> { }));
    }

    @Override
    public Session.Curated curate(Effect.Curate request, CorpusIndex current) {
        try {
            String done;
            if (request.action().equals("undo")) {
                Correction undone = file.undo();
                if (undone == null) {
                    return new Session.Curated("Nothing to undo", null);
                }
                done = "Undone: " + undone.describe();
            } else {
                Requests requests = new Requests(current, "");
                Requests.Made made = switch (request.action()) {
                    case "merge" -> requests.merge(request.subject(), request.value());
                    case "hide" -> requests.hide(request.value(), request.subject());
                    default -> requests.speaker(request.subject(), request.value());
                };
                if (!made.ok()) {
                    return new Session.Curated(Sanitize.line(made.problem()), null);
                }
                file.add(made.correction());
                done = capitalised(made.correction().describe()) + " · u undoes";
            }
            if (stored == null) {
                stored = base.open();
            }
            CorpusIndex corrected = Curated.correct(stored, file.read()).index();
            return new Session.Curated(Sanitize.line(done), corrected);
        } catch (IOException | RuntimeException e) {
            return new Session.Curated("Not corrected: " + Sanitize.line(String.valueOf(e.getMessage())), null);
        }
    }

    @Override
    public void reloaded() {
        stored = null; // the next correction starts from the model as it is now on disk
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
