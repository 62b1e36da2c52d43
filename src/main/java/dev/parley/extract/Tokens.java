package dev.parley.extract;

import dev.parley.text.Fold;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word and punctuation tokens of a text, with folded keys for accent- and case-insensitive matching. Words are runs
 * of letters, digits and combining marks; every other visible character is a token of its own, so that "Serbia's"
 * is "serbia", "'", "s" and "Euro-Atlantic" is "euro", "-", "atlantic". Vocabulary phrases are split the same way,
 * which makes matching a comparison of key sequences.
 *
 * <p>This is meant to become the one tokenizer of the extractors. Two others remain for now, and the three do not
 * cut text the same way, so that replacing one by another changes what the finders see. How they differ:
 * <table>
 * <caption>Tokens, NameTokens (person finding) and Words (quote reading)</caption>
 * <tr><th></th><th>Tokens</th><th>NameTokens</th><th>Words</th></tr>
 * <tr><td>word</td><td>run of letters, digits, marks (by code point; may start with a mark)</td>
 *     <td>starts with a letter or digit, then letters, digits, marks (by char)</td>
 *     <td>run of letters, digits, marks (by char; may start with a mark)</td></tr>
 * <tr><td>hyphen, apostrophe inside a word</td><td>split off as punctuation ("post", "-", "war")</td>
 *     <td>kept when a letter or digit follows ("Jae-in", "O'Brien"); hyphens - ‐ ‑, apostrophes ' ’</td>
 *     <td>kept when a word character follows; the same joiners and also the dot ("U.S")</td></tr>
 * <tr><td>possessive 's</td><td>"'", "s"</td><td>word, then a POSSESSIVE token "'s"</td>
 *     <td>stays in the word ("Croatia’s"); {@code withoutPossessive} strips it on demand</td></tr>
 * <tr><td>final dot</td><td>always its own token</td>
 *     <td>joined to an initial or a listed abbreviation ("F.", "Mr."); lower and key drop it</td>
 *     <td>joined the same way; lower keeps it ("mr.")</td></tr>
 * <tr><td>digits</td><td>in words; shape NUMBER when no letter</td><td>in words, no separate shape</td>
 *     <td>in words, no shape</td></tr>
 * <tr><td>spaces</td><td>whitespace, space characters and controls dropped</td>
 *     <td>only {@code Character.isWhitespace} dropped (a no-break space is a punctuation token)</td>
 *     <td>whitespace and space characters dropped</td></tr>
 * <tr><td>other characters</td><td>one token per code point</td><td>one token per char</td>
 *     <td>one token per char, a surrogate pair kept together</td></tr>
 * <tr><td>folding</td><td>{@code key}: Fold.key (accents and case)</td>
 *     <td>{@code lower}: Locale.ROOT lower case; {@code key}: the same, or Fold.key when not plain ASCII</td>
 *     <td>{@code lower} only: Locale.ROOT lower case, made on first use; no accent folding</td></tr>
 * <tr><td>case</td><td>{@link Shape}: LOWER, CAPITALIZED, UPPER, NUMBER, PUNCT</td>
 *     <td>capitalised (upper first and a lower letter, an initial, "al-Assad"; never a contraction), initial,
 *     allCaps</td><td>capitalised: first char upper case</td></tr>
 * </table>
 */
final class Tokens {
    enum Shape {
        /** starts with a lower-case letter */
        LOWER,
        /** starts with an upper-case letter, not all upper-case */
        CAPITALIZED,
        /** all letters upper-case, at least one letter ("NATO", "U", "OSCE") */
        UPPER,
        /** digits only */
        NUMBER,
        /** a single punctuation or symbol character */
        PUNCT
    }

    record Token(int start, int end, String key, Shape shape) {
        boolean isWord() {
            return shape != Shape.PUNCT;
        }

        /** Starts with a capital letter, whether or not the rest is upper-case too. */
        boolean isCapitalized() {
            return shape == Shape.CAPITALIZED || shape == Shape.UPPER;
        }
    }

    /**
     * The finders of one document run one after the other on the same thread and each tokenises the same paragraphs:
     * the last paragraphs seen on this thread, by identity, spare the repeated work.
     */
    private static final int CACHED_PARAGRAPHS = 512;
    private static final ThreadLocal<Map<String, List<Token>>> RECENT = ThreadLocal.withInitial(IdentityHashMap::new);

    /** Capitalised only because they open a sentence: "The Ministry ...", "Yesterday Parliament ...". */
    static final Set<String> SENTENCE_STARTERS = Set.of("the", "a", "an", "this", "that", "these", "those",
            "in", "at", "on", "by", "for", "from", "with", "without", "under", "after", "before", "during", "since",
            "as", "if", "when", "while", "but", "and", "or", "so", "also", "both", "all", "each", "every", "according",
            "yesterday", "today", "tomorrow", "meanwhile", "however", "earlier", "later", "last", "next", "then",
            "although", "though", "despite", "its", "their", "his", "her", "our", "my", "your", "we", "they", "it",
            "he", "she", "i", "there", "here", "now", "such", "many", "some", "most", "other", "another", "only");

    private Tokens() {
    }

    /** Like {@link #of}, remembering the result for the paragraph object (the list is shared: do not modify it). */
    static List<Token> ofParagraph(String text) {
        Map<String, List<Token>> recent = RECENT.get();
        List<Token> tokens = recent.get(text);
        if (tokens == null) {
            if (recent.size() >= CACHED_PARAGRAPHS) {
                recent.clear();
            }
            tokens = List.copyOf(of(text));
            recent.put(text, tokens);
        }
        return tokens;
    }

    static List<Token> of(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int c = text.codePointAt(i);
            if (isWordChar(c)) {
                int start = i;
                while (i < n && isWordChar(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                String word = text.substring(start, i);
                out.add(new Token(start, i, Fold.key(word), shape(word)));
            } else {
                int len = Character.charCount(c);
                if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && !Character.isISOControl(c)) {
                    String s = text.substring(i, i + len);
                    out.add(new Token(i, i + len, Fold.key(s), Shape.PUNCT));
                }
                i += len;
            }
        }
        return out;
    }

    private static boolean isWordChar(int c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        return isCombiningMark(c) || Character.getType(c) == Character.ENCLOSING_MARK;
    }



    /*
     * The characters the three tokenizers agree on. Each still decides for itself which of them join a word
     * (see the table above); these say once what counts as a combining mark, a hyphen and an apostrophe.
     */

    /** A combining mark that belongs to the letter before it (Devanagari vowel signs, decomposed accents). */
    static boolean isCombiningMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** Hyphen-minus, hyphen and non-breaking hyphen: the hyphens that may sit inside a word ("Jae-in"). */
    static boolean isHyphen(char c) {
        return c == '-' || c == '‐' || c == '‑';
    }

    /** Straight and typographic apostrophe ("O'Brien", "Croatia’s"). */
    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    /**
     * Where a possessive "'s" ending the word {@code text[start, end)} begins, or -1: at least one character before
     * it, either apostrophe, either case of "s". NameTokens splits it off, Words strips it on demand.
     */
    static int possessiveStart(CharSequence text, int start, int end) {
        if (end - start >= 3 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
                && isApostrophe(text.charAt(end - 2))) {
            return end - 2;
        }
        return -1;
    }

    static Shape shape(String word) {
        boolean anyLetter = false;
        boolean allUpper = true;
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            if (Character.isLetter(c)) {
                anyLetter = true;
                if (!Character.isUpperCase(c) && !Character.isTitleCase(c)) {
                    allUpper = false;
                }
            }
            i += Character.charCount(c);
        }
        if (!anyLetter) {
            return Shape.NUMBER;
        }
        int first = word.codePointAt(0);
        if (Character.isUpperCase(first) || Character.isTitleCase(first)) {
            return allUpper ? Shape.UPPER : Shape.CAPITALIZED;
        }
        if (Character.isDigit(first)) {
            // "1244th", "5G": count as lower-case words
            return allUpper && !word.chars().anyMatch(Character::isLowerCase) ? Shape.UPPER : Shape.LOWER;
        }
        return Shape.LOWER;
    }

    /** Whether the token at {@code i} begins a sentence: first word, or after . ! ? : or an opening quote/bracket. */
    static boolean startsSentence(List<Token> tokens, int i) {
        for (int j = i - 1; j >= 0; j--) {
            Token prev = tokens.get(j);
            if (prev.isWord()) {
                return false;
            }
            switch (prev.key()) {
                case ".", "!", "?", ":", ";", "\"", "“", "'", "(", "[", "«", "„", "—" -> {
                    return true;
                }
                default -> {
                    // commas, dashes, slashes: keep looking back
                }
            }
        }
        return true;
    }
}
