package dev.parley.curate;

import dev.parley.model.Corpus;
import dev.parley.model.Entity;
import dev.parley.model.Meeting;
import dev.parley.model.Person;
import dev.parley.model.Quote;
import dev.parley.model.Role;
import dev.parley.text.Fold;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies corrections to a corpus, in the order they were made, each to the corpus as the earlier ones left it
 * (a person merged away is then found under the name it was merged into). A correction whose subject is not in
 * the corpus any more is kept and reported as {@link Status#stale stale}, never dropped.
 *
 * <p>Ids of people stay as the extraction gave them (a rename keeps the id); quotes and meetings follow a merged
 * person in one pass at the end, so that a hundred corrections cost one walk over the quotes, not a hundred.
 */
public final class Corrector {
    /** What became of one correction: applied, or why it no longer applies. */
    public record Status(Correction correction, String problem) {
        public boolean stale() {
            return problem != null;
        }
    }

    /**
     * The corrected corpus, the status of every correction, and what changed (for a store's precomputed
     * per-document relations, see {@link CorrectedRelations}).
     */
    public record Result(Corpus corpus, List<Status> statuses, Changes changes) {
        public List<Status> stale() {
            return statuses.stream().filter(Status::stale).toList();
        }
    }

    /**
     * @param people   person id → the person now under it (merged, renamed or with a new role), or null when hidden
     *                 or merged away
     * @param moved    person id merged away → the id it now answers to
     * @param entities ids of hidden organisations and places
     * @param quotes   quote id → the quote as corrected
     * @param meetings meeting id → the meeting as corrected, or null when it lost all its participants
     */
    public record Changes(Map<String, Person> people, Map<String, String> moved, Set<String> entities,
                          Map<String, Quote> quotes, Map<String, Meeting> meetings) {
        public boolean none() {
            return people.isEmpty() && entities.isEmpty() && quotes.isEmpty() && meetings.isEmpty();
        }
    }

    private final LinkedHashMap<String, Person> people = new LinkedHashMap<>();
    private final List<Entity> organisations;
    private final List<Entity> places;
    private final Corpus corpus;
    private final Map<String, Person> changedPeople = new HashMap<>();
    private final Map<String, String> moved = new HashMap<>();
    private final Set<String> hidden = new HashSet<>();
    private final Set<String> hiddenEntities = new HashSet<>();
    /** Quotes given a speaker by hand, by position in the corpus's list. */
    private final Map<Integer, Quote> spoken = new LinkedHashMap<>();

    private Corrector(Corpus corpus) {
        this.corpus = corpus;
        corpus.people().forEach(p -> people.put(p.id(), p));
        this.organisations = new ArrayList<>(corpus.organisations());
        this.places = new ArrayList<>(corpus.places());
    }

    public static Result apply(Corpus corpus, List<Correction> corrections) {
        if (corrections.isEmpty()) {
            return new Result(corpus, List.of(), new Changes(Map.of(), Map.of(), Set.of(), Map.of(), Map.of()));
        }
        Corrector c = new Corrector(corpus);
        List<Status> statuses = new ArrayList<>();
        for (Correction correction : corrections) {
            statuses.add(new Status(correction, c.one(correction)));
        }
        return c.finish(statuses);
    }

    /** Applies one correction; returns why it does not apply, or null. */
    private String one(Correction c) {
        switch (c.action()) {
            case Correction.MERGE: return merge(c.subject(), c.value());
            case Correction.RENAME: return rename(c.subject(), c.value());
            case Correction.HIDE: return hide(c.subject(), c.value());
            case Correction.SPEAKER: return speaker(c.subject(), c.value());
            default: return role(c.subject(), c.value());
        }
    }

    private String merge(String keepName, String otherName) {
        Person keep = person(keepName);
        if (keep == null) {
            return noPerson(keepName);
        }
        Person other = person(otherName);
        if (other == null) {
            return noPerson(otherName);
        }
        if (keep.id().equals(other.id())) {
            return null; // already one person (a later build may have merged them itself)
        }
        Set<String> aliases = new LinkedHashSet<>(keep.aliases());
        aliases.add(other.name());
        aliases.addAll(other.aliases());
        aliases.removeIf(a -> a.equals(keep.name()));
        List<Role> roles = mergedRoles(keep.roles(), other.roles());
        put(new Person(keep.id(), keep.name(), List.copyOf(aliases), roles, Concat.of(keep.mentions(), other.mentions())));
        remove(other.id());
        moved.put(other.id(), keep.id());
        moved.replaceAll((from, to) -> to.equals(other.id()) ? keep.id() : to);
        return null;
    }

    /** The same title and country given by both is one role listing the documents of both. */
    private static List<Role> mergedRoles(List<Role> a, List<Role> b) {
        Map<List<String>, Role> byTitle = new LinkedHashMap<>();
        for (Role r : a) {
            byTitle.put(roleKey(r), r);
        }
        for (Role r : b) {
            byTitle.merge(roleKey(r), r, (x, y) -> {
                Set<String> docs = new LinkedHashSet<>(x.documents());
                docs.addAll(y.documents());
                return new Role(x.title(), x.country(), x.organisation(), List.copyOf(docs));
            });
        }
        return List.copyOf(byTitle.values());
    }

    private static List<String> roleKey(Role r) {
        return java.util.Arrays.asList(Fold.key(String.valueOf(r.title())), Fold.key(String.valueOf(r.country())),
                Fold.key(String.valueOf(r.organisation())));
    }

    private String rename(String name, String newName) {
        Person p = person(name);
        if (p == null) {
            return noPerson(name);
        }
        Set<String> aliases = new LinkedHashSet<>(p.aliases());
        aliases.add(p.name()); // the old name still finds the person
        aliases.removeIf(a -> a.equals(newName));
        put(new Person(p.id(), newName, List.copyOf(aliases), p.roles(), p.mentions()));
        return null;
    }

    private String role(String name, String titleAndCountry) {
        Person p = person(name);
        if (p == null) {
            return noPerson(name);
        }
        int comma = titleAndCountry.lastIndexOf(',');
        String title = (comma < 0 ? titleAndCountry : titleAndCountry.substring(0, comma)).strip();
        String country = comma < 0 ? null : titleAndCountry.substring(comma + 1).strip();
        Set<String> docs = new LinkedHashSet<>();
        p.roles().forEach(r -> docs.addAll(r.documents()));
        Role role = new Role(title, country == null || country.isEmpty() ? null : country, null, List.copyOf(docs));
        put(new Person(p.id(), p.name(), p.aliases(), List.of(role), p.mentions()));
        return null;
    }

    private String hide(String kind, String name) {
        if (kind.equals("person")) {
            Person p = person(name);
            if (p == null) {
                return noPerson(name);
            }
            remove(p.id());
            hidden.add(p.id());
            return null;
        }
        List<Entity> list = kind.equals("organisation") ? organisations : places;
        Entity e = entity(list, name);
        if (e == null) {
            return "no " + kind + " “" + name + "” in the model";
        }
        list.remove(e);
        hiddenEntities.add(e.id());
        return null;
    }

    private String speaker(String key, String who) {
        QuoteKey at = QuoteKey.parse(key);
        if (at == null) {
            return "not a quote's place: " + key;
        }
        int found = quoteAt(at);
        if (found < 0) {
            return "no quote at " + key + " in the model";
        }
        Speaker speaker;
        if (who.equals("none")) {
            speaker = Speaker.NONE;
        } else if (who.startsWith("person:")) {
            Person p = person(who.substring("person:".length()));
            if (p == null) {
                return noPerson(who.substring("person:".length()));
            }
            speaker = new Speaker("person", p.id(), p.name());
        } else if (who.startsWith("organisation:")) {
            Entity e = entity(organisations, who.substring("organisation:".length()));
            if (e == null) {
                return "no organisation “" + who.substring("organisation:".length()) + "” in the model";
            }
            speaker = new Speaker("organisation", e.id(), e.name());
        } else {
            return "not a speaker: " + who + " (person:NAME, organisation:NAME or none)";
        }
        Quote q = spoken.containsKey(found) ? spoken.get(found) : corpus.quotes().get(found);
        spoken.put(found, Speaker.assign(q, speaker));
        return null;
    }

    /** The quote at that place: the one with exactly those offsets, else the one overlapping them. */
    private int quoteAt(QuoteKey at) {
        List<Quote> quotes = corpus.quotes();
        int overlapping = -1;
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            if (at.matches(q)) {
                if (q.start() == at.start() && q.end() == at.end()) {
                    return i;
                }
                overlapping = overlapping < 0 ? i : overlapping;
            }
        }
        return overlapping;
    }

    /** A person by canonical name first, then by an alias only one person has (accent- and case-insensitively). */
    private Person person(String name) {
        String key = Fold.key(name).strip();
        Person byAlias = null;
        int aliases = 0;
        for (Person p : people.values()) {
            if (Fold.key(p.name()).strip().equals(key)) {
                return p;
            }
            for (String a : p.aliases()) {
                if (Fold.key(a).strip().equals(key)) {
                    byAlias = p;
                    aliases++;
                    break;
                }
            }
        }
        return aliases == 1 ? byAlias : null;
    }

    static Entity entity(List<Entity> list, String name) {
        String key = Fold.key(name).strip();
        for (Entity e : list) {
            if (Fold.key(e.name()).strip().equals(key)) {
                return e;
            }
        }
        for (Entity e : list) {
            if (e.aliases().stream().anyMatch(a -> Fold.key(a).strip().equals(key))) {
                return e;
            }
        }
        return null;
    }

    private static String noPerson(String name) {
        return "no person “" + name + "” in the model";
    }

    private void put(Person p) {
        people.put(p.id(), p);
        changedPeople.put(p.id(), p);
    }

    private void remove(String id) {
        people.remove(id);
        changedPeople.put(id, null);
    }

    /** Where a person id leads now: itself, the person it was merged into, or null when hidden. */
    private String now(String id) {
        String to = moved.getOrDefault(id, id);
        return hidden.contains(to) ? null : to;
    }

    /** The quote with each speaker merged into the one kept and hidden ones gone; the same object when nothing moved. */
    private Quote followed(Quote q) {
        List<dev.parley.model.Speaker> after = new ArrayList<>(q.speakers().size());
        for (dev.parley.model.Speaker s : q.speakers()) {
            String to = now(s.id());
            if (to != null && after.stream().noneMatch(a -> a.id().equals(to))) {
                after.add(new dev.parley.model.Speaker(s.kind(), to));
            }
        }
        if (after.equals(q.speakers())) {
            return q;
        }
        return new Quote(q.id(), q.doc(), q.paragraph(), q.start(), q.end(), q.text(), after, q.speakerText(), q.verb(),
                q.how(), q.confidence());
    }

    private Result finish(List<Status> statuses) {
        Map<String, Quote> changedQuotes = new HashMap<>();
        List<Quote> quotes = new ArrayList<>(corpus.quotes().size());
        for (int i = 0; i < corpus.quotes().size(); i++) {
            Quote original = corpus.quotes().get(i);
            Quote q = spoken.getOrDefault(i, original);
            q = followed(q);
            if (q != original) {
                changedQuotes.put(q.id(), q);
            }
            quotes.add(q);
        }
        Map<String, Meeting> changedMeetings = new HashMap<>();
        List<Meeting> meetings = new ArrayList<>(corpus.meetings().size());
        boolean anyPerson = !moved.isEmpty() || !hidden.isEmpty();
        for (Meeting m : corpus.meetings()) {
            Meeting after = anyPerson ? followed(m) : m;
            if (after != m) {
                changedMeetings.put(m.id(), after);
            }
            if (after != null) {
                meetings.add(after);
            }
        }
        Corpus out = new Corpus(corpus.schemaVersion(), corpus.generator(), corpus.documents(),
                List.copyOf(people.values()), organisations, places, corpus.topics(), meetings, quotes, corpus.skipped());
        return new Result(out, List.copyOf(statuses), new Changes(changedPeople, Map.copyOf(moved),
                Set.copyOf(hiddenEntities), changedQuotes, changedMeetings));
    }

    /** A meeting with merged participants as one and hidden ones gone; null when nobody is left. */
    private Meeting followed(Meeting m) {
        boolean changed = false;
        List<Meeting.Participant> participants = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Meeting.Participant p : m.participants()) {
            String to = now(p.person());
            if (to == null || !seen.add(to)) {
                changed = true;
                continue;
            }
            changed |= !to.equals(p.person());
            participants.add(to.equals(p.person()) ? p : new Meeting.Participant(to, p.role()));
        }
        if (!changed) {
            return m;
        }
        if (participants.isEmpty()) {
            return null;
        }
        return new Meeting(m.id(), m.kind(), participants, m.place(), m.date(), m.documents(), m.topics(), m.quotes(),
                m.evidence());
    }
}
