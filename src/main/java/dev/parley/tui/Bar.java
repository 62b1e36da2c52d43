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
 * @param purpose  a correction waiting for the person the line names (m, e), or null for a plain command
 */
record Bar(String text, int cursor, List<Suggestion> popup, int selected, String message, int recalled, String draft,
           Purpose purpose) {

    /**
     * The bar opened by a correction key: the person named on it completes the correction.
     *
     * @param action  "merge" (into {@code subject}, a person id) or "speaker" (of {@code subject}, a quote id)
     * @param label   what the prompt says instead of ':', e.g. "merge into Sergey Lavrov"
     */
    record Purpose(String action, String subject, String label) {
    }

    Bar(String text, int cursor, List<Suggestion> popup, int selected, String message, int recalled, String draft) {
        this(text, cursor, popup, selected, message, recalled, draft, null);
    }

    /** The bar for a correction: "person " typed, so that Tab lists people at once. */
    static Bar forPurpose(Purpose purpose, String message) {
        return new Bar("person ", 7, List.of(), -1, message, 0, "", purpose);
    }

    /** A completion candidate as the bar shows it: the text it inserts, its group and a description. */
    record Suggestion(String value, String group, String description, String suffix) {
    }

    static final Bar EMPTY = new Bar("", 0, List.of(), -1, "", 0, "");

    Bar {
        popup = List.copyOf(popup);
        message = message == null ? "" : message;
    }

    Bar typed(String newText, int newCursor) {
        return new Bar(newText, newCursor, popup, popup.isEmpty() ? -1 : 0, "", 0, draft, purpose);
    }

    Bar withPopup(List<Suggestion> list, int choice) {
        return new Bar(text, cursor, list, list.isEmpty() ? -1 : choice, message, recalled, draft, purpose);
    }

    Bar withMessage(String m) {
        return new Bar(text, cursor, List.of(), -1, m, recalled, draft, purpose);
    }

    Bar withCursor(int c) {
        return new Bar(text, Math.max(0, Math.min(c, text.length())), popup, selected, message, recalled, draft, purpose);
    }

    Bar recalling(int n, String line, String keptDraft) {
        return new Bar(line, line.length(), List.of(), -1, "", n, keptDraft, purpose);
    }
}
