package dev.parley.cli;

import dev.parley.command.Answers;
import dev.parley.command.Format;
import dev.parley.command.Resolver;
import dev.parley.io.ModelException;
import dev.parley.curate.Curated;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** The options every query command shares: which model, which output format. */
final class ModelOptions {
    @Option(names = {"-m", "--model"}, paramLabel = "FILE", description = "model to read (default: ${DEFAULT-VALUE})")
    Path model = Main.DEFAULT_MODEL;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json, tsv or md")
    String format = "text";

    Format format() {
        try {
            return Format.parse(format);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageError("parley: --format must be text, json, tsv or md (was " + format + ")");
        }
    }

    /** The model read and indexed; a missing or bad model is a usage error (exit 2), said in one line. */
    Answers load(Main.Context context) {
        Path file = context.resolve(model);
        if (!Files.exists(file)) {
            throw new Main.UsageError(Main.noModel("parley", file));
        }
        try {
            return new Answers(new Resolver(Curated.open(file, context.err()::println)));
        } catch (ModelException e) {
            throw new Main.UsageError("parley: " + Main.firstLine(e.getMessage()));
        }
    }
}
