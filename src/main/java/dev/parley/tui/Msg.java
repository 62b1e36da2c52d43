package dev.parley.tui;

/** What update reacts to. Everything that happens to the explorer arrives as one of these. */
sealed interface Msg permits Msg.KeyPressed, Msg.Resized, Msg.Copied, Msg.Curated, Msg.ModelChanged,
        Msg.Reloaded {
    record KeyPressed(Key key) implements Msg {
    }

    record Resized(int cols, int rows) implements Msg {
    }

    /** The result of an {@link Effect.Copy}, for the status line ("copied 87 characters (tmux)"). */
    record Copied(String message) implements Msg {
    }

    /** The result of an {@link Effect.Curate}: what was done, or why not, for the status line. */
    record Curated(String message) implements Msg {
    }

    /** The model file on disk is not the one shown any more (a rebuild): posted by the {@link ModelWatcher}. */
    record ModelChanged() implements Msg {
    }

    /** The result of an {@link Effect.Reload}: what is shown now, or why the old model still is. */
    record Reloaded(String message) implements Msg {
    }
}
