package dev.parley.extract;

import dev.parley.text.Fold;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into words and single punctuation characters, keeping offsets. Internal apostrophes, hyphens
 * and dots stay inside a word ("Croatia’s", "post-war", "U.S"), and a known abbreviation or an initial
 * keeps its final dot ("Mr.", "F."), so that the words around quotation marks can be read one by one. The cutting
 * is {@link Tokens#scan} in its quotes style; this class makes the quote readers' tokens from it.
 */
final class Words {
    /**
     * One word or punctuation character of a paragraph. Its text and lower-cased text are made on first use: most
     * tokens of a paragraph are only ever asked whether they are a word or which punctuation they are.
     */
    static final class Token {
        private final String source;
        private final int start;
        private final int end;
        private final boolean word;
        private String text;
        private String lower;

        Token(String source, int start, int end, boolean word) {
            this.source = source;
            this.start = start;
            this.end = end;
            this.word = word;
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        boolean word() {
            return word;
        }

        String text() {
            if (text == null) {
                text = source.substring(start, end);
            }
            return text;
        }

        String lower() {
            if (lower == null) {
                lower = text().toLowerCase(Locale.ROOT);
            }
            return lower;
        }

        boolean is(String s) {
            return end - start == s.length() && lower().equals(s);
        }

        boolean capitalised() {
            return word && Character.isUpperCase(source.charAt(start));
        }

        char punct() {
            return word ? 0 : source.charAt(start);
        }

        @Override
        public String toString() {
            return text();
        }
    }

    private final Set<String> abbreviations;

    Words(Set<String> abbreviations) {
        this.abbreviations = abbreviations;
    }

    List<Token> split(String text) {
        List<Token> out = new ArrayList<>(text.length() / 5 + 4);
        Tokens.scan(text, Tokens.Style.QUOTES, abbreviations, new Tokens.Cuts() {
            @Override
            public void word(int start, int end, boolean withDot) {
                out.add(token(text, start, end, true));
            }

            @Override
            public void possessive(int start, int end) {
                throw new IllegalStateException("quote words keep their possessive");
            }

            @Override
            public void punct(int start, int end) {
                out.add(token(text, start, end, false));
            }
        });
        return Collections.unmodifiableList(out);
    }

    private static Token token(String text, int start, int end, boolean word) {
        return new Token(text, start, end, word);
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
        int possessive = Tokens.possessiveStart(s, 0, s.length());
        return possessive < 0 ? null : s.substring(0, possessive);
    }
}
