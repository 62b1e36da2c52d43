package dev.parley.cli;

import dev.parley.command.Answers;
import dev.parley.command.CommandException;
import dev.parley.command.Relationship;
import dev.parley.model.Event;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code parley events} and {@code parley timeline --between A B}. */
final class EventsCommand {
    private EventsCommand() {
    }

    private static Answers load(Main.Context context, Path model) {
        ModelOptions options = new ModelOptions();
        options.model = model;
        return options.load(context);
    }

    private static String format(String f, boolean svg) {
        if (f.equals("text") || f.equals("json") || f.equals("tsv") || f.equals("md") || (svg && f.equals("svg"))) {
            return f;
        }
        throw new Main.UsageError("parley: --format must be text, json, tsv, md" + (svg ? " or svg" : "") + " (was " + f + ")");
    }

    @Command(name = "events", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = {"Events: the reports of one meeting across outlets, grouped. With an event id, what each",
                    "outlet reported of it: kind, date, place, the participants it names and the quotes it carried."},
            footer = {"", "Exit codes: 0 something listed, 1 nothing matched, 2 usage or model error."})
    static final class Events implements Callable<Integer> {
        @CommandLine.Mixin
        Main.CommonOptions common;

        @Parameters(paramLabel = "EVENT", arity = "0..1", description = "an event id (e-3) to show")
        String id;

        @Option(names = {"-m", "--model"}, paramLabel = "FILE", description = "model to read (default: ${DEFAULT-VALUE})")
        Path model = Main.DEFAULT_MODEL;

        @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json, tsv or md")
        String format = "text";

        @Option(names = "--person", paramLabel = "NAME", description = "only events this person took part in")
        String person;

        @Option(names = "--min-reports", paramLabel = "N", description = "only events with at least N reports")
        int minReports = 1;

        private final Main.Context context;

        Events(Main.Context context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            String f = format(format, false);
            Answers answers = load(context, model);
            EventOutput out = new EventOutput(answers.index());
            List<Event> events = answers.index().corpus().events();
            if (id != null) {
                Event e = events.stream().filter(x -> x.id().equals(id.strip())).findFirst()
                        .orElseThrow(() -> new Main.UsageError("parley events: no event '" + id + "'"));
                context.out().print(out.event(e, f));
                return 0;
            }
            if (person != null) {
                var r = answers.resolver().resolve(dev.parley.command.Kind.PERSON, person);
                if (!r.found()) {
                    throw new Main.UsageError("parley events: " + r.problem());
                }
                String pid = r.target().id();
                events = events.stream().filter(e -> e.participants().contains(pid)).toList();
            }
            events = events.stream().filter(e -> e.reports().size() >= minReports).toList();
            context.out().print(out.list(events, f));
            context.out().flush();
            return events.isEmpty() ? 1 : 0;
        }
    }

    @Command(name = "timeline", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = {"The relationship of two sides over time: a person or a country each. Events per year or",
                    "month as a chart, the events in order, topics per period and who met whom most often.",
                    "--format svg writes the chart as an SVG image (to --output, or to standard output)."},
            footer = {"", "Exit codes: 0 events found, 1 none, 2 usage or model error."})
    static final class Timeline implements Callable<Integer> {
        @CommandLine.Mixin
        Main.CommonOptions common;

        @Option(names = "--between", arity = "2", paramLabel = "SIDE", required = true,
                description = "two sides: person names (aliases, surnames) or countries")
        List<String> between;

        @Option(names = {"-m", "--model"}, paramLabel = "FILE", description = "model to read (default: ${DEFAULT-VALUE})")
        Path model = Main.DEFAULT_MODEL;

        @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json, tsv, md or svg")
        String format = "text";

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "with --format svg: write the chart here")
        Path output;

        private final Main.Context context;

        Timeline(Main.Context context) {
            this.context = context;
        }

        @Override
        public Integer call() throws Exception {
            String f = format(format, true);
            Answers answers = load(context, model);
            Relationship r;
            try {
                r = Relationship.between(answers.resolver(), between.get(0), between.get(1));
            } catch (CommandException e) {
                throw new Main.UsageError("parley timeline: " + e.getMessage());
            }
            if (f.equals("svg")) {
                String svg = TimelineSvg.render(r);
                if (output != null) {
                    Files.writeString(context.resolve(output), svg, StandardCharsets.UTF_8);
                } else {
                    context.out().print(svg);
                }
            } else {
                context.out().print(new EventOutput(answers.index()).relationship(r, f,
                        dev.parley.command.Chart.unicode(context.env())));
            }
            context.out().flush();
            return r.events().isEmpty() ? 1 : 0;
        }
    }
}
