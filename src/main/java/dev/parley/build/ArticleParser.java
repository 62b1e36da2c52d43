package dev.parley.build;

import dev.parley.model.Document;
import dev.parley.model.Paragraph;
import dev.parley.model.Span;

import java.util.ArrayList;
import java.util.List;

/** Turns the text of one article into a {@link Document}: title, source, dateline, date, clean paragraphs. */
public final class ArticleParser {
    private ArticleParser() {
    }

    // TEMPORARY minimal version: blank-line paragraphs, no header analysis. Being replaced by the full parser.
    public static Document parse(SourceFile source) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String block : source.text().split("\n\\s*\n")) {
            String p = block.strip().replaceAll("\\s+", " ");
            if (!p.isEmpty()) {
                paragraphs.add(new Paragraph(p, List.of(new Span(0, p.length()))));
            }
        }
        return new Document(source.id(), source.file(), "", "lead", null, null, null, paragraphs, List.of(), List.of());
    }
}
