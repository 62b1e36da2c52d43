package dev.parley.clip;

import dev.parley.index.CorpusIndex;
import dev.parley.model.DocDate;
import dev.parley.model.Document;
import dev.parley.model.Person;
import dev.parley.model.Quote;
import dev.parley.model.Role;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A quote with its source, for pasting into a text:
 * {@code “We came to sign.” — Ana Ruiz, Minister of Foreign Affairs of Chile; Prensa, Santiago, 14 March 2016}.
 * Parts the model does not know are left out, never guessed: no speaker, no role, no outlet, no date, whatever
 * is missing simply is not there. The role is the one the person held in the quote's own document, so that a
 * later or earlier title is not put in their mouth.
 */
public final class Citation {
    private Citation() {
    }

    /** The citation of a quote of the model behind {@code index}. */
    public static String of(CorpusIndex index, Quote q) {
        Person speaker = q.speaker() == null ? null : index.person(q.speaker()).orElse(null);
        Document doc = index.document(q.doc()).orElse(null);
        return format(q, speaker, doc);
    }

    /**
     * @param speaker the quote's speaker, or null when unknown
     * @param doc     the document the quote is from, or null when unknown
     */
    public static String format(Quote q, Person speaker, Document doc) {
        StringBuilder out = new StringBuilder(quoted(ItemText.clean(q.text())));
        List<String> who = new ArrayList<>();
        if (speaker != null) {
            who.add(ItemText.clean(speaker.name()));
            String role = doc == null ? "" : roleIn(speaker, doc.id());
            if (!role.isEmpty()) {
                who.add(role);
            }
        }
        String source = doc == null ? "" : source(doc);
        if (!who.isEmpty()) {
            out.append(" — ").append(String.join(", ", who));
            if (!source.isEmpty()) {
                out.append("; ").append(source);
            }
        } else if (!source.isEmpty()) {
            // without a speaker an em dash would make the outlet read as the speaker
            out.append(" (").append(source).append(')');
        }
        return out.toString();
    }

    static String quoted(String text) {
        return "“" + text + "”";
    }

    /** Outlet, place, date: those that are known. */
    static String source(Document d) {
        List<String> parts = new ArrayList<>();
        addIfKnown(parts, d.source());
        addIfKnown(parts, d.place());
        addIfKnown(parts, date(d.date()));
        return String.join(", ", parts);
    }

    /** The role given for the person in that document, "Title of Country" / "Title, Organisation", or "". */
    static String roleIn(Person p, String docId) {
        for (Role r : p.roles()) {
            if (r.documents().contains(docId)) {
                return role(r);
            }
        }
        return "";
    }

    static String role(Role r) {
        String title = ItemText.clean(r.title());
        if (title.isEmpty()) {
            return "";
        }
        if (r.country() != null && !r.country().isBlank()) {
            return title + " of " + ItemText.clean(r.country());
        }
        if (r.organisation() != null && !r.organisation().isBlank()) {
            return title + ", " + ItemText.clean(r.organisation());
        }
        return title;
    }

    /** "14 March 2016", "March 2016", "2016", "14 March" (year unknown); "" when undated. */
    static String date(DocDate d) {
        if (d == null || d.value() == null || d.value().isBlank()) {
            return "";
        }
        String v = d.value().strip();
        try {
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Integer.parseInt(v.substring(8)) + " " + month(v.substring(5, 7)) + " " + v.substring(0, 4);
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                return month(v.substring(5, 7)) + " " + v.substring(0, 4);
            }
            if (v.matches("--\\d{2}-\\d{2}")) {
                return Integer.parseInt(v.substring(5)) + " " + month(v.substring(2, 4));
            }
        } catch (RuntimeException notADate) {
            // a month out of range: show what the model says rather than guess
        }
        return ItemText.clean(v);
    }

    private static String month(String mm) {
        return Month.of(Integer.parseInt(mm)).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static void addIfKnown(List<String> parts, String s) {
        String c = s == null ? "" : ItemText.clean(s);
        if (!c.isEmpty()) {
            parts.add(c);
        }
    }
}
