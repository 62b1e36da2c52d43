package dev.parley.model;

/**
 * A direct quote.
 *
 * @param id          "q-" + document id + "-" + ordinal
 * @param doc         document id
 * @param paragraph   paragraph index in the document
 * @param start       offset of the first character inside the quotation marks
 * @param end         offset just past the last character inside the quotation marks
 * @param text        the quoted words, without the outer marks
 * @param speaker     person id, or null when the speaker is unknown (never guessed)
 * @param speakerText the words that name the speaker in the article ("Minister Petrov", "the Russian Foreign Minister", "he")
 * @param verb        the speech verb ("said", "stressed"), or null
 * @param how         how the speaker was found: "name", "title", "role", "pronoun", "previous", or null
 * @param confidence  0..1, how sure the attribution is
 */
public record Quote(
        String id,
        String doc,
        int paragraph,
        int start,
        int end,
        String text,
        String speaker,
        String speakerText,
        String verb,
        String how,
        double confidence) {
}
