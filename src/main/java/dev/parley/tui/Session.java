package dev.parley.tui;

import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import dev.parley.command.CommandHistory;
import dev.parley.tui.term.Program;

import java.util.OptionalInt;

/** Holds the current state between messages and runs update's effects; the only mutable part of the explorer. */
final class Session implements Program {
    /** Puts text on the clipboard and says what happened, in a line for the status bar. */
    @FunctionalInterface
    interface Copier {
        String copy(String text);
    }

    /**
     * Makes a correction and says what was done, with the corrected model to show (null when nothing changed).
     * Runs on the loop's thread, like the copier.
     */
    @FunctionalInterface
    interface Curator {
        Curated curate(Effect.Curate request, dev.parley.index.CorpusIndex current);

        Curator NONE = (request, current) -> new Curated("corrections need a model file (parley --model FILE)", null);

        /** The model was read again: corrections from now on start from the new one. */
        default void reloaded() {
        }
    }

    /** Reads the model file again (R, after a rebuild); runs on the loop's thread, like the curator. */
    @FunctionalInterface
    interface Reloader {
        dev.parley.index.CorpusIndex reload() throws Exception;
    }

    record Curated(String message, dev.parley.index.CorpusIndex index) {
    }

    /** What the explorer shows of a model: rebuilt from the corrected model after each correction. */
    @FunctionalInterface
    interface Views {
        Session.Shown of(dev.parley.index.CorpusIndex index);
    }

    record Shown(Content content, CommandBar bar) {
    }

    private final Keymap keymap;
    private final Theme theme;
    private final String modelName;
    private final Views views;
    private final Curator curator;
    private Reloader reloader;
    /** A newer model waits on disk: the status line says so whenever it has nothing else to say. */
    private boolean newerOnDisk;
    private Content content;
    private Update update;
    private Render render;
    private final Copier copier;
    private final CommandHistory commands;
    private State state;
    /** Where slow effects (a copy) run; until {@link #offLoop} they run on the loop's thread. */
    private java.util.concurrent.Executor background = Runnable::run;
    /** How the outcome of work done elsewhere gets back onto the loop's thread. */
    private java.util.concurrent.Executor toLoop = Runnable::run;
    private boolean offLoop;
    /** A copy is running in the background: another waits for it rather than racing it to the clipboard. */
    private boolean copying;

    Session(Content content, Keymap keymap, Theme theme, String modelName, Copier copier, State initial, CommandBar bar,
            CommandHistory commands) {
        this(new Shown(content, bar), keymap, theme, modelName, copier, initial, commands, null, Curator.NONE);
    }

    Session(Shown shown, Keymap keymap, Theme theme, String modelName, Copier copier, State initial,
            CommandHistory commands, Views views, Curator curator) {
        this.keymap = keymap;
        this.theme = theme;
        this.modelName = modelName;
        this.views = views;
        this.curator = views == null ? Curator.NONE : curator;
        show(shown);
        this.copier = copier;
        this.commands = commands;
        this.state = initial.withCommands(commands.lines());
    }

    /**
     * From now on a copy runs on {@code background} and its outcome comes back through {@code toLoop}, which must
     * run it on the loop's thread; filtering a long list goes on in the background too. A slow copy command
     * (PARLEY_COPY_COMMAND, a clipboard tool that hangs) then no longer freezes the screen.
     */
    void offLoop(java.util.concurrent.Executor background, java.util.concurrent.Executor toLoop) {
        this.background = background;
        this.toLoop = toLoop;
        this.offLoop = true;
        content.filterInBackground(() -> toLoop.execute(() -> { }), toLoop);
    }

    private void show(Shown shown) {
        this.content = shown.content();
        if (offLoop) {
            content.filterInBackground(() -> toLoop.execute(() -> { }), toLoop);
        }
        this.update = new Update(content, keymap, shown.bar());
        this.render = new Render(content, keymap, theme, modelName, shown.bar());
    }

    /** Lets R read the model again; without one R says there is nothing to reload. */
    void reloadFrom(Reloader r) {
        this.reloader = r;
    }

    /** The watcher saw a newer model file; called on the loop's thread (through {@code Loop.post}). */
    void modelChanged() {
        newerOnDisk = true;
        apply(new Msg.ModelChanged());
    }

    State state() {
        return state;
    }

    Content content() {
        return content;
    }

    @Override
    public OptionalInt key(KeyStroke key) {
        return apply(new Msg.KeyPressed(Key.of(key)));
    }

    @Override
    public void resized(int cols, int rows) {
        apply(new Msg.Resized(cols, rows));
    }

    @Override
    public void draw(TextGraphics g) {
        render.draw(state, g);
    }

    /**
     * Copies in the background (the copier writes OSC 52 between frames); the outcome comes back to the status
     * line as a {@link Msg.Copied}. One copy at a time: a second one while the first runs is refused, so that the
     * clipboard ends up with what the user saw copied last.
     */
    private void copy(String text) {
        if (copying) {
            apply(new Msg.Copied("still copying the last one · y again once it is done"));
            return;
        }
        copying = true;
        background.execute(() -> {
            String[] outcome = {"not copied: the copy stopped on an error"};
            try {
                outcome[0] = copier.copy(text);
            } catch (RuntimeException e) {
                outcome[0] = "not copied: " + (e.getMessage() == null ? e.toString() : e.getMessage());
            } finally {
                toLoop.execute(() -> {
                    copying = false;
                    apply(new Msg.Copied(outcome[0]));
                });
            }
        });
    }

    private OptionalInt apply(Msg msg) {
        OptionalInt exit = handle(msg);
        if (newerOnDisk && state.status().isEmpty()) {
            state = state.withStatus(Update.MODEL_CHANGED);
        }
        return exit;
    }

    private OptionalInt handle(Msg msg) {
        Next next = update.update(state, msg);
        state = next.state();
        for (Effect e : next.effects()) {
            if (e instanceof Effect.Quit) {
                return OptionalInt.of(((Effect.Quit) e).exitCode());
            }
            if (e instanceof Effect.Remember) {
                commands.add(((Effect.Remember) e).command());
            }
            if (e instanceof Effect.Curate) {
                Curated done = curator.curate((Effect.Curate) e, content.index());
                if (done.index() != null) {
                    show(views.of(done.index())); // the screen shows the corrected model at once
                }
                apply(new Msg.Curated(done.message()));
            }
            if (e instanceof Effect.Reload) {
                apply(new Msg.Reloaded(reload()));
            }
            if (e instanceof Effect.Copy) {
                copy(((Effect.Copy) e).text());
            }
        }
        return OptionalInt.empty();
    }

    /** Reads the model again and shows it in place of the old one; the old one stays when that fails. */
    private String reload() {
        if (reloader == null || views == null) {
            return "Nothing to reload: this model was not read from a file";
        }
        dev.parley.index.CorpusIndex index;
        try {
            index = reloader.reload();
        } catch (Exception | OutOfMemoryError e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            return "Not reloaded (still showing the model as it was): " + dev.parley.text.Sanitize.line(why);
        }
        Content before = content;
        show(views.of(index));
        curator.reloaded();
        newerOnDisk = false;
        state = Reselect.keep(state, before, content);
        return "Reloaded: " + index.corpus().documents().size() + " documents";
    }
}
