package dev.parley.io;

import dev.parley.model.Corpus;
import dev.parley.model.Document;
import dev.parley.model.Entity;
import dev.parley.model.Event;
import dev.parley.model.Evidence;
import dev.parley.model.Meeting;
import dev.parley.model.Mention;
import dev.parley.model.Paragraph;
import dev.parley.model.Person;
import dev.parley.model.Quote;
import dev.parley.model.Role;
import dev.parley.model.Span;
import dev.parley.model.Speaker;
import dev.parley.model.Topic;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a model read from a file before anything uses it: a model someone hands over is input like any other,
 * and the explorer, the search index and the snapshot take its offsets and ids as true. Every place in a document
 * (a quote, a mention, a piece of evidence) must be in a paragraph of that document (or its headline, paragraph
 * -1) and within its text; every id that refers to something (a speaker, a participant, a role's documents, an
 * event's meetings) must name a thing of the model. The first problem found is thrown as {@link ModelReader.Invalid}
 * with what and where, e.g. {@code quotes[3] (q-a-1) refers to document 'x', which is not in the model}.
 */
final class ModelChecks {
    private final Map<String, Document> documents = new HashMap<>();
    private final Set<String> people = new HashSet<>();
    private final Set<String> organisations = new HashSet<>();
    private final Set<String> quotes = new HashSet<>();
    private final Set<String> meetings = new HashSet<>();
    private final Set<String> topics = new HashSet<>();

    private ModelChecks(Corpus corpus) {
        corpus.documents().forEach(d -> documents.putIfAbsent(d.id(), d));
        corpus.people().forEach(p -> people.add(p.id()));
        corpus.organisations().forEach(o -> organisations.add(o.id()));
        corpus.quotes().forEach(q -> quotes.add(q.id()));
        corpus.meetings().forEach(m -> meetings.add(m.id()));
        corpus.topics().forEach(t -> topics.add(t.id()));
    }

    static void check(Corpus corpus) {
        new ModelChecks(corpus).all(corpus);
    }

    private void all(Corpus corpus) {
        for (int i = 0; i < corpus.documents().size(); i++) {
            Document d = corpus.documents().get(i);
            String at = "documents[" + i + "] (" + shown(d.id()) + ")";
            for (int p = 0; p < d.paragraphs().size(); p++) {
                Paragraph paragraph = d.paragraphs().get(p);
                for (Span s : paragraph.sentences()) {
                    within(at + " paragraph " + p + " sentence", s.start(), s.end(), paragraph.text().length());
                }
            }
            for (String topic : d.topics()) {
                refers(at, "topic", topic, topics);
            }
        }
        for (int i = 0; i < corpus.people().size(); i++) {
            Person p = corpus.people().get(i);
            String at = "people[" + i + "] (" + shown(p.id()) + ")";
            for (Role r : p.roles()) {
                r.documents().forEach(doc -> document(at + " role", doc));
            }
            mentions(at, p.mentions());
        }
        entities("organisations", corpus.organisations());
        entities("places", corpus.places());
        for (int i = 0; i < corpus.topics().size(); i++) {
            Topic t = corpus.topics().get(i);
            String at = "topics[" + i + "] (" + shown(t.id()) + ")";
            for (Topic.TopicDocument td : t.documents()) {
                document(at, td.doc());
                evidence(at, td.evidence());
            }
        }
        for (int i = 0; i < corpus.meetings().size(); i++) {
            Meeting m = corpus.meetings().get(i);
            String at = "meetings[" + i + "] (" + shown(m.id()) + ")";
            m.participants().forEach(p -> refers(at, "person", p.person(), people));
            m.documents().forEach(doc -> document(at, doc));
            m.topics().forEach(t -> refers(at, "topic", t, topics));
            m.quotes().forEach(q -> refers(at, "quote", q, quotes));
            evidence(at, m.evidence());
        }
        for (int i = 0; i < corpus.quotes().size(); i++) {
            Quote q = corpus.quotes().get(i);
            String at = "quotes[" + i + "] (" + shown(q.id()) + ")";
            place(at, q.doc(), q.paragraph(), q.start(), q.end());
            for (Speaker s : q.speakers()) {
                refers(at, s.kind(), s.id(), s.kind().equals(Speaker.PERSON) ? people : organisations);
            }
        }
        for (int i = 0; i < corpus.events().size(); i++) {
            Event e = corpus.events().get(i);
            String at = "events[" + i + "] (" + shown(e.id()) + ")";
            e.participants().forEach(p -> refers(at, "person", p, people));
            e.meetings().forEach(m -> refers(at, "meeting", m, meetings));
            for (Event.Report r : e.reports()) {
                document(at + " report", r.doc());
                refers(at + " report", "meeting", r.meeting(), meetings);
                r.participants().forEach(p -> refers(at + " report", "person", p, people));
                r.quotes().forEach(q -> refers(at + " report", "quote", q, quotes));
            }
            e.quotes().forEach(sq -> sq.quotes().forEach(q -> refers(at, "quote", q, quotes)));
        }
    }

    private void entities(String list, List<Entity> entities) {
        for (int i = 0; i < entities.size(); i++) {
            mentions(list + "[" + i + "] (" + shown(entities.get(i).id()) + ")", entities.get(i).mentions());
        }
    }

    private void mentions(String at, List<Mention> mentions) {
        for (Mention m : mentions) {
            place(at + " mention", m.doc(), m.paragraph(), m.start(), m.end());
        }
    }

    private void evidence(String at, List<Evidence> evidence) {
        for (Evidence e : evidence) {
            place(at + " evidence", e.doc(), e.paragraph(), e.start(), e.end());
        }
    }

    /** A place in a document: its paragraph (-1: the headline) exists, and start..end lies within its text. */
    private void place(String at, String doc, int paragraph, int start, int end) {
        Document d = document(at, doc);
        int length;
        if (paragraph == -1) {
            length = d.title() == null ? 0 : d.title().length();
        } else if (paragraph >= 0 && paragraph < d.paragraphs().size()) {
            length = d.paragraphs().get(paragraph).text().length();
        } else {
            throw new ModelReader.Invalid(at + " is in paragraph " + paragraph + " of document " + shown(doc)
                    + ", which has " + d.paragraphs().size());
        }
        within(at, start, end, length);
    }

    private static void within(String at, int start, int end, int length) {
        if (start < 0 || end < start || end > length) {
            throw new ModelReader.Invalid(at + " spans " + start + ".." + end + ", outside its text of " + length
                    + " characters");
        }
    }

    private Document document(String at, String id) {
        Document d = id == null ? null : documents.get(id);
        if (d == null) {
            throw new ModelReader.Invalid(at + " refers to document " + shown(id) + ", which is not in the model");
        }
        return d;
    }

    private static void refers(String at, String kind, String id, Set<String> known) {
        if (id == null || !known.contains(id)) {
            throw new ModelReader.Invalid(at + " refers to " + kind + " " + shown(id) + ", which is not in the model");
        }
    }

    /** An id as it may appear in a message: quoted, and cut short (it comes from the file). */
    private static String shown(String id) {
        if (id == null) {
            return "(none)";
        }
        return "'" + (id.length() > 60 ? id.substring(0, 60) + "…" : id) + "'";
    }
}
