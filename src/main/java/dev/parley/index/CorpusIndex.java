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
import dev.parley.model.Speaker;
import dev.parley.model.Topic;
import dev.parley.text.Fold;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
 * (quotes of a speaker, meetings of a person, documents of a topic, people met most...). Each group of lookups is
 * computed once, on first use, so lookups are map reads and the index can be shared between threads.
 * Lists keep the corpus order unless a method says otherwise.
 */
public final class CorpusIndex {
    private final Corpus corpus;
    private final Map<String, Document> documents;
    private final Map<String, Person> people;
    private final Map<String, Topic> topics;
    private final Map<String, Entity> places;
    /** Given by the store; else computed from every mention, quote and meeting on first use (the JSON path). */
    private final DocumentRelations given;
    private final Memo<DocumentRelations> relations;
    // The rest is built on first use, each group in one pass: opening a large model only pays for what the first
    // screen shows (the documents by date and one document's relations).
    private final Memo<Map<String, Meeting>> meetings;
    private final Memo<Map<String, Quote>> quotes;
    private final Memo<Names> names;
    private final Memo<Map<String, List<Quote>>> quotesBySpeaker;
    private final Memo<Map<String, Entity>> organisations;
    private final Memo<Map<String, List<Quote>>> quotesByOrganisation;
    private final Memo<Meetings> meetingGroups;
    private final Memo<Map<String, List<Topic>>> topicsByDoc;
    private final Memo<List<Document>> documentsByDate;
    /** A document's place in the corpus, by id: "in corpus order" without scanning every document. */
    private final Memo<Map<String, Integer>> documentPosition;

    private record Names(Map<String, List<Person>> people, Map<String, Entity> places) {
    }

    /** Meetings by person, document, topic and place, and the timeline with each meeting's position in it. */
    private record Meetings(Map<String, List<Meeting>> byPerson, Map<String, List<Meeting>> byDoc,
                            Map<String, List<Meeting>> byTopic, Map<String, List<Meeting>> byPlace,
                            List<Meeting> timeline, Map<Meeting, Integer> position) {
    }

    public CorpusIndex(Corpus corpus) {
        this(corpus, null);
    }

    /**
     * @param relations each document's people, places, quotes and meetings when the store has them ready, or null
     *                  to compute them from the corpus on first use
     */
    public CorpusIndex(Corpus corpus, DocumentRelations relations) {
        this.corpus = corpus;
        this.given = relations;
        this.documents = byId(corpus.documents(), Document::id);
        this.people = byId(corpus.people(), Person::id);
        this.topics = byId(corpus.topics(), Topic::id);
        this.places = byId(corpus.places(), Entity::id);
        this.relations = new Memo<>(() -> given != null ? given : inverted(corpus));
        this.meetings = new Memo<>(() -> byId(corpus.meetings(), Meeting::id));
        this.quotes = new Memo<>(() -> byId(corpus.quotes(), Quote::id));
        this.names = new Memo<>(this::names);
        // a joint statement is among the quotes of each of its speakers
        this.quotesBySpeaker = new Memo<>(() -> quotesBy(corpus, Quote::people));
        this.organisations = new Memo<>(() -> byId(corpus.organisations(), Entity::id));
        this.quotesByOrganisation = new Memo<>(() -> quotesBy(corpus, Quote::organisations));
        this.meetingGroups = new Memo<>(this::meetingGroups);
        this.topicsByDoc = new Memo<>(() -> {
            Map<String, List<Topic>> out = new HashMap<>();
            for (Topic t : corpus.topics()) {
                Set<String> seen = new HashSet<>(); // a topic may have most of the corpus's documents
                for (Topic.TopicDocument td : t.documents()) {
                    if (seen.add(td.doc())) {
                        add(out, td.doc(), t);
                    }
                }
            }
            return out;
        });
        this.documentPosition = new Memo<>(() -> {
            Map<String, Integer> out = new HashMap<>(corpus.documents().size() * 2);
            for (int i = 0; i < corpus.documents().size(); i++) {
                out.putIfAbsent(corpus.documents().get(i).id(), i);
            }
            return out;
        });
        this.documentsByDate = new Memo<>(() -> sortedByDate(corpus.documents(), Document::date));
    }

    private Names names() {
        Map<String, List<Person>> peopleByName = new HashMap<>();
        for (Person p : corpus.people()) {
            Set<String> keys = new LinkedHashSet<>();
            keys.add(Fold.key(p.name()));
            p.aliases().forEach(a -> keys.add(Fold.key(a)));
            keys.forEach(k -> add(peopleByName, k, p));
        }
        Map<String, Entity> placesByName = new HashMap<>();
        for (Entity place : corpus.places()) {
            placesByName.putIfAbsent(Fold.key(place.name()), place);
            place.aliases().forEach(a -> placesByName.putIfAbsent(Fold.key(a), place));
        }
        return new Names(peopleByName, placesByName);
    }

    private Meetings meetingGroups() {
        Map<String, List<Meeting>> byPerson = new HashMap<>();
        Map<String, List<Meeting>> byDoc = new HashMap<>();
        Map<String, List<Meeting>> byTopic = new HashMap<>();
        Map<String, List<Meeting>> byPlace = new HashMap<>();
        // plain loops: hundreds of thousands of meetings, and a stream per list costs more than the list is long
        Map<String, String> foldedPlaces = new HashMap<>();
        for (Meeting m : corpus.meetings()) {
            List<Meeting.Participant> participants = m.participants();
            for (int i = 0; i < participants.size(); i++) {
                if (firstAt(participants, i, Meeting.Participant::person)) {
                    add(byPerson, participants.get(i).person(), m);
                }
            }
            addDistinct(byDoc, m.documents(), m);
            addDistinct(byTopic, m.topics(), m);
            if (m.place() != null) {
                add(byPlace, foldedPlaces.computeIfAbsent(m.place(), Fold::key), m);
            }
        }
        List<Meeting> timeline = sortedByDate(corpus.meetings(), Meeting::date);
        // by identity: records hash deeply (evidence text and all)
        Map<Meeting, Integer> position = new IdentityHashMap<>(timeline.size() * 2);
        for (int i = 0; i < timeline.size(); i++) {
            position.put(timeline.get(i), i);
        }
        return new Meetings(byPerson, byDoc, byTopic, byPlace, timeline, position);
    }

    public Corpus corpus() {
        return corpus;
    }

    /** The per-document relations the store handed over, or null when this index computes its own. */
    public DocumentRelations givenRelations() {
        return given;
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
        return Optional.ofNullable(id == null ? null : meetings.get().get(id));
    }

    public Optional<Quote> quote(String id) {
        return Optional.ofNullable(id == null ? null : quotes.get().get(id));
    }

    public Optional<Entity> place(String id) {
        return Optional.ofNullable(id == null ? null : places.get(id));
    }

    /** A place by its canonical name or an alias, accent- and case-insensitive (meetings name their place this way). */
    public Optional<Entity> placeNamed(String name) {
        return Optional.ofNullable(name == null ? null : names.get().places().get(Fold.key(name)));
    }

    /** People whose name or an alias folds to the same key as {@code name} ("jovanovic" finds Ana Jovanović by the alias "Jovanović"). */
    public List<Person> peopleNamed(String name) {
        return view(names.get().people(), Fold.key(name).strip(), List.of());
    }

    /** Quotes the person said, alone or in a joint statement. */
    public List<Quote> quotesBy(String personId) {
        return view(quotesBySpeaker.get(), personId, List.of());
    }

    /** Quotes said in the name of the organisation, alone or in a joint statement. */
    public List<Quote> quotesByOrganisation(String organisationId) {
        return view(quotesByOrganisation.get(), organisationId, List.of());
    }

    public Optional<Entity> organisation(String id) {
        return Optional.ofNullable(id == null ? null : organisations.get().get(id));
    }

    /** The name of a speaker of a quote: the person's or organisation's, or its id when the model lacks it. */
    public String name(Speaker speaker) {
        Optional<String> name = speaker.isPerson() ? person(speaker.id()).map(Person::name)
                : organisation(speaker.id()).map(Entity::name);
        return name.orElse(speaker.id());
    }

    /** The names of a quote's speakers, in order; empty when the speaker is unknown. */
    public List<String> speakerNames(Quote q) {
        List<String> out = new ArrayList<>(q.speakers().size());
        for (Speaker s : q.speakers()) {
            out.add(name(s));
        }
        return out;
    }

    /** Who said a quote as one phrase: "A", "A and B", "A, B and C"; null when the speaker is unknown. */
    public String speakers(Quote q) {
        return q.speakers().isEmpty() ? null : joined(speakerNames(q));
    }

    /** Names as a phrase: "A", "A and B", "A, B and C"; "" for none. */
    public static String joined(List<String> names) {
        int n = names.size();
        if (n <= 1) {
            return n == 0 ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, n - 1)) + " and " + names.get(n - 1);
    }

    private static Map<String, List<Quote>> quotesBy(Corpus corpus, Function<Quote, List<String>> speakers) {
        Map<String, List<Quote>> out = new HashMap<>();
        for (Quote q : corpus.quotes()) {
            for (String id : speakers.apply(q)) {
                add(out, id, q);
            }
        }
        return out;
    }

    public List<Quote> quotesIn(String docId) {
        return relations.get().quotes(docId);
    }

    /** Meetings the person took part in, in timeline order. */
    public List<Meeting> meetingsWith(String personId) {
        return inTimelineOrder(view(meetingGroups.get().byPerson(), personId, List.of()));
    }

    /** Meetings a document speaks of, in timeline order. */
    public List<Meeting> meetingsIn(String docId) {
        List<Meeting> some = relations.get().meetings(docId);
        if (given == null || some.size() < 2) {
            return inTimelineOrder(some);
        }
        // the timeline is a stable sort of the corpus order by date, and these come in corpus order: sorting them
        // the same way gives their timeline order without building the whole timeline
        List<Meeting> out = new ArrayList<>(some);
        out.sort(Comparator.comparing(Meeting::date, dateOrder()));
        return List.copyOf(out);
    }

    public List<Meeting> meetingsOn(String topicId) {
        return inTimelineOrder(view(meetingGroups.get().byTopic(), topicId, List.of()));
    }

    /** Meetings held at a place, matched by folded name. */
    public List<Meeting> meetingsAt(String placeName) {
        return inTimelineOrder(view(meetingGroups.get().byPlace(), Fold.key(placeName), List.of()));
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
        return view(topicsByDoc.get(), docId, List.of());
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
        return inCorpusOrder(ids);
    }

    /** The documents with these ids, in corpus order: a lookup per id, since a person appears in few of them. */
    private List<Document> inCorpusOrder(Set<String> ids) {
        Map<String, Integer> position = documentPosition.get();
        List<Document> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            Document d = documents.get(id);
            if (d != null) {
                out.add(d);
            }
        }
        out.sort(Comparator.comparingInt(d -> position.getOrDefault(d.id(), Integer.MAX_VALUE)));
        return List.copyOf(out);
    }

    /** Person mentions in a document, in text order. */
    public List<Located<Person>> peopleMentionedIn(String docId) {
        return relations.get().people(docId);
    }

    /** Place mentions in a document, in text order. */
    public List<Located<Entity>> placesMentionedIn(String docId) {
        return relations.get().places(docId);
    }

    /**
     * Every mention, quote and meeting of the corpus grouped by document: mentions in text order (ties keep corpus
     * order), quotes and meetings in corpus order.
     */
    public static DocumentRelations inverted(Corpus corpus) {
        Map<String, List<Located<Person>>> people = new HashMap<>();
        Map<String, List<Located<Entity>>> places = new HashMap<>();
        Map<String, List<Quote>> quotes = new HashMap<>();
        Map<String, List<Meeting>> meetings = new HashMap<>();
        for (Person p : corpus.people()) {
            for (Mention m : p.mentions()) {
                add(people, m.doc(), new Located<>(p, m));
            }
        }
        for (Entity place : corpus.places()) {
            for (Mention m : place.mentions()) {
                add(places, m.doc(), new Located<>(place, m));
            }
        }
        Comparator<Located<?>> inText = Comparator.comparingInt((Located<?> l) -> l.mention().paragraph())
                .thenComparingInt(l -> l.mention().start());
        people.values().forEach(l -> l.sort(inText));
        places.values().forEach(l -> l.sort(inText));
        for (Quote q : corpus.quotes()) {
            add(quotes, q.doc(), q);
        }
        for (Meeting m : corpus.meetings()) {
            addDistinct(meetings, m.documents(), m);
        }
        return new DocumentRelations() {
            @Override
            public List<Located<Person>> people(String docId) {
                return view(people, docId, List.of());
            }

            @Override
            public List<Located<Entity>> places(String docId) {
                return view(places, docId, List.of());
            }

            @Override
            public List<Quote> quotes(String docId) {
                return view(quotes, docId, List.of());
            }

            @Override
            public List<Meeting> meetings(String docId) {
                return view(meetings, docId, List.of());
            }
        };
    }

    /** Documents mentioning a place, in corpus order. */
    public List<Document> documentsMentioningPlace(String placeId) {
        Entity place = places.get(placeId);
        if (place == null) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        place.mentions().forEach(m -> ids.add(m.doc()));
        return inCorpusOrder(ids);
    }

    /** The people a person met, with the number of meetings together; most first, then by name. */
    public List<Count<Person>> coParticipants(String personId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Meeting m : view(meetingGroups.get().byPerson(), personId, List.of())) {
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
                for (String person : q.people()) {
                    counts.merge(person, 1, Integer::sum);
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
        return meetingGroups.get().timeline();
    }

    /** Documents in the same order as the timeline: dated first, by date; then undated ones. */
    public List<Document> documentsByDate() {
        return documentsByDate.get();
    }

    private List<Meeting> inTimelineOrder(List<Meeting> some) {
        if (some.size() < 2) {
            return some;
        }
        List<Meeting> out = new ArrayList<>(some);
        Map<Meeting, Integer> position = meetingGroups.get().position();
        out.sort(Comparator.comparingInt(m -> position.getOrDefault(m, Integer.MAX_VALUE)));
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

    /**
     * Callers get lists they cannot change: a read-only view made per call, which is cheaper than copying
     * hundreds of thousands of lists when the index is built.
     */
    private static <T> List<T> view(Map<String, List<T>> map, String key, List<T> none) {
        List<T> list = map.get(key);
        return list == null ? none : Collections.unmodifiableList(list);
    }

    /** Whether item {@code i} is the first with its key; for short lists (participants), where a set costs more. */
    private static <T> boolean firstAt(List<T> items, int i, Function<T, String> key) {
        String k = key.apply(items.get(i));
        for (int j = 0; j < i; j++) {
            if (java.util.Objects.equals(k, key.apply(items.get(j)))) {
                return false;
            }
        }
        return true;
    }

    private static <T> void addDistinct(Map<String, List<T>> map, List<String> keys, T value) {
        if (keys.size() > 16) {
            new LinkedHashSet<>(keys).forEach(k -> add(map, k, value));
            return;
        }
        for (int i = 0; i < keys.size(); i++) {
            if (firstAt(keys, i, Function.identity())) {
                add(map, keys.get(i), value);
            }
        }
    }
}
