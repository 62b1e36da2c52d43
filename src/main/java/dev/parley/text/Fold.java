package dev.parley.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Accent- and case-insensitive keys for matching names: "Jovanović" and "Jovanovic" fold to "jovanovic",
 * "Đukić" and "Djukic" to "djukic".
 */
public final class Fold {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Fold() {
    }

    /** Lower-case ASCII-ish key. Letters that NFD does not decompose are mapped explicitly. */
    public static String key(String s) {
        if (s == null) {
            return "";
        }
        if (isAscii(s)) {
            return s.toLowerCase(Locale.ROOT); // most words: folding would change nothing but the case, at ten times the cost
        }
        if (foldsCharByChar(s)) {
            return byChar(s);
        }
        return wholeKey(s);
    }

    /**
     * Folded form of each UTF-16 unit seen so far (filled on first use; racing threads store equal strings).
     * Normalising and stripping marks per string costs microseconds, and opening a large corpus folds hundreds
     * of thousands of names and titles with diacritics.
     */
    private static final String[] BY_CHAR = new String[0x10000];

    /**
     * Whether folding {@code s} one character at a time gives what folding it whole gives. It does unless a
     * character's lower case depends on its neighbours (Greek capital sigma, final or not) or a surrogate pair
     * is involved (lower-cased as one code point). Decomposition and mark removal are per character, and marks
     * are removed wherever canonical ordering would have put them.
     */
    private static boolean foldsCharByChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u03A3' || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static String byChar(String s) {
        StringBuilder out = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out.append(Character.toLowerCase(c));
                continue;
            }
            String f = BY_CHAR[c];
            if (f == null) {
                f = wholeKey(String.valueOf(c));
                BY_CHAR[c] = f;
            }
            out.append(f);
        }
        return out.toString();
    }

    /** The definition: lower case, canonical decomposition, marks removed, a few letters mapped. */
    static String wholeKey(String s) {
        // lower-case first: some capitals lower-case to letters with marks (İ) or to letters mapped below (ẞ)
        String decomposed = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        String stripped = MARKS.matcher(decomposed).replaceAll("");
        StringBuilder out = new StringBuilder(stripped.length() + 4);
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            switch (c) {
                case 'đ' -> out.append("dj");
                case 'ł' -> out.append('l');
                case 'ø' -> out.append('o');
                case 'ß' -> out.append("ss");
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                case 'þ' -> out.append("th");
                case 'ı' -> out.append('i');
                case '’', '‘', 'ʼ' -> out.append('\'');
                case '‐', '‑', '–' -> out.append('-');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Whether the string has letters that {@link #key} changes (diacritics, special letters). */
    public static boolean hasDiacritics(String s) {
        return !key(s).equals(s.toLowerCase(Locale.ROOT));
    }
}
