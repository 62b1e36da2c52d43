package dev.parley.tui;

/** What update reacts to. Everything that happens to the explorer arrives as one of these. */
sealed interface Msg permits Msg.KeyPressed, Msg.Resized, Msg.Copied, Msg.Curated {
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
}
