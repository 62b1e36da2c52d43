package dev.parley.ingest;

import dev.parley.model.DocDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item or entry is an article. Its text is the full content
 * ({@code content:encoded}, Atom {@code content}) before the summary ({@code description}, {@code summary});
 * HTML in it is read by {@link WebPageReader}. The item's date ({@code pubDate}, {@code published},
 * {@code dc:date}, {@code updated}) and link are the article's; the channel's or feed's title is its outlet.
 *
 * <p>jsoup's XML parser reads the feed: it never loads external entities or DTDs and does not expand entities a
 * document declares itself, so neither a file on this machine nor an entity-expansion bomb can reach the model.
 */
final class FeedReader {
    private FeedReader() {
    }

    static Found read(byte[] bytes) throws Found.NotArticles {
        Document xml;
        try {
            xml = Jsoup.parse(new ByteArrayInputStream(bytes), null, "", Parser.xmlParser());
        } catch (IOException | RuntimeException e) {
            throw new Found.NotArticles("not readable XML (" + e.getClass().getSimpleName() + ")");
        }
        Element root = xml.children().first();
        String kind = root == null ? "" : root.normalName().toLowerCase(Locale.ROOT);
        if (!kind.equals("rss") && !kind.equals("feed") && !kind.equals("rdf:rdf")) {
            throw new Found.NotArticles("XML, but not an RSS or Atom feed");
        }
        Element channel = kind.equals("feed") ? root : child(root, "channel");
        String outlet = channel == null ? null : plain(text(child(channel, "title")));
        List<Element> entries = new ArrayList<>(root.getElementsByTag("item"));
        entries.addAll(root.getElementsByTag("entry"));
        if (entries.isEmpty()) {
            throw new Found.NotArticles("feed with no items");
        }
        List<Item> items = new ArrayList<>();
        List<Found.Problem> problems = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String at = "#" + (i + 1);
            Element e = entries.get(i);
            String title = plain(text(child(e, "title")));
            String link = link(e);
            DocDate date = null;
            for (String name : List.of("pubdate", "published", "dc:date", "updated", "dc:modified")) {
                date = KnownDates.parse(text(child(e, name)), "feed");
                if (date != null) {
                    break;
                }
            }
            String body = null;
            for (String name : List.of("content:encoded", "content", "description", "summary")) {
                body = markup(child(e, name));
                if (body != null && !body.isBlank()) {
                    break;
                }
            }
            if (body == null || body.isBlank()) {
                problems.add(new Found.Problem(at, "feed item with no text"));
                continue;
            }
            if (body.length() > SourceReader.MAX_BYTES) {
                problems.add(new Found.Problem(at, SourceReader.TOO_LARGE));
                continue;
            }
            List<String> paragraphs = null;
            String text = null;
            if (Found.looksLikeHtml(body)) {
                try {
                    paragraphs = WebPageReader.read(body, link).paragraphs();
                } catch (IOException unreadable) {
                    problems.add(new Found.Problem(at, unreadable.getMessage()));
                    continue;
                }
            } else {
                text = body;
            }
            items.add(new Item(at, at, link, title, title == null ? null : "feed", outlet,
                    outlet == null ? null : "feed", date, text, paragraphs));
        }
        return new Found(items, problems);
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Element c : parent.children()) {
            if (c.normalName().toLowerCase(Locale.ROOT).equals(name)) {
                return c;
            }
        }
        return null;
    }

    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.wholeText().strip();
        return t.isEmpty() ? null : t;
    }

    /** The element's content as markup or text: inline XHTML as its markup, escaped or CDATA HTML as the HTML. */
    private static String markup(Element e) {
        if (e == null) {
            return null;
        }
        return e.children().isEmpty() ? e.wholeText() : e.html();
    }

    /** A title with HTML in it (Atom type="html") as its text. */
    private static String plain(String s) {
        if (s == null) {
            return null;
        }
        String t = Found.looksLikeHtml(s) ? Jsoup.parseBodyFragment(s).text() : s;
        t = t.replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    /** RSS: the link's text. Atom: the alternate link's href (a link with no rel is alternate). */
    private static String link(Element e) {
        for (Element c : e.children()) {
            if (!c.normalName().equalsIgnoreCase("link")) {
                continue;
            }
            if (c.hasAttr("href")) {
                String rel = c.attr("rel");
                if (rel.isEmpty() || rel.equals("alternate")) {
                    return c.attr("href").strip();
                }
            } else if (!c.text().isBlank()) {
                return c.text().strip();
            }
        }
        return null;
    }
}
