package dev.parley.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of phrases (regular expressions) matched as {@code \b(?:p1|p2|...)\b}, case-insensitively (ASCII), with
 * the same matches as that one pattern's {@code find()} loop, but faster: a long alternation tried at every
 * position costs every phrase at every word boundary of every sentence. Here a position is tried only at the start
 * of a word, and only with the phrases whose literal first word can stand there, kept in their order (an ordered
 * alternation then picks the same phrase). Safe to share between threads.
 */
final class PhraseAlternation {
    private final List<String> phrases;
    /** Each phrase's literal opening letters, lower case; empty when it may open with anything. */
    private final String[] stems;
    /** The phrases with no literal opening: they are tried at every word boundary. */
    private final BitSet anywhere = new BitSet();
    /** For each letter a..z, the phrases whose literal opening starts with it. */
    private final int[][] byLetter = new int[26][];
    /** The alternation of the phrases in each set tried so far (bit i = phrase i). */
    private final Map<BitSet, Pattern> bySet = new ConcurrentHashMap<>();

    PhraseAlternation(List<String> phrases) {
        this.phrases = List.copyOf(phrases);
        this.stems = new String[phrases.size()];
        for (int i = 0; i < stems.length; i++) {
            stems[i] = literalStart(phrases.get(i));
            if (stems[i].isEmpty()) {
                anywhere.set(i);
            }
        }
        for (int letter = 0; letter < 26; letter++) {
            char c = (char) ('a' + letter);
            byLetter[letter] = java.util.stream.IntStream.range(0, stems.length)
                    .filter(i -> !stems[i].isEmpty() && stems[i].charAt(0) == c).toArray();
        }
    }

    /**
     * The ASCII letters every match of the phrase opens with: its leading letters, less the last one when a
     * quantifier follows it ("ab?c" opens with "a"); empty when the phrase has alternatives at its top level.
     */
    private static String literalStart(String phrase) {
        int n = 0;
        while (n < phrase.length() && isAsciiLetter(phrase.charAt(n))) {
            n++;
        }
        if (n < phrase.length() && "?*+{".indexOf(phrase.charAt(n)) >= 0) {
            n--;
        }
        return n <= 0 || hasTopLevelBar(phrase) ? "" : phrase.substring(0, n).toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean hasTopLevelBar(String phrase) {
        int depth = 0;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(phrase, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return true;
            }
        }
        return false;
    }

    /** Where the character class opened at {@code open} closes (its last index), or the phrase's end. */
    private static int classEnd(String phrase, int open) {
        int i = open + 1;
        if (i < phrase.length() && phrase.charAt(i) == '^') {
            i++;
        }
        i++; // a ']' right after '[' or '[^' is a literal
        int nested = 0;
        for (; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                nested++;
            } else if (c == ']' && nested-- == 0) {
                return i;
            }
        }
        return phrase.length();
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static final BitSet NONE = new BitSet();

    /** A match: where it stands in the text. */
    record Hit(int start, int end) {
    }

    /** Every match in the text, left to right, not overlapping: as {@code while (m.find())} on the whole pattern. */
    List<Hit> findAll(String text) {
        List<Hit> out = new ArrayList<>();
        Map<BitSet, Matcher> matchers = new HashMap<>();
        int at = 0;
        while (at < text.length()) {
            BitSet set = candidates(text, at);
            if (set.isEmpty()) {
                at++;
                continue;
            }
            Matcher m = matchers.computeIfAbsent(set, s -> pattern(s).matcher(text)
                    .useTransparentBounds(true).useAnchoringBounds(false));
            m.region(at, text.length());
            if (m.lookingAt()) {
                out.add(new Hit(m.start(), m.end()));
                at = Math.max(m.end(), at + 1);
            } else {
                at++;
            }
        }
        return out;
    }

    /** The phrases that may match from {@code at}: none inside a word, where no {@code \b} stands. */
    private BitSet candidates(String text, int at) {
        char c = text.charAt(at);
        if (at > 0 && Character.isLetterOrDigit(c) && Character.isLetterOrDigit(text.charAt(at - 1))) {
            return NONE;
        }
        BitSet set = anywhere;
        if (isAsciiLetter(c)) {
            for (int i : byLetter[(c | 0x20) - 'a']) {
                if (opensWith(text, at, stems[i])) {
                    if (set == anywhere) {
                        set = (BitSet) anywhere.clone();
                    }
                    set.set(i);
                }
            }
        }
        return set;
    }

    /** ASCII case-insensitive, as the pattern compares. */
    private static boolean opensWith(String text, int at, String lowerStem) {
        if (at + lowerStem.length() > text.length()) {
            return false;
        }
        for (int j = 0; j < lowerStem.length(); j++) {
            char c = text.charAt(at + j);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != lowerStem.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private Pattern pattern(BitSet set) {
        return bySet.computeIfAbsent(set, s -> {
            StringBuilder alt = new StringBuilder();
            for (int i = s.nextSetBit(0); i >= 0; i = s.nextSetBit(i + 1)) {
                alt.append(alt.length() == 0 ? "" : "|").append("(?:").append(phrases.get(i)).append(')');
            }
            return Pattern.compile("\\b(?:" + alt + ")\\b", Pattern.CASE_INSENSITIVE);
        });
    }
}
