package dev.parley.tui;

/** What update reacts to. Everything that happens to the explorer arrives as one of these. */
sealed interface Msg permits Msg.KeyPressed, Msg.Resized {
    record KeyPressed(Key key) implements Msg {
    }

    record Resized(int cols, int rows) implements Msg {
    }
}
