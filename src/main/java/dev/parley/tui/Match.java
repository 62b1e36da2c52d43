package dev.parley.tui;

import dev.parley.text.Fold;

import java.util.ArrayList;
import java.util.List;

/**
 * Accent- and case-insensitive matching for the filter and the text search: "jovanovic" matches "Jovanović",
 * "djukic" matches "Đukić". Every word of the query must occur.
 */
final class Match {
    private Match() {
    }

    static List<String> terms(String query) {
        List<String> out = new ArrayList<>();
        for (String t : Fold.key(query).trim().split("\\s+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Whether an already folded text contains every term. */
    static boolean allIn(String folded, List<String> terms) {
        for (String t : terms) {
            if (!folded.contains(t)) {
                return false;
            }
        }
        return true;
    }

    /** Character ranges [start, end) of {@code text} where a term occurs, for highlighting. */
    static List<int[]> ranges(String text, List<String> terms) {
        if (terms.isEmpty() || text.isEmpty()) {
            return List.of();
        }
        // fold character by character, remembering which original character each folded one came from
        StringBuilder folded = new StringBuilder(text.length() + 8);
        List<Integer> origin = new ArrayList<>(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            String f = Fold.key(String.valueOf(text.charAt(i)));
            for (int k = 0; k < f.length(); k++) {
                folded.append(f.charAt(k));
                origin.add(i);
            }
        }
        String hay = folded.toString();
        List<int[]> out = new ArrayList<>();
        for (String t : terms) {
            for (int at = hay.indexOf(t); at >= 0; at = hay.indexOf(t, at + 1)) {
                out.add(new int[] {origin.get(at), origin.get(at + t.length() - 1) + 1});
            }
        }
        return out;
    }
}
