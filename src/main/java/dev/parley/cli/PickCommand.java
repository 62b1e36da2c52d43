package dev.parley.cli;

import dev.parley.io.ModelException;
import dev.parley.curate.Curated;
import dev.parley.tui.Explorer;
import dev.parley.tui.Pick;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code parley pick}: choose things in the explorer's list (drawn on the terminal), get them on stdout.
 * stdout carries the selection and nothing else, so {@code parley pick quotes | xclip} and
 * {@code vim $(parley pick docs --format path)} work.
 */
@Command(name = "pick", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Pick from a list drawn on the terminal; print the choice on stdout.",
                "Enter prints the row (or the rows marked with Space) and exits 0; q or Esc exits 1 printing nothing;"
                        + " Ctrl-C exits 130."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:picked", "1:cancelled, or nothing to pick", "2:usage error, no model or no terminal",
                "130:interrupted (Ctrl-C)"})
final class PickCommand implements Callable<Integer> {

    @CommandLine.Mixin
    Main.CommonOptions common;

    @Parameters(index = "0", arity = "0..1", paramLabel = "LIST",
            description = "quotes (default), people, docs, meetings or topics")
    String list = "quotes";

    @Option(names = "--person", paramLabel = "NAME", description = "only what concerns this person (name or alias, accents optional)")
    String person;

    @Option(names = "--topic", paramLabel = "TOPIC", description = "only what concerns this topic (name or id)")
    String topic;

    @Option(names = "--query", paramLabel = "TEXT", description = "start with the list filtered by these words (as after /)")
    String query;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (default), cite (quotes with their citation), md, json (one array), path (a document's file)")
    String format = "text";

    @Option(names = {"-m", "--model"}, paramLabel = "FILE", description = "model to open (default: ${DEFAULT-VALUE})")
    Path model = Main.DEFAULT_MODEL;

    private final Main.Context context;

    PickCommand(Main.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        Pick.Kind kind = kind(list);
        Pick.Format fmt = format(format);
        if (fmt == Pick.Format.PATH && kind != Pick.Kind.DOCS && kind != Pick.Kind.QUOTES) {
            throw new Main.UsageError("parley pick: --format path is for docs and quotes (they have a file)");
        }
        Path file = context.resolve(model);
        if (!Files.exists(file)) {
            context.err().println(Main.noModel("parley", file));
            return 2;
        }
        try {
            return Explorer.run(() -> Curated.open(file, context.err()::println), () -> Curated.open(file, line -> { }),
                    Explorer.Options.fromEnvironment(file.toString(), false), new Pick.Request(kind, person, topic, query, fmt), context.out(), context.err());
        } catch (ModelException e) {
            context.err().println("parley: " + Main.firstLine(e.getMessage()));
            return 2;
        }
    }

    private static Pick.Kind kind(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "quotes": case "quote": return Pick.Kind.QUOTES;
            case "people": case "person": return Pick.Kind.PEOPLE;
            case "docs": case "doc": case "documents": return Pick.Kind.DOCS;
            case "meetings": case "meeting": return Pick.Kind.MEETINGS;
            case "topics": case "topic": return Pick.Kind.TOPICS;
            default:
                throw new Main.UsageError("parley pick: no list named “" + name
                        + "”; pick from quotes, people, docs, meetings or topics");
        }
    }

    private static Pick.Format format(String name) {
        try {
            return Pick.Format.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Main.UsageError("parley pick: no format named “" + name + "”; use text, cite, md, json or path");
        }
    }
}
