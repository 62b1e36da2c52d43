package dev.parley.corpus;

import dev.parley.extract.MeetingFinder;

import dev.parley.extract.LocalPerson;
import dev.parley.extract.LocalRole;
import dev.parley.model.DocDate;
import dev.parley.model.Evidence;
import dev.parley.model.Meeting;
import dev.parley.model.Paragraph;
import dev.parley.model.Quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Meetings of the corpus. Within a document, reports of the same kind whose people overlap are one meeting.
 * Across documents, two reports are one meeting only with real evidence: the same day (a full date on both)
 * and at least two of the same people. The same people alone are not enough: they may meet every year.
 */
final class MeetingMerger {
    private static final class Draft {
        String kind;
        final Set<String> participants = new LinkedHashSet<>();
        final List<Meeting.Participant> roles = new ArrayList<>();
        String place;
        DocDate date;
        final Set<String> documents = new TreeSet<>();
        final Set<String> topics = new TreeSet<>();
        final Set<String> quotes = new LinkedHashSet<>();
        final List<Evidence> evidence = new ArrayList<>();
    }

    /** Words that make a meeting of some of the people of another one a meeting of its own. */
    private static final java.util.regex.Pattern DISTINCT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:bilateral|separate|separately|one-on-one|tete-a-tete|tête-à-tête|face-to-face)\\b");

    private final List<Meeting> meetings = new ArrayList<>();

    MeetingMerger(List<CorpusBuilder.Extraction> extractions, PeopleMerger people, List<Quote> quotes) {
        List<Draft> drafts = new ArrayList<>();
        // only reports of the same day can be one meeting across documents, so candidates are looked up by day
        java.util.Map<String, List<Draft>> byDay = new java.util.HashMap<>();
        java.util.Map<String, List<Quote>> quotesByDoc = new java.util.HashMap<>();
        for (Quote q : quotes) {
            quotesByDoc.computeIfAbsent(q.doc(), k -> new ArrayList<>()).add(q);
        }
        for (int d = 0; d < extractions.size(); d++) {
            CorpusBuilder.Extraction e = extractions.get(d);
            List<Draft> inDoc = new ArrayList<>();
            for (MeetingFinder.LocalMeeting m : e.meetings()) {
                Draft draft = new Draft();
                draft.kind = m.kind();
                for (int local : m.participants()) {
                    String id = people.id(d, local);
                    if (draft.participants.add(id)) {
                        draft.roles.add(new Meeting.Participant(id, role(e.people().get(local))));
                    }
                }
                draft.place = m.place();
                draft.date = m.date();
                draft.documents.add(e.doc().id());
                Paragraph p = e.doc().paragraphs().get(m.paragraph());
                draft.evidence.add(new Evidence(e.doc().id(), m.paragraph(), m.sentence().start(), m.sentence().end(),
                        p.text().substring(m.sentence().start(), m.sentence().end())));
                if (draft.kind.equals("reported")) {
                    draft.topics.addAll(e.topics().keySet());
                    for (Quote q : quotesByDoc.getOrDefault(e.doc().id(), List.of())) {
                        if (q.people().stream().anyMatch(draft.participants::contains)) {
                            draft.quotes.add(q.id());
                        }
                    }
                }
                Draft same = inDoc.stream().filter(o -> o.kind.equals(draft.kind) && sameInDocument(o, draft))
                        .findFirst().orElse(null);
                if (same == null) {
                    inDoc.add(draft);
                } else {
                    absorb(same, draft);
                }
            }
            for (Draft draft : inDoc) {
                String day = draft.date != null && draft.date.precision().equals("day") ? draft.date.value() : null;
                List<Draft> sameDay = day == null ? List.of() : byDay.getOrDefault(day, List.of());
                Draft same = sameDay.stream().filter(o -> sameAcrossDocuments(o, draft)).findFirst().orElse(null);
                if (same == null) {
                    drafts.add(draft);
                    if (day != null) {
                        byDay.computeIfAbsent(day, k -> new ArrayList<>()).add(draft);
                    }
                } else {
                    absorb(same, draft);
                }
            }
        }
        drafts.sort(Comparator.comparing((Draft x) -> x.date == null ? "~" : sortableDate(x.date.value()))
                .thenComparing(x -> x.evidence.get(0).doc())
                .thenComparingInt(x -> x.evidence.get(0).paragraph())
                .thenComparingInt(x -> x.evidence.get(0).start()));
        int n = 0;
        for (Draft x : drafts) {
            n++;
            meetings.add(new Meeting("m-" + n, x.kind, x.roles, x.place, x.date, List.copyOf(x.documents),
                    List.copyOf(x.topics), List.copyOf(x.quotes), x.evidence));
        }
    }

    List<Meeting> meetings() {
        return meetings;
    }

    /** Partial dates ("--12-04") sort after full ones of the same month and day would be misleading; put them last among dated. */
    private static String sortableDate(String value) {
        return value.startsWith("--") ? "9999" + value.substring(1) : value;
    }

    private static boolean sameInDocument(Draft a, Draft b) {
        if (!a.kind.equals("reported")) {
            return a.participants.equals(b.participants) && java.util.Objects.equals(a.date, b.date);
        }
        if (a.participants.equals(b.participants)) {
            return true;
        }
        // "A, B and C held a joint meeting ... A held bilateral talks with C": a bilateral is a meeting of its own
        if (bilateral(a) || bilateral(b)) {
            return false;
        }
        return a.participants.containsAll(b.participants) || b.participants.containsAll(a.participants);
    }

    private static boolean bilateral(Draft d) {
        return d.evidence.stream().anyMatch(e -> DISTINCT.matcher(e.text()).find());
    }

    private static boolean sameAcrossDocuments(Draft a, Draft b) {
        // a plan and the report that it happened stay two meetings: events link them, with the plan kept visible
        if (!a.kind.equals(b.kind)) {
            return false;
        }
        if (a.date == null || b.date == null || !a.date.precision().equals("day") || !a.date.value().equals(b.date.value())) {
            return false;
        }
        Set<String> shared = new LinkedHashSet<>(a.participants);
        shared.retainAll(b.participants);
        return shared.size() >= 2;
    }

    private static void absorb(Draft into, Draft from) {
        for (Meeting.Participant p : from.roles) {
            if (into.participants.add(p.person())) {
                into.roles.add(p);
            }
        }
        if (into.place == null) {
            into.place = from.place;
        }
        if (into.date == null) {
            into.date = from.date;
        }
        into.documents.addAll(from.documents);
        into.topics.addAll(from.topics);
        into.quotes.addAll(from.quotes);
        into.evidence.addAll(from.evidence);
    }

    /** "Minister of Foreign Affairs of Russia": the first role the reporting document gives. */
    private static String role(LocalPerson p) {
        if (p.roles().isEmpty()) {
            return null;
        }
        LocalRole r = p.roles().get(0);
        String of = r.country() != null ? r.country() : r.organisation();
        return of == null ? r.title() : r.title() + " of " + of;
    }
}
