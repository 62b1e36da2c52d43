package dev.parley.tui;

/**
 * The line being typed: after '/' a filter of the current list or a search in the current detail view; after 's'
 * a search of the whole corpus (QUERY); after 'c' the word or phrase of a concordance (CONCORDANCE).
 * Keeps what was there before so that Esc can put it back.
 *
 * @param before        the filter or search in force when the line was opened
 * @param beforeRow     selected row (list) or scroll (detail) when it was opened
 */
record Input(Kind kind, String text, String before, int beforeRow) {
    enum Kind { FILTER, SEARCH, QUERY, CONCORDANCE }

    Input with(String newText) {
        return new Input(kind, newText, before, beforeRow);
    }
}
