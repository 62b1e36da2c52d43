package dev.parley.tui;

/** What a piece of text is; the {@link Theme} decides how that looks (colour, or monochrome attributes). */
enum Style {
    NORMAL, DIM, HEADING, SECTION, PERSON, PLACE, QUOTE, LINK, MATCH, BAR, BAR_ACTIVE, SELECTED, STATUS, ERROR
}
