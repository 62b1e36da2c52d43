package dev.parley.ingest;

import dev.parley.extract.Vocabulary;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a saved web page into a {@link WebPage}: its main text without the site's furniture, and its title,
 * outlet, date and address from the page's metadata.
 *
 * <p>Pages are untrusted input: an oversized page or binary data behind an {@code .html} name is rejected with an
 * {@link IOException} whose message is a one-line reason; deep nesting is capped by the parser and every pass over
 * the tree is iterative.
 */
public final class WebPageReader {
    /** Saved article pages are well under this even with inline styles and scripts. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    /** Elements nested deeper than this are attached at this depth; no article needs more. */
    static final int MAX_DEPTH = 256;

    private static final MainText MAIN_TEXT = new MainText(Vocabulary.get());

    private WebPageReader() {
    }

    /** Decodes the bytes (byte-order mark, then the declared charset checked against the bytes) and reads the page. */
    public static WebPage read(byte[] bytes, String url) throws IOException {
        if (bytes.length > MAX_BYTES) {
            throw new IOException("page larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        if (bytes.length == 0) {
            throw new IOException("empty page");
        }
        return read(PageDecoding.decode(bytes), url);
    }

    public static WebPage read(String html, String url) throws IOException {
        if (html.length() > MAX_BYTES) {
            throw new IOException("page larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        if (html.isBlank()) {
            throw new IOException("empty page");
        }
        Document doc;
        try {
            Parser parser = Parser.htmlParser();
            parser.setMaxDepth(MAX_DEPTH);
            doc = parser.parseInput(html, url == null ? "" : url);
        } catch (RuntimeException | StackOverflowError e) {
            throw new IOException("cannot parse as HTML: " + e.getClass().getSimpleName());
        }
        PageMetadata.Found meta = PageMetadata.read(doc, url);
        Element body = doc.body();
        List<String> paragraphs = body == null ? List.of() : MAIN_TEXT.extract(body);
        return new WebPage(meta.title(), meta.titleFrom(), meta.source(), meta.sourceFrom(), meta.date(), meta.url(),
                withoutTitle(paragraphs, meta.title()));
    }

    /** The headline repeated as the first paragraphs is the title, not text. */
    private static List<String> withoutTitle(List<String> paragraphs, String title) {
        if (title == null || paragraphs.isEmpty()) {
            return paragraphs;
        }
        String t = title.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>(paragraphs);
        for (int i = 0; i < Math.min(3, out.size()); i++) {
            if (out.get(i).toLowerCase(Locale.ROOT).equals(t)) {
                out.remove(i);
                break;
            }
        }
        return out;
    }
}
