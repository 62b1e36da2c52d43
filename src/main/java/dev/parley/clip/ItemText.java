package dev.parley.clip;

import dev.parley.index.CorpusIndex;
import dev.parley.model.Document;
import dev.parley.model.Entity;
import dev.parley.model.Meeting;
import dev.parley.model.Person;
import dev.parley.model.Quote;
import dev.parley.model.Role;
import dev.parley.model.Topic;
import dev.parley.text.Sanitize;

import java.util.ArrayList;
import java.util.List;

/**
 * The natural text of each kind of thing, as one would paste it: a quote's words, a person's name and role, a
 * document's title and source. One line each, sanitised (no control or bidi characters) and NFC; typographic
 * quotation marks and diacritics stay as the source has them.
 */
public final class ItemText {
    private ItemText() {
    }

    /** Corpus text made safe to paste: one line, no control characters, NFC, trimmed. */
    public static String clean(String s) {
        return s == null ? "" : Sanitize.line(s).strip();
    }

    /** The quoted words alone, without added quotation marks. */
    public static String quote(Quote q) {
        return clean(q.text());
    }

    /** "Name, Title of Country" with the role given in most documents; the name alone when none is known. */
    public static String person(Person p) {
        Role main = null;
        for (Role r : p.roles()) {
            if (main == null || r.documents().size() > main.documents().size()) {
                main = r;
            }
        }
        String role = main == null ? "" : Citation.role(main);
        return role.isEmpty() ? clean(p.name()) : clean(p.name()) + ", " + role;
    }

    /** "Title — Outlet, Place, 14 March 2016", leaving out what is unknown. */
    public static String document(Document d) {
        String title = clean(d.title()).isEmpty() ? clean(d.id()) : clean(d.title());
        String source = Citation.source(d);
        return source.isEmpty() ? title : title + " — " + source;
    }

    /** "Meeting, Santiago, 14 March 2016: A (role); B": participants with the roles given for that meeting. */
    public static String meeting(CorpusIndex index, Meeting m) {
        List<String> head = new ArrayList<>(List.of("call".equals(m.kind()) ? "Call" : "Meeting"));
        if (m.place() != null && !clean(m.place()).isEmpty()) {
            head.add(clean(m.place()));
        }
        String date = Citation.date(m.date());
        if (!date.isEmpty()) {
            head.add(date);
        }
        List<String> who = new ArrayList<>();
        for (Meeting.Participant p : m.participants()) {
            String name = index.person(p.person()).map(Person::name).map(ItemText::clean).orElse(clean(p.person()));
            String role = clean(p.role());
            who.add(role.isEmpty() ? name : name + " (" + role + ")");
        }
        String text = String.join(", ", head);
        return who.isEmpty() ? text : text + ": " + String.join("; ", who);
    }

    public static String topic(Topic t) {
        return clean(t.name());
    }

    public static String place(Entity e) {
        return clean(e.name());
    }
}
