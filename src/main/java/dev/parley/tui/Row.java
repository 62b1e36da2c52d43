package dev.parley.tui;

/**
 * One row of a pane's list: a short lead column (a date), the main text, extra text shown dimmed, and the folded
 * text the filter searches (which may include more than is shown, such as aliases).
 */
record Row(Ref ref, String lead, String main, String extra, String haystack) {
}
