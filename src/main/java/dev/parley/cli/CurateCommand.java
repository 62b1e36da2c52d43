package dev.parley.cli;

import dev.parley.curate.Correction;
import dev.parley.curate.CorrectionsFile;
import dev.parley.curate.Corrector;
import dev.parley.curate.Curated;
import dev.parley.curate.Requests;
import dev.parley.io.ModelException;
import dev.parley.text.Sanitize;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * {@code parley curate}: corrections an analyst makes to the model, kept in a file beside it
 * ({@code model.corrections.tsv}) and applied by every later build and every opening of the model.
 * Exit codes: 0 done, 1 nothing matched (or the file is busy; one line on stderr says why), 2 usage.
 */
@Command(name = "curate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Correct the model: merge, rename, hide, change a quote's speaker or a person's role.",
                "Corrections are kept beside the model (model.corrections.tsv) and survive every rebuild."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:nothing matched (a 'did you mean' on stderr), or nothing to undo",
                "2:usage error or no model"},
        subcommands = {CurateCommand.Merge.class, CurateCommand.Rename.class, CurateCommand.Hide.class,
                CurateCommand.Speaker.class, CurateCommand.Role.class, CurateCommand.ListCorrections.class,
                CurateCommand.Undo.class})
final class CurateCommand implements Runnable {
    @CommandLine.Mixin
    Main.CommonOptions common;

    @Option(names = {"-m", "--model"}, paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "model to correct (default: ${DEFAULT-VALUE})")
    Path model = Main.DEFAULT_MODEL;

    @Option(names = "--note", paramLabel = "TEXT", scope = ScopeType.INHERIT,
            description = "why, kept with the correction")
    String note = "";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Main.Context context;

    CurateCommand(Main.Context context) {
        this.context = context;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "say what to do: merge, rename, hide, speaker, role, list or undo");
    }

    private Path file() {
        Path file = context.resolve(model);
        if (!Files.isRegularFile(file)) {
            throw new Main.UsageError(Main.noModel("parley curate", file));
        }
        return file;
    }

    private Curated.Opened open(Path file) {
        try {
            return Curated.openWithStatus(file, context.err()::println);
        } catch (ModelException e) {
            throw new Main.UsageError("parley curate: " + Main.firstLine(e.getMessage()));
        }
    }

    /** Makes a correction from the typed words over the corrected model and adds it to the file. */
    private int add(Function<Requests, Requests.Made> request) {
        Path file = file();
        Requests.Made made = request.apply(new Requests(open(file).index(), note));
        if (!made.ok()) {
            context.err().println("parley curate: " + made.problem());
            return 1;
        }
        CorrectionsFile corrections = CorrectionsFile.of(file);
        List<Correction> all = change(() -> corrections.add(made.correction()));
        context.out().println(Sanitize.line(made.correction().describe()) + " (" + all.size() + " in "
                + corrections.path().getFileName() + ")");
        return 0;
    }

    @FunctionalInterface
    private interface Change<T> {
        T run() throws IOException;
    }

    private static <T> T change(Change<T> change) {
        try {
            return change.run();
        } catch (IOException e) {
            throw new Main.Failure(Main.firstLine(e.getMessage()));
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = "OTHER becomes an alias of KEEP; its mentions, roles, quotes and meetings follow.")
    static final class Merge implements java.util.concurrent.Callable<Integer> {
        @CommandLine.ParentCommand
        CurateCommand parent;
        @Parameters(index = "0", paramLabel = "KEEP", description = "the person kept")
        String keep;
        @Parameters(index = "1", paramLabel = "OTHER", description = "the person merged into KEEP")
        String other;

        @Override
        public Integer call() {
            return parent.add(r -> r.merge(keep, other));
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true,
            description = "Give a person another name; the old one stays an alias.")
    static final class Rename implements java.util.concurrent.Callable<Integer> {
        @CommandLine.ParentCommand
        CurateCommand parent;
        @Parameters(index = "0", paramLabel = "PERSON")
        String person;
        @Parameters(index = "1", paramLabel = "NEW-NAME")
        String name;

        @Override
        public Integer call() {
            return parent.add(r -> r.rename(person, name));
        }
    }

    @Command(name = "hide", mixinStandardHelpOptions = true,
            description = "A person, organisation or place that is not one: gone from lists, counts and completion.")
    static final class Hide implements java.util.concurrent.Callable<Integer> {
        @CommandLine.ParentCommand
        CurateCommand parent;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Option(names = "--kind", paramLabel = "KIND", description = "person, organisation or place (when the name is more than one)")
        String kind;

        @Override
        public Integer call() {
            if (kind != null && !List.of("person", "organisation", "place").contains(kind)) {
                throw new Main.UsageError("parley curate hide: --kind must be person, organisation or place (was " + kind + ")");
            }
            return parent.add(r -> r.hide(name, kind));
        }
    }

    @Command(name = "speaker", mixinStandardHelpOptions = true,
            description = "Who said a quote: a person, an organisation, or none.")
    static final class Speaker implements java.util.concurrent.Callable<Integer> {
        @CommandLine.ParentCommand
        CurateCommand parent;
        @Parameters(index = "0", paramLabel = "QUOTE-ID", description = "the quote's id (or words of it)")
        String quote;
        @Parameters(index = "1", paramLabel = "WHO", description = "a person, an organisation, or none")
        String who;

        @Override
        public Integer call() {
            return parent.add(r -> r.speaker(quote, who));
        }
    }

    @Command(name = "role", mixinStandardHelpOptions = true,
            description = "Set a person's role: \"Title, Country\" (the country may be left out).")
    static final class Role implements java.util.concurrent.Callable<Integer> {
        @CommandLine.ParentCommand
        CurateCommand parent;
        @Parameters(index = "0", paramLabel = "PERSON")
        String person;
        @Parameters(index = "1", paramLabel = "ROLE")
        String role;

        @Override
        public Integer call() {
            return parent.add(r -> r.role(person, role));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "The corrections, oldest first, each with its time, its note and whether it still applies.")
    static final class ListCorrections implements java.util.concurrent.Callable<Integer> {
        @CommandLine.ParentCommand
        CurateCommand parent;

        @Override
        public Integer call() {
            Path file = parent.file();
            List<Corrector.Status> statuses = parent.open(file).statuses();
            if (statuses.isEmpty()) {
                parent.context.err().println("parley curate: no corrections for " + file);
                return 0;
            }
            int n = 0;
            for (Corrector.Status s : statuses) {
                Correction c = s.correction();
                StringBuilder line = new StringBuilder().append(++n).append('\t').append(c.time()).append('\t')
                        .append(Sanitize.line(c.describe()));
                if (!c.note().isEmpty()) {
                    line.append("  — ").append(Sanitize.line(c.note()));
                }
                if (s.stale()) {
                    line.append("\tNO LONGER APPLIES: ").append(Sanitize.line(s.problem()));
                }
                parent.context.out().println(line);
            }
            long stale = statuses.stream().filter(Corrector.Status::stale).count();
            if (stale > 0) {
                parent.context.err().println("parley curate: " + stale + " of " + statuses.size()
                        + " corrections no longer apply (their subject is not in the model any more)");
            }
            return 0;
        }
    }

    @Command(name = "undo", mixinStandardHelpOptions = true, description = "Take back the newest correction.")
    static final class Undo implements java.util.concurrent.Callable<Integer> {
        @CommandLine.ParentCommand
        CurateCommand parent;

        @Override
        public Integer call() {
            Path file = parent.file();
            Correction undone = change(() -> CorrectionsFile.of(file).undo());
            if (undone == null) {
                parent.context.err().println("parley curate: nothing to undo");
                return 1;
            }
            parent.context.out().println("undone: " + Sanitize.line(undone.describe()));
            return 0;
        }
    }
}
