package dev.parley.extract;

import dev.parley.text.Fold;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into the tokens the person finder reads: words (with inner hyphens and apostrophes,
 * "Jae-in", "O'Brien"), initials with their dot ("F."), known abbreviations with their dot ("Mr.", "Gen."),
 * a possessive "'s" as its own token, and single punctuation characters. Offsets are UTF-16 offsets into the text.
 * The cutting is {@link Tokens#scan} in its names style; this class adds what the person finder asks of a word.
 */
final class NameTokens {
    enum Kind { WORD, POSSESSIVE, PUNCT }

    /**
     * One token; {@code lower} is the lower-cased text without a trailing abbreviation dot, {@code key} the same
     * folded (accents removed) for list lookups.
     */
    record Token(int start, int end, String text, String lower, String key, Kind kind, boolean capitalised,
                 boolean initial, boolean allCaps) {
        boolean isWord() {
            return kind == Kind.WORD;
        }

        boolean is(String s) {
            return text.equals(s);
        }
    }

    private NameTokens() {
    }

    static List<Token> split(String text, Set<String> abbreviations) {
        List<Token> out = new ArrayList<>(text.length() / 5 + 4);
        Tokens.scan(text, Tokens.Style.NAMES, abbreviations, new Tokens.Cuts() {
            @Override
            public void word(int start, int end, boolean withDot) {
                out.add(NameTokens.word(text, start, end, withDot, abbreviations));
            }

            @Override
            public void possessive(int start, int end) {
                out.add(new Token(start, end, text.substring(start, end), "'s", "'s", Kind.POSSESSIVE,
                        false, false, false));
            }

            @Override
            public void punct(int start, int end) {
                out.add(NameTokens.punct(text, start));
            }
        });
        return out;
    }

    private static Token punct(String text, int i) {
        String s = text.substring(i, i + 1);
        return new Token(i, i + 1, s, s, s, Kind.PUNCT, false, false, false);
    }

    private static Token word(String text, int start, int end, boolean withDot, Set<String> abbreviations) {
        String s = text.substring(start, end);
        String bare = withDot ? s.substring(0, s.length() - 1) : s;
        // "John F. Kennedy", and initials written without dots as in South Asian names ("K P Sasikala")
        boolean initial = bare.length() == 1 && Character.isUpperCase(bare.charAt(0))
                && (withDot || bare.charAt(0) != 'I' && bare.charAt(0) != 'A');
        boolean upperFirst = Character.isUpperCase(bare.codePointAt(0));
        boolean hasLower = false;
        boolean hasUpper = false;
        for (int k = 0; k < bare.length(); k++) {
            char ch = bare.charAt(k);
            hasLower |= Character.isLowerCase(ch);
            hasUpper |= Character.isUpperCase(ch);
        }
        boolean allCaps = hasUpper && !hasLower;
        boolean capitalised = ((upperFirst && hasLower) || initial || particleHyphenName(bare)) && !isContraction(bare);
        String lower = bare.toLowerCase(Locale.ROOT);
        String key = isPlainAscii(lower) ? lower : Fold.key(bare);
        return new Token(start, end, s, lower, key, Kind.WORD, capitalised, initial, allCaps);
    }

    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 0x7e || c == '\'') {
                return false;
            }
        }
        return true;
    }

    /** "al-Assad", "el-Sisi", "bin-Salman": a lower-case Arabic article joined to a capitalised name. */
    private static boolean particleHyphenName(String w) {
        int hyphen = w.indexOf('-');
        return hyphen >= 2 && hyphen <= 3 && hyphen + 1 < w.length() && Character.isUpperCase(w.charAt(hyphen + 1))
                && Character.isLowerCase(w.charAt(0));
    }

    /** "I'm", "I've", "Don't": a word with a clipped ending is never a name. */
    private static boolean isContraction(String w) {
        for (int k = 1; k < w.length() - 1; k++) {
            if (isApostrophe(w.charAt(k))) {
                String tail = w.substring(k + 1);
                return tail.equals("m") || tail.equals("ve") || tail.equals("ll") || tail.equals("re")
                        || tail.equals("d") || tail.equals("t");
            }
        }
        return false;
    }

    private static boolean isApostrophe(char c) {
        return Tokens.isApostrophe(c);
    }
}
