package dev.parley.model;

import java.util.List;

/**
 * One article. All offsets elsewhere in the model point into {@link #paragraphs()}: a paragraph index and
 * character offsets (UTF-16, as Java and JavaScript count them) inside that paragraph's text.
 *
 * @param id          stable id derived from the file path relative to the input folder, without extension
 * @param file        path relative to the input folder, with '/' separators
 * @param origin      the file plus the record inside it where the file holds several ({@code news.jsonl:17},
 *                    {@code feed.xml#3}, {@code crawl.warc#urn:uuid:…}); the file alone otherwise; null in old models
 * @param url         the article's address (feed link, JSON url, WARC target, URL line), or null
 * @param title       the article's own title, or one derived from the lead sentence
 * @param titleFrom   "header" when the article has a title line, "lead" when derived, or the format that gave
 *                    it ("feed", "json", a web page's own)
 * @param source      outlet or agency (header line, dateline agency, trailing signature), or null
 * @param sourceFrom  where the outlet came from ("header", "dateline", "signature", "url", "feed", "json", a web
 *                    page's own), or null
 * @param place       dateline place, or null
 * @param date        publication date as far as known, or null
 * @param paragraphs  clean body paragraphs (title, outlet and boilerplate lines removed)
 * @param topics      ids of the topics this document is about (evidence is in {@link Topic})
 * @param keyphrases  salient phrases of this document, most salient first
 */
public record Document(
        String id,
        String file,
        String origin,
        String url,
        String title,
        String titleFrom,
        String source,
        String sourceFrom,
        String place,
        DocDate date,
        List<Paragraph> paragraphs,
        List<String> topics,
        List<String> keyphrases) implements java.io.Serializable {

    public Document {
        paragraphs = ModelLists.copyOf(paragraphs);
        topics = ModelLists.copyOf(topics);
        keyphrases = ModelLists.copyOf(keyphrases);
    }

    /** A document without origin, address or outlet provenance (models and fixtures from before they existed). */
    public Document(String id, String file, String title, String titleFrom, String source, String place, DocDate date,
                    List<Paragraph> paragraphs, List<String> topics, List<String> keyphrases) {
        this(id, file, null, null, title, titleFrom, source, null, place, date, paragraphs, topics, keyphrases);
    }

    /** The file plus the record inside it: what {@code pick --format path} prints. */
    public String where() {
        return origin != null ? origin : file;
    }
}
