package dev.parley.extract;

/**
 * One place in a document where a person is named.
 *
 * @param form "full" (given name and surname), "surname" (surname alone, or after Mr/Ms/Dr) or "title" (a title
 *             and surname such as "Minister Petrov": the span covers the surname only)
 */
public record PersonMention(int paragraph, int start, int end, String text, String form) {
}
