package dev.parley.extract;

import dev.parley.text.Fold;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word and punctuation tokens of a text, with folded keys for accent- and case-insensitive matching. Words are runs
 * of letters, digits and combining marks; every other visible character is a token of its own, so that "Serbia's"
 * is "serbia", "'", "s" and "Euro-Atlantic" is "euro", "-", "atlantic". Vocabulary phrases are split the same way,
 * which makes matching a comparison of key sequences.
 *
 * <p>{@link #scan} is the one loop that cuts text for every extractor, in the three {@link Style}s the finders were
 * written against: keys ({@link #of}, phrase matching), names ({@link #names}, person finding) and quotes
 * ({@link #quotes}, quote reading). All three give {@link Token}s, filled as their style reads a word. The styles
 * do not cut text the same way, so that moving a finder from one to another changes what it sees. How they differ:
 * <table>
 * <caption>Keys (phrase matching), names (person finding) and quotes (quote reading)</caption>
 * <tr><th></th><th>keys</th><th>names</th><th>quotes</th></tr>
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
 * <tr><td>digits</td><td>in words; shape NUMBER when no letter</td><td>in words; shape only on first use</td>
 *     <td>in words; shape only on first use</td></tr>
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

    /** What a token is: a word, a possessive "'s" cut off the word before it (names style only), punctuation. */
    enum Kind { WORD, POSSESSIVE, PUNCT }

    /**
     * One token of a text, whichever style cut it. Offsets are UTF-16 offsets into the text, ends exclusive. What a
     * field holds depends on the style that made the token, as the table above says: for keys {@code key} is
     * Fold.key; for names {@code lower} and {@code key} drop an abbreviation's final dot and {@code capitalised},
     * {@code initial} and {@code allCaps} are the person finder's; for quotes {@code lower} keeps the dot and
     * {@code capitalised} is an upper-case first character. Text, lower case, key and shape left null are made on
     * first use: most tokens of a paragraph are only ever asked whether they are a word or which punctuation they are.
     */
    static final class Token {
        private final String source;
        private final int start;
        private final int end;
        private final Kind kind;
        private final boolean capitalised;
        private final boolean initial;
        private final boolean allCaps;
        private String text;
        private String lower;
        private String key;
        private Shape shape;

        Token(String source, int start, int end, Kind kind, String text, String lower, String key, Shape shape,
              boolean capitalised, boolean initial, boolean allCaps) {
            this.source = source;
            this.start = start;
            this.end = end;
            this.kind = kind;
            this.text = text;
            this.lower = lower;
            this.key = key;
            this.shape = shape;
            this.capitalised = capitalised;
            this.initial = initial;
            this.allCaps = allCaps;
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        Kind kind() {
            return kind;
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

        String key() {
            if (key == null) {
                key = Fold.key(text());
            }
            return key;
        }

        Shape shape() {
            if (shape == null) {
                shape = kind == Kind.PUNCT ? Shape.PUNCT : Tokens.shape(text());
            }
            return shape;
        }

        boolean isWord() {
            return kind == Kind.WORD;
        }

        /** Starts with a capital letter, whether or not the rest is upper-case too (by shape). */
        boolean isCapitalized() {
            return shape() == Shape.CAPITALIZED || shape() == Shape.UPPER;
        }

        /** Capitalised as the style that cut the token reads it (see the class comment). */
        boolean capitalised() {
            return capitalised;
        }

        boolean initial() {
            return initial;
        }

        boolean allCaps() {
            return allCaps;
        }

        /** The same word read as an initial: capitalised, an initial, not all caps ("DK Shivakumar"). */
        Token asInitial() {
            return new Token(source, start, end, Kind.WORD, text(), lower(), key(), shape, true, true, false);
        }

        /** Lower case equal to {@code s}, which is as long as the token's text. */
        boolean is(String s) {
            return end - start == s.length() && lower().equals(s);
        }

        /** The punctuation character, or 0 for a word. */
        char punct() {
            return isWord() ? 0 : source.charAt(start);
        }

        @Override
        public String toString() {
            return text();
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
        scan(text, Style.KEYS, Set.of(), new Cuts() {
            @Override
            public void word(int start, int end, boolean withDot) {
                String word = text.substring(start, end);
                out.add(new Token(text, start, end, Kind.WORD, word, null, Fold.key(word), shape(word), false, false,
                        false));
            }

            @Override
            public void possessive(int start, int end) {
                throw new IllegalStateException("keys keep no possessive");
            }

            @Override
            public void punct(int start, int end) {
                String punct = text.substring(start, end);
                out.add(new Token(text, start, end, Kind.PUNCT, punct, null, Fold.key(punct), Shape.PUNCT, false,
                        false, false));
            }
        });
        return out;
    }

    /**
     * The tokens the person finder reads: words (with inner hyphens and apostrophes, "Jae-in", "O'Brien"), initials
     * with their dot ("F."), known abbreviations with their dot ("Mr.", "Gen."), a possessive "'s" as its own token,
     * and single punctuation characters; {@code lower} is the lower-cased text without a trailing abbreviation dot,
     * {@code key} the same folded (accents removed) for list lookups.
     */
    static List<Token> names(String text, Set<String> abbreviations) {
        List<Token> out = new ArrayList<>(text.length() / 5 + 4);
        scan(text, Style.NAMES, abbreviations, new Cuts() {
            @Override
            public void word(int start, int end, boolean withDot) {
                out.add(nameWord(text, start, end, withDot));
            }

            @Override
            public void possessive(int start, int end) {
                out.add(new Token(text, start, end, Kind.POSSESSIVE, text.substring(start, end), "'s", "'s", null,
                        false, false, false));
            }

            @Override
            public void punct(int start, int end) {
                String s = text.substring(start, start + 1);
                out.add(new Token(text, start, start + 1, Kind.PUNCT, s, s, s, null, false, false, false));
            }
        });
        return out;
    }

    private static Token nameWord(String text, int start, int end, boolean withDot) {
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
        return new Token(text, start, end, Kind.WORD, s, lower, key, null, capitalised, initial, allCaps);
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

    /**
     * The tokens the quote readers read: words and single punctuation characters. Internal apostrophes, hyphens and
     * dots stay inside a word ("Croatia’s", "post-war", "U.S"), and a known abbreviation or an initial keeps its
     * final dot ("Mr.", "F."), so that the words around quotation marks can be read one by one.
     */
    static List<Token> quotes(String text, Set<String> abbreviations) {
        List<Token> out = new ArrayList<>(text.length() / 5 + 4);
        scan(text, Style.QUOTES, abbreviations, new Cuts() {
            @Override
            public void word(int start, int end, boolean withDot) {
                out.add(new Token(text, start, end, Kind.WORD, null, null, null, null,
                        Character.isUpperCase(text.charAt(start)), false, false));
            }

            @Override
            public void possessive(int start, int end) {
                throw new IllegalStateException("quote words keep their possessive");
            }

            @Override
            public void punct(int start, int end) {
                out.add(new Token(text, start, end, Kind.PUNCT, null, null, null, null, false, false, false));
            }
        });
        return Collections.unmodifiableList(out);
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
        int possessive = possessiveStart(s, 0, s.length());
        return possessive < 0 ? null : s.substring(0, possessive);
    }

    /**
     * How a scan cuts words, the ways the extractors need. Keys (phrase matching): words of letters, digits and
     * marks by code point, nothing joins them. Names (person finding): a word opens with a letter or digit, inner
     * hyphens and apostrophes join ("Jae-in", "O'Brien"), a possessive "'s" is cut off, only whitespace is dropped.
     * Quotes (quote reading): the dot joins too ("U.S"), a possessive stays in its word, space characters are
     * dropped as well. Names and quotes keep the dot of an initial or a listed abbreviation ("F.", "Mr.").
     *
     * @param markOpensWord      a combining mark may open a word (else only a letter or digit)
     * @param joiners            characters that stay inside a word when what follows may open one: "" none,
     *                           "-'" hyphens and apostrophes, "-'." also the dot
     * @param splitPossessive    a word's "'s" ending is a token of its own
     * @param abbreviationDot    an initial or a listed abbreviation keeps its final dot
     * @param dropSpaceChars     space characters ({@code Character.isSpaceChar}, such as a no-break space) are
     *                           dropped like whitespace (else each is a punctuation token)
     * @param dropControls       control characters are dropped too
     * @param byCodePoint        words run by code point and enclosing marks are word characters too (else words
     *                           run by UTF-16 char over letters, digits and combining marks)
     * @param pairSurrogates     when going by char, a surrogate pair outside words is one punctuation token
     */
    record Style(boolean markOpensWord, String joiners, boolean splitPossessive, boolean abbreviationDot,
                 boolean dropSpaceChars, boolean dropControls, boolean byCodePoint, boolean pairSurrogates) {
        static final Style KEYS = new Style(true, "", false, false, true, true, true, true);
        static final Style NAMES = new Style(false, "-'", true, true, false, false, false, false);
        static final Style QUOTES = new Style(true, "-'.", false, true, true, false, false, true);

        boolean joins(char c) {
            return !joiners.isEmpty() && (isHyphen(c) || isApostrophe(c) || c == '.' && joiners.indexOf('.') >= 0);
        }
    }

    /** What a scan finds, in text order; offsets are UTF-16 offsets, ends exclusive. */
    interface Cuts {
        /** A word; {@code withDot} when its last character is the kept dot of an initial or abbreviation. */
        void word(int start, int end, boolean withDot);

        /** The "'s" cut off the word just before it. */
        void possessive(int start, int end);

        /** A character that is no word and no space (a surrogate pair, a code point, is one). */
        void punct(int start, int end);
    }

    /** The one loop that cuts text into words, possessives and punctuation for every extractor. */
    static void scan(String text, Style style, Set<String> abbreviations, Cuts cuts) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int cp = style.byCodePoint ? text.codePointAt(i) : c;
            if (Character.isWhitespace(cp) || style.dropSpaceChars && Character.isSpaceChar(cp)
                    || style.dropControls && Character.isISOControl(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            if (!opensWord(cp, style)) {
                // a surrogate pair is one character: by code point anyway, and kept together when words go by char
                int len = style.byCodePoint ? Character.charCount(cp)
                        : style.pairSurrogates && Character.isHighSurrogate(c) && i + 1 < n ? 2 : 1;
                cuts.punct(i, i + len);
                i += len;
                continue;
            }
            int start = i;
            i += Character.charCount(cp);
            while (i < n) {
                int d = style.byCodePoint ? text.codePointAt(i) : text.charAt(i);
                if (inWord(d, style)) {
                    i += Character.charCount(d);
                } else if (style.joins((char) d) && i + 1 < n && opensWord(text.charAt(i + 1), style)) {
                    i += 2; // inner hyphen, apostrophe or dot: "Jae-in", "O'Brien", "U.S"
                } else {
                    break;
                }
            }
            int end = i;
            int possessive = style.splitPossessive ? possessiveStart(text, start, end) : -1;
            if (possessive > start) {
                cuts.word(start, possessive, false);
                cuts.possessive(possessive, end);
                continue;
            }
            if (style.abbreviationDot && end < n && text.charAt(end) == '.'
                    && (end - start == 1 && Character.isUpperCase(text.charAt(start))
                    || abbreviations.contains(text.substring(start, end)))) {
                cuts.word(start, end + 1, true);
                i = end + 1;
                continue;
            }
            cuts.word(start, end, false);
        }
    }

    private static boolean opensWord(int c, Style style) {
        return style.markOpensWord ? inWord(c, style) : Character.isLetterOrDigit(c);
    }

    private static boolean inWord(int c, Style style) {
        return style.byCodePoint ? isWordChar(c) : Character.isLetterOrDigit(c) || isCombiningMark(c);
    }

    private static boolean isWordChar(int c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        return isCombiningMark(c) || Character.getType(c) == Character.ENCLOSING_MARK;
    }



    /*
     * The characters the three styles agree on. Each still decides for itself which of them join a word
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
     * it, either apostrophe, either case of "s". The names style splits it off, {@link #withoutPossessive} strips it
     * from a quotes word on demand.
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
