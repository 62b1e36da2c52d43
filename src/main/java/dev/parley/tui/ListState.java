package dev.parley.tui;

/**
 * Where a pane's list is: the selected row (an index into the filtered rows), the first row shown, and the
 * accepted filter ("" for none). The renderer clamps both numbers to what fits, so a resize never breaks them.
 */
record ListState(int selected, int offset, String filter) {
    static final ListState TOP = new ListState(0, 0, "");

    ListState select(int row, int height) {
        return new ListState(row, Scroll.follow(offset, row, height), filter);
    }

    ListState filtered(String text, int row, int height) {
        return new ListState(row, Scroll.follow(0, row, height), text);
    }
}
