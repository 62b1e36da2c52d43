package dev.parley.tui;

import java.util.List;

/**
 * The ':' command bar while it is open.
 *
 * @param cursor   caret position in {@code text} (UTF-16 index)
 * @param popup    the candidates shown above the bar, empty when the list is closed
 * @param selected the chosen candidate in the popup, or -1
 * @param message  a problem or a note shown under the bar ("no person 'x' — did you mean …"), or ""
 * @param recalled how far back in the command history Up has gone (0 = the line being typed), and that line
 */
record Bar(String text, int cursor, List<Suggestion> popup, int selected, String message, int recalled, String draft) {

    /** A completion candidate as the bar shows it: the text it inserts, its group and a description. */
    record Suggestion(String value, String group, String description, String suffix) {
    }

    static final Bar EMPTY = new Bar("", 0, List.of(), -1, "", 0, "");

    Bar {
        popup = List.copyOf(popup);
        message = message == null ? "" : message;
    }

    Bar typed(String newText, int newCursor) {
        return new Bar(newText, newCursor, popup, popup.isEmpty() ? -1 : 0, "", 0, draft);
    }

    Bar withPopup(List<Suggestion> list, int choice) {
        return new Bar(text, cursor, list, list.isEmpty() ? -1 : choice, message, recalled, draft);
    }

    Bar withMessage(String m) {
        return new Bar(text, cursor, List.of(), -1, m, recalled, draft);
    }

    Bar withCursor(int c) {
        return new Bar(text, Math.max(0, Math.min(c, text.length())), popup, selected, message, recalled, draft);
    }

    Bar recalling(int n, String line, String keptDraft) {
        return new Bar(line, line.length(), List.of(), -1, "", n, keptDraft);
    }
}
