package dev.parley.cli;

import dev.parley.io.ModelException;
import dev.parley.io.ModelJson;
import dev.parley.io.ModelLock;
import dev.parley.io.ModelPartsWriter;
import dev.parley.model.Corpus;
import dev.parley.text.Sanitize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Writes a model (one file or in parts) out again: as one JSON file, the same bytes {@code parley build} writes for
 * the same articles, or in parts. This is how a model in parts goes to a tool that reads one file, and back.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Write the model as one JSON file (or, with --parts, in parts), whichever way it is stored.",
                "The model is written as built: corrections stay in their own file beside it."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    Main.CommonOptions common;

    @Option(names = {"-m", "--model"}, paramLabel = "FILE", description = "model to read (default: ${DEFAULT-VALUE})")
    Path model = Main.DEFAULT_MODEL;

    @Option(names = "--format", paramLabel = "FORMAT", description = "json, the only format of a whole model (default)")
    String format = "json";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            description = "where to write it; - for standard output")
    Path output;

    @Option(names = "--parts", paramLabel = "N", arity = "0..1", fallbackValue = "" + ModelPartsWriter.DEFAULT_SHARD_SIZE,
            description = "write it in parts, with N documents per shard (default "
                    + ModelPartsWriter.DEFAULT_SHARD_SIZE + ")")
    Integer parts;

    private final Main.Context context;

    ExportCommand(Main.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        if (!format.equals("json")) {
            throw new Main.UsageError("parley export: --format must be json (was " + Sanitize.line(format) + ")");
        }
        if (parts != null && parts < 1) {
            throw new Main.UsageError("parley export: --parts takes a shard size of at least 1 document (was " + parts + ")");
        }
        boolean toStdout = output.toString().equals("-");
        if (toStdout && parts != null) {
            throw new Main.UsageError("parley export: a model in parts is several files; give -o FILE");
        }
        Path in = context.resolve(model);
        if (!Files.exists(in)) {
            throw new Main.UsageError(Main.noModel("parley export", in));
        }
        Corpus corpus;
        try {
            corpus = ModelJson.read(in);
        } catch (ModelException e) {
            throw new Main.UsageError("parley export: " + Main.firstLine(e.getMessage()));
        }
        if (toStdout) {
            Writer out = new OutputStreamWriter(context.out(), StandardCharsets.UTF_8);
            ModelJson.write(corpus, out);
            return 0;
        }
        Path target = context.resolve(output);
        if (target.toAbsolutePath().normalize().equals(in.toAbsolutePath().normalize())) {
            throw new Main.UsageError("parley export: " + output + " is the model read; write to another file");
        }
        try (ModelLock lock = ModelLock.acquire(target, holder -> context.err().println("parley export: waiting for "
                + ModelLock.pathFor(target).getFileName() + ", held by " + holder))) {
            if (parts != null) {
                ModelPartsWriter.write(corpus, target, parts);
            } else {
                ModelJson.write(corpus, target);
            }
        }
        context.err().println(String.format(Locale.ROOT, "exported %s to %s%s: %d documents", in, target,
                parts != null ? " in parts" : "", corpus.documents().size()));
        return 0;
    }
}
