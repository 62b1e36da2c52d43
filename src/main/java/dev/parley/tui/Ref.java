package dev.parley.tui;

/** A reference to one thing of the corpus that has a detail view. */
record Ref(Kind kind, String id) {
    enum Kind { DOCUMENT, PERSON, TOPIC, MEETING, QUOTE, PLACE, ORGANISATION, EVENT, RELATION }
}
