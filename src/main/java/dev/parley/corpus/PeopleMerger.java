package dev.parley.corpus;

import dev.parley.corpus.PersonClusters.Ref;

import dev.parley.extract.LocalPerson;
import dev.parley.extract.LocalRole;
import dev.parley.extract.PersonMention;
import dev.parley.model.Mention;
import dev.parley.model.Person;
import dev.parley.model.Role;
import dev.parley.text.Fold;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Joins the people found in each document into people of the corpus.
 *
 * <p>Two full names are one person when their surnames fold to the same key and their given names agree up to
 * transliteration (Sergey/Sergei, Aleksandr/Alexander) or an initial. A person named only by a surname in some
 * document joins the one corpus person with that surname; when several share it, it stays on its own rather than
 * being guessed.
 */
final class PeopleMerger {
    private final List<Person> people = new ArrayList<>();
    private final Map<Ref, String> ids = new HashMap<>();

    PeopleMerger(List<CorpusBuilder.Extraction> extractions) {
        this(extractions, PersonClusters.of(extractions));
    }

    /** @param all the clusters of {@link PersonClusters}, in its order */
    PeopleMerger(List<CorpusBuilder.Extraction> extractions, List<List<Ref>> all) {
        List<Person> built = new ArrayList<>();
        // by identity: a person record hashes all its mentions, and two clusters may build equal records
        Map<Person, List<Ref>> refsOf = new IdentityHashMap<>();
        Map<Person, String> sortKey = new IdentityHashMap<>();
        for (List<Ref> cluster : all) {
            Person p = person(extractions, cluster);
            built.add(p);
            refsOf.put(p, cluster);
            sortKey.put(p, Fold.key(p.name()));
        }
        built.sort(Comparator.comparing((Person p) -> sortKey.get(p)).thenComparing(Person::name));
        Ids unique = new Ids();
        for (Person p : built) {
            String id = unique.unique(p.name());
            Person withId = new Person(id, p.name(), p.aliases(), p.roles(), p.mentions());
            people.add(withId);
            for (Ref r : refsOf.get(p)) {
                ids.put(r, id);
            }
        }
    }

    List<Person> people() {
        return people;
    }

    /** Corpus person id of a document's local person. */
    String id(int doc, int local) {
        return ids.get(new Ref(doc, local));
    }

    private static LocalPerson person(List<CorpusBuilder.Extraction> extractions, Ref ref) {
        return extractions.get(ref.doc()).people().get(ref.local());
    }

    /** A person without its id yet: ids are given once all people are sorted. */
    private static Person person(List<CorpusBuilder.Extraction> extractions, List<Ref> cluster) {
        Map<String, Integer> fullForms = new TreeMap<>();
        TreeSet<String> forms = new TreeSet<>();
        Map<List<String>, TreeSet<String>> roles = new LinkedHashMap<>();
        List<Mention> mentions = new ArrayList<>();
        List<Ref> ordered = new ArrayList<>(cluster);
        ordered.sort(Comparator.comparingInt(Ref::doc).thenComparingInt(Ref::local));
        for (Ref ref : ordered) {
            LocalPerson lp = person(extractions, ref);
            String docId = extractions.get(ref.doc()).doc().id();
            fullForms.merge(lp.name(), 1, Integer::sum);
            forms.add(lp.name());
            forms.addAll(lp.forms());
            for (LocalRole r : lp.roles()) {
                roles.computeIfAbsent(java.util.Arrays.asList(r.title(), r.country(), r.organisation()), k -> new TreeSet<>())
                        .add(docId);
            }
            for (PersonMention m : lp.mentions()) {
                mentions.add(new Mention(docId, m.paragraph(), m.start(), m.end(), m.text()));
            }
        }
        String canonical = fullForms.keySet().stream().min(Comparator
                .comparingInt((String n) -> -NAME_PARTS.split(n.strip()).length)
                .thenComparing(n -> words(n).length) // "Kovalenko-Smith" as written with its hyphen
                .thenComparing(n -> Fold.hasDiacritics(n) ? 0 : 1)
                .thenComparing(n -> -fullForms.get(n))
                .thenComparing(Comparator.naturalOrder())).orElseThrow();
        forms.remove(canonical);
        List<Role> roleList = new ArrayList<>();
        for (var e : roles.entrySet()) {
            roleList.add(new Role(e.getKey().get(0), e.getKey().get(1), e.getKey().get(2), List.copyOf(e.getValue())));
        }
        roleList.sort(Comparator.comparing((Role r) -> r.documents().get(0)).thenComparing(Role::title));
        return new Person(null, canonical, List.copyOf(forms), roleList, mentions);
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NAME_PARTS = Pattern.compile("[\\s\u2010-]+");
    private static final Pattern DOUBLED = Pattern.compile("(.)\\1");
    private static final Pattern AR_END = Pattern.compile("ar$");
    private static final Pattern DR_END = Pattern.compile("([dt])r$");

    static String[] words(String name) {
        return SPACES.split(name.strip());
    }

    /**
     * Spelling-insensitive key of the surname written in the last {@code count} words: "Đukić", "Djukic" and
     * "Dukic" share one, and so do "Kovalenko-Smith" and "Kovalenko Smith" (count 2).
     */
    static String surnameKey(String[] words, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = Math.max(0, words.length - count); i < words.length; i++) {
            sb.append(words[i]);
        }
        return translit(sb.toString().replace("-", "").replace("‐", ""));
    }

    /** Given names agree: same after transliteration folding, or one is the other's initial. */
    static boolean givenCompatible(String[] a, String[] b) {
        return givenCompatible(translit(a[0]), translit(b[0]));
    }

    /** {@link #givenCompatible(String[], String[])} on given names already {@link #translit transliterated}. */
    static boolean givenCompatible(String ga, String gb) {
        if (ga.equals(gb)) {
            return true;
        }
        if (ga.length() <= 2 && ga.endsWith(".") || gb.length() <= 2 && gb.endsWith(".")) {
            return ga.charAt(0) == gb.charAt(0);
        }
        return false;
    }

    /** Spelling-insensitive key for given names transliterated from Cyrillic and other scripts. */
    static String translit(String given) {
        String k = Fold.key(given);
        if (k.endsWith(".")) {
            return k;
        }
        // "Đ" folds to "dj", which is also written "D" ("Đukić", "Djukic", "Dukic"); "Yelena" is also "Elena"
        k = k.replace("dj", "d");
        if (k.startsWith("ye") || k.startsWith("ie")) {
            k = k.substring(1);
        }
        k = k.replace("ks", "x").replace("iy", "i").replace("yi", "i").replace("y", "i").replace("ii", "i")
                .replace("j", "i").replace("ph", "f").replace("kh", "h");
        // "Aleksandr" and "Alexander", "Petr" and "Peter"
        k = AR_END.matcher(DOUBLED.matcher(k).replaceAll("$1")).replaceAll("er");
        return DR_END.matcher(k).replaceAll("$1er");
    }
}
