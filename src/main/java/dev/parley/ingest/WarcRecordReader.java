package dev.parley.ingest;

import dev.parley.model.DocDate;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * WARC web archives: each response record of an HTML page fetched with status 200 is an article, at the record's
 * target URI. Its date is the page's own when the page states one, else the capture's WARC-Date; its origin names
 * the record id. Other records (requests, metadata, images, redirects) are not articles and pass silently.
 *
 * <p>The archive is a stream: each record's body is read (up to the page limit) or skipped before the next
 * record is parsed, so nothing holds more than one page.
 */
final class WarcRecordReader {
    private WarcRecordReader() {
    }

    /** Reads the records one at a time: an archive of any size costs the memory of one page, plus the articles. */
    static Found read(InputStream stream) throws Found.NotArticles {
        List<Item> items = new ArrayList<>();
        List<Found.Problem> problems = new ArrayList<>();
        int ordinal = 0;
        try (WarcReader reader = new WarcReader(stream)) {
            while (true) {
                Optional<WarcRecord> next = reader.next();
                if (next.isEmpty()) {
                    break;
                }
                ordinal++;
                if (next.get() instanceof WarcResponse response) {
                    String at = "#" + stripBrackets(String.valueOf(response.id()));
                    try {
                        Item item = page(response, at, "#" + ordinal);
                        if (item != null) {
                            items.add(item);
                        }
                    } catch (PageTooLarge e) {
                        problems.add(new Found.Problem(at, SourceReader.TOO_LARGE));
                    } catch (IOException | RuntimeException | StackOverflowError e) {
                        problems.add(new Found.Problem(at, "unreadable response record"));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (ordinal == 0) {
                throw new Found.NotArticles("not a WARC file");
            }
            problems.add(new Found.Problem("#" + (ordinal + 1), "not a WARC record, the rest of the file is skipped"));
        }
        if (items.isEmpty() && problems.isEmpty()) {
            throw new Found.NotArticles("WARC file with no HTML pages (status 200, text/html)");
        }
        return new Found(items, problems);
    }

    private static Item page(WarcResponse response, String at, String idSuffix) throws IOException {
        HttpResponse http = response.http();
        if (http.status() != 200) {
            return null;
        }
        MediaType type = http.contentType();
        if (type == null || !type.base().equals(MediaType.HTML.base())) {
            return null;
        }
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readNBytes((int) SourceReader.MAX_BYTES + 1);
        }
        if (body.length > SourceReader.MAX_BYTES) {
            throw new PageTooLarge();
        }
        WebPage page = WebPageReader.read(body, response.target());
        DocDate date = page.date();
        if (date == null && response.date() != null) {
            date = new DocDate(response.date().atOffset(ZoneOffset.UTC).toLocalDate().toString(), "day", "warc");
        }
        return new Item(at, idSuffix, response.target(), page.title(), page.titleFrom(), page.source(),
                page.sourceFrom(), date, null, page.paragraphs());
    }

    private static final class PageTooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private static String stripBrackets(String id) {
        return id.startsWith("<") && id.endsWith(">") ? id.substring(1, id.length() - 1) : id;
    }
}
