package dev.parley.ingest;

import java.util.Locale;

/** The formats {@code parley build} reads, told apart by the file name; each may also come gzipped ({@code .gz}). */
enum InputFormat {
    TEXT(false), PAGE(false), FEED(true), JSON_LINES(true), JSON(true), WARC(true);

    /** Whether one file holds many articles (and so may be far larger than one article). */
    final boolean collection;

    InputFormat(boolean collection) {
        this.collection = collection;
    }

    /** The format of a file of this name, or null when it is not an input. */
    static InputFormat of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            return WARC;
        }
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return switch (ext) {
            case "txt", "md" -> TEXT;
            case "html", "htm", "xhtml" -> PAGE;
            case "rss", "atom", "xml" -> FEED;
            case "jsonl", "ndjson" -> JSON_LINES;
            case "json" -> JSON;
            default -> null;
        };
    }

    static boolean gzipped(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
    }
}
