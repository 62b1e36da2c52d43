package dev.parley.ingest;

import dev.parley.model.DocDate;

import java.util.List;

/**
 * What a web page says of itself, and its main text in block paragraphs.
 *
 * @param titleFrom  where the title came from ({@code "og:title"}, {@code "title"}), null with no title
 * @param sourceFrom where the outlet came from ({@code "og:site_name"}), null with no outlet
 * @param date       the page's own date (its {@code from} names the tag), or null
 * @param url        the page's address: its canonical link, else the one it was read from, or null
 */
public record WebPage(String title, String titleFrom, String source, String sourceFrom, DocDate date, String url,
                      List<String> paragraphs) {
    public WebPage {
        paragraphs = List.copyOf(paragraphs);
    }
}
