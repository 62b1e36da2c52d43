package dev.parley.text;

import java.text.Normalizer;

/**
 * Makes untrusted corpus text safe to show on a terminal: NFC, no C0/C1 control characters (tab and newline
 * excepted where allowed), no DEL, no bidi overrides. Control characters become U+FFFD so that nothing is
 * silently hidden; bidi controls are dropped.
 */
public final class Sanitize {
    private Sanitize() {
    }

    /** For text that keeps its line structure: newline and tab stay. */
    public static String text(String s) {
        return clean(s, true);
    }

    /** For one line of text: newlines and tabs become spaces. */
    public static String line(String s) {
        return clean(s, false);
    }

    private static String clean(String s, boolean keepLines) {
        if (s == null) {
            return null;
        }
        if (alreadyClean(s)) {
            return s; // most names, titles and ids: nothing to normalise or replace, at a tenth of the cost
        }
        String n = Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder out = null;
        boolean dropped = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            String replacement = replacement(c, keepLines);
            if (replacement == null) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n.length());
                out.append(n, 0, i);
            }
            out.append(replacement);
            dropped |= replacement.isEmpty();
        }
        if (out == null) {
            return n;
        }
        // a dropped bidi control or carriage return may have stood between a letter and its mark: compose again
        String cleaned = out.toString();
        return dropped && !Normalizer.isNormalized(cleaned, Normalizer.Form.NFC)
                ? Normalizer.normalize(cleaned, Normalizer.Form.NFC) : cleaned;
    }

    /**
     * Whether every character is one that is already NFC whatever its neighbours and needs no replacement:
     * printable ASCII, Latin letters with their precomposed accents (U+00A0–U+024F: all starters that nothing
     * composes with), and typographic punctuation (U+2010–U+2027, U+2030–U+205E; outside the bidi controls and
     * the two space singletons U+2000 and U+2001). Anything else goes the whole way.
     */
    static boolean alreadyClean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 0x20 && c < 0x7f) || (c >= 0xA0 && c <= 0x24F) || (c >= 0x2010 && c <= 0x2027)
                    || (c >= 0x2030 && c <= 0x205E);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** null when the character is fine as it is. */
    private static String replacement(char c, boolean keepLines) {
        if (c == '\n' || c == '\t') {
            return keepLines ? null : " ";
        }
        if (c == '\r') {
            return keepLines ? "" : " ";
        }
        if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)) {
            return "\uFFFD";
        }
        if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0x061C) {
            return "";
        }
        return null;
    }
}
