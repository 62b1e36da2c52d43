package dev.parley.cli;

import dev.parley.command.Answers;
import dev.parley.command.Format;
import dev.parley.command.Kind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code parley people|docs|topics|meetings|quotes} and {@code parley show}. The shell runs these same commands
 * on the model it has loaded, so both give the same answers.
 */
final class Queries {
    private Queries() {
    }

    /** Where answers come from: the model named by --model, or one the shell has already loaded. */
    interface Source {
        Answers answers(ModelOptions options);
    }

    /** Prints an answer in one piece (nothing half-written), its note on stderr; returns its exit code. */
    static int print(Answers.Answer a, Main.Context context) {
        if (!a.out().isEmpty()) {
            context.out().print(a.out());
            context.out().flush();
        }
        if (!a.err().isEmpty()) {
            context.err().println("parley: " + a.err());
        }
        return a.exitCode();
    }

    @Command(mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            footer = {"", "Exit codes: 0 something listed, 1 nothing matched, 2 usage or model error."})
    static final class ListCommand implements Callable<Integer> {
        @CommandLine.Mixin
        Main.CommonOptions common;

        @CommandLine.Mixin
        ModelOptions model;

        @Option(names = "--person", paramLabel = "NAME", description = "only those linked to this person (name, alias or surname)")
        String person;

        @Option(names = "--topic", paramLabel = "TOPIC", description = "only those on this topic")
        String topic;

        @Option(names = "--doc", paramLabel = "DOC", description = "only those in this document (id or title words)")
        String doc;

        @Option(names = "--since", paramLabel = "DATE", description = "dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
        String since;

        @Option(names = "--until", paramLabel = "DATE", description = "dated on or before DATE")
        String until;

        @Option(names = "--limit", paramLabel = "N", description = "at most N")
        Integer limit;

        private final Main.Context context;
        private final Source source;
        private final Kind kind;

        ListCommand(Main.Context context, Source source, Kind kind) {
            this.context = context;
            this.source = source;
            this.kind = kind;
        }

        @Override
        public Integer call() {
            Format f = model.format();
            Answers answers = source.answers(model);
            return print(answers.list(kind, new Answers.Filters(person, topic, doc, since, until, limit), f), context);
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Show one person, document, topic, meeting or quote with everything linked to it.",
            footer = {"", "NAME is matched as in the explorer's command bar: accents and case do not matter, a surname",
                    "or a prefix is enough, no quotes are needed. Exit codes: 0 shown, 1 not found or ambiguous,",
                    "2 usage or model error."})
    static final class ShowCommand implements Callable<Integer> {
        @CommandLine.Mixin
        Main.CommonOptions common;

        @CommandLine.Mixin
        ModelOptions model;

        @Parameters(index = "0", paramLabel = "KIND", description = "person, doc, topic, meeting or quote")
        String kind;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "NAME", description = "name, id, title words, date…")
        List<String> name;

        private final Main.Context context;
        private final Source source;

        ShowCommand(Main.Context context, Source source) {
            this.context = context;
            this.source = source;
        }

        @Override
        public Integer call() {
            Kind k = kind(kind);
            Format f = model.format();
            return print(source.answers(model).show(k, String.join(" ", name), f), context);
        }

        static Kind kind(String word) {
            switch (word.toLowerCase(java.util.Locale.ROOT)) {
                case "person": case "people": return Kind.PERSON;
                case "doc": case "document": case "docs": return Kind.DOCUMENT;
                case "topic": case "topics": return Kind.TOPIC;
                case "meeting": case "meetings": return Kind.MEETING;
                case "quote": case "quotes": return Kind.QUOTE;
                default:
                    throw new Main.UsageError("parley show: KIND is person, doc, topic, meeting or quote (was " + word + ")");
            }
        }
    }

    /** The list commands by name, with their descriptions. */
    static final List<String[]> LISTS = List.of(
            new String[] {"people", "PERSON", "List people: id, name, main role, quotes, documents."},
            new String[] {"docs", "DOCUMENT", "List documents by date: id, date, title, quotes."},
            new String[] {"topics", "TOPIC", "List topics: id, name, documents."},
            new String[] {"meetings", "MEETING", "List meetings in time order: id, date, place, kind, participants."},
            new String[] {"quotes", "QUOTE", "List quotes: id, speaker, document, text."});

    /** Adds the list commands and show to a command line. */
    static void addTo(CommandLine cli, Main.Context context, Source source) {
        for (String[] l : LISTS) {
            CommandLine sub = new CommandLine(new ListCommand(context, source, Kind.valueOf(l[1])));
            sub.getCommandSpec().usageMessage().description(l[2]);
            cli.addSubcommand(l[0], sub);
        }
        cli.addSubcommand("show", new CommandLine(new ShowCommand(context, source)));
    }
}
