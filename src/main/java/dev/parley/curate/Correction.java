package dev.parley.curate;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * One correction an analyst made, as one line of the corrections file. Things are named by keys that survive a
 * rebuild (a person's or an organisation's name, a quote's document and offsets), never by ids of the model.
 *
 * @param time    when it was made
 * @param action  what it does: {@link #MERGE}, {@link #RENAME}, {@link #HIDE}, {@link #SPEAKER} or {@link #ROLE}
 * @param subject what it acts on: a person's name (merge: the one kept; rename, role), "person", "organisation"
 *                or "place" (hide), a {@link QuoteKey} (speaker)
 * @param value   the other person (merge), the new name (rename), the name hidden (hide), who said it (speaker:
 *                "person:NAME", "organisation:NAME" or "none"), "Title, Country" (role)
 * @param note    why, in the analyst's words, or ""
 */
public record Correction(Instant time, String action, String subject, String value, String note) {
    public static final String MERGE = "merge";
    public static final String RENAME = "rename";
    public static final String HIDE = "hide";
    public static final String SPEAKER = "speaker";
    public static final String ROLE = "role";
    static final List<String> ACTIONS = List.of(MERGE, RENAME, HIDE, SPEAKER, ROLE);

    public Correction {
        if (!ACTIONS.contains(action)) {
            throw new IllegalArgumentException("unknown correction '" + action + "'");
        }
        note = note == null ? "" : note;
    }

    /** The line of the file: tab-separated, tabs, newlines and backslashes inside a field escaped. */
    String line() {
        return String.join("\t", time.toString(), action, escape(subject), escape(value), escape(note));
    }

    /** The correction on a line of the file; throws IllegalArgumentException for one that is not. */
    static Correction parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length < 4) {
            throw new IllegalArgumentException("expected time, action, subject, value and note separated by tabs");
        }
        Instant time;
        try {
            time = Instant.parse(f[0]);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a time: " + f[0]);
        }
        return new Correction(time, f[1], unescape(f[2]), unescape(f[3]), f.length > 4 ? unescape(f[4]) : "");
    }

    /** How a person reads it: {@code merge "S. Lavrov" into "Sergey Lavrov"}. */
    public String describe() {
        switch (action) {
            case MERGE: return "merge “" + value + "” into “" + subject + "”";
            case RENAME: return "rename “" + subject + "” to “" + value + "”";
            case HIDE: return "hide " + subject + " “" + value + "”";
            case SPEAKER: return "speaker of " + subject + ": " + value.replaceFirst("^(person|organisation):", "");
            default: return "role of “" + subject + "”: " + value;
        }
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
