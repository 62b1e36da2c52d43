package dev.parley.corpus;

import dev.parley.extract.LocalPerson;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The decision of {@link PeopleMerger} (which documents' people are one person of the corpus) as steps over small
 * values, so that a build engine can run them where the extractions are: each person of each document gets a
 * merge key (its surname, spelling-insensitive), the people of one key are clustered on their own, and the
 * clusters of all keys are put in one order. Only people of the same key are ever one person.
 */
public final class PersonClusters {
    private PersonClusters() {
    }

    /** A document's person: the document's place in the build order and the person's place in the document. */
    public record Ref(int doc, int local) implements Serializable {
    }

    /** A document's person with the name it is clustered by. */
    public record Named(Ref ref, String name) implements Serializable {
    }

    /**
     * The clusters of one merge key: people with a given name and a surname, in the order they were formed, and
     * the people named by the surname alone that joined none (empty when they joined the key's only cluster).
     */
    public record OfKey(String key, List<List<Ref>> clusters, List<Ref> lone) implements Serializable {
    }

    /** Hyphenated surnames that a document's people carry ("Kovalenko-Smith"), as merge keys. */
    public static Set<String> hyphenated(CorpusBuilder.Extraction e) {
        Set<String> out = new HashSet<>();
        for (LocalPerson lp : e.people()) {
            String[] words = PeopleMerger.words(lp.name());
            if (words.length >= 2 && words[words.length - 1].indexOf('-') > 0) {
                out.add(PeopleMerger.surnameKey(words, 1));
            }
        }
        return out;
    }

    /**
     * The merge key of a person's name: the surname's key, or the last two words' when the corpus writes them as
     * one hyphenated surname elsewhere ("Kovalenko Smith" is "Kovalenko-Smith").
     *
     * @param hyphenated the {@link #hyphenated} surnames of all documents
     */
    public static String key(String name, Set<String> hyphenated) {
        String[] words = PeopleMerger.words(name);
        if (words.length < 2) {
            return PeopleMerger.surnameKey(words, 1);
        }
        String joined = words.length >= 3 ? PeopleMerger.surnameKey(words, 2) : null;
        return joined != null && hyphenated.contains(joined) ? joined : PeopleMerger.surnameKey(words, 1);
    }

    /**
     * Clusters the people of one key. A full name joins the first cluster whose first name's given name agrees
     * with it (people in build order); a surname alone joins the key's cluster when there is exactly one.
     */
    public static OfKey cluster(String key, List<Named> people) {
        List<Named> ordered = new ArrayList<>(people);
        ordered.sort(Comparator.comparingInt((Named n) -> n.ref().doc()).thenComparingInt(n -> n.ref().local()));
        List<List<Ref>> clusters = new ArrayList<>();
        // each cluster's first given name, transliterated: computed once, not once per comparison
        List<String> firstGiven = new ArrayList<>();
        Map<String, String> given = new HashMap<>(); // the same given names recur in every document of a key
        List<Ref> surnameOnly = new ArrayList<>();
        for (Named n : ordered) {
            String[] words = PeopleMerger.words(n.name());
            if (words.length < 2) {
                surnameOnly.add(n.ref());
                continue;
            }
            String own = given.computeIfAbsent(words[0], PeopleMerger::translit);
            int home = -1;
            for (int c = 0; c < clusters.size() && home < 0; c++) {
                if (PeopleMerger.givenCompatible(own, firstGiven.get(c))) {
                    home = c;
                }
            }
            if (home < 0) {
                clusters.add(new ArrayList<>());
                firstGiven.add(own);
                home = clusters.size() - 1;
            }
            clusters.get(home).add(n.ref());
        }
        if (clusters.size() == 1) {
            clusters.get(0).addAll(surnameOnly);
            surnameOnly = List.of();
        }
        return new OfKey(key, clusters, surnameOnly);
    }

    /** All clusters in the order the people's ids are given by: full-name clusters by key, then the lone ones by key. */
    public static List<List<Ref>> ordered(List<OfKey> keys) {
        List<OfKey> sorted = new ArrayList<>(keys);
        sorted.sort(Comparator.comparing(OfKey::key));
        List<List<Ref>> out = new ArrayList<>();
        for (OfKey k : sorted) {
            out.addAll(k.clusters());
        }
        for (OfKey k : sorted) {
            if (!k.lone().isEmpty()) {
                out.add(k.lone());
            }
        }
        return out;
    }

    /** The steps above on one machine: the embedded engine's way. */
    static List<List<Ref>> of(List<CorpusBuilder.Extraction> extractions) {
        Set<String> hyphenated = new HashSet<>();
        extractions.forEach(e -> hyphenated.addAll(hyphenated(e)));
        Map<String, List<Named>> byKey = new TreeMap<>();
        Map<String, String> keyOf = new HashMap<>(); // a name recurs in many documents; its key is computed once
        for (int d = 0; d < extractions.size(); d++) {
            List<LocalPerson> local = extractions.get(d).people();
            for (int i = 0; i < local.size(); i++) {
                String name = local.get(i).name();
                String key = keyOf.computeIfAbsent(name, n -> key(n, hyphenated));
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Named(new Ref(d, i), name));
            }
        }
        List<OfKey> keys = new ArrayList<>();
        byKey.forEach((key, people) -> keys.add(cluster(key, people)));
        return ordered(keys);
    }
}
