package dev.parley.extract;

import dev.parley.extract.Tokens.Shape;
import dev.parley.extract.Tokens.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Vocabulary phrases indexed by their first token, so that a text is matched in one pass over its tokens whatever the
 * size of the vocabulary. Case in a phrase is a constraint: an all-capitals word ("US", "WHO") matches only
 * all-capitals text, a capitalised word ("Chad", "Turkey") only capitalised text, a lower-case word anything.
 * A trailing {@code *} on the last word of a phrase matches any word starting with what precedes it ("migra*").
 */
final class PhraseIndex<V> {
    /** A phrase's tokens: folded key, the case the text must have, and whether the key is a prefix. */
    private record Pattern<V>(String[] keys, Shape[] shapes, boolean lastIsPrefix, V value) {
        int length() {
            return keys.length;
        }
    }

    /** A match of a phrase on tokens {@code [from, to)}. */
    record Match<V>(int from, int to, V value) {
        int length() {
            return to - from;
        }
    }

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "for", "on", "in", "to", "at", "de",
            "del", "la", "le", "les", "des", "du", "da", "do", "dos", "das", "y", "et", "el", "al");

    private final Map<String, List<Pattern<V>>> byFirstKey = new HashMap<>();
    private final Map<String, List<Pattern<V>>> byFirstPrefix = new HashMap<>();
    /** Candidates of words seen lately, shared by the build threads; bounded so a huge corpus cannot grow it. */
    private final com.github.benmanes.caffeine.cache.Cache<String, List<Pattern<V>>> withPrefixes =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(50_000).build();
    private int shortestPrefix = Integer.MAX_VALUE;
    private int longestPrefix = 0;
    private int size;

    /** Adds a phrase; blank phrases are ignored. */
    void add(String phrase, V value) {
        String text = phrase.strip();
        boolean prefix = text.endsWith("*");
        if (prefix) {
            text = text.substring(0, text.length() - 1).strip();
        }
        List<Token> tokens = Tokens.of(text);
        if (tokens.isEmpty()) {
            return;
        }
        String[] keys = new String[tokens.size()];
        Shape[] shapes = new Shape[tokens.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = tokens.get(i).key();
            shapes[i] = tokens.get(i).shape();
            if (shapes[i] == Shape.UPPER && keys[i].length() == 1) {
                // the single letters of "U.N." or "E.U." only need a capital
                shapes[i] = Shape.CAPITALIZED;
            }
            if (FUNCTION_WORDS.contains(keys[i])) {
                // "The Hague" and "the Hague", "Bosnia And Herzegovina" in a title
                shapes[i] = Shape.LOWER;
            }
        }
        Pattern<V> pattern = new Pattern<>(keys, shapes, prefix, value);
        if (prefix && keys.length == 1) {
            byFirstPrefix.computeIfAbsent(keys[0], k -> new ArrayList<>()).add(pattern);
            shortestPrefix = Math.min(shortestPrefix, keys[0].length());
            longestPrefix = Math.max(longestPrefix, keys[0].length());
        } else {
            byFirstKey.computeIfAbsent(keys[0], k -> new ArrayList<>()).add(pattern);
        }
        size++;
    }

    int size() {
        return size;
    }

    /**
     * Non-overlapping matches, scanning left to right and taking the longest phrase at each position (the first
     * added wins a tie).
     */
    List<Match<V>> longest(List<Token> tokens) {
        List<Match<V>> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match<V> best = null;
            for (Pattern<V> p : candidates(tokens.get(i))) {
                if ((best == null || p.length() > best.length()) && matches(p, tokens, i)) {
                    best = new Match<>(i, i + p.length(), p.value());
                }
            }
            if (best == null) {
                i++;
            } else {
                out.add(best);
                i = best.to();
            }
        }
        return out;
    }

    /** Every match at every position, overlapping ones included, in order of position then length (longest first). */
    List<Match<V>> all(List<Token> tokens) {
        List<Match<V>> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int firstAtI = out.size();
            for (Pattern<V> p : candidates(tokens.get(i))) {
                if (matches(p, tokens, i)) {
                    out.add(new Match<>(i, i + p.length(), p.value()));
                }
            }
            out.subList(firstAtI, out.size()).sort((a, b) -> Integer.compare(b.length(), a.length()));
        }
        return out;
    }

    private List<Pattern<V>> candidates(Token token) {
        List<Pattern<V>> exact = byFirstKey.get(token.key());
        if (byFirstPrefix.isEmpty() || !token.isWord()) {
            return exact == null ? List.of() : exact;
        }
        // the same words recur across documents: remember their candidates instead of cutting every prefix again
        return withPrefixes.get(token.key(), key -> withPrefixes(key, exact));
    }

    private List<Pattern<V>> withPrefixes(String key, List<Pattern<V>> exact) {
        List<Pattern<V>> out = exact;
        for (int len = shortestPrefix; len <= Math.min(longestPrefix, key.length()); len++) {
            List<Pattern<V>> withPrefix = byFirstPrefix.get(key.substring(0, len));
            if (withPrefix != null) {
                if (out == null || out == exact) {
                    out = out == null ? new ArrayList<>() : new ArrayList<>(out);
                }
                out.addAll(withPrefix);
            }
        }
        return out == null ? List.of() : out;
    }

    private static boolean matches(Pattern<?> p, List<Token> tokens, int at) {
        if (at + p.length() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < p.length(); k++) {
            Token t = tokens.get(at + k);
            boolean last = k == p.length() - 1;
            boolean keyOk = last && p.lastIsPrefix() ? t.key().startsWith(p.keys()[k]) : t.key().equals(p.keys()[k]);
            if (!keyOk || !caseOk(p.shapes()[k], t)) {
                return false;
            }
        }
        return true;
    }

    private static boolean caseOk(Shape wanted, Token t) {
        switch (wanted) {
            case UPPER:
                return t.shape() == Shape.UPPER;
            case CAPITALIZED:
                return t.isCapitalized();
            default:
                return true;
        }
    }
}
