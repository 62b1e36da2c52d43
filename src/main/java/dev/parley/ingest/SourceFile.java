package dev.parley.ingest;

import dev.parley.model.DocDate;

import java.util.List;

/**
 * One input article, whatever format it came in: a whole text file or web page, or one record of a feed, a JSON
 * Lines or JSON array export, or a WARC archive. What the format states (title, outlet, date, address) wins over
 * what {@link ArticleParser} derives from the text; a null field is not known.
 *
 * @param id         stable id: the path relative to the input folder without extension, plus {@code #N} for the
 *                   N-th record of a file that holds several
 * @param file       path relative to the input folder, with '/' separators
 * @param origin     the file plus the record inside it where there is one: {@code news.jsonl:17} (line),
 *                   {@code feed.xml#3} (item), {@code crawl.warc.gz#urn:uuid:…} (WARC record id); the file alone otherwise
 * @param url        the article's address, or null
 * @param title      the title the format gives, or null; {@code titleFrom} says where it came from
 * @param source     the outlet the format gives, or null; {@code sourceFrom} says where it came from
 * @param date       the date the format gives (its {@code from} says where), or null
 * @param text       plain text for {@link ArticleParser} (BOM removed, line endings '\n'); null when
 *                   {@code paragraphs} are given
 * @param paragraphs ready paragraphs of a web page, or null for plain text
 */
public record SourceFile(String id, String file, String origin, String url, String title, String titleFrom,
                         String source, String sourceFrom, DocDate date, String text, List<String> paragraphs) {
    public SourceFile {
        paragraphs = paragraphs == null ? null : List.copyOf(paragraphs);
    }

    /** A plain text file: nothing known but its text. */
    public SourceFile(String id, String file, String text) {
        this(id, file, file, null, null, null, null, null, null, text, null);
    }
}
