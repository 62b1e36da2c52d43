package dev.parley.index;

import dev.parley.model.Corpus;
import dev.parley.model.DocDate;
import dev.parley.model.Document;
import dev.parley.model.Entity;
import dev.parley.model.Meeting;
import dev.parley.model.Mention;
import dev.parley.model.Person;
import dev.parley.model.Quote;
import dev.parley.model.Role;
import dev.parley.model.Topic;
import dev.parley.text.Fold;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Lookups over one immutable {@link Corpus}: by id, by accent-folded name, and the relations the explorer shows
 * (quotes of a speaker, meetings of a person, documents of a topic, people met most...). Everything is computed
 * once in the constructor, so lookups are map reads and the index can be shared between threads.
 * Lists keep the corpus order unless a method says otherwise.
 */
public final class CorpusIndex {
    private final Corpus corpus;
    private final Map<String, Document> documents;
    private final Map<String, Person> people;
    private final Map<String, Topic> topics;
    private final Map<String, Meeting> meetings;
    private final Map<String, Quote> quotes;
    private final Map<String, Entity> places;
    private final Map<String, List<Person>> peopleByFoldedName = new HashMap<>();
    private final Map<String, List<Quote>> quotesBySpeaker = new HashMap<>();
    private final Map<String, List<Quote>> quotesByDoc = new HashMap<>();
    private final Map<String, List<Meeting>> meetingsByPerson = new HashMap<>();
    private final Map<String, List<Meeting>> meetingsByDoc = new HashMap<>();
    private final Map<String, List<Meeting>> meetingsByTopic = new HashMap<>();
    private final Map<String, List<Meeting>> meetingsByPlace = new HashMap<>();
    private final Map<String, List<Topic>> topicsByDoc = new HashMap<>();
    private final Map<String, List<Located<Person>>> peopleByDoc = new HashMap<>();
    private final Map<String, List<Located<Entity>>> placesByDoc = new HashMap<>();
    private final Map<String, Entity> placesByFoldedName = new HashMap<>();
    private final List<Meeting> timeline;
    /** Position of each meeting in the timeline, by identity: records hash deeply (evidence text and all). */
    private final Map<Meeting, Integer> timelinePosition = new IdentityHashMap<>();
    private final List<Document> documentsByDate;

    public CorpusIndex(Corpus corpus) {
        this.corpus = corpus;
        this.documents = byId(corpus.documents(), Document::id);
        this.people = byId(corpus.people(), Person::id);
        this.topics = byId(corpus.topics(), Topic::id);
        this.meetings = byId(corpus.meetings(), Meeting::id);
        this.quotes = byId(corpus.quotes(), Quote::id);
        this.places = byId(corpus.places(), Entity::id);
        for (Person p : corpus.people()) {
            Set<String> keys = new LinkedHashSet<>();
            keys.add(Fold.key(p.name()));
            p.aliases().forEach(a -> keys.add(Fold.key(a)));
            keys.forEach(k -> add(peopleByFoldedName, k, p));
            for (Mention m : p.mentions()) {
                add(peopleByDoc, m.doc(), new Located<>(p, m));
            }
        }
        for (Entity place : corpus.places()) {
            placesByFoldedName.putIfAbsent(Fold.key(place.name()), place);
            place.aliases().forEach(a -> placesByFoldedName.putIfAbsent(Fold.key(a), place));
            for (Mention m : place.mentions()) {
                add(placesByDoc, m.doc(), new Located<>(place, m));
            }
        }
        Comparator<Located<?>> inText = Comparator.comparingInt((Located<?> l) -> l.mention().paragraph())
                .thenComparingInt(l -> l.mention().start());
        peopleByDoc.values().forEach(l -> l.sort(inText));
        placesByDoc.values().forEach(l -> l.sort(inText));
        for (Quote q : corpus.quotes()) {
            add(quotesByDoc, q.doc(), q);
            if (q.speaker() != null) {
                add(quotesBySpeaker, q.speaker(), q);
            }
        }
        for (Meeting m : corpus.meetings()) {
            m.participants().stream().map(Meeting.Participant::person).distinct().forEach(p -> add(meetingsByPerson, p, m));
            m.documents().stream().distinct().forEach(d -> add(meetingsByDoc, d, m));
            m.topics().stream().distinct().forEach(t -> add(meetingsByTopic, t, m));
            if (m.place() != null) {
                add(meetingsByPlace, Fold.key(m.place()), m);
            }
        }
        for (Topic t : corpus.topics()) {
            t.documents().stream().map(Topic.TopicDocument::doc).distinct().forEach(d -> add(topicsByDoc, d, t));
        }
        freeze(peopleByFoldedName);
        freeze(quotesBySpeaker);
        freeze(quotesByDoc);
        freeze(meetingsByPerson);
        freeze(meetingsByDoc);
        freeze(meetingsByTopic);
        freeze(meetingsByPlace);
        freeze(topicsByDoc);
        freeze(peopleByDoc);
        freeze(placesByDoc);
        this.timeline = sortedByDate(corpus.meetings(), Meeting::date);
        for (int i = 0; i < timeline.size(); i++) {
            timelinePosition.put(timeline.get(i), i);
        }
        this.documentsByDate = sortedByDate(corpus.documents(), Document::date);
    }

    public Corpus corpus() {
        return corpus;
    }

    public Optional<Document> document(String id) {
        return Optional.ofNullable(id == null ? null : documents.get(id));
    }

    public Optional<Person> person(String id) {
        return Optional.ofNullable(id == null ? null : people.get(id));
    }

    public Optional<Topic> topic(String id) {
        return Optional.ofNullable(id == null ? null : topics.get(id));
    }

    public Optional<Meeting> meeting(String id) {
        return Optional.ofNullable(id == null ? null : meetings.get(id));
    }

    public Optional<Quote> quote(String id) {
        return Optional.ofNullable(id == null ? null : quotes.get(id));
    }

    public Optional<Entity> place(String id) {
        return Optional.ofNullable(id == null ? null : places.get(id));
    }

    /** A place by its canonical name or an alias, accent- and case-insensitive (meetings name their place this way). */
    public Optional<Entity> placeNamed(String name) {
        return Optional.ofNullable(name == null ? null : placesByFoldedName.get(Fold.key(name)));
    }

    /** People whose name or an alias folds to the same key as {@code name} ("jovanovic" finds Ana Jovanović by the alias "Jovanović"). */
    public List<Person> peopleNamed(String name) {
        return peopleByFoldedName.getOrDefault(Fold.key(name).strip(), List.of());
    }

    public List<Quote> quotesBy(String personId) {
        return quotesBySpeaker.getOrDefault(personId, List.of());
    }

    public List<Quote> quotesIn(String docId) {
        return quotesByDoc.getOrDefault(docId, List.of());
    }

    /** Meetings the person took part in, in timeline order. */
    public List<Meeting> meetingsWith(String personId) {
        return inTimelineOrder(meetingsByPerson.getOrDefault(personId, List.of()));
    }

    /** Meetings a document speaks of, in timeline order. */
    public List<Meeting> meetingsIn(String docId) {
        return inTimelineOrder(meetingsByDoc.getOrDefault(docId, List.of()));
    }

    public List<Meeting> meetingsOn(String topicId) {
        return inTimelineOrder(meetingsByTopic.getOrDefault(topicId, List.of()));
    }

    /** Meetings held at a place, matched by folded name. */
    public List<Meeting> meetingsAt(String placeName) {
        return inTimelineOrder(meetingsByPlace.getOrDefault(Fold.key(placeName), List.of()));
    }

    public List<Document> documentsOn(String topicId) {
        Topic t = topics.get(topicId);
        if (t == null) {
            return List.of();
        }
        // distinct by id, not by record: a document's equality would compare its whole text
        return t.documents().stream().map(Topic.TopicDocument::doc).distinct().map(documents::get)
                .filter(d -> d != null).toList();
    }

    public List<Topic> topicsOf(String docId) {
        return topicsByDoc.getOrDefault(docId, List.of());
    }

    /** Documents that give a role or mention the person, in corpus order. */
    public List<Document> documentsMentioning(String personId) {
        Person p = people.get(personId);
        if (p == null) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        p.mentions().forEach(m -> ids.add(m.doc()));
        for (Role r : p.roles()) {
            ids.addAll(r.documents());
        }
        return corpus.documents().stream().filter(d -> ids.contains(d.id())).toList();
    }

    /** Person mentions in a document, in text order. */
    public List<Located<Person>> peopleMentionedIn(String docId) {
        return peopleByDoc.getOrDefault(docId, List.of());
    }

    /** Place mentions in a document, in text order. */
    public List<Located<Entity>> placesMentionedIn(String docId) {
        return placesByDoc.getOrDefault(docId, List.of());
    }

    /** Documents mentioning a place, in corpus order. */
    public List<Document> documentsMentioningPlace(String placeId) {
        Entity place = places.get(placeId);
        if (place == null) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        place.mentions().forEach(m -> ids.add(m.doc()));
        return corpus.documents().stream().filter(d -> ids.contains(d.id())).toList();
    }

    /** The people a person met, with the number of meetings together; most first, then by name. */
    public List<Count<Person>> coParticipants(String personId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Meeting m : meetingsByPerson.getOrDefault(personId, List.of())) {
            m.participants().stream().map(Meeting.Participant::person).distinct()
                    .filter(p -> !p.equals(personId))
                    .forEach(p -> counts.merge(p, 1, Integer::sum));
        }
        return ranked(counts, people::get, p -> Fold.key(p.name()));
    }

    /** Topics of the documents where the person is quoted, with the number of such quotes; most first. */
    public List<Count<Topic>> topicsSpokenOnBy(String personId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Quote q : quotesBy(personId)) {
            for (Topic t : topicsOf(q.doc())) {
                counts.merge(t.id(), 1, Integer::sum);
            }
        }
        return ranked(counts, topics::get, Topic::name);
    }

    /** People quoted in the documents of a topic, with their number of quotes there; most first. */
    public List<Count<Person>> speakersOn(String topicId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Document d : documentsOn(topicId)) {
            for (Quote q : quotesIn(d.id())) {
                if (q.speaker() != null) {
                    counts.merge(q.speaker(), 1, Integer::sum);
                }
            }
        }
        return ranked(counts, people::get, p -> Fold.key(p.name()));
    }

    /**
     * Meetings in time order: dated ones by their date, a partial date ("2015", "2015-12") before the full dates it
     * covers; then those with a month and day but no year, by month and day; then undated ones. Ties keep corpus order.
     */
    public List<Meeting> timeline() {
        return timeline;
    }

    /** Documents in the same order as the timeline: dated first, by date; then undated ones. */
    public List<Document> documentsByDate() {
        return documentsByDate;
    }

    private List<Meeting> inTimelineOrder(List<Meeting> some) {
        if (some.size() < 2) {
            return some;
        }
        List<Meeting> out = new ArrayList<>(some);
        out.sort(Comparator.comparingInt(m -> timelinePosition.getOrDefault(m, Integer.MAX_VALUE)));
        return List.copyOf(out);
    }

    /** Sort key of a date: 0 for a dated value, 1 for month-day without a year, 2 for none; then the value. */
    static Comparator<DocDate> dateOrder() {
        return Comparator.comparingInt(CorpusIndex::dateRank)
                .thenComparing(d -> d == null || d.value() == null ? "" : d.value());
    }

    private static int dateRank(DocDate d) {
        if (d == null || d.value() == null || d.value().isBlank()) {
            return 2;
        }
        return d.value().startsWith("--") ? 1 : 0;
    }

    private static <T> List<T> sortedByDate(List<T> items, Function<T, DocDate> date) {
        List<T> out = new ArrayList<>(items);
        out.sort(Comparator.comparing(date, dateOrder())); // stable: ties keep corpus order
        return List.copyOf(out);
    }

    private static <T> List<Count<T>> ranked(Map<String, Integer> counts, Function<String, T> lookup,
                                             Function<T, String> name) {
        List<Count<T>> out = new ArrayList<>();
        counts.forEach((id, n) -> {
            T item = lookup.apply(id);
            if (item != null) {
                out.add(new Count<>(item, n));
            }
        });
        out.sort(Comparator.<Count<T>>comparingInt(c -> -c.count()).thenComparing(c -> name.apply(c.item())));
        return List.copyOf(out);
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> out = new HashMap<>(items.size() * 2);
        for (T item : items) {
            out.putIfAbsent(id.apply(item), item);
        }
        return out;
    }

    private static <T> void add(Map<String, List<T>> map, String key, T value) {
        map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    /** Callers get lists they cannot change. */
    private static <T> void freeze(Map<String, List<T>> map) {
        map.replaceAll((k, v) -> List.copyOf(v));
    }
}
