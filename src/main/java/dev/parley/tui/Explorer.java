package dev.parley.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.parley.clip.Clipboard;
import dev.parley.command.CommandHistory;
import dev.parley.index.CorpusIndex;
import dev.parley.model.Corpus;
import dev.parley.search.SearchIndex;
import dev.parley.tui.term.Loop;
import dev.parley.tui.term.Tty;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

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

    /** Exit codes: 0 quit, 1 an unexpected error (logged) or nothing to pick, 2 no terminal, 130 a pick interrupted. */
    public static final int EXIT_OK = 0;
    public static final int EXIT_ERROR = 1;
    public static final int EXIT_NO_TERMINAL = 2;

    /** How often the model file is looked at for a rebuild. */
    private static final java.time.Duration WATCH_EVERY = java.time.Duration.ofSeconds(1);

    private Explorer() {
    }

    /**
     * Copies run here, one after another, off the loop's thread, on a daemon so that a hung copy cannot keep
     * Java up. The thread starts on the first copy.
     */
    private static final class Background {
        static final java.util.concurrent.Executor COPIES = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "parley-copy");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Opens the model and indexes it; its exceptions (missing, corrupt, newer schema) reach the caller unchanged.
     * An index rather than a corpus, so that a store can hand over what it has precomputed.
     */
    @FunctionalInterface
    public interface Loader {
        CorpusIndex load() throws Exception;
    }

    public static int run(Corpus corpus, Options options) {
        try {
            return run(() -> new CorpusIndex(corpus), options, null, System.out, System.err);
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
        return run(loader, options, null, System.out, System.err);
    }

    /**
     * The explorer, or with a {@code pick} request `parley pick`. What p queued, or what was picked, is printed
     * on {@code out} after the terminal is given back, and nothing else is ever written there.
     * Exit codes as for the explorer, and for a pick: 0 picked, 1 cancelled or nothing to pick (one line on
     * {@code err}), 130 Ctrl-C.
     */
    public static int run(Loader loader, Options options, Pick.Request pick, PrintStream out, PrintStream err)
            throws Exception {
        return run(loader, loader, options, pick, out, err);
    }

    /**
     * With {@code reloader} for R (the model read again after a rebuild): it runs while the screen is in use, so
     * it must not write on stderr, which is the same terminal; the status line says how it went.
     */
    public static int run(Loader loader, Loader reloader, Options options, Pick.Request pick, PrintStream out,
                          PrintStream err) throws Exception {
        java.util.concurrent.FutureTask<Tty> opening = new java.util.concurrent.FutureTask<>(Tty::open);
        Thread opener = new Thread(opening, "parley-tty");
        opener.setDaemon(true);
        opener.start();
        CorpusIndex index;
        Map<Pane, Set<String>> only = Map.of();
        // before reading: a rebuild that ends while the model is read is then seen as a newer model
        Path watched = options.searchModel();
        ModelWatcher.Stamp shown = watched == null ? null : ModelWatcher.Stamp.of(watched);
        try {
            index = loader.load();
            if (pick != null) {
                only = Pick.restrict(index, pick);
            }
        } catch (Pick.NothingToPick e) {
            giveBack(opening);
            err.println("parley pick: " + e.getMessage());
            return EXIT_ERROR;
        } catch (Exception | Error e) {
            giveBack(opening);
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
        State initial = pick == null ? State.initial(80, 24)
                : State.picking(80, 24, pick.kind().pane, pick.query());
        Clipboard[] clipboard = new Clipboard[1];
        Loop[] running = new Loop[1];
        Session.Copier copier = text -> {
            if (clipboard[0] == null) {
                // on first use: startup does not pay for it. OSC 52 goes to the terminal between frames.
                Clipboard.Terminal devTty = Clipboard.tty();
                clipboard[0] = Clipboard.fromEnvironment(bytes -> running[0].betweenFrames(() -> devTty.write(bytes)));
            }
            return clipboard[0].copy(text).message();
        };
        CommandHistory history = CommandHistory.load(CommandHistory.location(System.getenv(), System.getProperty("user.home")));
        Session session = session(index, options, only, initial, copier, history);
        session.reloadFrom(reloader::load);
        Thread restoreOnSignal = new Thread(tty::restore, "parley-restore");
        Runtime.getRuntime().addShutdownHook(restoreOnSignal);
        ModelWatcher watcher = null;
        try {
            tty.start();
            Loop loop = new Loop(tty.screen(), session);
            running[0] = loop;
            session.offLoop(work -> Background.COPIES.execute(work), loop::post);
            if (!options.firstFrameExit()) {
                prepareAfterFirstFrame(session.content(), loop);
                if (watched != null) {
                    watcher = ModelWatcher.start(watched, shown, WATCH_EVERY, () -> loop.post(session::modelChanged));
                }
            }
            int code = loop.run(options.firstFrameExit());
            tty.restore();
            // only now, with the terminal given back: stdout may be that same terminal
            out.print(Pick.print(index, session.state().output(), pick == null ? Pick.Format.TEXT : pick.format()));
            out.flush();
            String historyProblem = history.unreportedProblem();
            if (historyProblem != null) {
                err.println("parley: " + historyProblem);
            }
            return code;
        } catch (Throwable t) {
            tty.restore();
            Path log = CrashLog.write(t, System.getenv(), System.getProperty("user.home"));
            err.println("parley: the explorer stopped on an error: " + t
                    + (log == null ? "" : "; details in " + log));
            return EXIT_ERROR;
        } finally {
            if (watcher != null) {
                watcher.close();
            }
            tty.restore();
            try {
                Runtime.getRuntime().removeShutdownHook(restoreOnSignal);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run: fine
            }
        }
    }

    /**
     * Builds the other panes' rows on a background thread once the first frame is on screen (not before: on a
     * small machine that work would delay it). Best effort: whatever fails here is built, or fails, when shown.
     */
    private static void prepareAfterFirstFrame(Content content, Loop loop) {
        Thread t = new Thread(() -> {
            try {
                while (loop.frames() < 1) {
                    Thread.sleep(20);
                }
                content.prepare();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | OutOfMemoryError e) {
                // the pane builds its rows when first shown, and reports a problem there
            }
        }, "parley-rows");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static void giveBack(java.util.concurrent.FutureTask<Tty> opening) throws InterruptedException {
        try {
            opening.get().restore();
        } catch (java.util.concurrent.ExecutionException noTty) {
            // nothing was opened
        }
    }

    /**
     * Goes through the explorer's start and a walk over every pane on an off-screen terminal, then returns. The
     * launcher runs this once per jar with {@code -XX:ArchiveClassesAtExit}, so that the classes (and lambdas)
     * loaded here come from a class-data archive at every later start instead of being loaded and linked again.
     * It needs no terminal, so it also works where the jar is built (no tty under a build tool).
     */
    public static int rehearse(Loader loader, Options options) throws Exception {
        CorpusIndex index = loader.load();
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(100, 30));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        Session session = session(index, options, Map.of(), State.initial(80, 24), text -> "not copied: no clipboard");
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
        Tty.rehearse();
        // what the start and the exit load around the terminal: the opener's future, the watcher, the output
        ClassLoader loader2 = Explorer.class.getClassLoader();
        for (String name : new String[] {"dev.parley.tui.CrashLog", "dev.parley.tui.ModelWatcher$Stamp",
                "dev.parley.tui.Pick", "dev.parley.tui.Pick$Format", "dev.parley.clip.Clipboard",
                "dev.parley.io.UserDirs", "dev.parley.tui.Session$Reloader", "com.google.gson.JsonArray",
                "com.google.gson.JsonObject"}) {
            try {
                Class.forName(name, true, loader2);
            } catch (ClassNotFoundException | LinkageError ignored) {
                // fewer classes archived, nothing worse
            }
        }
        ModelWatcher.Stamp.of(java.nio.file.Path.of(options.modelPath() == null ? "." : options.modelPath()));
        return EXIT_OK;
    }

    /** The explorer without a terminal: what the loop runs. Tests drive it on a virtual terminal. */
    static Session session(Corpus corpus, Options options) {
        return session(new CorpusIndex(corpus), options, Map.of(), State.initial(80, 24), text -> "not copied: no clipboard");
    }

    static Session session(CorpusIndex index, Options options, Map<Pane, Set<String>> only, State initial,
                           Session.Copier copier) {
        return session(index, options, only, initial, copier, CommandHistory.inMemory());
    }

    /** With a command history for the ':' bar (the user's, kept in a file; tests keep theirs in memory). */
    static Session session(CorpusIndex index, Options options, Map<Pane, Set<String>> only, State initial,
                           Session.Copier copier, CommandHistory history) {
        Path model = options.searchModel();
        Session.Curator curator = model == null ? Session.Curator.NONE : FileCurator.of(model);
        return session(index, options, only, initial, copier, history, curator);
    }

    /** With the corrections (m e x u) going to {@code curator}. */
    static Session session(CorpusIndex index, Options options, Map<Pane, Set<String>> only, State initial,
                           Session.Copier copier, CommandHistory history, Session.Curator curator) {
        Path searchModel = options.searchModel();
        // after a correction, the same views over the corrected model (and its search index, stamped with the
        // corrections, so a stale one is rebuilt)
        Session.Views views = corrected -> new Session.Shown(
                new Content(corrected, only, searchModel == null ? progress -> SearchIndex.inMemory(corrected.corpus(), progress)
                        : progress -> SearchIndex.open(searchModel, corrected.corpus(), System.getenv(), progress)),
                // ':search TEXT' opens the same results page as s (the index is opened on the first search)
                CommandBar.over(corrected, text -> new dev.parley.command.Outcome.Search(text.strip())));
        Theme theme = options.noColor() ? Theme.mono() : Theme.colour();
        String name = options.modelPath() == null ? "" : Path.of(options.modelPath()).getFileName().toString();
        return new Session(views.of(index), Keymap.DEFAULT, theme, name, copier, initial, history, views, curator);
    }
}
