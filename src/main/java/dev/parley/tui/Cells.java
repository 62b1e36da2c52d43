package dev.parley.tui;

import com.googlecode.lanterna.TerminalTextUtils;
import dev.parley.text.Sanitize;

/**
 * Text measured in terminal cells: CJK takes two, everything else one. Strings that reach here have been made
 * safe by {@link #safe}: sanitised (no control characters, NFC) and with characters outside the BMP, which
 * Lanterna cannot draw, replaced by U+FFFD.
 */
final class Cells {
    static final String ELLIPSIS = "…";

    private Cells() {
    }

    /** Corpus text made drawable: one line, no control or bidi characters, NFC, BMP only. */
    static String safe(String s) {
        if (s == null) {
            return "";
        }
        String clean = Sanitize.line(s);
        boolean bmp = true;
        for (int i = 0; i < clean.length() && bmp; i++) {
            bmp = !Character.isSurrogate(clean.charAt(i));
        }
        if (bmp) {
            return clean;
        }
        StringBuilder out = new StringBuilder(clean.length());
        clean.codePoints().forEach(cp -> out.append(cp > 0xFFFF || Character.isSurrogate((char) cp) ? '\uFFFD' : (char) cp));
        return out.toString();
    }

    static int width(char c) {
        return TerminalTextUtils.isCharDoubleWidth(c) ? 2 : 1;
    }

    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += width(s.charAt(i));
        }
        return w;
    }

    /** The longest prefix that fits in {@code cols} cells, ending with "…" when something was cut. */
    static String fit(String s, int cols) {
        if (cols <= 0) {
            return "";
        }
        if (width(s) <= cols) {
            return s;
        }
        int w = 0;
        int i = 0;
        while (i < s.length() && w + width(s.charAt(i)) <= cols - 1) {
            w += width(s.charAt(i));
            i++;
        }
        return s.substring(0, i) + ELLIPSIS;
    }

    /** Pads with spaces to exactly {@code cols} cells (cutting first when too long). */
    static String pad(String s, int cols) {
        String f = fit(s, cols);
        return f + " ".repeat(Math.max(0, cols - width(f)));
    }

    /** The tail that fits in {@code cols} cells, starting with "…" when something was cut. */
    static String fitLeft(String s, int cols) {
        if (width(s) <= cols) {
            return s;
        }
        int w = 0;
        int i = s.length();
        while (i > 0 && w + width(s.charAt(i - 1)) <= cols - 1) {
            w += width(s.charAt(i - 1));
            i--;
        }
        return ELLIPSIS + s.substring(i);
    }
}
