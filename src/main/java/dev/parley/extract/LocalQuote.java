package dev.parley.extract;

import java.util.List;

/**
 * A direct quote found in one document.
 *
 * @param start       offset of the first character inside the outer quotation marks
 * @param end         offset just past the last character inside the outer quotation marks
 * @param speakers    who said it: one person or organisation, several for a joint statement, none when unknown
 * @param speakerText the words that designate the speaker, or null
 * @param verb        the speech verb, or null
 * @param how         "name", "title", "role", "pronoun", "previous", or null when unknown
 */
public record LocalQuote(int paragraph, int start, int end, String text, List<LocalSpeaker> speakers,
                         String speakerText, String verb, String how, double confidence) {
    public LocalQuote {
        speakers = List.copyOf(speakers);
    }

    /** A quote with at most one speaker, a person: {@code speaker} is its index, or -1 when unknown. */
    public LocalQuote(int paragraph, int start, int end, String text, int speaker, String speakerText,
                      String verb, String how, double confidence) {
        this(paragraph, start, end, text, speaker < 0 ? List.of() : List.of(LocalSpeaker.person(speaker)),
                speakerText, verb, how, confidence);
    }

    /** The first speaker that is a person of the document, or -1. */
    public int speaker() {
        for (LocalSpeaker s : speakers) {
            if (s.isPerson()) {
                return s.person();
            }
        }
        return -1;
    }
}
