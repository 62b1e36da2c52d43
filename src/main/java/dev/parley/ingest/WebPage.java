package dev.parley.ingest;

import dev.parley.model.DocDate;

import java.util.List;

/**
 * A saved web page read into an article: its main text as paragraphs and the metadata found in the page.
 *
 * @param title      the article's headline, or null when the page names none
 * @param titleFrom  where the title came from: "json-ld", "meta" (OpenGraph and the like), "title" (the
 *                   {@code <title>} element) or "heading" (the first {@code <h1>}); null with no title
 * @param source     the outlet (publisher or site name), or null
 * @param sourceFrom where the outlet came from: "json-ld", "meta", "title" (the suffix of {@code <title>}) or "url"
 * @param date       publication date; its {@code from} is "json-ld", "meta", "time" or "url"; null when unknown
 * @param url        the page's canonical address, or the address it was read from, or null
 * @param paragraphs the main text, one entry per block (headings included), boilerplate left out
 */
public record WebPage(String title, String titleFrom, String source, String sourceFrom, DocDate date, String url,
                      List<String> paragraphs) {
    public WebPage {
        paragraphs = List.copyOf(paragraphs);
    }
}
