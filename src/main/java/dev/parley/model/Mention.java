package dev.parley.model;

/** Where an entity is named: document, paragraph index, offsets in the paragraph and the text as written. */
public record Mention(String doc, int paragraph, int start, int end, String text) implements java.io.Serializable {
}
