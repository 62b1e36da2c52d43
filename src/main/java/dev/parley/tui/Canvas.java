package dev.parley.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.graphics.TextGraphics;

import java.util.Arrays;

/**
 * Writes cells through a TextGraphics, clipped to a width, with a style; wide characters take two cells and are
 * never cut in half. Every string drawn goes through {@link Cells#safe}, so no control character reaches the
 * terminal (Lanterna would throw, and a terminal would obey it).
 */
final class Canvas {
    private final TextGraphics g;
    private final Theme theme;
    private final int cols;
    private final int rows;

    Canvas(TextGraphics g, Theme theme, int cols, int rows) {
        this.g = g;
        this.theme = theme;
        this.cols = cols;
        this.rows = rows;
    }

    int cols() {
        return cols;
    }

    /** Draws text from column {@code col}, using at most {@code max} cells; returns the column after it. */
    int text(int col, int row, String text, int max, Style style) {
        return text(col, row, text, max, theme.look(style), false);
    }

    /** Same, with reverse video added (the selection). */
    int text(int col, int row, String text, int max, Style style, boolean reverse) {
        return text(col, row, text, max, theme.look(style), reverse);
    }

    private int text(int col, int row, String text, int max, Theme.Look look, boolean reverse) {
        if (row < 0 || row >= rows) {
            return col;
        }
        String s = Cells.safe(text);
        int end = Math.min(cols, col + Math.max(0, max));
        SGR[] sgr = reverse ? withReverse(look.sgr()) : look.sgr();
        int c = col;
        for (int i = 0; i < s.length() && c < end; i++) {
            char ch = s.charAt(i);
            int w = Cells.width(ch);
            if (c + w > end) {
                break;
            }
            g.setCharacter(c, row, TextCharacter.fromCharacter(ch, look.fg(), look.bg(), sgr)[0]);
            c += w;
        }
        return c;
    }

    /** Fills cells with spaces in a style (used to paint bars and selections to their full width). */
    void fill(int col, int row, int width, Style style, boolean reverse) {
        if (width > 0) {
            text(col, row, " ".repeat(width), width, style, reverse);
        }
    }

    private static SGR[] withReverse(SGR[] sgr) {
        if (Arrays.asList(sgr).contains(SGR.REVERSE)) {
            return sgr;
        }
        SGR[] out = Arrays.copyOf(sgr, sgr.length + 1);
        out[sgr.length] = SGR.REVERSE;
        return out;
    }
}
