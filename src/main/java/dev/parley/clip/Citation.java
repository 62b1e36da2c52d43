package dev.parley.clip;

import dev.parley.index.CorpusIndex;
import dev.parley.model.DocDate;
import dev.parley.model.Document;
import dev.parley.model.Person;
import dev.parley.model.Quote;
import dev.parley.model.Role;
import dev.parley.model.Speaker;

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

    /**
     * One speaker as a citation names it.
     *
     * @param name   the person's or organisation's name
     * @param person the person, for their role in the quote's document; null for an organisation
     */
    public record Cited(String name, Person person) {
        public static Cited of(Person p) {
            return new Cited(p.name(), p);
        }

        public static Cited organisation(String name) {
            return new Cited(name, null);
        }
    }

    /** The citation of a quote of the model behind {@code index}. */
    public static String of(CorpusIndex index, Quote q) {
        List<Cited> who = new ArrayList<>(q.speakers().size());
        for (Speaker s : q.speakers()) {
            Person p = s.isPerson() ? index.person(s.id()).orElse(null) : null;
            who.add(p != null ? Cited.of(p) : new Cited(index.name(s), null));
        }
        Document doc = index.document(q.doc()).orElse(null);
        return of(q, who, doc);
    }

    /**
     * @param speaker the quote's speaker, a person, or null when unknown
     * @param doc     the document the quote is from, or null when unknown
     */
    public static String format(Quote q, Person speaker, Document doc) {
        return of(q, speaker == null ? List.of() : List.of(Cited.of(speaker)), doc);
    }

    /**
     * @param speakers the quote's speakers (none when unknown); one person is named with the role they had in
     *                 the document, several speakers of a joint statement by their names alone ("A and B"), since
     *                 roles between the names would read as more speakers
     * @param doc      the document the quote is from, or null when unknown
     */
    public static String of(Quote q, List<Cited> speakers, Document doc) {
        StringBuilder out = new StringBuilder(quoted(ItemText.clean(q.text())));
        List<String> who = new ArrayList<>();
        if (speakers.size() == 1) {
            Cited one = speakers.get(0);
            who.add(ItemText.clean(one.name()));
            String role = doc == null || one.person() == null ? "" : roleIn(one.person(), doc.id());
            if (!role.isEmpty()) {
                who.add(role);
            }
        } else if (speakers.size() > 1) {
            who.add(CorpusIndex.joined(speakers.stream().map(c -> ItemText.clean(c.name())).toList()));
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
