package dev.parley.extract;

import dev.parley.extract.Vocabulary;
import dev.parley.model.Span;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentence boundaries of a paragraph. The JDK's rule-based BreakIterator does the generic work; on top of it
 * we undo the breaks it makes after titles and initials ("Mr. Orlov", "John F. Kennedy", "U.S. envoy"),
 * which news text is full of.
 */
public final class Sentences {
    private final Set<String> abbreviations;

    public Sentences(Vocabulary vocab) {
        this.abbreviations = Set.copyOf(vocab.list("abbreviations"));
    }

    public List<Span> split(String text) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(text);
        List<Span> raw = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            Span trimmed = trim(text, start, end);
            if (trimmed != null) {
                raw.add(trimmed);
            }
        }
        List<Span> out = new ArrayList<>(raw.size());
        for (Span s : raw) {
            if (!out.isEmpty() && shouldJoin(text, out.get(out.size() - 1), s)) {
                Span prev = out.remove(out.size() - 1);
                out.add(new Span(prev.start(), s.end()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private boolean shouldJoin(String text, Span prev, Span next) {
        char first = text.charAt(next.start());
        if (Character.isLowerCase(first)) {
            return true; // a real sentence does not start in lower case; the break was inside one
        }
        int end = prev.end();
        if (text.charAt(end - 1) != '.') {
            return false;
        }
        int wordStart = end - 1;
        while (wordStart > prev.start() && !Character.isWhitespace(text.charAt(wordStart - 1))
                && text.charAt(wordStart - 1) != '(' && text.charAt(wordStart - 1) != '"') {
            wordStart--;
        }
        String word = text.substring(wordStart, end - 1);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "John F. Kennedy"
        }
        return abbreviations.contains(word);
    }

    private static Span trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return start < end ? new Span(start, end) : null;
    }
}
