package dev.parley.model;

/** A sentence (or part of one) that supports a claim of the model: document, paragraph, offsets and the text. */
public record Evidence(String doc, int paragraph, int start, int end, String text) implements java.io.Serializable {
}
