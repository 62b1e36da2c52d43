package dev.parley.extract;

/**
 * A direct quote found in one document.
 *
 * @param start       offset of the first character inside the outer quotation marks
 * @param end         offset just past the last character inside the outer quotation marks
 * @param speaker     index into the document's {@link LocalPerson} list, or -1 when unknown
 * @param speakerText the words that designate the speaker, or null
 * @param verb        the speech verb, or null
 * @param how         "name", "title", "role", "pronoun", "previous", or null when unknown
 */
public record LocalQuote(int paragraph, int start, int end, String text, int speaker, String speakerText,
                         String verb, String how, double confidence) {
}
