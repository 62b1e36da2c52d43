package dev.parley.curate;

import dev.parley.model.Quote;

import java.util.List;

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
     * speaker list per quote: a correction names one person, one organisation, or nobody.
     */
    static Quote assign(Quote q, Speaker who) {
        List<dev.parley.model.Speaker> speakers = switch (who.kind()) {
            case "person" -> List.of(dev.parley.model.Speaker.person(who.id()));
            case "organisation" -> List.of(dev.parley.model.Speaker.organisation(who.id()));
            default -> List.of();
        };
        String text = who.kind().equals("none") ? q.speakerText() : who.name();
        return new Quote(q.id(), q.doc(), q.paragraph(), q.start(), q.end(), q.text(), speakers, text, q.verb(),
                "corrected", 1.0);
    }
}
