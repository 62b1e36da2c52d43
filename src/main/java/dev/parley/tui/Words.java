package dev.parley.tui;

import dev.parley.index.CorpusIndex;
import dev.parley.model.DocDate;
import dev.parley.model.Document;
import dev.parley.model.Meeting;
import dev.parley.model.Person;
import dev.parley.model.Quote;
import dev.parley.model.Role;

import java.util.List;
import java.util.stream.Collectors;

/** How things of the corpus are named on screen, in lists, breadcrumbs and detail views alike. */
final class Words {
    static final int DATE_WIDTH = 10;

    private Words() {
    }

    /** "2016-03-14", "2016-03", "2016", "????-12-04" for a day without a year, "undated". */
    static String date(DocDate d) {
        if (d == null || d.value() == null || d.value().isBlank()) {
            return "undated";
        }
        return d.value().startsWith("--") ? "????" + d.value().substring(1) : d.value();
    }

    static String role(Role r) {
        String where = r.country() != null ? r.country() : r.organisation();
        return where == null ? r.title() : r.title() + ", " + where;
    }

    /** The role given in most documents, as "Title, Country", or "". */
    static String mainRole(Person p) {
        return p.roles().stream().max((a, b) -> Integer.compare(a.documents().size(), b.documents().size()))
                .map(Words::role).orElse("");
    }

    /** The last word of a name, for lists that show several people on one line. */
    static String surname(String name) {
        String n = name.strip();
        int space = n.lastIndexOf(' ');
        return space < 0 ? n : n.substring(space + 1);
    }

    static String personName(CorpusIndex index, String id) {
        return index.person(id).map(Person::name).orElse(id == null ? "unknown" : id);
    }

    static final String UNKNOWN_SPEAKER = "unknown speaker";

    /** Where in a document: "¶3", or "headline" for a quote in the title (paragraph -1). */
    static String paragraph(int paragraph) {
        return paragraph < 0 ? "headline" : "¶" + (paragraph + 1);
    }

    /** Who said a quote: "Ana Kovač", "Foreign Ministry of Serbia", "A and B", or "unknown speaker". */
    static String speakers(CorpusIndex index, Quote q) {
        String who = index.speakers(q);
        return who == null ? UNKNOWN_SPEAKER : who;
    }

    /** A meeting kind as shown: "reported", "planned", "mentioned", or "call" (a phone or video call). */
    static String meetingKind(String kind) {
        if (kind == null) {
            return "";
        }
        return CALL.equals(kind) ? "call" : kind;
    }

    /** The meeting kind of a phone or video call: people in contact, not together in a place. */
    static final String CALL = "call";

    static boolean isCall(Meeting m) {
        return CALL.equals(m.kind());
    }

    static String participants(CorpusIndex index, Meeting m, String except, boolean shortNames) {
        return m.participants().stream().map(Meeting.Participant::person).distinct()
                .filter(p -> !p.equals(except))
                .map(p -> shortNames ? surname(personName(index, p)) : personName(index, p))
                .collect(Collectors.joining(", "));
    }

    /** "2016-03-14 Belgrade", or "undated, place unknown". */
    static String meeting(Meeting m) {
        if (isCall(m) && m.place() == null) {
            return date(m.date()) + " call"; // a call has no place to be unknown
        }
        return date(m.date()) + " " + (m.place() == null ? "place unknown" : m.place());
    }

    static String document(Document d) {
        return d.title() == null || d.title().isBlank() ? d.id() : d.title();
    }

    static String quoted(String text) {
        return "“" + text + "”";
    }

    static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static String joinNonNull(String sep, List<String> parts) {
        return parts.stream().filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(sep));
    }
}
