package dev.parley.ingest;

import dev.parley.model.DocDate;

import java.util.List;

/**
 * One article as a format reader found it in a file, before it gets its id: see {@link SourceFile} for the fields.
 *
 * @param record    where in the file: {@code ":17"} (a line), {@code "#3"} (an item), {@code "#urn:uuid:…"} (a WARC
 *                  record); null when the article is the whole file
 * @param idSuffix  what the id adds to the file's own ({@code "#3"}), or null for a whole file
 */
record Item(String record, String idSuffix, String url, String title, String titleFrom, String source,
            String sourceFrom, DocDate date, String text, List<String> paragraphs) {

    static Item text(String text) {
        return new Item(null, null, null, null, null, null, null, null, text, null);
    }

    /** A web page (or an HTML fragment) read by {@link WebPageReader}. */
    static Item page(String record, String idSuffix, WebPage page) {
        return new Item(record, idSuffix, page.url(), page.title(), page.titleFrom(), page.source(),
                page.sourceFrom(), page.date(), null, page.paragraphs());
    }
}
