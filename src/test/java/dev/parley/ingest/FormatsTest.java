package dev.parley.ingest;

import dev.parley.model.Document;
import dev.parley.model.Skipped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** One folder of every format, read in one run: each document with its date, outlet, address and origin. */
class FormatsTest {
    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    private Map<String, Document> build() throws IOException {
        SourceReader.Result read = SourceReader.read(List.of(dir), warnings::add);
        assertThat(read.skipped()).as("skipped: " + read.skipped()).isEmpty();
        return read.files().stream().map(ArticleParser::parse)
                .collect(Collectors.toMap(Document::id, Function.identity()));
    }

    @Test
    void aMixedFolderBuildsInOneRun() throws IOException {
        Fixtures.write(dir.resolve("pages/river.html"), Fixtures.PAGE);
        Fixtures.write(dir.resolve("feeds/mfa.rss"), Fixtures.RSS);
        Fixtures.write(dir.resolve("feeds/bsa.atom"), Fixtures.ATOM);
        Fixtures.write(dir.resolve("exports/daily.jsonl"), Fixtures.JSONL);
        Fixtures.write(dir.resolve("exports/wire.json"), Fixtures.JSON_ARRAY);
        Files.write(dir.resolve("crawl.warc"), Fixtures.warc(false));
        Files.write(dir.resolve("crawl2.warc.gz"), Fixtures.warc(true));
        Fixtures.gzip(dir.resolve("gz/river-copy.html.gz"), Fixtures.PAGE.getBytes(StandardCharsets.UTF_8));
        Fixtures.gzip(dir.resolve("gz/daily-copy.jsonl.gz"), Fixtures.JSONL.getBytes(StandardCharsets.UTF_8));
        Fixtures.gzip(dir.resolve("gz/mfa-copy.xml.gz"), Fixtures.RSS.getBytes(StandardCharsets.UTF_8));
        Fixtures.gzip(dir.resolve("gz/note.txt.gz"), "A note on the talks\n\nThe talks went on.\n".getBytes(StandardCharsets.UTF_8));
        Fixtures.write(dir.resolve("text/2024/03/21/statement.txt"),
                "Statement of the ministry\n\nThe ministry welcomes the agreement reached in Tallow.\n");
        Fixtures.write(dir.resolve("text/20240322_note.md"), "Note\n\nThe envoy travelled to Tallow.\n");

        Map<String, Document> docs = build();
        assertThat(warnings).isEmpty();
        assertThat(docs.keySet()).containsExactlyInAnyOrder(
                "pages/river", "feeds/mfa#1", "feeds/mfa#2", "feeds/bsa#1", "exports/daily#1", "exports/daily#2",
                "exports/wire#1", "crawl#1", "crawl2#1", "gz/river-copy", "gz/daily-copy#1", "gz/daily-copy#2",
                "gz/mfa-copy#1", "gz/mfa-copy#2", "gz/note", "text/2024/03/21/statement", "text/20240322_note");

        Document page = docs.get("pages/river");
        assertThat(page.title()).isEqualTo("Ministers agree on river commission");
        assertThat(page.titleFrom()).isEqualTo("meta");
        assertThat(page.source()).isEqualTo("Northern Courier");
        assertThat(page.date().value()).isEqualTo("2024-03-21");
        assertThat(page.date().from()).isEqualTo("meta");
        assertThat(page.url()).isEqualTo("https://courier.example/2024/river-commission");
        assertThat(page.origin()).isEqualTo("pages/river.html");
        assertThat(page.paragraphs()).hasSize(2);
        assertThat(page.paragraphs().get(0).text()).startsWith("The foreign ministers of Aldoria");
        assertThat(docs.get("gz/river-copy").paragraphs()).isEqualTo(page.paragraphs());

        Document item = docs.get("feeds/mfa#1");
        assertThat(item.title()).isEqualTo("Minister Valen receives the Brenmark ambassador");
        assertThat(item.titleFrom()).isEqualTo("feed");
        assertThat(item.source()).isEqualTo("Ministry of Foreign Affairs of Aldoria");
        assertThat(item.sourceFrom()).isEqualTo("feed");
        assertThat(item.date().value()).as("the day where it was said").isEqualTo("2024-03-05");
        assertThat(item.date().from()).isEqualTo("feed");
        assertThat(item.url()).isEqualTo("https://mfa.example/news/valen-ambassador");
        assertThat(item.origin()).isEqualTo("feeds/mfa.rss#1");
        assertThat(item.paragraphs()).as("content:encoded before description").hasSize(2);
        assertThat(item.paragraphs().get(0).text()).startsWith("Minister Petra Valen received");
        Document second = docs.get("feeds/mfa#2");
        assertThat(second.paragraphs().get(0).text()).startsWith("The ministry welcomes");
        assertThat(second.date().value()).isEqualTo("2024-03-06");
        assertThat(docs.get("gz/mfa-copy#2").origin()).isEqualTo("gz/mfa-copy.xml.gz#2");

        Document atom = docs.get("feeds/bsa#1");
        assertThat(atom.title()).isEqualTo("Premier Holm visits Aldoria");
        assertThat(atom.source()).isEqualTo("Brenmark State Agency");
        assertThat(atom.date().value()).as("published before updated").isEqualTo("2024-02-09");
        assertThat(atom.url()).isEqualTo("https://bsa.example/holm-visit");
        assertThat(atom.paragraphs().get(0).text()).startsWith("Premier Anders Holm arrived");

        Document line1 = docs.get("exports/daily#1");
        assertThat(line1.title()).isEqualTo("Trade council meets in Tallow");
        assertThat(line1.titleFrom()).isEqualTo("json");
        assertThat(line1.source()).isEqualTo("daily.example");
        assertThat(line1.sourceFrom()).isEqualTo("json");
        assertThat(line1.date().value()).isEqualTo("2024-01-15");
        assertThat(line1.date().from()).isEqualTo("json");
        assertThat(line1.url()).isEqualTo("https://daily.example/trade-council");
        assertThat(line1.origin()).isEqualTo("exports/daily.jsonl:1");
        assertThat(line1.paragraphs()).hasSize(2);
        Document line2 = docs.get("exports/daily#2");
        assertThat(line2.title()).isEqualTo("Envoy named for the lake dispute");
        assertThat(line2.source()).isEqualTo("Daily Example");
        assertThat(line2.paragraphs().get(0).text()).isEqualTo("The government named a special envoy for the lake dispute.");
        assertThat(line2.origin()).isEqualTo("exports/daily.jsonl:2");
        assertThat(docs.get("gz/daily-copy#2").origin()).isEqualTo("gz/daily-copy.jsonl.gz:2");

        Document element = docs.get("exports/wire#1");
        assertThat(element.date().value()).as("epoch seconds").isEqualTo("2024-03-01");
        assertThat(element.source()).isEqualTo("Wire Example");
        assertThat(element.origin()).isEqualTo("exports/wire.json#1");

        for (String id : List.of("crawl#1", "crawl2#1")) {
            Document capture = docs.get(id);
            assertThat(capture.title()).isEqualTo("Talks resume in Tallow");
            assertThat(capture.url()).isEqualTo("https://news.example/talks-resume");
            assertThat(capture.date().value()).isEqualTo("2024-04-02");
            assertThat(capture.date().from()).isEqualTo("warc");
            assertThat(capture.origin()).endsWith("#urn:uuid:11111111-2222-3333-4444-555555555555");
            assertThat(capture.paragraphs().get(0).text()).startsWith("Delegations of Aldoria");
        }
        assertThat(docs.get("crawl#1").origin()).startsWith("crawl.warc#");
        assertThat(docs.get("crawl2#1").origin()).startsWith("crawl2.warc.gz#");

        Document inFolder = docs.get("text/2024/03/21/statement");
        assertThat(inFolder.date().value()).isEqualTo("2024-03-21");
        assertThat(inFolder.date().from()).isEqualTo("path");
        assertThat(inFolder.origin()).isEqualTo("text/2024/03/21/statement.txt");
        assertThat(docs.get("text/20240322_note").date().value()).isEqualTo("2024-03-22");
        assertThat(docs.get("gz/note").paragraphs().get(0).text()).isEqualTo("The talks went on.");
    }

    @Test
    void aDateInTheTextWinsOverOneInThePath() throws IOException {
        Fixtures.write(dir.resolve("2020-01-01-old.txt"),
                "Talks in Tallow\n\nMarch 3, 2024\n\nTALLOW, March 3 /BSA/. The ministers met again.\n");
        Document d = build().get("2020-01-01-old");
        assertThat(d.date().value()).isEqualTo("2024-03-03");
        assertThat(d.date().from()).isEqualTo("header");
    }

    @Test
    void knownMetadataWinsOverWhatTheTextSuggests() throws IOException {
        Fixtures.write(dir.resolve("x.jsonl"), "{\"title\": \"The real title\", \"source\": \"Wire Example\", "
                + "\"date\": \"2024-05-02\", \"text\": \"A header line\\n\\nMay 1, 2023\\n\\nThe body says more. /ibna\"}\n");
        Document d = build().get("x#1");
        assertThat(d.title()).isEqualTo("The real title");
        assertThat(d.source()).isEqualTo("Wire Example");
        assertThat(d.date().value()).isEqualTo("2024-05-02");
    }

    @Test
    void plainTextDocumentsKeepTheirFileAsOrigin() throws IOException {
        Fixtures.write(dir.resolve("a.txt"), "Title line\n\nBody of the article in Tallow.\n");
        Document d = build().get("a");
        assertThat(d.origin()).isEqualTo("a.txt");
        assertThat(d.where()).isEqualTo("a.txt");
        assertThat(d.url()).isNull();
        assertThat(d.sourceFrom()).isNull();
    }

    @Test
    void aParleyModelIsNotTakenForInput() throws IOException {
        Fixtures.write(dir.resolve("a.txt"), "Title line\n\nBody of the article in Tallow.\n");
        Fixtures.write(dir.resolve("model.json"), "{\"schemaVersion\": 1, \"generator\": \"parley\", \"documents\": []}");
        SourceReader.Result read = SourceReader.read(List.of(dir), warnings::add);
        assertThat(read.files()).extracting(SourceFile::id).containsExactly("a");
        assertThat(read.skipped()).containsExactly(new Skipped("model.json", "a Parley model, not articles"));
    }
}
