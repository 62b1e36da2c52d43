package dev.parley.tui;

import dev.parley.index.Count;
import dev.parley.index.CorpusIndex;
import dev.parley.index.Located;
import dev.parley.model.Document;
import dev.parley.model.Entity;
import dev.parley.model.Evidence;
import dev.parley.model.Meeting;
import dev.parley.model.Person;
import dev.parley.model.Quote;
import dev.parley.model.Role;
import dev.parley.model.Speaker;
import dev.parley.model.Topic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The detail view of each kind of thing, as cross-references one can follow. */
final class Details {
    private static final Sheet.Piece SEP = Sheet.Piece.of(" · ", Style.DIM);
    /**
     * Lines of one list a view lays out at most. A topic of a large corpus has tens of thousands of documents:
     * laying them all out took seconds on a key press, and nobody scrolls through them in a detail view (the
     * documents list with `/` does that better). The heading keeps the full count.
     */
    static final int LIST_LIMIT = 300;

    private final CorpusIndex index;

    Details(CorpusIndex index) {
        this.index = index;
    }

    Detail build(Ref ref, int width) {
        Sheet s = new Sheet(width);
        switch (ref.kind()) {
            case PERSON:
                index.person(ref.id()).ifPresentOrElse(p -> person(s, p), () -> missing(s, ref));
                break;
            case DOCUMENT:
                index.document(ref.id()).ifPresentOrElse(d -> document(s, d), () -> missing(s, ref));
                break;
            case TOPIC:
                index.topic(ref.id()).ifPresentOrElse(t -> topic(s, t), () -> missing(s, ref));
                break;
            case MEETING:
                index.meeting(ref.id()).ifPresentOrElse(m -> meeting(s, m), () -> missing(s, ref));
                break;
            case QUOTE:
                index.quote(ref.id()).ifPresentOrElse(q -> quote(s, q), () -> missing(s, ref));
                break;
            case ORGANISATION:
                index.organisation(ref.id()).ifPresentOrElse(o -> organisation(s, o), () -> missing(s, ref));
                break;
            case EVENT: {
                EventDetails events = new EventDetails(index);
                dev.parley.model.Event e = events.event(ref.id());
                if (e == null) {
                    missing(s, ref);
                } else {
                    events.event(s, e, width);
                }
                break;
            }
            case RELATION:
                // blocks unless NO_COLOR: the explorer draws Unicode whatever the locale says
                new EventDetails(index).relationship(s, ref.id(), System.getenv("NO_COLOR") == null);
                break;
            default:
                index.place(ref.id()).ifPresentOrElse(p -> place(s, p), () -> missing(s, ref));
        }
        return s.build();
    }

    /** A short name for breadcrumbs and messages. */
    String label(Ref ref) {
        switch (ref.kind()) {
            case PERSON: return index.person(ref.id()).map(Person::name).orElse(ref.id());
            case DOCUMENT: return index.document(ref.id()).map(Words::document).orElse(ref.id());
            case TOPIC: return index.topic(ref.id()).map(Topic::name).orElse(ref.id());
            case MEETING: return index.meeting(ref.id()).map(m -> "meeting " + Words.meeting(m)).orElse(ref.id());
            case QUOTE: return index.quote(ref.id()).map(q -> Words.quoted(q.text())).orElse(ref.id());
            case ORGANISATION: return index.organisation(ref.id()).map(Entity::name).orElse(ref.id());
            case EVENT: {
                dev.parley.model.Event e = new EventDetails(index).event(ref.id());
                return e == null ? ref.id() : EventDetails.label(e);
            }
            case RELATION: return "between " + ref.id().replace('\n', ' ');
            default: return index.place(ref.id()).map(Entity::name).orElse(ref.id());
        }
    }

    private static <T> List<T> shown(List<T> all) {
        return all.size() <= LIST_LIMIT ? all : all.subList(0, LIST_LIMIT);
    }

    /** The line that says how many items a list of the view leaves out, if any. */
    private static void more(Sheet s, int indent, int total, String what) {
        if (total > LIST_LIMIT) {
            s.text(indent, "… and " + (total - LIST_LIMIT) + " more " + what + " (the first " + LIST_LIMIT + " are shown)",
                    Style.DIM);
        }
    }

    private static void missing(Sheet s, Ref ref) {
        s.heading("Not in this model: " + ref.kind().name().toLowerCase() + " " + ref.id());
    }

    private void person(Sheet s, Person p) {
        s.heading(p.name());
        if (!p.aliases().isEmpty()) {
            s.text(0, "also " + String.join(" · ", p.aliases()), Style.DIM);
        }
        s.section("Roles");
        if (p.roles().isEmpty()) {
            s.text(2, "none found", Style.DIM);
        }
        for (Role r : p.roles()) {
            s.para(2, List.of(Sheet.Piece.of(Words.role(r), Style.NORMAL), SEP,
                    Sheet.Piece.of(Words.plural(r.documents().size(), "document", "documents"), Style.DIM)));
            for (String docId : shown(r.documents())) {
                index.document(docId).ifPresent(d -> documentLine(s, 4, d));
            }
            more(s, 4, r.documents().size(), "documents");
        }
        List<Meeting> meetings = index.meetingsWith(p.id());
        s.section("Meetings (" + meetings.size() + ")");
        for (Meeting m : shown(meetings)) {
            meetingLine(s, 2, m, p.id());
        }
        more(s, 2, meetings.size(), "meetings");
        List<Quote> quotes = index.quotesBy(p.id());
        s.section("Quotes (" + quotes.size() + ")");
        for (Quote q : shown(quotes)) {
            quoteLine(s, 2, q, false);
        }
        more(s, 2, quotes.size(), "quotes");
        List<Count<Topic>> topics = index.topicsSpokenOnBy(p.id());
        if (!topics.isEmpty()) {
            s.section("Speaks on");
            List<Sheet.Piece> pieces = new ArrayList<>();
            for (Count<Topic> c : topics) {
                if (!pieces.isEmpty()) {
                    pieces.add(SEP);
                }
                pieces.add(Sheet.Piece.link(c.item().name(), Style.LINK, new Ref(Ref.Kind.TOPIC, c.item().id())));
                pieces.add(Sheet.Piece.of(" " + c.count(), Style.DIM));
            }
            s.para(2, pieces);
        }
        List<Count<Person>> met = index.coParticipants(p.id());
        if (!met.isEmpty()) {
            s.section("Met most");
            for (Count<Person> c : shown(met)) {
                s.para(2, List.of(Sheet.Piece.link(c.item().name(), Style.PERSON, new Ref(Ref.Kind.PERSON, c.item().id())),
                        Sheet.Piece.of("  " + Words.plural(c.count(), "meeting", "meetings"), Style.DIM)));
            }
            more(s, 2, met.size(), "people");
        }
        List<Document> docs = index.documentsMentioning(p.id());
        s.section("Mentioned in (" + docs.size() + ")");
        for (Document d : shown(docs)) {
            documentLine(s, 2, d);
        }
        more(s, 2, docs.size(), "documents");
    }

    private void document(Sheet s, Document d) {
        boolean headlineQuotes = d.title() != null && index.quotesIn(d.id()).stream().anyMatch(Quote::inHeadline);
        if (headlineQuotes) {
            s.para(0, 0, annotated(d, Quote.HEADLINE, null)); // the title's quotes are links like the body's
        } else {
            s.heading(Words.document(d));
        }
        s.text(0, Words.joinNonNull(" · ", List.of(d.source() == null ? "source unknown" : d.source(),
                Words.date(d.date()), d.place() == null ? "" : d.place(), d.where())), Style.DIM);
        if (d.url() != null) {
            s.text(0, d.url(), Style.DIM);
        }
        List<Topic> topics = index.topicsOf(d.id());
        if (!topics.isEmpty()) {
            List<Sheet.Piece> pieces = new ArrayList<>();
            pieces.add(Sheet.Piece.of("Topics: ", Style.DIM));
            for (int i = 0; i < topics.size(); i++) {
                if (i > 0) {
                    pieces.add(SEP);
                }
                pieces.add(Sheet.Piece.link(topics.get(i).name(), Style.LINK, new Ref(Ref.Kind.TOPIC, topics.get(i).id())));
            }
            s.para(0, pieces);
        }
        for (Meeting m : index.meetingsIn(d.id())) {
            s.para(0, 2, List.of(Sheet.Piece.of("Meeting: ", Style.DIM),
                    Sheet.Piece.link(Words.meeting(m), Style.LINK, new Ref(Ref.Kind.MEETING, m.id())),
                    Sheet.Piece.of(" · " + Words.meetingKind(m.kind()) + " · " + Words.participants(index, m, null, true), Style.DIM)));
        }
        s.blank();
        for (int pi = 0; pi < d.paragraphs().size(); pi++) {
            s.anchor(); // search results open the document at their paragraph
            s.para(0, 0, annotated(d, pi, null));
            s.blank();
        }
    }

    /**
     * A paragraph, or the title for {@link Quote#HEADLINE}, as pieces: people, places and quotes become links;
     * {@code only} limits them to one quote.
     */
    private List<Sheet.Piece> annotated(Document d, int pi, Quote only) {
        boolean title = pi == Quote.HEADLINE;
        String text = title ? d.title() : d.paragraphs().get(pi).text();
        Style plain = title ? Style.HEADING : Style.NORMAL;
        record Mark(int start, int end, Style style, Ref ref) {
        }
        List<Mark> marks = new ArrayList<>();
        if (only == null) {
            for (Located<Person> l : index.peopleMentionedIn(d.id())) {
                if (l.mention().paragraph() == pi) {
                    marks.add(new Mark(l.mention().start(), l.mention().end(), Style.PERSON, new Ref(Ref.Kind.PERSON, l.item().id())));
                }
            }
            for (Located<Entity> l : index.placesMentionedIn(d.id())) {
                if (l.mention().paragraph() == pi) {
                    marks.add(new Mark(l.mention().start(), l.mention().end(), Style.PLACE, new Ref(Ref.Kind.PLACE, l.item().id())));
                }
            }
            for (Quote q : index.quotesIn(d.id())) {
                if (q.paragraph() == pi) {
                    marks.add(new Mark(q.start(), q.end(), Style.QUOTE, new Ref(Ref.Kind.QUOTE, q.id())));
                }
            }
        } else {
            marks.add(new Mark(only.start(), only.end(), Style.QUOTE, null));
        }
        // the earlier mark wins an overlap; at the same start the longer one
        marks.sort(Comparator.comparingInt(Mark::start).thenComparingInt(m -> -(m.end() - m.start())));
        List<Sheet.Piece> pieces = new ArrayList<>();
        int at = 0;
        for (Mark m : marks) {
            if (m.start() < at || m.end() > text.length() || m.start() >= m.end()) {
                continue;
            }
            if (m.start() > at) {
                pieces.add(Sheet.Piece.of(text.substring(at, m.start()), plain));
            }
            pieces.add(new Sheet.Piece(text.substring(m.start(), m.end()), m.style(), m.ref()));
            at = m.end();
        }
        if (at < text.length()) {
            pieces.add(Sheet.Piece.of(text.substring(at), plain));
        }
        return pieces;
    }

    private void topic(Sheet s, Topic t) {
        s.heading(t.name());
        s.text(0, Words.plural(t.documents().size(), "document", "documents"), Style.DIM);
        s.section("Documents");
        for (Topic.TopicDocument td : shown(t.documents())) {
            index.document(td.doc()).ifPresent(d -> documentLine(s, 2, d));
            for (Evidence e : td.evidence()) {
                s.text(6, e.text(), Style.DIM);
            }
        }
        more(s, 2, t.documents().size(), "documents");
        List<Count<Person>> speakers = index.speakersOn(t.id());
        s.section("Who speaks on it (" + speakers.size() + ")");
        for (Count<Person> c : shown(speakers)) {
            s.para(2, List.of(Sheet.Piece.link(c.item().name(), Style.PERSON, new Ref(Ref.Kind.PERSON, c.item().id())),
                    Sheet.Piece.of("  " + Words.plural(c.count(), "quote", "quotes"), Style.DIM)));
        }
        more(s, 2, speakers.size(), "people");
        List<Meeting> meetings = index.meetingsOn(t.id());
        s.section("Meetings where it came up (" + meetings.size() + ")");
        for (Meeting m : shown(meetings)) {
            meetingLine(s, 2, m, null);
        }
        more(s, 2, meetings.size(), "meetings");
    }

    private void meeting(Sheet s, Meeting m) {
        // a call is a contact between people, not a meeting in a place
        s.heading((Words.isCall(m) ? "Call" : "Meeting") + (m.place() == null ? "" : " in " + m.place()) + ", "
                + Words.date(m.date()));
        List<Sheet.Piece> facts = new ArrayList<>();
        facts.add(Sheet.Piece.of(Words.meetingKind(m.kind()), Style.DIM));
        if (m.date() != null && m.date().from() != null) {
            facts.add(Sheet.Piece.of(" · date from " + m.date().from(), Style.DIM));
        }
        if (m.place() != null) {
            facts.add(SEP);
            index.placeNamed(m.place()).ifPresentOrElse(
                    p -> facts.add(Sheet.Piece.link(m.place(), Style.PLACE, new Ref(Ref.Kind.PLACE, p.id()))),
                    () -> facts.add(Sheet.Piece.of(m.place(), Style.DIM)));
        }
        s.para(0, facts);
        s.section("Participants (" + m.participants().size() + ")");
        for (Meeting.Participant p : m.participants()) {
            List<Sheet.Piece> pieces = new ArrayList<>();
            pieces.add(Sheet.Piece.link(Words.personName(index, p.person()), Style.PERSON, new Ref(Ref.Kind.PERSON, p.person())));
            if (p.role() != null) {
                pieces.add(Sheet.Piece.of(" — " + p.role(), Style.DIM));
            }
            s.para(2, pieces);
        }
        s.section("Reported in (" + m.documents().size() + ")");
        for (String docId : m.documents()) {
            index.document(docId).ifPresent(d -> documentLine(s, 2, d));
        }
        if (!m.topics().isEmpty()) {
            s.section("Topics");
            List<Sheet.Piece> pieces = new ArrayList<>();
            for (String id : m.topics()) {
                index.topic(id).ifPresent(t -> {
                    if (!pieces.isEmpty()) {
                        pieces.add(SEP);
                    }
                    pieces.add(Sheet.Piece.link(t.name(), Style.LINK, new Ref(Ref.Kind.TOPIC, t.id())));
                });
            }
            s.para(2, pieces);
        }
        if (!m.quotes().isEmpty()) {
            s.section("Quotes (" + m.quotes().size() + ")");
            for (String id : m.quotes()) {
                index.quote(id).ifPresent(q -> quoteLine(s, 2, q, true));
            }
        }
        if (!m.evidence().isEmpty()) {
            s.section("Evidence");
            for (Evidence e : m.evidence()) {
                s.text(2, e.text(), Style.DIM);
            }
        }
    }

    private void quote(Sheet s, Quote q) {
        s.para(0, 1, List.of(Sheet.Piece.of(Words.quoted(q.text()), Style.QUOTE)));
        s.blank();
        List<Sheet.Piece> who = new ArrayList<>();
        who.add(Sheet.Piece.of("— ", Style.NORMAL));
        List<Speaker> speakers = q.speakers();
        for (int i = 0; i < speakers.size(); i++) {
            if (i > 0) {
                who.add(Sheet.Piece.of(i == speakers.size() - 1 ? " and " : ", ", Style.NORMAL));
            }
            Speaker sp = speakers.get(i);
            who.add(speakerLink(sp));
            Person p = sp.isPerson() ? index.person(sp.id()).orElse(null) : null;
            String role = p == null ? "" : Words.mainRole(p);
            if (!role.isEmpty()) {
                who.add(Sheet.Piece.of(", " + role, Style.DIM));
            }
        }
        if (speakers.isEmpty()) {
            who.add(Sheet.Piece.of("speaker not known", Style.DIM));
        }
        s.para(0, who);
        s.text(0, Words.joinNonNull(" · ", List.of(
                q.speakerText() == null ? "" : "written as “" + q.speakerText() + "”",
                q.verb() == null ? "" : q.verb(),
                q.how() == null ? "" : "found by " + q.how(),
                String.format(java.util.Locale.ROOT, "confidence %.2f", q.confidence()))), Style.DIM);
        index.document(q.doc()).ifPresent(d -> {
            s.section("In");
            documentLine(s, 2, d);
            if (q.inHeadline() && d.title() != null) {
                s.section("Headline");
                s.para(2, 2, annotated(d, Quote.HEADLINE, q));
            } else if (q.paragraph() >= 0 && q.paragraph() < d.paragraphs().size()) {
                s.section("Paragraph " + (q.paragraph() + 1));
                s.para(2, 2, annotated(d, q.paragraph(), q));
            }
        });
        List<Meeting> at = index.corpus().meetings().stream().filter(m -> m.quotes().contains(q.id())).toList();
        if (!at.isEmpty()) {
            s.section("Said at");
            at.forEach(m -> meetingLine(s, 2, m, null));
        }
    }

    /** A speaker's name as a link to its person or organisation. */
    private Sheet.Piece speakerLink(Speaker sp) {
        return sp.isPerson()
                ? Sheet.Piece.link(index.name(sp), Style.PERSON, new Ref(Ref.Kind.PERSON, sp.id()))
                : Sheet.Piece.link(index.name(sp), Style.PERSON, new Ref(Ref.Kind.ORGANISATION, sp.id()));
    }

    private void organisation(Sheet s, Entity o) {
        s.heading(o.name());
        s.text(0, Words.joinNonNull(" · ", List.of("organisation",
                o.aliases().isEmpty() ? "" : "also " + String.join(", ", o.aliases()))), Style.DIM);
        List<Quote> quotes = index.quotesByOrganisation(o.id());
        s.section("Quotes (" + quotes.size() + ")");
        for (Quote q : shown(quotes)) {
            quoteLine(s, 2, q, q.speakers().size() > 1);
        }
        more(s, 2, quotes.size(), "quotes");
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        o.mentions().forEach(m -> ids.add(m.doc()));
        List<Document> docs = ids.stream().map(index::document).flatMap(java.util.Optional::stream).toList();
        s.section("Mentioned in (" + docs.size() + ")");
        shown(docs).forEach(d -> documentLine(s, 2, d));
        more(s, 2, docs.size(), "documents");
    }

    private void place(Sheet s, Entity p) {
        s.heading(p.name());
        s.text(0, Words.joinNonNull(" · ", List.of(p.kind() == null ? "" : p.kind(),
                p.aliases().isEmpty() ? "" : "also " + String.join(", ", p.aliases()))), Style.DIM);
        List<Meeting> meetings = index.meetingsAt(p.name());
        s.section("Meetings here (" + meetings.size() + ")");
        shown(meetings).forEach(m -> meetingLine(s, 2, m, null));
        more(s, 2, meetings.size(), "meetings");
        List<Document> docs = index.documentsMentioningPlace(p.id());
        s.section("Mentioned in (" + docs.size() + ")");
        shown(docs).forEach(d -> documentLine(s, 2, d));
        more(s, 2, docs.size(), "documents");
    }

    private void documentLine(Sheet s, int indent, Document d) {
        s.para(indent, indent + Words.DATE_WIDTH + 1, List.of(
                Sheet.Piece.of(Cells.pad(Words.date(d.date()), Words.DATE_WIDTH) + " ", Style.DIM),
                Sheet.Piece.link(Words.document(d), Style.LINK, new Ref(Ref.Kind.DOCUMENT, d.id()))));
    }

    private void meetingLine(Sheet s, int indent, Meeting m, String except) {
        List<Sheet.Piece> pieces = new ArrayList<>();
        pieces.add(Sheet.Piece.link(Words.meeting(m), Style.LINK, new Ref(Ref.Kind.MEETING, m.id())));
        String others = Words.participants(index, m, except, false);
        String rest = (others.isEmpty() ? "" : " · with " + others)
                + ("reported".equals(m.kind()) ? "" : " · " + Words.meetingKind(m.kind()));
        pieces.add(Sheet.Piece.of(rest, Style.DIM));
        s.para(indent, indent + 2, pieces);
    }

    private void quoteLine(Sheet s, int indent, Quote q, boolean withSpeaker) {
        String text = Cells.fit(Words.quoted(Cells.safe(q.text())), 90);
        List<Sheet.Piece> pieces = new ArrayList<>();
        pieces.add(Sheet.Piece.link(text, Style.QUOTE, new Ref(Ref.Kind.QUOTE, q.id())));
        if (withSpeaker) {
            String who = index.speakers(q);
            pieces.add(Sheet.Piece.of(" — " + (who == null ? "speaker not known" : who), Style.DIM));
        } else {
            index.document(q.doc()).ifPresent(d -> pieces.add(Sheet.Piece.of("  " + Words.date(d.date()), Style.DIM)));
        }
        s.para(indent, indent + 1, pieces);
    }
}
