package dev.parley.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A direct quote.
 *
 * @param id          "q-" + document id + "-" + ordinal
 * @param doc         document id
 * @param paragraph   paragraph index in the document, or {@link #HEADLINE} (-1) for a quote in the document's title
 * @param start       offset of the first character inside the quotation marks (in the paragraph, or in the title)
 * @param end         offset just past the last character inside the quotation marks
 * @param text        the quoted words, without the outer marks
 * @param speakers    who said it: one person or organisation, several for a joint statement, or none when the
 *                    speaker is unknown (never guessed)
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
        List<Speaker> speakers,
        String speakerText,
        String verb,
        String how,
        double confidence) implements java.io.Serializable {

    /** The {@link #paragraph()} of a quote in the document's title: its offsets are into {@link Document#title()}. */
    public static final int HEADLINE = -1;

    public Quote {
        speakers = ModelLists.copyOf(speakers);
    }

    /** The id of the first of {@link #speakers()} (person or organisation), or null when the speaker is unknown. */
    public String speaker() {
        return speakers.isEmpty() ? null : speakers.get(0).id();
    }

    /** Whether this quote is in the document's title rather than in a paragraph. */
    public boolean inHeadline() {
        return paragraph == HEADLINE;
    }

    /** The ids of the speakers that are people, in order. */
    public List<String> people() {
        return ids(Speaker.PERSON);
    }

    /** The ids of the speakers that are organisations, in order. */
    public List<String> organisations() {
        return ids(Speaker.ORGANISATION);
    }

    /** Whether {@code id} is one of the speakers, of either kind. */
    public boolean saidBy(String id) {
        for (Speaker s : speakers) {
            if (s.id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    private List<String> ids(String kind) {
        List<String> out = new ArrayList<>(speakers.size());
        for (Speaker s : speakers) {
            if (s.kind().equals(kind)) {
                out.add(s.id());
            }
        }
        return out;
    }
}
