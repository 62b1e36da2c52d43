package dev.parley.tui.term;

import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;

import java.util.OptionalInt;

/** What the loop runs: it reacts to keys and sizes, and draws. Keeps the loop free of the explorer's logic. */
public interface Program {
    /** Handles a key; an exit code ends the loop. */
    OptionalInt key(KeyStroke key);

    void resized(int cols, int rows);

    void draw(TextGraphics g);
}
