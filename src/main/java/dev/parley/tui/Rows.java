package dev.parley.tui;

import dev.parley.index.CorpusIndex;
import dev.parley.model.Document;
import dev.parley.model.Meeting;
import dev.parley.model.Person;
import dev.parley.model.Quote;
import dev.parley.model.Topic;
import dev.parley.text.Fold;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The rows of each pane's list, built once per corpus. */
final class Rows {
    private Rows() {
    }

    static List<Row> of(CorpusIndex index, Pane pane) {
        switch (pane) {
            case DOCUMENTS: return documents(index);
            case PEOPLE: return people(index);
            case TOPICS: return topics(index);
            case MEETINGS: return meetings(index);
            default: return quotes(index);
        }
    }

    private static List<Row> documents(CorpusIndex index) {
        List<Row> out = new ArrayList<>();
        for (Document d : index.documentsByDate()) {
            String date = Words.date(d.date());
            out.add(new Row(new Ref(Ref.Kind.DOCUMENT, d.id()), date, Words.document(d), d.source() == null ? "" : d.source(),
                    fold(date, d.title(), d.source(), d.place(), d.id())));
        }
        return out;
    }

    private static List<Row> people(CorpusIndex index) {
        List<Row> out = new ArrayList<>();
        for (Person p : index.corpus().people()) {
            List<String> hay = new ArrayList<>(p.aliases());
            hay.add(p.name());
            p.roles().forEach(r -> hay.add(Words.role(r)));
            out.add(new Row(new Ref(Ref.Kind.PERSON, p.id()), "", p.name(), Words.mainRole(p),
                    fold(hay.toArray(new String[0]))));
        }
        return out;
    }

    private static List<Row> topics(CorpusIndex index) {
        List<Row> out = new ArrayList<>();
        for (Topic t : index.corpus().topics()) {
            int docs = t.documents().size();
            out.add(new Row(new Ref(Ref.Kind.TOPIC, t.id()), "", t.name(), Words.plural(docs, "document", "documents"),
                    fold(t.name(), t.id())));
        }
        return out;
    }

    /** The timeline: one meeting per row, its participants on the same line. */
    private static List<Row> meetings(CorpusIndex index) {
        if (!index.corpus().events().isEmpty()) {
            return EventRows.rows(index);
        }
        List<Row> out = new ArrayList<>();
        for (Meeting m : index.timeline()) {
            String date = Words.date(m.date());
            String people = Words.participants(index, m, null, true);
            // a call has no place: its row says "call" where a meeting's says where
            boolean placelessCall = Words.isCall(m) && m.place() == null;
            String extra = "reported".equals(m.kind()) || placelessCall ? people
                    : people + " · " + Words.meetingKind(m.kind());
            String where = placelessCall ? "call" : m.place() == null ? "—" : m.place();
            out.add(new Row(new Ref(Ref.Kind.MEETING, m.id()), date, where, extra,
                    fold(date, m.place(), m.kind(), Words.participants(index, m, null, false))));
        }
        return out;
    }

    private static List<Row> quotes(CorpusIndex index) {
        List<Row> out = new ArrayList<>();
        for (Quote q : index.corpus().quotes()) {
            String speaker = Words.speakers(index, q);
            out.add(new Row(new Ref(Ref.Kind.QUOTE, q.id()), "", speaker, Words.quoted(q.text()), "",
                    fold(q.text(), speaker, q.speakerText())));
        }
        return out;
    }

    private static String fold(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null) {
                b.append(Fold.key(Cells.safe(p))).append('\n');
            }
        }
        return b.toString();
    }

    /** The year a row is dated in ("2016"), or null when it has no dated lead (undated, month-day only, no date). */
    static String year(Row r) {
        if (r == null || r.lead().length() < 4) {
            return null;
        }
        String y = r.lead().substring(0, 4);
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(y.charAt(i))) {
                return null;
            }
        }
        return y;
    }

    static boolean hasYears(List<Row> rows) {
        for (Row r : rows) {
            if (year(r) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether row {@code i} opens a year: it has one, and the row above has another (or none). */
    static boolean startsYear(List<Row> rows, int i) {
        String y = year(rows.get(i));
        return y != null && (i == 0 || !y.equals(year(rows.get(i - 1))));
    }

    /**
     * The row a year step lands on from {@code from}: forward, the first row of the next year (or of the undated
     * rows after the last year); backward, the first row of the current year, or of the year before when already
     * there. -1 when there is nowhere to go or the list has no years at all.
     */
    static int yearStep(List<Row> rows, int from, boolean forward) {
        if (!hasYears(rows)) {
            return -1;
        }
        String here = year(rows.get(from));
        if (forward) {
            for (int i = from + 1; i < rows.size(); i++) {
                if (!Objects.equals(year(rows.get(i)), here)) {
                    return i;
                }
            }
            return -1;
        }
        int start = from;
        while (start > 0 && Objects.equals(year(rows.get(start - 1)), here)) {
            start--;
        }
        if (start < from) {
            return start;
        }
        if (start == 0) {
            return -1;
        }
        String before = year(rows.get(start - 1));
        int i = start - 1;
        while (i > 0 && Objects.equals(year(rows.get(i - 1)), before)) {
            i--;
        }
        return i;
    }
}
