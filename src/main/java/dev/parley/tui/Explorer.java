package dev.parley.tui;

import dev.parley.command.CommandCompleter;
import dev.parley.command.CommandHistory;
import dev.parley.command.Dispatcher;
import dev.parley.command.Resolver;
import dev.parley.command.SearchHandler;
import dev.parley.index.CorpusIndex;
import dev.parley.model.Corpus;
import dev.parley.tui.term.Loop;
import dev.parley.tui.term.Tty;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The full-screen explorer. {@code parley} (no subcommand) loads the model and calls {@link #run}.
 * It draws on /dev/tty, never on stdout, and gives the terminal back as it found it on every way out.
 */
public final class Explorer {
    /**
     * @param noColor        monochrome: attributes only, the selection in reverse video (NO_COLOR)
     * @param modelPath      the model file, shown in the title bar
     * @param firstFrameExit quit right after the first full frame (startup benchmark)
     */
    public record Options(boolean noColor, String modelPath, boolean firstFrameExit) {
        /** NO_COLOR set to anything non-empty turns colour off (https://no-color.org). */
        public static Options fromEnvironment(String modelPath, boolean firstFrameExit) {
            String noColor = System.getenv("NO_COLOR");
            return new Options(noColor != null && !noColor.isEmpty(), modelPath, firstFrameExit);
        }
    }

    /** Exit codes: 0 quit, 1 an unexpected error (logged), 2 no terminal. */
    public static final int EXIT_OK = 0;
    public static final int EXIT_ERROR = 1;
    public static final int EXIT_NO_TERMINAL = 2;

    private Explorer() {
    }

    /** Reads the model; its exceptions (missing, corrupt, newer schema) reach the caller unchanged. */
    @FunctionalInterface
    public interface Loader {
        Corpus load() throws Exception;
    }

    public static int run(Corpus corpus, Options options) {
        try {
            return run(() -> corpus, options, System.err);
        } catch (Exception e) {
            throw new IllegalStateException(e); // cannot happen: nothing to load
        }
    }

    /**
     * Opens the terminal (Lanterna forks stty a few times) while the model is read on this thread, which saves
     * that time at startup. When loading fails the terminal is given back untouched and the exception is
     * rethrown, so the caller reports a bad model the same way as without the explorer.
     */
    public static int run(Loader loader, Options options) throws Exception {
        return run(loader, options, System.err);
    }

    static int run(Loader loader, Options options, PrintStream err) throws Exception {
        java.util.concurrent.FutureTask<Tty> opening = new java.util.concurrent.FutureTask<>(Tty::open);
        Thread opener = new Thread(opening, "parley-tty");
        opener.setDaemon(true);
        opener.start();
        Corpus corpus;
        try {
            corpus = loader.load();
        } catch (Exception | Error e) {
            try {
                opening.get().restore();
            } catch (java.util.concurrent.ExecutionException noTty) {
                // nothing was opened
            }
            throw e;
        }
        Tty tty;
        try {
            tty = opening.get();
        } catch (java.util.concurrent.ExecutionException e) {
            err.println("parley: no terminal to draw on (/dev/tty: " + e.getCause().getMessage()
                    + "); run it in a terminal (`ssh -t` for a remote one), or use the commands in `parley --help`");
            return EXIT_NO_TERMINAL;
        }
        Thread restoreOnSignal = new Thread(tty::restore, "parley-restore");
        Runtime.getRuntime().addShutdownHook(restoreOnSignal);
        try {
            tty.start();
            CommandHistory history = CommandHistory.load(CommandHistory.location(System.getenv(), System.getProperty("user.home")));
            int code = new Loop(tty.screen(), session(corpus, options, history)).run(options.firstFrameExit());
            tty.restore();
            return code;
        } catch (Throwable t) {
            tty.restore();
            Path log = CrashLog.write(t, System.getenv(), System.getProperty("user.home"));
            err.println("parley: the explorer stopped on an error: " + t
                    + (log == null ? "" : "; details in " + log));
            return EXIT_ERROR;
        } finally {
            tty.restore();
            try {
                Runtime.getRuntime().removeShutdownHook(restoreOnSignal);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run: fine
            }
        }
    }

    /** The explorer without a terminal: what the loop runs. Tests drive it on a virtual terminal. */
    static Session session(Corpus corpus, Options options) {
        return session(corpus, options, CommandHistory.inMemory());
    }

    /** With a command history (the user's, kept in a file; tests pass their own). */
    static Session session(Corpus corpus, Options options, CommandHistory history) {
        CorpusIndex index = new CorpusIndex(corpus);
        Content content = new Content(index);
        Theme theme = options.noColor() ? Theme.mono() : Theme.colour();
        String name = options.modelPath() == null ? "" : Path.of(options.modelPath()).getFileName().toString();
        Resolver resolver = new Resolver(index);
        // search is wired in where a full-text engine exists; until then the command says it is not available
        CommandBar bar = new CommandBar(new CommandCompleter(resolver), new Dispatcher(resolver, SearchHandler.UNAVAILABLE));
        return new Session(content, Keymap.DEFAULT, theme, name, bar, history);
    }
}
