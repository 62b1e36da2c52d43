package dev.parley.corpus;

import dev.parley.model.Corpus;
import dev.parley.model.DocDate;
import dev.parley.model.Document;
import dev.parley.model.Event;
import dev.parley.model.Evidence;
import dev.parley.model.Meeting;
import dev.parley.model.Mention;
import dev.parley.model.Person;
import dev.parley.model.Quote;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Groups the model's meetings into events: the reports of one real meeting by several outlets.
 *
 * <p>Dated reports join when their people overlap, their days are at most one apart (relative dates resolved
 * against each document's date) and their places agree (a city and its country agree, two cities do not). The
 * same people on other days or in other cities are other events: people meet often, so names alone never join.
 * An undated report joins only on strong evidence: the same people, the same place and the same words (a quote
 * or a long phrase both documents carry), and only when one event qualifies. A planned meeting joins the event
 * that later reports say took place. Every meeting is in exactly one event.
 */
public final class EventGrouper {
    /** A planned meeting without a day links to an event this many days after the announcement at most. */
    private static final int PLAN_HORIZON_DAYS = 45;
    private static final double UNDATED_CONFIDENCE = 0.6;

    private final Corpus corpus;
    private final Map<String, Document> documents = new HashMap<>();
    private final Map<String, Quote> quotes = new HashMap<>();
    private final Map<String, Person> people = new HashMap<>();
    /** The dated groups by person and first day, numbered as made: the only groups a report can join. */
    private final GroupDays days = new GroupDays();
    private final EventText text;

    private EventGrouper(Corpus corpus) {
        this.corpus = corpus;
        corpus.documents().forEach(d -> documents.put(d.id(), d));
        corpus.quotes().forEach(q -> quotes.put(q.id(), q));
        corpus.people().forEach(p -> people.put(p.id(), p));
        this.text = new EventText(documents, quotes);
    }

    /** The events of a model whose meetings, documents and quotes are final. */
    public static List<Event> group(Corpus corpus) {
        return number(new EventGrouper(corpus).unnumbered(IntStream.range(0, corpus.meetings().size()).toArray()));
    }

    /** An event before events are numbered, with what puts it in its place among all of them. */
    public record Unnumbered(String sortKey, int firstMeeting, Event event) implements java.io.Serializable {
    }

    /**
     * The model's meetings in parts that never share an event, each the positions of its meetings in ascending
     * order: every way of joining needs a shared participant, so meetings linked through people are one part.
     * The parts can be grouped each on its own ({@link #groupPart}) and then {@link #number}ed.
     */
    public static List<int[]> parts(Corpus corpus) {
        List<Meeting> meetings = corpus.meetings();
        int[] root = IntStream.range(0, meetings.size()).toArray();
        Map<String, Integer> firstWith = new HashMap<>();
        for (int i = 0; i < meetings.size(); i++) {
            for (Meeting.Participant p : meetings.get(i).participants()) {
                Integer other = firstWith.putIfAbsent(p.person(), i);
                if (other != null) {
                    int a = find(root, i);
                    int b = find(root, other);
                    root[Math.max(a, b)] = Math.min(a, b);
                }
            }
        }
        Map<Integer, List<Integer>> byRoot = new java.util.LinkedHashMap<>();
        for (int i = 0; i < meetings.size(); i++) {
            byRoot.computeIfAbsent(find(root, i), k -> new ArrayList<>()).add(i);
        }
        return byRoot.values().stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) {
            root[i] = root[root[i]];
            i = root[i];
        }
        return i;
    }

    /**
     * The events of one part.
     *
     * @param part     a model holding the part's meetings in their order, and the documents, quotes and people
     *                 they refer to
     * @param position each of the part's meetings' position among all the model's meetings
     */
    public static List<Unnumbered> groupPart(Corpus part, int[] position) {
        return new EventGrouper(part).unnumbered(position);
    }

    /** All parts' events in date order, numbered. */
    public static List<Event> number(List<Unnumbered> events) {
        List<Unnumbered> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(Unnumbered::sortKey).thenComparingInt(Unnumbered::firstMeeting));
        List<Event> out = new ArrayList<>(sorted.size());
        for (Unnumbered u : sorted) {
            Event e = u.event();
            out.add(new Event("e-" + (out.size() + 1), e.kind(), e.date(), e.place(), e.participants(), e.meetings(),
                    e.reports(), e.quotes(), e.confidence(), e.basis()));
        }
        return out;
    }

    /** A meeting ready for grouping: its reports, its date on the calendar and its people. */
    private static final class Unit {
        Meeting meeting;
        int order;
        List<Event.Report> reports = new ArrayList<>();
        DocDate date;
        LocalDate day;
        Set<String> participants;
        Set<String> docs = new LinkedHashSet<>();
    }

    private static final class Group {
        /** Position in the order groups were made: candidates are tried in that order, as a scan of all would. */
        int made;
        final List<Unit> units = new ArrayList<>();
        final Set<String> participants = new LinkedHashSet<>();
        final Set<String> docs = new LinkedHashSet<>();
        final Set<String> basis = new LinkedHashSet<>();
        LocalDate first;
        LocalDate last;
        double confidence = 1;

        void add(Unit u) {
            units.add(u);
            participants.addAll(u.participants);
            docs.addAll(u.docs);
            if (u.day != null) {
                first = first == null || u.day.isBefore(first) ? u.day : first;
                last = last == null || u.day.isAfter(last) ? u.day : last;
            }
        }

        boolean hasReported() {
            return units.stream().anyMatch(u -> u.meeting.kind().equals("reported"));
        }
    }

    private List<Unnumbered> unnumbered(int[] position) {
        List<Unit> units = new ArrayList<>();
        for (Meeting m : corpus.meetings()) {
            Unit u = unit(m);
            u.order = position[units.size()];
            units.add(u);
        }
        List<Group> groups = new ArrayList<>();
        List<Unit> undated = new ArrayList<>();
        List<Unit> planned = new ArrayList<>();
        List<Unit> dated = new ArrayList<>();
        for (Unit u : units) {
            if (u.meeting.kind().equals("planned")) {
                planned.add(u);
            } else if (u.day == null) {
                undated.add(u);
            } else {
                dated.add(u);
            }
        }
        dated.sort(Comparator.comparing((Unit u) -> u.day).thenComparingInt(u -> u.order));
        for (Unit u : dated) {
            joinDated(groups, u);
        }
        for (Unit u : undated) {
            joinUndated(groups, u);
        }
        for (Unit u : planned) {
            joinPlanned(groups, u);
        }
        List<Unnumbered> out = new ArrayList<>(groups.size());
        for (Group g : groups) {
            out.add(new Unnumbered(sortKey(g), g.units.stream().mapToInt(u -> u.order).min().orElse(0), event(null, g)));
        }
        return out;
    }

    private Unit unit(Meeting m) {
        Unit u = new Unit();
        u.meeting = m;
        u.participants = new LinkedHashSet<>();
        m.participants().forEach(p -> u.participants.add(p.person()));
        boolean planned = m.kind().equals("planned");
        for (String docId : m.documents()) {
            Document doc = documents.get(docId);
            String sentence = "";
            for (Evidence e : m.evidence()) {
                if (e.doc().equals(docId)) {
                    sentence = e.text();
                    break;
                }
            }
            DocDate date = EventDates.resolve(m.date(), doc == null ? null : doc.date(), sentence, planned);
            List<String> quoteIds = m.quotes().stream().filter(q -> quotes.containsKey(q)
                    && quotes.get(q).doc().equals(docId)).toList();
            u.reports.add(new Event.Report(docId, m.id(), m.kind(), date, m.place(), named(m, docId), quoteIds));
            u.docs.add(docId);
            if (u.date == null && date != null) {
                u.date = date;
            }
        }
        u.day = EventDates.day(u.date);
        return u;
    }

    /**
     * The participants one document names. A meeting the builder already found in several documents has one list
     * of people; each document's share is who is named in its own sentences (all of them when none is: "he met").
     */
    private List<String> named(Meeting m, String docId) {
        List<String> all = m.participants().stream().map(Meeting.Participant::person).toList();
        if (m.documents().size() < 2) {
            return all;
        }
        List<Evidence> sentences = m.evidence().stream().filter(e -> e.doc().equals(docId)).toList();
        List<String> named = new ArrayList<>();
        for (String id : all) {
            Person p = people.get(id);
            if (p != null && p.mentions().stream().anyMatch(x -> within(x, sentences))) {
                named.add(id);
            }
        }
        return named.isEmpty() ? all : named;
    }

    private static boolean within(Mention x, List<Evidence> sentences) {
        for (Evidence e : sentences) {
            if (x.doc().equals(e.doc()) && x.paragraph() == e.paragraph() && x.start() >= e.start() && x.end() <= e.end()) {
                return true;
            }
        }
        return false;
    }

    private void joinDated(List<Group> groups, Unit u) {
        Group best = null;
        int bestShared = 0;
        for (int id : days.within(u.participants, u.day.minusDays(1), u.day.plusDays(1))) {
            Group g = groups.get(id);
            if (g.first == null || disjointDocs(g, u) || !placesAgree(g, u)) {
                continue;
            }
            LocalDate first = u.day.isBefore(g.first) ? u.day : g.first;
            LocalDate last = u.day.isAfter(g.last) ? u.day : g.last;
            if (ChronoUnit.DAYS.between(first, last) > 1) {
                continue; // every report of an event lies within a day of every other
            }
            int shared = shared(g.participants, u.participants);
            if (shared >= needed(g.participants, u.participants) && shared > bestShared) {
                best = g;
                bestShared = shared;
            }
        }
        if (best == null) {
            groups.add(indexed(single(u), groups.size()));
            return;
        }
        boolean sameDay = best.first.equals(u.day) && best.last.equals(u.day);
        boolean placeKnown = placeOf(best) != null && u.meeting.place() != null;
        double sure = (sameDay ? 0.9 : 0.8) + (placeKnown ? 0.05 : 0) + (bestShared >= 2 ? 0.05 : 0);
        best.confidence = Math.min(best.confidence, round(sure));
        best.basis.add((sameDay ? "same day" : "within a day") + (placeKnown ? ", same place" : "")
                + ", " + bestShared + (bestShared == 1 ? " shared participant" : " shared participants"));
        joined(best, u);
    }

    /**
     * Undated: the same people, the same known place, the same words, and no other event that would do as well.
     * A month or year given by the report must hold the event's day.
     */
    private void joinUndated(List<Group> groups, Unit u) {
        List<Group> candidates = new ArrayList<>();
        String how = null;
        // a candidate holds all of the report's people, and two of them at least
        int[] ids = u.participants.size() < 2 ? new int[0] : days.withAll(u.participants);
        for (int id : ids) {
            Group g = groups.get(id);
            String place = placeOf(g);
            if (g.first == null || disjointDocs(g, u) || u.participants.size() < 2 || !g.participants.containsAll(u.participants)
                    || place == null || u.meeting.place() == null || !EventPlaces.agree(place, u.meeting.place())
                    || !withinPrecision(u.date, g.first)) {
                continue;
            }
            String shared = text.sharedWords(u.docs, u.meeting.quotes(), g.docs, quotesOf(g));
            if (shared != null) {
                candidates.add(g);
                how = shared;
            }
        }
        if (candidates.size() != 1) {
            groups.add(indexed(single(u), groups.size()));
            return;
        }
        Group g = candidates.get(0);
        g.confidence = Math.min(g.confidence, UNDATED_CONFIDENCE);
        g.basis.add("undated report: same participants, same place, " + how);
        joined(g, u);
    }

    /** A plan joins the event that happened on its day, or soon after it was announced when it gave none. */
    private void joinPlanned(List<Group> groups, Unit u) {
        LocalDate announced = null;
        for (Event.Report r : u.reports) {
            Document d = documents.get(r.doc());
            announced = d == null ? null : EventDates.day(d.date());
            if (announced != null) {
                break;
            }
        }
        Group best = null;
        long bestDistance = Long.MAX_VALUE;
        int count = 0;
        int[] ids;
        if (u.day != null) {
            ids = days.within(u.participants, u.day.minusDays(1), u.day.plusDays(1));
        } else if (announced != null) {
            ids = days.within(u.participants, announced, announced.plusDays(PLAN_HORIZON_DAYS));
        } else {
            ids = new int[0];
        }
        for (int id : ids) {
            Group g = groups.get(id);
            if (g.first == null || !g.hasReported() || !placesAgree(g, u)
                    || shared(g.participants, u.participants) < needed(g.participants, u.participants)) {
                continue;
            }
            if (announced != null && g.first.isBefore(announced)) {
                continue; // a plan is for later
            }
            long distance;
            if (u.day != null) {
                distance = Math.abs(ChronoUnit.DAYS.between(u.day, g.first));
                if (distance > 1) {
                    continue;
                }
            } else if (announced != null) {
                distance = ChronoUnit.DAYS.between(announced, g.first);
                if (distance > PLAN_HORIZON_DAYS) {
                    continue;
                }
            } else {
                continue;
            }
            count++;
            if (distance < bestDistance) {
                best = g;
                bestDistance = distance;
            }
        }
        // without a day, two events that could be the plan's are one too many to choose from
        if (best == null || (u.day == null && count > 1)) {
            groups.add(indexed(single(u), groups.size()));
            return;
        }
        best.basis.add(u.day != null ? "planned for that day" : "planned " + bestDistance + " days before");
        joined(best, u);
    }

    /**
     * Files a new group. Every way of joining needs a shared participant and a group with a day, within a few days of
     * the report's own or of its announcement, so {@link #days} finds what a scan of all groups would (quadratic in
     * the corpus), in the same order.
     */
    private Group indexed(Group g, int made) {
        g.made = made;
        if (g.first != null) {
            days.add(made, g.first, g.participants);
        }
        return g;
    }

    /** Adds {@code u} to {@code g}, filing {@code g} again: its first day and its people may change. */
    private void joined(Group g, Unit u) {
        if (g.first != null) {
            days.remove(g.made, g.first, g.participants);
        }
        g.add(u);
        indexed(g, g.made);
    }

    private static Group single(Unit u) {
        Group g = new Group();
        g.add(u);
        return g;
    }

    /** Two meetings of one document are two meetings: the builder already joined what the document shows as one. */
    private static boolean disjointDocs(Group g, Unit u) {
        for (String d : u.docs) {
            if (g.docs.contains(d)) {
                return true;
            }
        }
        return false;
    }

    private static boolean placesAgree(Group g, Unit u) {
        if (u.meeting.place() == null) {
            return true;
        }
        for (Unit other : g.units) {
            if (other.meeting.place() != null && !EventPlaces.agree(other.meeting.place(), u.meeting.place())) {
                return false;
            }
        }
        return true;
    }

    /** Two of the same people, or the one person a report names (a visit, or "met his counterpart"). */
    private static int needed(Set<String> a, Set<String> b) {
        return Math.max(1, Math.min(2, Math.min(a.size(), b.size())));
    }

    private static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String x : b) {
            if (a.contains(x)) {
                n++;
            }
        }
        return n;
    }

    /** A month ("2024-03") or year holds the day; a month and day ("--03-21") must be that month and day. */
    private static boolean withinPrecision(DocDate date, LocalDate day) {
        if (date == null) {
            return true;
        }
        String v = date.value();
        return switch (date.precision()) {
            case "month", "year" -> day.toString().startsWith(v);
            case "month-day" -> day.toString().endsWith(v.substring(1));
            default -> false;
        };
    }

    private List<String> quotesOf(Group g) {
        List<String> out = new ArrayList<>();
        g.units.forEach(u -> out.addAll(u.meeting.quotes()));
        return out;
    }

    /** The most precise place the reports give: a city over its country. */
    private static String placeOf(Group g) {
        String best = null;
        int bestPrecision = 0; // the best's, looked up once rather than again for every later report
        for (Unit u : g.units) {
            String p = u.meeting.place();
            if (p == null || p.equals(best)) {
                continue;
            }
            int precision = EventPlaces.precision(p);
            if (best == null || precision > bestPrecision) {
                best = p;
                bestPrecision = precision;
            }
        }
        return best;
    }

    private static String sortKey(Group g) {
        if (g.first != null) {
            return g.first.toString();
        }
        for (Unit u : g.units) {
            if (u.date != null) {
                return u.date.value().startsWith("--") ? "9999" + u.date.value().substring(1) : u.date.value();
            }
        }
        return "~";
    }

    private Event event(String id, Group g) {
        List<Unit> units = new ArrayList<>(g.units);
        units.sort(Comparator.comparingInt((Unit u) -> rank(u.meeting.kind())).thenComparingInt(u -> u.order));
        String kind = units.get(0).meeting.kind();
        DocDate date = g.first != null ? new DocDate(g.first.toString(), "day", "event") : units.get(0).date;
        List<String> participants = new ArrayList<>();
        List<String> meetings = new ArrayList<>();
        List<Event.Report> reports = new ArrayList<>();
        for (Unit u : units) {
            u.participants.stream().filter(p -> !participants.contains(p)).forEach(participants::add);
            meetings.add(u.meeting.id());
            reports.addAll(u.reports);
        }
        reports.sort(Comparator.comparing((Event.Report r) -> r.date() == null ? "~" : r.date().value())
                .thenComparing(Event.Report::doc));
        List<String> quoteIds = new ArrayList<>();
        reports.forEach(r -> quoteIds.addAll(r.quotes()));
        String basis = g.basis.isEmpty() ? "one report" : String.join("; ", g.basis);
        return new Event(id, kind, date, placeOf(g), participants, meetings, reports, text.shared(quoteIds),
                g.confidence, basis);
    }

    private static int rank(String kind) {
        return switch (kind) {
            case "reported" -> 0;
            case "planned" -> 1;
            default -> 2;
        };
    }

    private static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }

}
