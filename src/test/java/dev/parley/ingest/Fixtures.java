package dev.parley.ingest;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;

/** Input files of every format, written by the tests themselves (invented diplomatic press texts). */
final class Fixtures {
    private Fixtures() {
    }

    static final String PAGE = """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8">
            <title>Ministers agree on river commission | Northern Courier</title>
            <meta property="og:title" content="Ministers agree on river commission">
            <meta property="og:site_name" content="Northern Courier">
            <meta property="article:published_time" content="2024-03-21T10:15:00+01:00">
            <link rel="canonical" href="https://courier.example/2024/river-commission">
            </head><body>
            <nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Ministers agree on river commission</h1>
            <p>The foreign ministers of Aldoria and Brenmark agreed on Thursday to set up a joint river commission.</p>
            <p>"This is a day of good neighbours," the Aldorian minister Petra Valen told reporters after the talks.</p>
            </article>
            <footer>All rights reserved</footer>
            </body></html>
            """;

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel>
              <title>Ministry of Foreign Affairs of Aldoria</title>
              <link>https://mfa.example/</link>
              <item>
                <title>Minister Valen receives the Brenmark ambassador</title>
                <link>https://mfa.example/news/valen-ambassador</link>
                <pubDate>Tue, 05 Mar 2024 23:30:00 -0500</pubDate>
                <description>Short summary only.</description>
                <content:encoded><![CDATA[<p>Minister Petra Valen received the ambassador of Brenmark on Tuesday.</p>
                <p>They discussed the river commission and trade.</p>]]></content:encoded>
              </item>
              <item>
                <title>Statement on the border talks</title>
                <link>https://mfa.example/news/border-talks</link>
                <pubDate>Wed, 06 Mar 2024 09:00:00 GMT</pubDate>
                <description>The ministry welcomes the resumption of the border talks in Tallow.</description>
              </item>
            </channel>
            </rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Brenmark State Agency</title>
              <entry>
                <title type="html">Premier &lt;em&gt;Holm&lt;/em&gt; visits Aldoria</title>
                <link rel="alternate" href="https://bsa.example/holm-visit"/>
                <updated>2024-02-10T08:00:00Z</updated>
                <published>2024-02-09T18:00:00Z</published>
                <content type="html">&lt;p&gt;Premier Anders Holm arrived in the Aldorian capital for a two-day visit.&lt;/p&gt;</content>
              </entry>
            </feed>
            """;

    static final String JSONL = """
            {"title": "Trade council meets in Tallow", "text": "The trade council of the two countries met in Tallow on Monday.\\n\\nIt agreed on lower tariffs.", "date_publish": "2024-01-15 09:00:00", "url": "https://daily.example/trade-council", "source_domain": "daily.example"}
            {"headline": "Envoy named for the lake dispute", "body": "<p>The government named a special envoy for the lake dispute.</p>", "publishedAt": "2024-01-16T12:00:00Z", "link": "https://daily.example/envoy", "publisher": "Daily Example"}
            """;

    static final String JSON_ARRAY = """
            [{"title": "Summit date set", "content": "The summit of the regional council will be held in May.", "published": 1709251200, "url": "https://wire.example/summit", "outlet": "Wire Example"}]
            """;

    static final String WARC_PAGE = """
            <html><head><title>Talks resume in Tallow</title></head><body>
            <p>Delegations of Aldoria and Brenmark resumed their talks in Tallow on Friday.</p>
            </body></html>
            """;

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static void gzip(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(bytes);
        }
    }

    /** A WARC with a request-less capture: one HTML page, one image and one redirect (only the page is an article). */
    static byte[] warc(boolean gzipped) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(bytes),
                gzipped ? WarcCompression.GZIP : WarcCompression.NONE)) {
            writer.write(response("https://news.example/talks-resume", 200, "text/html; charset=utf-8",
                    WARC_PAGE.getBytes(StandardCharsets.UTF_8), "urn:uuid:11111111-2222-3333-4444-555555555555"));
            writer.write(response("https://news.example/logo.png", 200, "image/png", new byte[] {1, 2, 3},
                    "urn:uuid:11111111-2222-3333-4444-666666666666"));
            writer.write(response("https://news.example/old", 301, "text/html", "<p>moved</p>".getBytes(StandardCharsets.UTF_8),
                    "urn:uuid:11111111-2222-3333-4444-777777777777"));
        }
        return bytes.toByteArray();
    }

    private static WarcResponse response(String target, int status, String type, byte[] body, String id)
            throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Moved")
                .body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(target)
                .date(Instant.parse("2024-04-02T12:00:00Z"))
                .recordId(URI.create(id))
                .body(http)
                .build();
    }
}
