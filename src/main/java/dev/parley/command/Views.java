package dev.parley.command;

import dev.parley.index.Count;
import dev.parley.index.CorpusIndex;
import dev.parley.index.Located;
import dev.parley.model.DocDate;
import dev.parley.model.Document;
import dev.parley.model.Evidence;
import dev.parley.model.Meeting;
import dev.parley.model.Paragraph;
import dev.parley.model.Person;
import dev.parley.model.Quote;
import dev.parley.model.Role;
import dev.parley.model.Speaker;
import dev.parley.model.Topic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The model as the CLI and the shell print it: one ordered map per thing, the same for every output format.
 * These shapes are the stable JSON of docs/cli.md: add fields, never rename or remove them.
 * Text here is the corpus's own; the formats sanitise it for terminals.
 */
public final class Views {
    private final CorpusIndex index;

    public Views(CorpusIndex index) {
        this.index = index;
    }

    public Map<String, Object> person(Person p, boolean full) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("name", p.name());
        m.put("aliases", p.aliases());
        m.put("role", emptyToNull(Resolver.mainRole(p)));
        List<Object> roles = new ArrayList<>();
        for (Role r : p.roles()) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("title", r.title());
            rm.put("country", r.country());
            rm.put("organisation", r.organisation());
            rm.put("documents", r.documents());
            roles.add(rm);
        }
        m.put("roles", roles);
        List<Document> docs = index.documentsMentioning(p.id());
        m.put("quoteCount", index.quotesBy(p.id()).size());
        m.put("documentCount", docs.size());
        if (full) {
            m.put("documents", docs.stream().map(this::documentBrief).toList());
            m.put("meetings", index.meetingsWith(p.id()).stream().map(x -> meeting(x, false)).toList());
            m.put("quotes", index.quotesBy(p.id()).stream().map(this::quote).toList());
            List<Object> met = new ArrayList<>();
            for (Count<Person> c : index.coParticipants(p.id())) {
                met.add(named(c.item().id(), c.item().name(), "meetings", c.count()));
            }
            m.put("metMost", met);
        }
        return m;
    }

    public Map<String, Object> document(Document d, boolean full) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("file", d.file());
        m.put("title", d.title());
        m.put("source", d.source());
        m.put("place", d.place());
        m.put("date", date(d.date()));
        m.put("topics", d.topics());
        m.put("quoteCount", index.quotesIn(d.id()).size());
        if (full) {
            Set<String> seen = new LinkedHashSet<>();
            List<Object> people = new ArrayList<>();
            for (Located<Person> l : index.peopleMentionedIn(d.id())) {
                if (seen.add(l.item().id())) {
                    people.add(named(l.item().id(), l.item().name(), null, 0));
                }
            }
            m.put("people", people);
            m.put("quotes", index.quotesIn(d.id()).stream().map(this::quote).toList());
            m.put("paragraphs", d.paragraphs().stream().map(Paragraph::text).toList());
        }
        return m;
    }

    public Map<String, Object> topic(Topic t, boolean full) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("name", t.name());
        m.put("documentCount", t.documents().size());
        if (full) {
            List<Object> docs = new ArrayList<>();
            for (Topic.TopicDocument td : t.documents()) {
                Map<String, Object> dm = new LinkedHashMap<>();
                dm.put("id", td.doc());
                dm.put("title", index.document(td.doc()).map(Document::title).orElse(null));
                dm.put("evidence", td.evidence().stream().map(Evidence::text).toList());
                docs.add(dm);
            }
            m.put("documents", docs);
            List<Object> speakers = new ArrayList<>();
            for (Count<Person> c : index.speakersOn(t.id())) {
                speakers.add(named(c.item().id(), c.item().name(), "quotes", c.count()));
            }
            m.put("speakers", speakers);
            m.put("meetings", index.meetingsOn(t.id()).stream().map(x -> meeting(x, false)).toList());
        }
        return m;
    }

    public Map<String, Object> meeting(Meeting x, boolean full) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", x.id());
        m.put("kind", x.kind());
        m.put("date", date(x.date()));
        m.put("place", x.place());
        List<Object> who = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Meeting.Participant p : x.participants()) {
            if (seen.add(p.person())) {
                Map<String, Object> pm = named(p.person(), index.person(p.person()).map(Person::name).orElse(p.person()), null, 0);
                pm.put("role", p.role());
                who.add(pm);
            }
        }
        m.put("participants", who);
        m.put("documents", x.documents());
        m.put("topics", x.topics());
        m.put("quoteCount", x.quotes().size());
        if (full) {
            List<Object> evidence = new ArrayList<>();
            for (Evidence e : x.evidence()) {
                Map<String, Object> em = new LinkedHashMap<>();
                em.put("document", e.doc());
                em.put("text", e.text());
                evidence.add(em);
            }
            m.put("evidence", evidence);
            m.put("quotes", x.quotes().stream().map(index::quote).flatMap(java.util.Optional::stream).map(this::quote).toList());
        }
        return m;
    }

    public Map<String, Object> quote(Quote q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", q.id());
        m.put("text", q.text());
        // "speaker" is the first speaker's id, for tools that read one; "speakerName" names them all ("A and B")
        m.put("speaker", q.speaker());
        m.put("speakerName", index.speakers(q));
        List<Map<String, Object>> speakers = new ArrayList<>();
        for (Speaker s : q.speakers()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("kind", s.kind());
            sm.put("id", s.id());
            sm.put("name", index.name(s));
            speakers.add(sm);
        }
        m.put("speakers", speakers);
        m.put("speakerText", q.speakerText());
        m.put("document", q.doc());
        m.put("file", index.document(q.doc()).map(Document::file).orElse(null));
        m.put("paragraph", q.paragraph());
        m.put("start", q.start());
        m.put("end", q.end());
        m.put("verb", q.verb());
        m.put("how", q.how());
        m.put("confidence", q.confidence());
        return m;
    }

    private Map<String, Object> documentBrief(Document d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("date", date(d.date()));
        m.put("title", d.title());
        return m;
    }

    private static Map<String, Object> named(String id, String name, String countName, int count) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("name", name);
        if (countName != null) {
            m.put(countName, count);
        }
        return m;
    }

    /** The date's value as the model has it ("2015-12-04", "2015-12", "--12-04"), or null. */
    static String date(DocDate d) {
        return d == null || d.value() == null || d.value().isBlank() ? null : d.value();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
