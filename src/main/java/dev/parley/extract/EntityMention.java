package dev.parley.extract;

/**
 * A place or organisation named in one document.
 *
 * @param canonical the name it folds to ("Russia" for "the Russian Federation", "Kosovo" for "Kosmet")
 * @param kind      "country", "city" or "region" for places; "organisation" for organisations
 * @param start     offset of the first character of the name in the paragraph's text
 * @param end       offset just past the name (a possessive "'s" is not part of it)
 * @param text      the name as written
 */
public record EntityMention(String canonical, String kind, int paragraph, int start, int end, String text) {
}
