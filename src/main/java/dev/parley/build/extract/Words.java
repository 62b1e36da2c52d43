package dev.parley.build.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into words and single punctuation characters, keeping offsets. Internal apostrophes, hyphens
 * and dots stay inside a word ("Serbia’s", "military-technical", "U.S"), and a known abbreviation or an initial
 * keeps its final dot ("Mr.", "F."), so that the words around quotation marks can be read one by one.
 */
final class Words {
    /** One word or punctuation character; {@code lower} is the lower-cased text. */
    record Token(int start, int end, String text, String lower, boolean word) {
        boolean is(String s) {
            return lower.equals(s);
        }

        boolean capitalised() {
            return word && Character.isUpperCase(text.charAt(0));
        }

        char punct() {
            return word ? 0 : text.charAt(0);
        }
    }

    private final Set<String> abbreviations;

    Words(Set<String> abbreviations) {
        this.abbreviations = abbreviations;
    }

    List<Token> split(String text) {
        List<Token> out = new ArrayList<>(text.length() / 5 + 4);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            if (!isWordChar(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n) {
                    out.add(token(text, i, i + 2, false));
                    i += 2;
                } else {
                    out.add(token(text, i, i + 1, false));
                    i++;
                }
                continue;
            }
            int j = i + 1;
            while (j < n) {
                char d = text.charAt(j);
                if (isWordChar(d)) {
                    j++;
                } else if (isJoiner(d) && j + 1 < n && isWordChar(text.charAt(j + 1))) {
                    j += 2;
                } else {
                    break;
                }
            }
            if (j < n && text.charAt(j) == '.') {
                String w = text.substring(i, j);
                boolean initial = w.length() == 1 && Character.isUpperCase(w.charAt(0));
                if (initial || abbreviations.contains(w)) {
                    j++;
                }
            }
            out.add(token(text, i, j, true));
            i = j;
        }
        return Collections.unmodifiableList(out);
    }

    private static Token token(String text, int start, int end, boolean word) {
        String s = text.substring(start, end);
        return new Token(start, end, s, s.toLowerCase(Locale.ROOT), word);
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '’' || c == '-' || c == '‐' || c == '‑' || c == '.';
    }

    /** Index of the first token starting at or after {@code offset} (tokens.size() when none). */
    static int firstAtOrAfter(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Text of a token, without a possessive ending ("Russia’s" gives "Russia"), or null when it has none. */
    static String withoutPossessive(Token t) {
        String s = t.text();
        if (s.length() > 2 && (s.endsWith("'s") || s.endsWith("’s") || s.endsWith("'S") || s.endsWith("’S"))) {
            return s.substring(0, s.length() - 2);
        }
        return null;
    }
}
