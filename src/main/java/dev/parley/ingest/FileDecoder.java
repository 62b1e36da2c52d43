package dev.parley.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads one input file into its articles, by the format its name says. Nothing here throws for bad input: a
 * file that cannot be used gives one reason, a record that cannot be used gives a problem, and the build goes on.
 *
 * <p>Limits: an article file (text, web page) may hold 10 MB, a feed or JSON file 200 MB, both counted after
 * decompression; a gzip file is read as a stream and stops at the limit, so a small compressed file that would
 * unpack to gigabytes costs no more than the limit. A WARC archive has no limit of its own: crawls are often
 * gigabytes, so it is streamed record by record and only each page's body is capped (at 10 MB, as a page file).
 */
final class FileDecoder {
    static final long MAX_COLLECTION_BYTES = 200L * 1024 * 1024;

    /** The articles of a file and the records left out, or the one reason the whole file is. */
    record Decoded(List<Item> items, List<Found.Problem> problems, String reason) {
        static Decoded skipped(String reason) {
            return new Decoded(List.of(), List.of(), reason);
        }
    }

    private FileDecoder() {
    }

    static Decoded decode(Path file, String name, FieldNames fields) {
        return decode(new ArticleFiles.Opener() {
            @Override
            public long size() throws IOException {
                return Files.size(file);
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }

            @Override
            public byte[] readAll() throws IOException {
                return Files.readAllBytes(file);
            }
        }, name, fields);
    }

    static Decoded decode(ArticleFiles.Opener file, String name, FieldNames fields) {
        InputFormat format = InputFormat.of(name);
        boolean gz = InputFormat.gzipped(name);
        if (format == InputFormat.WARC) {
            return warc(file, gz);
        }
        long limit = format.collection ? MAX_COLLECTION_BYTES : SourceReader.MAX_BYTES;
        byte[] bytes;
        try {
            bytes = read(file, gz, limit);
        } catch (TooLarge e) {
            return Decoded.skipped("larger than " + (limit >> 20) + " MB" + (gz ? " once decompressed" : ""));
        } catch (ZipException | EOFException e) {
            return Decoded.skipped(SourceReader.CANNOT_READ + "not a complete gzip file");
        } catch (IOException e) {
            return Decoded.skipped(SourceReader.CANNOT_READ + SourceReader.describe(e));
        } catch (OutOfMemoryError e) {
            return Decoded.skipped(SourceReader.CANNOT_READ + "out of memory");
        }
        if (bytes.length == 0) {
            return Decoded.skipped(SourceReader.EMPTY);
        }
        try {
            return switch (format) {
                case TEXT -> text(bytes);
                case PAGE -> page(bytes);
                case FEED -> found(bytes, b -> FeedReader.read(b));
                case JSON_LINES -> found(bytes, b -> JsonRecordReader.lines(textOf(b), fields));
                case JSON -> found(bytes, b -> JsonRecordReader.array(textOf(b), fields));
                case WARC -> throw new IllegalStateException("WARC files are streamed");
            };
        } catch (StackOverflowError | OutOfMemoryError | RuntimeException e) {
            return parserFailed(e);
        }
    }

    /**
     * A parser that failed on a file: too deep, out of memory, or a parser's bug, which must not end the build
     * either. The file is named and left out.
     */
    private static Decoded parserFailed(Throwable e) {
        if (e instanceof StackOverflowError) {
            return Decoded.skipped("nested too deeply to read");
        }
        if (e instanceof OutOfMemoryError) {
            return Decoded.skipped(SourceReader.CANNOT_READ + "out of memory");
        }
        return Decoded.skipped("cannot read: " + e.getClass().getSimpleName());
    }

    /** A WARC archive, read as a stream of records: its size does not matter, only each page's. */
    private static Decoded warc(ArticleFiles.Opener file, boolean gz) {
        try {
            if (file.size() == 0) {
                return Decoded.skipped(SourceReader.EMPTY);
            }
            try (InputStream raw = file.open();
                 InputStream in = gz ? new GZIPInputStream(raw, 1 << 16) : raw) {
                return found(WarcRecordReader.read(in));
            }
        } catch (Found.NotArticles e) {
            return Decoded.skipped(e.getMessage());
        } catch (ZipException | EOFException e) {
            return Decoded.skipped(SourceReader.CANNOT_READ + "not a complete gzip file");
        } catch (IOException e) {
            return Decoded.skipped(SourceReader.CANNOT_READ + SourceReader.describe(e));
        } catch (StackOverflowError | OutOfMemoryError | RuntimeException e) {
            return parserFailed(e);
        }
    }

    private static Decoded found(Found f) {
        if (f.items().isEmpty() && f.problems().isEmpty()) {
            return Decoded.skipped("no articles in it");
        }
        return new Decoded(f.items(), f.problems(), null);
    }

    private static Decoded text(byte[] bytes) {
        String text = SourceReader.decodeText(bytes);
        if (text == null) {
            return Decoded.skipped(SourceReader.BINARY);
        }
        text = SourceReader.normaliseLineEnds(text);
        if (text.isBlank()) {
            return Decoded.skipped(SourceReader.EMPTY);
        }
        return new Decoded(List.of(Item.text(text)), List.of(), null);
    }

    private static Decoded page(byte[] bytes) {
        if (looksBinaryMarkup(bytes)) {
            return Decoded.skipped(SourceReader.BINARY);
        }
        WebPage page;
        try {
            page = WebPageReader.read(bytes, null);
        } catch (IOException unreadable) {
            return Decoded.skipped(unreadable.getMessage());
        }
        if (page.paragraphs().isEmpty()) {
            return Decoded.skipped("web page with no text");
        }
        return new Decoded(List.of(Item.page(null, null, page)), List.of(), null);
    }

    private interface FormatReader {
        Found read(byte[] bytes) throws Found.NotArticles;
    }

    private static Decoded found(byte[] bytes, FormatReader reader) {
        return found(bytes, reader, true);
    }

    private static Decoded found(byte[] bytes, FormatReader reader, boolean textual) {
        if (textual && looksBinaryMarkup(bytes)) {
            return Decoded.skipped(SourceReader.BINARY);
        }
        try {
            return found(reader.read(bytes));
        } catch (Found.NotArticles e) {
            return Decoded.skipped(e.getMessage());
        }
    }

    /**
     * Markup from the web: a stray NUL deep in a saved page is common and harmless (the parsers drop it), so only
     * a NUL near the start, where every binary format has its header, or a share of control bytes above one in
     * ten makes it binary. UTF-16 with a BOM is text.
     */
    static boolean looksBinaryMarkup(byte[] bytes) {
        if (utf16(bytes)) {
            return false;
        }
        int controls = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0 && i < 1024) {
                return true;
            }
            if ((b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') || b == 0x7F) {
                controls++;
            }
        }
        return controls * 10L > bytes.length;
    }

    private static boolean utf16(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE);
    }

    /** Text of a JSON file: JSON is UTF-8 (RFC 8259); a BOM is tolerated. */
    private static String textOf(byte[] bytes) {
        String decoded = SourceReader.decodeText(bytes);
        return decoded == null ? new String(bytes, StandardCharsets.UTF_8) : SourceReader.normaliseLineEnds(decoded);
    }

    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** The file's bytes, decompressed when gzipped, refusing more than {@code limit} bytes. */
    private static byte[] read(ArticleFiles.Opener file, boolean gz, long limit) throws IOException {
        if (!gz) {
            if (file.size() > limit) {
                throw new TooLarge();
            }
            byte[] bytes = file.readAll();
            if (bytes.length > limit) {
                throw new TooLarge(); // the file grew between the size check and the read
            }
            return bytes;
        }
        try (InputStream in = new GZIPInputStream(file.open(), 1 << 16)) {
            byte[] bytes = in.readNBytes((int) limit + 1);
            if (bytes.length > limit) {
                throw new TooLarge();
            }
            return bytes;
        }
    }
}
