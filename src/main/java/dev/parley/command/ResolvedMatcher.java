package dev.parley.command;

import dev.parley.text.Fold;
import org.jline.reader.Candidate;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.CompletionMatcher;
import org.jline.reader.LineReader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * JLine's matcher filters by literal prefix, which would drop "Ana Jovanović" for "jovanovic" and "Maria Petrova" for
 * "pet". Here the {@link CommandCompleter} has already matched accent-insensitively (aliases, word prefixes), so
 * this matcher keeps every candidate in the completer's order; the exact match and the common prefix compare
 * folded text.
 */
public final class ResolvedMatcher implements CompletionMatcher {
    private String typed = "";
    private List<Candidate> matched = List.of();

    @Override
    public void compile(Map<LineReader.Option, Boolean> options, boolean prefix, CompletingParsedLine line,
                        boolean caseInsensitive, int errors, String originalGroupName) {
        String w = line.word();
        typed = w.substring(0, Math.min(line.wordCursor(), w.length()));
    }

    @Override
    public List<Candidate> matches(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Candidate::sort)); // stable: the completer's ranking
        matched = List.copyOf(sorted);
        return matched;
    }

    @Override
    public Candidate exactMatch() {
        String key = Resolver.normal(typed);
        for (Candidate c : matched) {
            if (c.complete() && Resolver.normal(c.value()).equals(key)) {
                return c;
            }
        }
        return null;
    }

    /** The longest start all candidates share, when it extends what was typed (compared folded); else what was typed. */
    @Override
    public String getCommonPrefix() {
        if (matched.isEmpty()) {
            return typed;
        }
        String common = matched.get(0).value();
        for (Candidate c : matched) {
            int n = 0;
            String v = c.value();
            while (n < common.length() && n < v.length() && common.charAt(n) == v.charAt(n)) {
                n++;
            }
            common = common.substring(0, n);
        }
        return common.length() >= typed.length() && Fold.key(common).startsWith(Fold.key(typed)) ? common : typed;
    }
}
