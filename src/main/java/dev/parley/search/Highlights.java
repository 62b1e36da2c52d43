package dev.parley.search;

import dev.parley.model.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Finds the words of a query in a text and cuts a snippet around them. Pure functions over analysed tokens. */
final class Highlights {
    private Highlights() {
    }

    /** Ranges of the text where a word sequence or a prefix of the query stands; in order, merged when they touch. */
    static List<Span> find(List<Token> tokens, List<List<String>> sequences, List<String> prefixes) {
        List<Span> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (List<String> seq : sequences) {
                if (matchesAt(tokens, i, seq)) {
                    found.add(new Span(tokens.get(i).start(), tokens.get(i + seq.size() - 1).end()));
                }
            }
            for (String prefix : prefixes) {
                if (tokens.get(i).term().startsWith(prefix)) {
                    found.add(new Span(tokens.get(i).start(), tokens.get(i).end()));
                }
            }
        }
        found.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        List<Span> merged = new ArrayList<>();
        for (Span s : found) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s.start() <= last.end()) {
                merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }

    /** How many different sequences and prefixes of the query occur in the text: the best paragraph has most. */
    static int distinctMatches(List<Token> tokens, List<List<String>> sequences, List<String> prefixes) {
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (List<String> seq : sequences) {
                if (matchesAt(tokens, i, seq)) {
                    seen.add(seq);
                }
            }
            for (String prefix : prefixes) {
                if (tokens.get(i).term().startsWith(prefix)) {
                    seen.add(prefix);
                }
            }
        }
        return seen.size();
    }

    static boolean matchesAt(List<Token> tokens, int i, List<String> seq) {
        if (seq.isEmpty() || i + seq.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < seq.size(); k++) {
            if (!tokens.get(i + k).term().equals(seq.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A piece of about {@code width} characters of {@code text} around its first hit (a quarter of the width before
     * it), cut at spaces; hits are made relative to the piece. {@code base} is where text starts in its paragraph.
     */
    static Snippet cut(String text, int paragraph, int base, List<Span> hits, int width) {
        int from = 0;
        if (!hits.isEmpty()) {
            from = Math.max(0, hits.get(0).start() - width / 4);
        }
        int to = Math.min(text.length(), from + width);
        if (to == text.length()) {
            from = Math.max(0, Math.min(from, text.length() - width)); // a short tail: show more before the hit
        }
        if (from > 0) {
            int space = text.indexOf(' ', from);
            if (space >= 0 && space < (hits.isEmpty() ? to : hits.get(0).start())) {
                from = space + 1;
            }
        }
        if (to < text.length()) {
            int space = text.lastIndexOf(' ', to);
            int lastNeeded = hits.isEmpty() ? from : Math.min(hits.get(0).end(), to);
            if (space > lastNeeded) {
                to = space;
            }
        }
        List<Span> inside = new ArrayList<>();
        for (Span h : hits) {
            if (h.start() >= from && h.end() <= to) {
                inside.add(new Span(h.start() - from, h.end() - from));
            }
        }
        return new Snippet(text.substring(from, to), paragraph, base + from, from > 0, to < text.length(), inside);
    }
}
