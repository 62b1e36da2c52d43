package dev.parley.search;

import dev.parley.model.Document;
import dev.parley.model.Quote;
import dev.parley.model.Span;

import java.util.List;

/**
 * One search result: an article, or a quote in one.
 *
 * @param document   the article (of the quote, for a quote)
 * @param quote      the quote, or null when the article itself matched
 * @param score      BM25 relevance; only comparable within one result list
 * @param paragraph  paragraph of the best hit in the article, where a viewer should open it
 * @param start      offset of the first highlighted word in that paragraph (0 when only the title or a filter matched)
 * @param end        offset just past it
 * @param snippet    the text around the hit
 * @param titleHits  highlighted ranges of the article's title
 */
public record Hit(Document document, Quote quote, float score, int paragraph, int start, int end, Snippet snippet,
                  List<Span> titleHits) {
    public Hit {
        titleHits = List.copyOf(titleHits);
    }

    public boolean isQuote() {
        return quote != null;
    }
}
