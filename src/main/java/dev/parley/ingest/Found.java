package dev.parley.ingest;

import java.util.List;

/**
 * What a reader of a many-article format found in one file: its articles, and the records it could not use
 * (each with where it is, {@code ":17"} or {@code "#3"}, and why).
 */
record Found(List<Item> items, List<Problem> problems) {
    record Problem(String record, String reason) {
    }

    Found {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
    }

    /** Raised when a file as a whole is not what its name says: one reason for the whole file. */
    static final class NotArticles extends Exception {
        private static final long serialVersionUID = 1L;

        NotArticles(String reason) {
            super(reason);
        }
    }

    /** Text that looks like markup: a tag opens somewhere in it. */
    static boolean looksLikeHtml(String text) {
        return text != null && java.util.regex.Pattern.compile("<(?:[a-zA-Z][a-zA-Z0-9]*[\\s>/]|!--)").matcher(text).find();
    }
}
