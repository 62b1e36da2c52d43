package dev.parley.ingest;

import dev.parley.model.Document;
import dev.parley.model.Skipped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each bad input gives one line naming the file and the reason, never an exception, and the good file beside it
 * is still read.
 */
@Timeout(60)
class BadInputTest {
    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    private static final String GOOD = "Talks in Tallow\n\nThe ministers of Aldoria and Brenmark met in Tallow.\n";

    private SourceReader.Result read() throws IOException {
        Fixtures.write(dir.resolve("good.txt"), GOOD);
        SourceReader.Result r = SourceReader.read(List.of(dir), warnings::add);
        assertThat(r.files()).extracting(SourceFile::id).contains("good");
        assertThat(warnings).hasSize(r.skipped().size());
        for (String w : warnings) {
            assertThat(w).startsWith("parley: skipped ").doesNotContain("\n").doesNotContain("Exception");
        }
        return r;
    }

    @Test
    void aFiftyMegabytePage() throws IOException {
        byte[] page = new byte[50 * 1024 * 1024];
        Arrays.fill(page, (byte) 'a');
        byte[] head = "<html><body><p>".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, page, 0, head.length);
        Files.write(dir.resolve("huge.html"), page);
        assertThat(read().skipped()).containsExactly(new Skipped("huge.html", "larger than 10 MB"));
        assertThat(warnings).containsExactly("parley: skipped " + dir + "/huge.html: larger than 10 MB");
    }

    @Test
    void htmlNestedAHundredThousandLevelsDeep() throws IOException {
        String deep = "<html><body>" + "<div>".repeat(100_000) + "<p>Deep inside, the envoy spoke.</p>"
                + "</div>".repeat(100_000) + "</body></html>";
        Fixtures.write(dir.resolve("deep.html"), deep);
        SourceReader.Result r = read();
        // either read (jsoup builds its tree without recursion) or left out with a reason: never a crash
        boolean read = r.files().stream().anyMatch(f -> f.id().equals("deep"));
        if (read) {
            Document d = ArticleParser.parse(r.files().stream().filter(f -> f.id().equals("deep")).findFirst().orElseThrow());
            assertThat(d.paragraphs()).isNotEmpty();
            assertThat(d.paragraphs().get(d.paragraphs().size() - 1).text()).contains("the envoy spoke");
        } else {
            assertThat(r.skipped()).extracting(Skipped::file).containsExactly("deep.html");
        }
    }

    @Test
    void aGzipBombStopsAtTheLimit() throws IOException {
        // 300 MB of zeros behind a .jsonl.gz of a few hundred kilobytes: over the 200 MB limit of a collection
        writeZeros(dir.resolve("bomb.jsonl.gz"), 300L << 20);
        // and 20 MB behind a .txt.gz: over the 10 MB limit of one article
        writeZeros(dir.resolve("small-bomb.txt.gz"), 20L << 20);
        assertThat(Files.size(dir.resolve("bomb.jsonl.gz"))).isLessThan(2L << 20);
        assertThat(read().skipped()).containsExactly(
                new Skipped("bomb.jsonl.gz", "larger than 200 MB once decompressed"),
                new Skipped("small-bomb.txt.gz", "larger than 10 MB once decompressed"));
        assertThat(warnings).contains("parley: skipped " + dir + "/bomb.jsonl.gz: larger than 200 MB once decompressed");
    }

    private static void writeZeros(Path file, long size) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written < size; written += zeros.length) {
                out.write(zeros);
            }
        }
    }

    @Test
    void xmlWithEntityExpansionIsNotExpanded() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            String prev = "&lol" + (i - 1) + ";";
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(prev.repeat(10)).append("\">\n");
        }
        dtd.append("<!ENTITY secret SYSTEM \"file:///etc/passwd\">\n]>\n");
        String feed = "<?xml version=\"1.0\"?>\n" + dtd + "<rss version=\"2.0\"><channel><title>Laughs</title>"
                + "<item><title>Bomb &lol9;</title><description>The ministry said &lol9; and &secret; today.</description>"
                + "</item></channel></rss>";
        Fixtures.write(dir.resolve("bomb.xml"), feed);
        SourceReader.Result r = read();
        for (SourceFile f : r.files()) {
            String all = String.valueOf(f.title()) + f.text() + f.paragraphs();
            assertThat(all.length()).isLessThan(10_000);
            assertThat(all).doesNotContain("root:");
        }
    }

    @Test
    void aWrongMetaCharset() throws IOException {
        String html = "<html><head><meta charset=\"iso-8859-1\"><title>Ministère</title></head>"
                + "<body><p>Le ministère des Affaires étrangères a salué l'accord.</p></body></html>";
        Files.write(dir.resolve("wrong.html"), html.getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("unknown.html"), html.replace("iso-8859-1", "x-no-such-charset")
                .getBytes(StandardCharsets.ISO_8859_1));
        SourceReader.Result r = read();
        assertThat(r.skipped()).isEmpty();
        SourceFile wrong = r.files().stream().filter(f -> f.id().equals("wrong")).findFirst().orElseThrow();
        assertThat(wrong.paragraphs().get(0)).contains("ministère des Affaires étrangères");
        SourceFile unknown = r.files().stream().filter(f -> f.id().equals("unknown")).findFirst().orElseThrow();
        assertThat(unknown.paragraphs().get(0)).contains("ministère des Affaires étrangères");
    }

    @Test
    void binaryBehindAnHtmlName() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        Files.write(dir.resolve("photo.html"), png);
        assertThat(read().skipped()).containsExactly(new Skipped("photo.html", "binary file"));
    }

    @Test
    void aStrayNulDeepInAPageIsNoReasonToCallItBinary() throws IOException {
        String html = "<html><body><p>" + "The minister spoke in Tallow. ".repeat(100) + "\u0000</p>"
                + "<p>The envoy listened.</p></body></html>";
        Fixtures.write(dir.resolve("nul.html"), html);
        SourceReader.Result r = read();
        assertThat(r.skipped()).isEmpty();
        assertThat(r.files()).extracting(SourceFile::id).contains("nul");
    }

    @Test
    void anEmptyFeed() throws IOException {
        Fixtures.write(dir.resolve("empty.rss"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                + "<title>Quiet ministry</title></channel></rss>");
        Fixtures.write(dir.resolve("nothing.atom"), "");
        Fixtures.write(dir.resolve("sitemap.xml"), "<?xml version=\"1.0\"?><urlset><url><loc>x</loc></url></urlset>");
        assertThat(read().skipped()).containsExactly(
                new Skipped("empty.rss", "feed with no items"),
                new Skipped("nothing.atom", "empty file"),
                new Skipped("sitemap.xml", "XML, but not an RSS or Atom feed"));
    }

    @Test
    void aBrokenJsonLineIsListedAndTheOthersBuild() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            if (i == 17) {
                lines.append("{\"title\": \"cut off\", \"text\": \"The minis\n");
            } else if (i == 5) {
                lines.append("[1, 2]\n");
            } else if (i == 9) {
                lines.append("{\"title\": \"no body\"}\n");
            } else {
                lines.append("{\"title\": \"Item ").append(i).append("\", \"text\": \"The envoy met the minister.\"}\n");
            }
        }
        Fixtures.write(dir.resolve("news.jsonl"), lines.toString());
        SourceReader.Result r = read();
        assertThat(r.skipped()).containsExactly(
                new Skipped("news.jsonl:5", "not a JSON object"),
                new Skipped("news.jsonl:9", "no text (looked for text, body, maintext, content, article)"),
                new Skipped("news.jsonl:17", "not JSON"));
        assertThat(warnings).contains("parley: skipped " + dir + "/news.jsonl:17: not JSON");
        assertThat(r.files()).filteredOn(f -> f.file().equals("news.jsonl")).hasSize(17);
        assertThat(r.files()).extracting(SourceFile::origin).contains("news.jsonl:18").doesNotContain("news.jsonl:17");
    }

    @Test
    void aBrokenJsonArrayAndABrokenGzipAndAWarcThatIsNot() throws IOException {
        Fixtures.write(dir.resolve("broken.json"), "[{\"title\": \"x\", \"text\": \"y\"");
        Fixtures.write(dir.resolve("object.json"), "{\"articles\": []}");
        Files.write(dir.resolve("cut.jsonl.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0});
        Fixtures.write(dir.resolve("fake.warc"), "this is not an archive\n");
        assertThat(read().skipped()).containsExactly(
                new Skipped("broken.json", "not JSON"),
                new Skipped("cut.jsonl.gz", "cannot read: not a complete gzip file"),
                new Skipped("fake.warc", "not a WARC file"),
                new Skipped("object.json", "JSON, but not an array of articles"));
    }
}
