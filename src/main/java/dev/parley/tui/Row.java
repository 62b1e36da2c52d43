package dev.parley.tui;

/**
 * One row of a pane's list: a short lead column (a date), a "who" column (a quote's speaker, drawn before the
 * main text so that a long quote cannot push it off the row), the main text, extra text shown dimmed, and the
 * folded text the filter searches (which may include more than is shown, such as aliases).
 */
record Row(Ref ref, String lead, String who, String main, String extra, String haystack) {
    Row(Ref ref, String lead, String main, String extra, String haystack) {
        this(ref, lead, "", main, extra, haystack);
    }
}
