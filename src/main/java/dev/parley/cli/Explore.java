package dev.parley.cli;

import dev.parley.io.ModelException;
import dev.parley.curate.Curated;
import dev.parley.tui.Explorer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Opens the explorer on a model, building the default one from {@code seeds} first when there is none yet. */
final class Explore {
    static final Path DEFAULT_MODEL = Path.of("data", "model.json");
    static final Path DEFAULT_INPUT = Path.of("seeds");

    private Explore() {
    }

    static int open(Main.Context context, Path model, boolean firstFrameExit) throws Exception {
        Path file = context.resolve(model);
        if (!Files.exists(file) && model.equals(DEFAULT_MODEL) && Files.isDirectory(context.resolve(DEFAULT_INPUT))) {
            context.err().println("parley: no model yet; building " + file + " from " + DEFAULT_INPUT);
            int code = new BuildCommand(context).buildModel(List.of(DEFAULT_INPUT), model);
            if (code != 0) {
                return code;
            }
        }
        if (!Files.exists(file)) {
            context.err().println(Main.noModel("parley", file));
            return 2;
        }
        try {
            // reading it again (R) says nothing on stderr: that is the screen the explorer is drawing on
            return Explorer.run(() -> Curated.open(file, context.err()::println), () -> Curated.open(file, line -> { }),
                    Explorer.Options.fromEnvironment(file.toString(), firstFrameExit), null, context.out(), context.err());
        } catch (ModelException e) {
            // a corrupt or newer-schema model is a problem with what the user asked to open, like a usage error
            context.err().println("parley: " + Main.firstLine(e.getMessage()));
            return 2;
        }
    }

    /** The explorer's start without a terminal, for the launcher's class-data archive; the model must exist. */
    static int rehearse(Main.Context context, Path model) throws Exception {
        Path file = context.resolve(model);
        return Explorer.rehearse(() -> Curated.open(file, line -> { }), Explorer.Options.fromEnvironment(file.toString(), true));
    }
}
