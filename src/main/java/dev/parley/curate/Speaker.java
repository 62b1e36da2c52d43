package dev.parley.curate;

import dev.parley.model.Quote;

/**
 * Who said a quote, as a correction gives it: a person, an organisation, or nobody known.
 *
 * @param kind "person", "organisation" or "none"
 * @param id   the model's id of the person or organisation, or null
 * @param name its name as the model has it, or null
 */
record Speaker(String kind, String id, String name) {
    static final Speaker NONE = new Speaker("none", null, null);

    /**
     * The quote said by {@code who}: the one place where a correction sets a quote's speaker. The model has one
     * person id per quote; an organisation is kept as the words naming the speaker, with no person.
     */
    static Quote assign(Quote q, Speaker who) {
        String person = who.kind().equals("person") ? who.id() : null;
        String text = who.kind().equals("none") ? q.speakerText() : who.name();
        return new Quote(q.id(), q.doc(), q.paragraph(), q.start(), q.end(), q.text(), person, text, q.verb(),
                "corrected", 1.0);
    }
}
