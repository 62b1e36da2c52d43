package dev.parley.build.extract;

/** A place or organisation named in a document, with its canonical name. */
public record EntityMention(String canonical, String kind, int paragraph, int start, int end, String text) {
}
