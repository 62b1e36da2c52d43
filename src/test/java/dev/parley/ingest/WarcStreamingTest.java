package dev.parley.ingest;

import dev.parley.model.Document;
import dev.parley.model.Skipped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** WARC archives are streamed: their size has no limit, each page's body has. */
class WarcStreamingTest {
    @TempDir
    Path dir;

    /** Larger than the 200 MB that a feed or JSON file may hold, and than the whole-file limit WARC files once had. */
    private static final long FILLER = 210L << 20;

    @Test
    void aWarcLargerThanACollectionMayBeIsReadRecordByRecord() throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        try (FileChannel out = FileChannel.open(warc, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             WarcWriter writer = new WarcWriter(out, WarcCompression.GZIP)) {
            writer.write(page("https://wire.example/first", "Envoys of Morvania and Teskar met in Lindholm on Monday.", "1"));
            // a capture of a disk image: not an article, and far too large to hold in memory for nothing
            writer.write(new WarcResource.Builder(URI.create("https://wire.example/archive.img"))
                    .date(Instant.parse("2025-06-02T08:00:00Z"))
                    .body(MediaType.parse("application/octet-stream"), zeros(FILLER), FILLER)
                    .build());
            // a page over the 10 MB page limit: left out on its own, with a reason
            byte[] huge = new byte[(int) SourceReader.MAX_BYTES + 1024];
            Arrays.fill(huge, (byte) 'x');
            writer.write(response("https://wire.example/huge", huge, "3"));
            writer.write(page("https://wire.example/last", "The talks in Lindholm ended on Wednesday without a statement.", "4"));
        }
        List<String> warnings = new ArrayList<>();
        SourceReader.Result read = SourceReader.read(List.of(dir), warnings::add);

        List<String> texts = read.files().stream().map(ArticleParser::parse).map(Document::paragraphs)
                .map(ps -> ps.get(0).text()).toList();
        assertThat(texts).containsExactly("Envoys of Morvania and Teskar met in Lindholm on Monday.",
                "The talks in Lindholm ended on Wednesday without a statement.");
        assertThat(read.skipped()).containsExactly(
                new Skipped("crawl.warc.gz#urn:uuid:00000000-0000-0000-0000-000000000003", "larger than 10 MB"));
        assertThat(warnings).hasSize(1);
    }

    @Test
    void anEmptyWarcIsNamedAsEmpty() throws IOException {
        Files.write(dir.resolve("nothing.warc"), new byte[0]);
        SourceReader.Result read = SourceReader.read(List.of(dir), w -> { });
        assertThat(read.skipped()).containsExactly(new Skipped("nothing.warc", "empty file"));
    }

    private static WarcResponse page(String url, String sentence, String n) throws IOException {
        String html = "<html><head><title>Wire</title></head><body><p>" + sentence + "</p></body></html>";
        return response(url, html.getBytes(StandardCharsets.UTF_8), n);
    }

    private static WarcResponse response(String url, byte[] html, String n) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"), html).build();
        return new WarcResponse.Builder(url)
                .date(Instant.parse("2025-06-02T08:00:00Z"))
                .recordId(URI.create("urn:uuid:00000000-0000-0000-0000-00000000000" + n))
                .body(http)
                .build();
    }

    /** {@code size} zero bytes, made as they are read. */
    private static ReadableByteChannel zeros(long size) {
        return new ReadableByteChannel() {
            long left = size;
            boolean open = true;

            @Override
            public int read(ByteBuffer dst) {
                if (left == 0) {
                    return -1;
                }
                int n = (int) Math.min(left, dst.remaining());
                for (int i = 0; i < n; i++) {
                    dst.put((byte) 0);
                }
                left -= n;
                return n;
            }

            @Override
            public boolean isOpen() {
                return open;
            }

            @Override
            public void close() {
                open = false;
            }
        };
    }
}
