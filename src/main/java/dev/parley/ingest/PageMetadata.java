package dev.parley.ingest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import dev.parley.model.DocDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.StringReader;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Title, outlet, date and address of a parsed page, each from the most trusted place that has it: JSON-LD
 * (schema.org articles), then OpenGraph and article meta tags, then {@code <time datetime>}, then the
 * {@code <title>} element and the address. Reads the page before the main-text step prunes it.
 */
final class PageMetadata {
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "blogposting",
            "socialmediaposting", "liveblogposting", "report", "scholarlyarticle", "techarticle", "webpage",
            "pressrelease", "askpublicnewsarticle", "satiricalarticle");
    private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4})-(\\d{2})(?:-(\\d{2}))?");
    private static final Pattern COMPACT_DATE = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})(?:\\D|$)");
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|[^\\d]|$)");
    /** " | Site", " - Site", " – Site", " — Site", " :: Site", " · Site" at the end of a {@code <title>}. */
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+(?:\\||-|–|—|::|·|•|»)\\s+([^|–—:·•»]{2,60})$");
    /** JSON-LD scripts larger than this are data dumps, not article metadata. */
    private static final int MAX_JSON_LD = 1_000_000;

    /** What was found; any field may be null. */
    record Found(String title, String titleFrom, String source, String sourceFrom, DocDate date, String url) {
    }

    private PageMetadata() {
    }

    static Found read(Document doc, String givenUrl) {
        Fields f = new Fields();
        jsonLd(doc, f);
        meta(doc, f);
        if (f.date == null) {
            time(doc, f);
        }
        if (f.url == null) {
            Element canonical = doc.selectFirst("link[rel=canonical][href]");
            if (canonical != null) {
                f.url = clean(canonical.attr("href"));
            }
        }
        if (f.url == null && givenUrl != null && !givenUrl.isBlank()) {
            f.url = givenUrl;
        }
        titleElement(doc, f);
        if (f.title == null) {
            Element h1 = doc.selectFirst("h1");
            if (h1 != null && !PageText.clean(h1.text()).isEmpty()) {
                f.set("title", PageText.clean(h1.text()), "heading");
            }
        }
        if (f.date == null && f.url != null) {
            Matcher m = URL_DATE.matcher(f.url);
            if (m.find()) {
                f.date = day(m.group(1), m.group(2), m.group(3), "url");
            }
        }
        if (f.source == null && f.url != null) {
            String host = host(f.url);
            if (host != null) {
                f.source = host;
                f.sourceFrom = "url";
            }
        }
        return new Found(f.title, f.titleFrom, f.source, f.sourceFrom, f.date, f.url);
    }

    private static final class Fields {
        String title;
        String titleFrom;
        String source;
        String sourceFrom;
        DocDate date;
        String url;

        void set(String field, String value, String from) {
            if (value == null || value.isEmpty()) {
                return;
            }
            switch (field) {
                case "title" -> {
                    if (title == null) {
                        title = value;
                        titleFrom = from;
                    }
                }
                case "source" -> {
                    if (source == null) {
                        source = value;
                        sourceFrom = from;
                    }
                }
                case "url" -> {
                    if (url == null) {
                        url = value;
                    }
                }
                default -> throw new IllegalArgumentException(field);
            }
        }

        void date(String value, String from) {
            if (date == null && value != null) {
                date = parseDate(value, from);
            }
        }
    }

    // ---------------------------------------------------------------- JSON-LD

    private static void jsonLd(Document doc, Fields f) {
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String data = script.data();
            if (data.length() > MAX_JSON_LD) {
                continue;
            }
            JsonElement root;
            try {
                JsonReader reader = new JsonReader(new StringReader(data.strip()));
                reader.setStrictness(com.google.gson.Strictness.LENIENT);
                root = JsonParser.parseReader(reader);
            } catch (RuntimeException | StackOverflowError malformed) {
                continue; // a page's broken metadata is no reason to lose its text
            }
            JsonObject article = findArticle(root);
            if (article != null) {
                f.set("title", text(article.get("headline")), "json-ld");
                f.set("title", text(article.get("name")), "json-ld");
                f.date(text(article.get("datePublished")), "json-ld");
                f.date(text(article.get("dateCreated")), "json-ld");
                f.date(text(article.get("dateModified")), "json-ld");
                f.set("source", name(article.get("publisher")), "json-ld");
                f.set("url", text(article.get("url")), "json-ld");
                return;
            }
        }
    }

    /** The first schema.org article in the data, looked for breadth-first through arrays and {@code @graph}. */
    private static JsonObject findArticle(JsonElement root) {
        Deque<JsonElement> queue = new ArrayDeque<>();
        queue.add(root);
        JsonObject page = null;
        int visited = 0;
        while (!queue.isEmpty() && visited++ < 1000) {
            JsonElement e = queue.poll();
            if (e.isJsonArray()) {
                e.getAsJsonArray().forEach(queue::add);
            } else if (e.isJsonObject()) {
                JsonObject o = e.getAsJsonObject();
                String type = typeOf(o);
                if (type != null && ARTICLE_TYPES.contains(type)) {
                    if (!type.equals("webpage")) {
                        return o;
                    }
                    if (page == null) {
                        page = o;
                    }
                }
                if (o.has("@graph")) {
                    queue.add(o.get("@graph"));
                }
                if (o.has("mainEntity")) {
                    queue.add(o.get("mainEntity"));
                }
            }
        }
        return page != null && page.has("headline") ? page : null;
    }

    private static String typeOf(JsonObject o) {
        JsonElement t = o.get("@type");
        if (t == null) {
            return null;
        }
        if (t.isJsonArray()) {
            for (JsonElement each : t.getAsJsonArray()) {
                String s = text(each);
                if (s != null && ARTICLE_TYPES.contains(s.toLowerCase(Locale.ROOT))) {
                    return s.toLowerCase(Locale.ROOT);
                }
            }
            return null;
        }
        String s = text(t);
        return s == null ? null : s.toLowerCase(Locale.ROOT).replaceFirst("^https?://schema\\.org/", "");
    }

    /** A string value, or the first string of an array; null for anything else. */
    private static String text(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (e.isJsonPrimitive()) {
            return clean(org.jsoup.parser.Parser.unescapeEntities(e.getAsString(), false));
        }
        if (e.isJsonArray()) {
            JsonArray a = e.getAsJsonArray();
            return a.isEmpty() ? null : text(a.get(0));
        }
        return null;
    }

    private static String name(JsonElement e) {
        if (e == null) {
            return null;
        }
        if (e.isJsonArray()) {
            JsonArray a = e.getAsJsonArray();
            return a.isEmpty() ? null : name(a.get(0));
        }
        if (e.isJsonObject()) {
            return text(e.getAsJsonObject().get("name"));
        }
        return text(e);
    }

    // ---------------------------------------------------------------- meta tags, time, title

    private static void meta(Document doc, Fields f) {
        for (Element m : doc.select("meta[content]")) {
            String key = (m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop"))
                    .toLowerCase(Locale.ROOT).strip();
            String value = clean(m.attr("content"));
            switch (key) {
                case "og:title", "twitter:title", "dc.title", "headline" -> f.set("title", value, "meta");
                case "og:site_name", "application-name", "publisher", "dc.publisher" -> f.set("source", value, "meta");
                case "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
                        "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.date",
                        "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "citation_date",
                        "citation_publication_date" -> f.date(value, "meta");
                case "og:url" -> f.set("url", value, "meta");
                default -> {
                }
            }
        }
    }

    private static void time(Document doc, Fields f) {
        Element time = doc.selectFirst("time[pubdate][datetime]");
        if (time == null) {
            time = doc.selectFirst("article time[datetime]");
        }
        if (time == null) {
            time = doc.selectFirst("time[datetime]");
        }
        if (time != null) {
            f.date(time.attr("datetime"), "time");
        }
    }

    private static void titleElement(Document doc, Fields f) {
        Element t = doc.selectFirst("title");
        if (t == null) {
            return;
        }
        String full = PageText.clean(t.text());
        if (full.isEmpty()) {
            return;
        }
        Matcher m = TITLE_SUFFIX.matcher(full);
        String title = full;
        if (m.find() && m.start() >= 10 && m.group(1).chars().anyMatch(Character::isLetter)) {
            title = full.substring(0, m.start()).strip();
            f.set("source", m.group(1).strip(), "title");
        }
        f.set("title", title, "title");
    }

    // ---------------------------------------------------------------- values

    static DocDate parseDate(String value, String from) {
        Matcher m = ISO_DATE.matcher(value);
        if (m.find()) {
            return m.group(3) != null ? day(m.group(1), m.group(2), m.group(3), from) : month(m.group(1), m.group(2), from);
        }
        m = COMPACT_DATE.matcher(value);
        if (m.find()) {
            return day(m.group(1), m.group(2), m.group(3), from);
        }
        return null;
    }

    private static DocDate day(String y, String mo, String d, String from) {
        int month = Integer.parseInt(mo);
        int day = Integer.parseInt(d);
        int year = Integer.parseInt(y);
        if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        return new DocDate(String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day), "day", from);
    }

    private static DocDate month(String y, String mo, String from) {
        int month = Integer.parseInt(mo);
        int year = Integer.parseInt(y);
        if (year < 1900 || year > 2100 || month < 1 || month > 12) {
            return null;
        }
        return new DocDate(String.format(Locale.ROOT, "%04d-%02d", year, month), "month", from);
    }

    private static String host(String url) {
        try {
            String h = URI.create(url.strip()).getHost();
            if (h == null) {
                return null;
            }
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String c = PageText.clean(s);
        return c.isEmpty() ? null : c;
    }
}
