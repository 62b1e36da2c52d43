package dev.parley.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.parley.index.CorpusIndex;
import dev.parley.model.Corpus;
import dev.parley.search.SearchIndex;
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
     * @param searchModel    the model file whose search index (beside it, built when missing or stale) the explorer
     *                       searches; null builds one in memory. Only the file the corpus was read from belongs here.
     */
    public record Options(boolean noColor, String modelPath, boolean firstFrameExit, Path searchModel) {
        /** Without a model file for search: its index is built in memory on the first search. */
        public Options(boolean noColor, String modelPath, boolean firstFrameExit) {
            this(noColor, modelPath, firstFrameExit, null);
        }

        /** NO_COLOR set to anything non-empty turns colour off (https://no-color.org). */
        public static Options fromEnvironment(String modelPath, boolean firstFrameExit) {
            String noColor = System.getenv("NO_COLOR");
            return new Options(noColor != null && !noColor.isEmpty(), modelPath, firstFrameExit,
                    modelPath == null ? null : Path.of(modelPath));
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
            int code = new Loop(tty.screen(), session(corpus, options)).run(options.firstFrameExit());
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

    /**
     * Goes through the explorer's start and a walk over every pane on an off-screen terminal, then returns. The
     * launcher runs this once per jar with {@code -XX:ArchiveClassesAtExit}, so that the classes (and lambdas)
     * loaded here come from a class-data archive at every later start instead of being loaded and linked again.
     * It needs no terminal, so it also works where the jar is built (no tty under a build tool).
     */
    public static int rehearse(Loader loader, Options options) throws Exception {
        Corpus corpus = loader.load();
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(100, 30));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        Session session = session(corpus, options);
        new Loop(screen, session).run(true);
        String walk = "jjG\tgj\n\t\n\bhh2j\n\b3\n\b4j\n\b5\n\b1/a\u001b?\u001bq";
        for (char c : walk.toCharArray()) {
            KeyStroke key = switch (c) {
                case '\n' -> new KeyStroke(KeyType.Enter);
                case '\t' -> new KeyStroke(KeyType.Tab);
                case '\b' -> new KeyStroke(KeyType.Backspace);
                case '\u001b' -> new KeyStroke(KeyType.Escape);
                default -> new KeyStroke(c, false, false);
            };
            if (session.key(key).isPresent()) {
                break;
            }
            session.draw(screen.newTextGraphics());
            screen.refresh();
        }
        screen.stopScreen();
        // the real terminal's classes, loaded without opening anything, so that they are archived too
        ClassLoader loader2 = Explorer.class.getClassLoader();
        for (String name : new String[] {"com.googlecode.lanterna.terminal.ansi.UnixTerminal",
                "com.googlecode.lanterna.terminal.ansi.UnixLikeTTYTerminal",
                "com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal", "dev.parley.tui.term.Tty",
                "dev.parley.tui.CrashLog"}) {
            Class.forName(name, false, loader2);
        }
        return EXIT_OK;
    }

    /** The explorer without a terminal: what the loop runs. Tests drive it on a virtual terminal. */
    static Session session(Corpus corpus, Options options) {
        CorpusIndex index = new CorpusIndex(corpus);
        Path searchModel = options.searchModel();
        Content content = searchModel == null ? new Content(index)
                : new Content(index, () -> SearchIndex.open(searchModel, corpus));
        Theme theme = options.noColor() ? Theme.mono() : Theme.colour();
        String name = options.modelPath() == null ? "" : Path.of(options.modelPath()).getFileName().toString();
        return new Session(content, Keymap.DEFAULT, theme, name);
    }
}
