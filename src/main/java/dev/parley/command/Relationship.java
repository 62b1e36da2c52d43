package dev.parley.command;

import dev.parley.index.CorpusIndex;
import dev.parley.model.Corpus;
import dev.parley.model.Entity;
import dev.parley.model.Event;
import dev.parley.model.Meeting;
import dev.parley.model.Person;
import dev.parley.model.Role;
import dev.parley.text.Fold;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Two sides over time: {@code :between serbia russia} or {@code :between lavrov dacic}. A side is a person
 * (resolved as everywhere, aliases and surnames included) or a country (its people by their roles, and meetings
 * held there). The events between them in date order, how many per year or month, the topics of each period and
 * which pairs of people met most often.
 */
public record Relationship(Side a, Side b, List<Event> events, Map<String, Integer> perPeriod, String period,
                           Map<String, Map<String, Integer>> topics, List<Pair> pairs) {

    /** One side: its label, its people, and the country when it is one. */
    public record Side(String label, Set<String> people, String country) {
    }

    /** Two people and how many events they share. */
    public record Pair(String a, String b, int events) {
    }

    /** Resolves both sides; a text that names neither a person nor a country is an error with the resolver's advice. */
    public static Relationship between(Resolver resolver, String a, String b) throws CommandException {
        Side sa = side(resolver, a);
        Side sb = side(resolver, b);
        return of(resolver.index(), sa, sb);
    }

    /**
     * The two sides of {@code :between}: split at " and ", "," or "|" when given, else at the first word boundary
     * where both halves name a person or a country ("sergey lavrov ivica dacic").
     */
    public static String[] split(Resolver resolver, String text) throws CommandException {
        String t = text == null ? "" : text.strip();
        for (String sep : new String[] {"|", ",", " and "}) {
            int at = t.indexOf(sep);
            if (at > 0) {
                String[] two = {t.substring(0, at).strip(), t.substring(at + sep.length()).strip()};
                side(resolver, two[0]);
                side(resolver, two[1]);
                return two;
            }
        }
        String[] words = t.split("\\s+");
        if (words.length < 2) {
            throw new CommandException("between needs two sides: :between serbia russia, :between lavrov dacic");
        }
        CommandException first = null;
        for (int i = 1; i < words.length; i++) {
            String a = String.join(" ", java.util.Arrays.asList(words).subList(0, i));
            String b = String.join(" ", java.util.Arrays.asList(words).subList(i, words.length));
            try {
                side(resolver, a);
                side(resolver, b);
                return new String[] {a, b};
            } catch (CommandException e) {
                first = first == null ? e : first;
            }
        }
        throw first;
    }

    static Side side(Resolver resolver, String text) throws CommandException {
        Corpus corpus = resolver.index().corpus();
        String country = country(corpus, text);
        if (country != null) {
            Set<String> people = new LinkedHashSet<>();
            for (Person p : corpus.people()) {
                for (Role r : p.roles()) {
                    if (country.equals(r.country())) {
                        people.add(p.id());
                    }
                }
            }
            return new Side(country, people, country);
        }
        Resolver.Resolution r = resolver.resolve(Kind.PERSON, text);
        if (!r.found()) {
            throw new CommandException(r.problem());
        }
        return new Side(r.target().value(), Set.of(r.target().id()), null);
    }

    /** Every country the model knows, from its places and its people's roles, sorted. */
    public static List<String> countries(Corpus corpus) {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        corpus.places().stream().filter(p -> p.kind().equals("country")).forEach(p -> out.add(p.name()));
        corpus.people().forEach(p -> p.roles().stream().map(Role::country).filter(c -> c != null).forEach(out::add));
        return List.copyOf(out);
    }

    /** The country a text names: a country of the model's places or of its people's roles, by folded name. */
    static String country(Corpus corpus, String text) {
        String q = Fold.key(text.strip());
        for (Entity place : corpus.places()) {
            if (place.kind().equals("country") && (Fold.key(place.name()).equals(q)
                    || place.aliases().stream().anyMatch(x -> Fold.key(x).equals(q)))) {
                return place.name();
            }
        }
        for (Person p : corpus.people()) {
            for (Role r : p.roles()) {
                if (r.country() != null && Fold.key(r.country()).equals(q)) {
                    return r.country();
                }
            }
        }
        return null;
    }

    static Relationship of(CorpusIndex index, Side a, Side b) {
        Corpus corpus = index.corpus();
        Map<String, String> placeCountry = new LinkedHashMap<>();
        List<Event> events = new ArrayList<>();
        for (Event e : corpus.events()) {
            if (involves(e, a, b, index, placeCountry) && involves(e, b, a, index, placeCountry)) {
                events.add(e);
            }
        }
        // a day without a year ("--12-04") after the dated ones, as the events list has it
        events.sort(Comparator.comparing((Event e) -> e.date() == null ? "~"
                : e.date().value().startsWith("--") ? "9999" + e.date().value().substring(1) : e.date().value())
                .thenComparing(Event::id));
        // months when the events span less than three years, years otherwise
        List<String> years = events.stream().filter(e -> e.date() != null && !e.date().value().startsWith("--"))
                .map(e -> e.date().value().substring(0, 4)).distinct().sorted().toList();
        boolean monthly = !years.isEmpty() && Integer.parseInt(years.get(years.size() - 1)) - Integer.parseInt(years.get(0)) < 3;
        String period = monthly ? "month" : "year";
        Map<String, Integer> per = new TreeMap<>();
        Map<String, Map<String, Integer>> topics = new TreeMap<>();
        Map<String, Integer> pairCounts = new LinkedHashMap<>();
        for (Event e : events) {
            String key = periodOf(e, monthly);
            per.merge(key, 1, Integer::sum);
            Set<String> eventTopics = new LinkedHashSet<>();
            for (String m : e.meetings()) {
                index.meeting(m).map(Meeting::topics).ifPresent(eventTopics::addAll);
            }
            for (String t : eventTopics) {
                String name = index.topic(t).map(x -> x.name()).orElse(t);
                topics.computeIfAbsent(key, k -> new TreeMap<>()).merge(name, 1, Integer::sum);
            }
            List<String> ps = e.participants();
            for (int i = 0; i < ps.size(); i++) {
                for (int j = i + 1; j < ps.size(); j++) {
                    String x = ps.get(i).compareTo(ps.get(j)) < 0 ? ps.get(i) + "\t" + ps.get(j) : ps.get(j) + "\t" + ps.get(i);
                    pairCounts.merge(x, 1, Integer::sum);
                }
            }
        }
        List<Pair> pairs = new ArrayList<>();
        pairCounts.forEach((k, n) -> {
            String[] two = k.split("\t");
            pairs.add(new Pair(two[0], two[1], n));
        });
        pairs.sort(Comparator.comparingInt(Pair::events).reversed().thenComparing(Pair::a).thenComparing(Pair::b));
        return new Relationship(a, b, List.copyOf(events), per, period, topics, List.copyOf(pairs));
    }

    /** "2024-03" or "2024"; "undated" for events without a year. */
    static String periodOf(Event e, boolean monthly) {
        if (e.date() == null || e.date().value().startsWith("--")) {
            return "undated";
        }
        String v = e.date().value();
        return monthly && v.length() >= 7 ? v.substring(0, 7) : v.substring(0, 4);
    }

    /** A side takes part: one of its people is a participant, or (a country) the event is held there. */
    private static boolean involves(Event e, Side side, Side other, CorpusIndex index, Map<String, String> placeCountry) {
        for (String p : e.participants()) {
            if (side.people().contains(p) && !(other.people().contains(p) && other.people().size() == 1)) {
                return true;
            }
        }
        if (side.country() != null && e.place() != null) {
            String c = placeCountry.computeIfAbsent(e.place(), place -> countryOfPlace(index, place));
            return side.country().equals(c);
        }
        return false;
    }

    /** The country a place is or lies in, from the gazetteer of the word lists. */
    private static String countryOfPlace(CorpusIndex index, String place) {
        dev.parley.extract.Gazetteer.Place p = dev.parley.extract.Gazetteer.get().place(place);
        return p == null ? null : p.country();
    }
}
