package dev.parley.search;

/**
 * One word of a text as search sees it.
 *
 * @param term  the folded form ("dacic" for "Dačić")
 * @param start offset of the word's first character in the text
 * @param end   offset just past its last character
 */
public record Token(String term, int start, int end) {
}
