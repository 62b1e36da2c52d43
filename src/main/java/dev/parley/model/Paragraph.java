package dev.parley.model;

import java.util.List;

/** A clean paragraph and its sentence boundaries (offsets into {@link #text()}). */
public record Paragraph(String text, List<Span> sentences) implements java.io.Serializable {
    public Paragraph {
        sentences = ModelLists.copyOf(sentences);
    }
}
