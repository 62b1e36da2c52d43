package dev.parley.ingest;

/**
 * An input article after decoding: its stable id, its path relative to the input folder, and its text
 * (BOM removed, line endings normalised to '\n').
 *
 * @param page for a saved web page, what {@link WebPageReader} read from it (then {@code text} is its paragraphs,
 *             one per line pair, and the page's metadata); null for a text article
 */
public record SourceFile(String id, String file, String text, WebPage page) {
    public SourceFile(String id, String file, String text) {
        this(id, file, text, null);
    }

    /** A web page as a source: its text holds everything read from it, so that caches keyed on the text see changes. */
    static SourceFile ofPage(String id, String file, WebPage page) {
        StringBuilder text = new StringBuilder();
        text.append(page.title()).append('\t').append(page.titleFrom()).append('\t').append(page.source()).append('\t')
                .append(page.sourceFrom()).append('\t').append(page.date()).append('\t').append(page.url()).append("\n\n");
        for (String p : page.paragraphs()) {
            text.append(p).append("\n\n");
        }
        return new SourceFile(id, file, text.toString(), page);
    }
}
