package dev.parley.search;

import dev.parley.model.Span;

import java.util.List;

/**
 * Keyword in context: a piece of one paragraph, as written in the model (not sanitised: printers do that).
 *
 * @param text      the piece of the paragraph
 * @param paragraph paragraph index in the article
 * @param offset    where {@code text} starts in the paragraph
 * @param cutBefore whether the text it was cut from (the paragraph, or the quote) goes on before {@code text}
 * @param cutAfter  whether it goes on after {@code text}
 * @param hits      highlighted ranges, relative to {@code text}, in order, not overlapping
 */
public record Snippet(String text, int paragraph, int offset, boolean cutBefore, boolean cutAfter, List<Span> hits) {
    public Snippet {
        hits = List.copyOf(hits);
    }
}
