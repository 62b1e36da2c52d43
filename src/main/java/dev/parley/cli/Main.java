package dev.parley.cli;

import dev.parley.io.ModelException;
import dev.parley.text.Sanitize;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;

/**
 * The {@code parley} command. Exit codes: 0 success, 1 failure (a message says why), 2 usage error.
 *
 * <p>Without a subcommand it opens the explorer on the model, building it first from {@code seeds} when there is
 * none yet, so that {@code ./parley} works on a fresh clone.
 */
@Command(name = "parley", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Explore a corpus of diplomatic news built by `parley build`.",
        footer = {"", "Run `parley build --help` to build the model from a folder of articles."},
        subcommands = {BuildCommand.class, SearchCommand.class, KwicCommand.class, PickCommand.class,
                ShellCommand.class, CurateCommand.class, ExportCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
    static final Path DEFAULT_MODEL = Explore.DEFAULT_MODEL;
    static final Path DEFAULT_INPUT = Explore.DEFAULT_INPUT;

    @CommandLine.Mixin
    CommonOptions common;

    @Option(names = {"-m", "--model"}, paramLabel = "FILE", description = "model to open (default: ${DEFAULT-VALUE})")
    Path model = DEFAULT_MODEL;

    @Option(names = "--first-frame-exit", hidden = true, description = "quit right after the first full frame (startup benchmark)")
    boolean firstFrameExit;

    private final Context context;

    Main(Context context) {
        this.context = context;
    }

    public static void main(String[] args) {
        int code = run(args, Path.of(""), System.out, System.err, System.getenv());
        System.out.flush();
        System.exit(code);
    }

    /**
     * Runs one command line. {@code cwd} is what relative paths are resolved against; the empty path keeps them
     * relative, as typed, which is also how they are shown in messages.
     */
    static int run(String[] args, Path cwd, PrintStream out, PrintStream err, Map<String, String> env) {
        boolean debug = Arrays.asList(args).contains("--debug") || "1".equals(env.get("PARLEY_DEBUG"));
        Context context = new Context(cwd, out, err, env, debug);
        CommandLine cli = new CommandLine(new Main(context), new Factory(context));
        Queries.addTo(cli, context, options -> options.load(context));
        cli.addSubcommand(new CommandLine(new EventsCommand.Events(context)));
        cli.addSubcommand(new CommandLine(new EventsCommand.Timeline(context)));
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setParameterExceptionHandler((e, ignored) -> {
            String command = e.getCommandLine().getCommandSpec().qualifiedName();
            err.println(command + ": " + firstLine(e.getMessage()) + " (see `" + command + " --help`)");
            return 2;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failed(e, context));
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("parley: out of memory; give Java more, e.g. PARLEY_JAVA_OPTS=-Xmx4g");
            return 1;
        }
    }

    static int failed(Exception e, Context context) {
        PrintStream err = context.err();
        // messages may quote a file's name or contents: Sanitize.line keeps escape sequences off the terminal
        if (e instanceof UsageError) {
            err.println(Sanitize.line(e.getMessage()));
            return 2;
        }
        if (e instanceof ModelException || e instanceof Failure) {
            err.println(Sanitize.line("parley: " + e.getMessage()));
        } else if (e instanceof IOException) {
            err.println(Sanitize.line("parley: " + firstLine(e.getMessage() == null ? e.toString() : e.getMessage())));
        } else {
            err.println(Sanitize.line("parley: internal error: " + firstLine(e.toString())
                    + (context.debug() ? "" : " (run with --debug for details)")));
        }
        if (context.debug()) {
            e.printStackTrace(err);
        }
        return 1;
    }

    /** The one line for a model file that is not there, with how to make one. */
    static String noModel(String command, Path file) {
        return command + ": no model at " + file + "; build one with `parley build DIR -o " + file + "`";
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    @Override
    public Integer call() throws Exception {
        return Explore.open(context, model, firstFrameExit);
    }

    /** What every command needs from the outside world, passed in so that tests can run commands in-process. */
    record Context(Path cwd, PrintStream out, PrintStream err, Map<String, String> env, boolean debug) {
        Path resolve(Path p) {
            return cwd.resolve(p);
        }
    }

    /** A usage problem found after parsing (e.g. an input folder that does not exist): exit code 2. */
    static final class UsageError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message);
        }
    }

    /** An expected failure with a message for the user: exit code 1, no stack trace. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message);
        }
    }

    /** Options every command accepts. */
    static final class CommonOptions {
        @Option(names = "--debug", description = "print stack traces of unexpected errors (also PARLEY_DEBUG=1)")
        boolean debug;
    }

    /** Commands are created with the context instead of reaching for System.out and the process directory. */
    private static final class Factory implements CommandLine.IFactory {
        private final Context context;

        Factory(Context context) {
            this.context = context;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == BuildCommand.class) {
                return type.cast(new BuildCommand(context));
            }
            if (type == SearchCommand.class) {
                return type.cast(new SearchCommand(context));
            }
            if (type == KwicCommand.class) {
                return type.cast(new KwicCommand(context));
            }
            if (type == PickCommand.class) {
                return type.cast(new PickCommand(context));
            }
            if (type == ShellCommand.class) {
                return type.cast(new ShellCommand(context));
            }
            if (type == CurateCommand.class) {
                return type.cast(new CurateCommand(context));
            }
            if (type == ExportCommand.class) {
                return type.cast(new ExportCommand(context));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }

    /** This program's version, as the model's generator names it ("parley 0.1.0-SNAPSHOT"). */
    public static String version() {
        try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "");
                if (!v.isEmpty() && !v.startsWith("${")) {
                    return v;
                }
            }
        } catch (IOException ignored) {
            // fall through to the placeholder
        }
        return "dev";
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"parley " + version()};
        }
    }
}
