package dev.parley.cli;

import dev.parley.command.Answers;
import dev.parley.command.CommandCompleter;
import dev.parley.command.CommandHistory;
import dev.parley.command.Commands;
import dev.parley.command.Dispatcher;
import dev.parley.command.Format;
import dev.parley.command.LineSplitter;
import dev.parley.command.Outcome;
import dev.parley.command.ResolvedMatcher;
import dev.parley.command.SearchHandler;
import dev.parley.command.Target;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code parley shell}: the explorer's commands one line at a time, in plain text, for dumb terminals, screen
 * readers and pipes. On a terminal it reads with JLine (completion, the shared command history); from a pipe it
 * reads plain lines and prints no prompt, so its output is only the answers. Ctrl-D (end of input) leaves.
 */
@Command(name = "shell", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Line-mode shell with the explorer's commands (person, doc, topic, meeting, quote, back…)",
                "and the list commands (people --topic NAME, show person NAME). Plain text; Ctrl-D leaves."})
final class ShellCommand implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Mixin
    Main.CommonOptions common;

    @CommandLine.Mixin
    ModelOptions model;

    private final Main.Context context;

    ShellCommand(Main.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        Answers answers = model.load(context);
        Session session = new Session(context, answers, context.resolve(model.model));
        if (System.console() == null) {
            // not a terminal on both ends: read lines as they come, print only answers
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null) {
                if (session.run(line)) {
                    break;
                }
            }
            return 0;
        }
        return interactive(session, answers);
    }

    private int interactive(Session session, Answers answers) throws IOException {
        // the history file is written by CommandHistory (atomically, as the explorer does), not by JLine, whose
        // incremental appends can leave half a line on a full disk and whose failures are logged as stack traces
        CommandHistory saved = CommandHistory.load(CommandHistory.location(context.env(), System.getProperty("user.home")));
        try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("parley")
                    .parser(new LineSplitter())
                    .completer(new CommandCompleter(answers.resolver()))
                    .variable(LineReader.HISTORY_SIZE, CommandHistory.LIMIT)
                    .variable(LineReader.HISTORY_FILE_SIZE, CommandHistory.LIMIT)
                    .option(LineReader.Option.HISTORY_TIMESTAMPED, false)
                    .option(LineReader.Option.AUTO_GROUP, true)
                    .option(LineReader.Option.GROUP, true)
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .build();
            for (String earlier : saved.lines()) {
                reader.getHistory().add(earlier);
            }
            if (reader instanceof LineReaderImpl) {
                ((LineReaderImpl) reader).setCompletionMatcher(new ResolvedMatcher());
            }
            context.err().println("parley shell: " + answers.index().corpus().documents().size()
                    + " documents · help lists the commands · Tab completes · Ctrl-D leaves");
            while (true) {
                String line;
                try {
                    line = reader.readLine("parley> ");
                } catch (UserInterruptException e) {
                    continue; // Ctrl-C drops the line, as in a shell
                } catch (EndOfFileException e) {
                    break;
                }
                saved.add(line);
                String problem = saved.unreportedProblem();
                if (problem != null) {
                    context.err().println("parley shell: " + problem);
                }
                if (session.run(line)) {
                    break;
                }
            }
        }
        return 0;
    }

    /** What the shell keeps between lines: the things shown (for back and forward). */
    static final class Session {
        private final Main.Context context;
        private final Answers answers;
        private final Dispatcher dispatcher;
        private final List<Target> shown = new ArrayList<>();
        private int at = -1;

        /** The model file whose search index {@code search} uses, or null to index the corpus in memory. */
        private final Path modelFile;
        private dev.parley.search.SearchIndex searchIndex;

        Session(Main.Context context, Answers answers) {
            this(context, answers, null);
        }

        Session(Main.Context context, Answers answers, Path modelFile) {
            this.context = context;
            this.answers = answers;
            this.modelFile = modelFile;
            SearchHandler search = text -> new Outcome.Search(text.strip());
            this.dispatcher = new Dispatcher(answers.resolver(), search);
        }

        /** {@code search TEXT}: the best ten hits as `parley search` prints them. */
        private void search(String query) {
            try {
                if (searchIndex == null) {
                    searchIndex = modelFile == null ? dev.parley.search.SearchIndex.inMemory(answers.index().corpus())
                            : dev.parley.search.SearchIndex.open(modelFile, answers.index().corpus(), context.env());
                }
                List<dev.parley.search.Hit> hits = searchIndex.search(query, 10);
                if (hits.isEmpty()) {
                    context.err().println("nothing found for " + query);
                    return;
                }
                SearchOutput.hits(context.out(), SearchOutput.Format.text, query, hits, searchIndex.count(query), false);
            } catch (dev.parley.search.QueryException e) {
                context.err().println(e.getMessage());
            } catch (IOException e) {
                context.err().println("search index: " + Main.firstLine(String.valueOf(e.getMessage())));
            }
        }

        /** Runs one line; true when it asks to leave. */
        boolean run(String raw) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                return false;
            }
            String first = line.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
            if (first.equals("show") || Queries.LISTS.stream().anyMatch(l -> l[0].equals(first))) {
                query(line);
                return false;
            }
            Outcome o = dispatcher.run(line);
            if (o instanceof Outcome.Open) {
                Target t = ((Outcome.Open) o).target();
                while (shown.size() > at + 1) {
                    shown.remove(shown.size() - 1);
                }
                shown.add(t);
                at = shown.size() - 1;
                Queries.print(answers.show(t, Format.TEXT), context);
            } else if (o instanceof Outcome.Back || o instanceof Outcome.Forward) {
                int to = at + (o instanceof Outcome.Back ? -1 : 1);
                if (to < 0 || to >= shown.size()) {
                    context.err().println(o instanceof Outcome.Back ? "nothing to go back to" : "nothing ahead");
                } else {
                    at = to;
                    Queries.print(answers.show(shown.get(at), Format.TEXT), context);
                }
            } else if (o instanceof Outcome.Help) {
                context.out().print(help());
            } else if (o instanceof Outcome.Quit) {
                return true;
            } else if (o instanceof Outcome.Problem) {
                context.err().println(((Outcome.Problem) o).message());
            } else if (o instanceof Outcome.Between) {
                Outcome.Between b = (Outcome.Between) o;
                try {
                    var r = dev.parley.command.Relationship.between(dispatcher.resolver(), b.a(), b.b());
                    context.out().print(new EventOutput(dispatcher.resolver().index()).relationship(r, "text",
                            dev.parley.command.Chart.unicode(context.env())));
                } catch (dev.parley.command.CommandException e) {
                    context.err().println(e.getMessage());
                }
            } else if (o instanceof Outcome.Message) {
                context.err().println(((Outcome.Message) o).message());
            } else if (o instanceof Outcome.Search) {
                search(((Outcome.Search) o).query());
            }
            context.out().flush();
            return false;
        }

        /** The list commands and show, run by the same picocli commands as on the command line. */
        private void query(String line) {
            CommandLine cli = new CommandLine(new Root());
            Queries.addTo(cli, context, options -> answers);
            PrintStream err = context.err();
            cli.setOut(new java.io.PrintWriter(context.out(), true, StandardCharsets.UTF_8));
            cli.setErr(new java.io.PrintWriter(err, true, StandardCharsets.UTF_8));
            cli.setParameterExceptionHandler((e, ignored) -> {
                err.println(Main.firstLine(e.getMessage()));
                return 2;
            });
            cli.setExecutionExceptionHandler((e, c, p) -> Main.failed(e, context));
            cli.execute(words(line));
        }

        static String help() {
            StringBuilder b = new StringBuilder("Commands (a prefix is enough; names need no quotes):\n");
            for (dev.parley.command.Command c : Commands.ALL) {
                b.append(String.format("  %-16s %s%n", c.usage(), c.description()));
            }
            b.append("Lists and views, as on the command line (same options, same answers):\n");
            b.append("  people|docs|topics|meetings|quotes [--person NAME] [--topic NAME] [--doc DOC] [--since DATE]\n");
            b.append("                   [--until DATE] [--limit N] [--format text|json|tsv|md]\n");
            b.append("  show KIND NAME [--format F]   one thing, as person/doc/topic/meeting/quote show it\n");
            return b.toString();
        }

        /** Splits at white space; double or single quotes keep words together. */
        static String[] words(String line) {
            List<String> out = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            char quote = 0;
            boolean any = false;
            for (char ch : line.toCharArray()) {
                if (quote != 0) {
                    if (ch == quote) {
                        quote = 0;
                    } else {
                        cur.append(ch);
                    }
                } else if (ch == '"' || ch == '\'') {
                    quote = ch;
                    any = true;
                } else if (Character.isWhitespace(ch)) {
                    if (any || cur.length() > 0) {
                        out.add(cur.toString());
                        cur.setLength(0);
                        any = false;
                    }
                } else {
                    cur.append(ch);
                }
            }
            if (any || cur.length() > 0) {
                out.add(cur.toString());
            }
            return out.toArray(new String[0]);
        }
    }

    @Command(name = "")
    static final class Root implements Runnable {
        @Override
        public void run() {
        }
    }
}
