package dev.parley.ingest;

import dev.parley.model.DocDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a web page (or an HTML fragment of a feed or an export): its title, outlet and date from its meta tags and
 * its text as block paragraphs. A plain reader: page chrome (navigation, header, footer, asides, scripts) is
 * dropped, every remaining block element is a paragraph.
 */
public final class WebPageReader {
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, dd, dt";
    private static final String CHROME = "script, style, noscript, template, nav, header, footer, aside, form";
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private WebPageReader() {
    }

    /**
     * Reads a page from its bytes: valid UTF-8 is UTF-8 whatever the page declares (a wrong meta charset is common
     * and would garble every accent); otherwise the declared charset when Java knows it, else Windows-1252.
     */
    public static WebPage read(byte[] bytes, String url) {
        return read(decode(bytes), url);
    }

    public static WebPage read(String html, String url) {
        Document page = Jsoup.parse(html, url == null ? "" : url);
        String title = meta(page, "og:title");
        String titleFrom = title == null ? null : "og:title";
        if (title == null && !page.title().isBlank()) {
            title = page.title().strip();
            titleFrom = "title";
        }
        String source = meta(page, "og:site_name");
        DocDate date = null;
        for (String name : List.of("article:published_time", "date", "pubdate", "dc.date")) {
            date = KnownDates.parse(meta(page, name), "meta");
            if (date != null) {
                break;
            }
        }
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        String address = canonical != null && !canonical.absUrl("href").isEmpty() ? canonical.absUrl("href") : url;
        page.select(CHROME).remove();
        List<String> paragraphs = outerBlocks(page.body());
        if (paragraphs.isEmpty() && !page.body().text().isBlank()) {
            paragraphs.add(page.body().text().strip());
        }
        return new WebPage(title, titleFrom, source, source == null ? null : "og:site_name", date, address, paragraphs);
    }

    /** The text of each outermost block element, in one pass (no per-element walk up, however deep the page). */
    private static List<String> outerBlocks(Element body) {
        List<String> out = new ArrayList<>();
        Set<String> blocks = Set.of(BLOCKS.split(",\\s*"));
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && blocks.contains(e.normalName())) {
                    String text = e.text().strip();
                    if (!text.isEmpty()) {
                        out.add(text);
                    }
                    return FilterResult.SKIP_CHILDREN; // the block holds its inner blocks' text already
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        return out;
    }

    private static String meta(Document page, String name) {
        for (Element m : page.select("meta[content]")) {
            String key = m.hasAttr("property") ? m.attr("property") : m.attr("name");
            if (key.toLowerCase(Locale.ROOT).equals(name) && !m.attr("content").isBlank()) {
                return m.attr("content").strip();
            }
        }
        return null;
    }

    private static String decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            Charset charset = WINDOWS_1252;
            if (m.find()) {
                try {
                    charset = Charset.forName(m.group(1));
                } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
                    // keep Windows-1252, the usual charset of old pages
                }
            }
            return new String(bytes, charset);
        }
    }
}
