package dev.parley.ingest;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.parley.model.Document;
import dev.parley.model.Paragraph;
import dev.parley.model.Span;
import dev.parley.testing.WildText;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The readers of web pages, feeds and JSON, given arbitrary strings (as they are, and inside the structure each
 * reader looks for): they never throw anything but their own "this is not usable" signal, and every article they
 * hand over parses into a document whose sentences lie inside their paragraphs.
 */
class ReadersPropertiesTest {
    @Provide
    Arbitrary<String> text() {
        return WildText.text();
    }

    @Property(tries = 100)
    void webPages(@ForAll("text") String title, @ForAll("text") String body) {
        for (String html : List.of(body, "<html><head><title>" + title + "</title><meta property=\"og:title\" content=\""
                + title + "\"></head><body><article><h1>" + title + "</h1><p>" + body + "</p><p>" + title
                + "</p></article></body></html>")) {
            WebPage page;
            try {
                page = WebPageReader.read(html, "https://example.org/" + title);
            } catch (IOException unusable) {
                continue; // blank or unparseable: skipped with that reason
            }
            assertThat(page.paragraphs()).allSatisfy(p -> assertThat(p).isNotNull());
            wellFormed(ArticleParser.parse(new SourceFile("p", "p.html", "p.html", page.url(), page.title(),
                    page.titleFrom(), page.source(), page.sourceFrom(), page.date(), null, page.paragraphs())));
        }
    }

    @Property(tries = 100)
    void feeds(@ForAll("text") String title, @ForAll("text") String body) {
        for (String xml : List.of(body,
                "<rss version=\"2.0\"><channel><title>" + title + "</title><item><title>" + title
                        + "</title><pubDate>" + title + "</pubDate><description>" + body + "</description></item>"
                        + "<item><title>t</title><description><![CDATA[<p>" + body + "</p>]]></description></item></channel></rss>",
                "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>" + title + "</title><content type=\"html\">"
                        + body + "</content><link href=\"" + title + "\"/></entry></feed>")) {
            Found found;
            try {
                found = FeedReader.read(xml.getBytes(StandardCharsets.UTF_8));
            } catch (Found.NotArticles notAFeed) {
                continue;
            }
            itemsParse(found);
        }
    }

    @Property(tries = 100)
    void jsonLinesAndArrays(@ForAll("text") String title, @ForAll("text") String body, @ForAll("text") String date) {
        JsonObject o = new JsonObject();
        o.addProperty("title", title);
        o.addProperty("text", body);
        o.addProperty("date", date);
        o.addProperty("url", title);
        JsonObject nested = new JsonObject();
        nested.addProperty("body", body);
        o.add("meta", nested);
        JsonArray array = new JsonArray();
        array.add(o);
        array.add(body);
        itemsParse(JsonRecordReader.lines(body, FieldNames.DEFAULT));
        itemsParse(JsonRecordReader.lines(o + "\n" + body + "\n" + o, FieldNames.DEFAULT));
        itemsParse(JsonRecordReader.lines(o.toString(), FieldNames.withOverrides(List.of("text=meta.body"))));
        for (String json : List.of(body, array.toString())) {
            try {
                itemsParse(JsonRecordReader.array(json, FieldNames.DEFAULT));
            } catch (Found.NotArticles notAnArray) {
                // reported as one reason for the whole file
            }
        }
    }

    @Property(tries = 200)
    void plainText(@ForAll("text") String text) {
        wellFormed(ArticleParser.parse(new SourceFile("t", "2024/03/21/t.txt", text)));
    }

    private static void itemsParse(Found found) {
        for (Found.Problem p : found.problems()) {
            assertThat(p.record()).isNotBlank();
            assertThat(p.reason()).isNotBlank();
        }
        for (Item item : found.items()) {
            wellFormed(ArticleParser.parse(new SourceFile("i" + item.idSuffix(), "f.jsonl", "f.jsonl" + item.record(),
                    item.url(), item.title(), item.titleFrom(), item.source(), item.sourceFrom(), item.date(),
                    item.text(), item.paragraphs())));
        }
    }

    private static void wellFormed(Document doc) {
        assertThat(doc.title()).isNotNull();
        List<String> texts = new ArrayList<>();
        for (Paragraph p : doc.paragraphs()) {
            assertThat(p.text()).isNotBlank();
            texts.add(p.text());
            int last = 0;
            for (Span s : p.sentences()) {
                assertThat(s.start()).isGreaterThanOrEqualTo(last);
                assertThat(s.end()).isLessThanOrEqualTo(p.text().length());
                last = s.end();
            }
        }
        assertThat(texts).allSatisfy(t -> assertThat(t).doesNotContain("\r"));
    }
}
