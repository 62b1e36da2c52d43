package dev.parley.ingest;

import java.text.Normalizer;

/** Text of a web page as a reader sees it: invisible characters gone, runs of white space one space, NFC. */
final class PageText {
    private PageText() {
    }

    /**
     * Drops soft hyphens, zero-width and direction marks and other invisible format characters (the zero-width
     * joiners, which Persian and emoji need, stay), control characters, and collapses white space (non-breaking
     * spaces included) to single spaces; the result is stripped and NFC-normalised.
     */
    static String clean(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = true; // at the start: leading white space is dropped
        boolean ascii = true;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x80) {
                if (c <= ' ' || c == 0x7F) {
                    if (!space && (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f')) {
                        out.append(' ');
                        space = true;
                    }
                    continue;
                }
                out.append(c);
                space = false;
                continue;
            }
            ascii = false;
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!space) {
                    out.append(' ');
                    space = true;
                }
            } else if (invisible(c)) {
                // dropped: shown as nothing, and inside words it would break matching
            } else {
                out.append(c);
                space = false;
            }
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') {
            out.setLength(end - 1);
        }
        String s = out.toString();
        if (ascii || Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
            return s;
        }
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static boolean invisible(char c) {
        if (c == '\u200C' || c == '\u200D') {
            return false;
        }
        if (c >= 0x80 && c <= 0x9F) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.CONTROL || c == '\uFFFC';
    }
}
