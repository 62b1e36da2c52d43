package dev.parley.ingest;

import dev.parley.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Saved pages among the input files: found, read through WebPageReader, and made into documents. */
class WebPageSourceTest {
    private static final String PAGE = "<html><head><title>Ministers meet in Vienna | Danube Herald</title>"
            + "<meta property=\"article:published_time\" content=\"2023-10-05T09:00:00Z\"></head><body>"
            + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
            + "<article><p>VIENNA, October 5 (DH) - The foreign ministers of Austria and Slovenia met in Vienna on Thursday.</p>"
            + "<p>\"We agreed to meet again in spring,\" the Austrian minister said after the talks.</p></article>"
            + "<footer>All rights reserved by the publisher and its partners.</footer></body></html>";

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    @Test
    void htmlAndGzippedHtmlPagesBecomeDocuments() throws IOException {
        Files.writeString(dir.resolve("vienna.html"), PAGE);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("second.htm.gz")))) {
            out.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
        SourceReader.Result r = SourceReader.read(List.of(dir), warnings::add);
        assertThat(warnings).isEmpty();
        assertThat(r.files()).extracting(SourceFile::id).containsExactly("second", "vienna");
        for (SourceFile f : r.files()) {
            assertThat(f.paragraphs()).isNotNull();
            Document d = ArticleParser.parse(f);
            assertThat(d.title()).isEqualTo("Ministers meet in Vienna");
            assertThat(d.titleFrom()).isEqualTo("title");
            assertThat(d.source()).isEqualTo("Danube Herald");
            assertThat(d.date().value()).isEqualTo("2023-10-05");
            assertThat(d.date().from()).isEqualTo("meta");
            assertThat(d.paragraphs()).hasSize(2);
            // the dateline gives the place, as in text articles; the page's metadata keeps the outlet
            assertThat(d.place()).isEqualTo("Vienna");
            assertThat(d.paragraphs().get(0).text()).startsWith("The foreign ministers of Austria");
            assertThat(d.paragraphs().get(1).text()).isEqualTo("\"We agreed to meet again in spring,\" the Austrian minister said after the talks.");
            assertThat(d.paragraphs().get(1).sentences()).isNotEmpty();
        }
        assertThat(r.files().get(0).file()).isEqualTo("second.htm.gz");
    }

    @Test
    void unreadablePagesAreSkippedWithAReason() throws IOException {
        Files.write(dir.resolve("image.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0});
        Files.write(dir.resolve("broken.html.gz"), "not gzip at all".getBytes(StandardCharsets.UTF_8));
        SourceReader.Result r = SourceReader.read(List.of(dir), warnings::add);
        assertThat(r.files()).isEmpty();
        assertThat(r.skipped()).extracting(s -> s.file() + ": " + s.reason()).containsExactly(
                "broken.html.gz: cannot read: not a complete gzip file",
                "image.html: binary file");
        assertThat(warnings).hasSize(2);
    }
    // that a changed date reaches the model through the extraction cache is BuildFieldsTest's
}
