package dev.parley.extract;

import dev.parley.text.Fold;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compares the phrase a text uses for a speaker ("the Russian Foreign Minister", "the first deputy prime minister",
 * "the diplomat") with the titles people hold in the document. Both sides are reduced to concepts with the same
 * table ({@code role-words.txt}), so "Minister of Foreign Affairs", "foreign minister" and "top diplomat" meet.
 */
final class RoleConcepts {
    /**
     * What a referring phrase says: the concepts of its title, the country it names or null, and a capitalised
     * word the gazetteer does not know ("the Japanese minister") that may still name the country, or null.
     */
    record Phrase(Set<String> concepts, String country, String qualifier) {
    }

    /** Letters a nationality word must share with a country name to be read as naming it ("Japan"/"Japanese"). */
    private static final int QUALIFIER_PREFIX = 4;

    private final Map<String, Set<String>> conceptsByPhrase = new HashMap<>();
    private final Set<String> roleWords = new HashSet<>();
    private final Map<String, Set<String>> titleCache = new ConcurrentHashMap<>();
    private final Set<String> required;
    private final Map<String, List<Set<String>>> genericFits = new HashMap<>();
    private final int longestPhrase;
    private final Gazetteer gazetteer;

    RoleConcepts(Vocabulary vocab, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        int longest = 1;
        for (List<String> row : vocab.table("role-words")) {
            String key = Fold.key(row.get(0));
            Set<String> concepts = new HashSet<>();
            if (row.size() > 1 && !row.get(1).isBlank()) {
                concepts.addAll(Arrays.asList(row.get(1).split("\\s+")));
            }
            conceptsByPhrase.put(key, Set.copyOf(concepts));
            for (String w : key.split(" ")) {
                if (!w.equals("of") && !w.equals("the") && !w.equals("and") && !w.equals("for")) {
                    roleWords.add(w);
                }
            }
            longest = Math.max(longest, key.split(" ").length);
        }
        this.longestPhrase = longest;
        this.required = vocab.lowerSet("role-required");
        for (List<String> row : vocab.table("role-generic")) {
            List<Set<String>> fits = new ArrayList<>();
            for (String alt : row.get(1).split("\\|")) {
                fits.add(Set.of(alt.strip().split("\\s+")));
            }
            genericFits.put(row.get(0), fits);
        }
    }

    /** Whether a single word is (part of) a role phrase: "minister", "Foreign", "ambassador". */
    boolean isRoleWord(String word) {
        return roleWords.contains(Fold.key(word));
    }

    /**
     * Reads a speaker phrase made only of a determiner, country words and role words; null when any other word
     * stands in it (then it is not a role phrase) or when it names no office.
     */
    Phrase parse(List<Tokens.Token> tokens) {
        Set<String> concepts = new HashSet<>();
        String country = null;
        String qualifier = null;
        int i = 0;
        int n = tokens.size();
        while (i < n) {
            Tokens.Token t = tokens.get(i);
            if (!t.isWord()) {
                if (t.punct() == '-' || t.punct() == '’' || t.punct() == '\'') {
                    i++;
                    continue;
                }
                return null;
            }
            if (t.is("the") || t.is("of") || t.is("and") && !concepts.isEmpty() && i + 1 < n) {
                i++;
                continue;
            }
            int roleLen = longestRole(tokens, i);
            if (roleLen > 0) {
                concepts.addAll(conceptsByPhrase.get(join(tokens, i, roleLen)));
                i += roleLen;
                continue;
            }
            int countryLen = longestCountry(tokens, i);
            if (countryLen > 0) {
                if (country == null) {
                    country = gazetteer.country(joinText(tokens, i, countryLen));
                }
                i += countryLen;
                continue;
            }
            String owner = Tokens.withoutPossessive(t);
            if (owner != null) {
                String c = gazetteer.country(owner);
                if (c != null && country == null) {
                    country = c;
                }
                i++; // "Russia's top diplomat", "the ministry's spokeswoman"
                continue;
            }
            if (t.capitalised() && qualifier == null && concepts.isEmpty()) {
                qualifier = t.text(); // a nationality the gazetteer lacks, before the title
                i++;
                continue;
            }
            return null;
        }
        if (concepts.isEmpty() || concepts.contains("plural")) {
            return null;
        }
        return new Phrase(Set.copyOf(concepts), country, country == null ? qualifier : null);
    }

    /** Concepts of a person's title as the document gives it; unknown words are passed over. */
    Set<String> titleConcepts(String title) {
        if (title == null) {
            return Set.of();
        }
        return titleCache.computeIfAbsent(title, this::readTitle);
    }

    private Set<String> readTitle(String title) {
        Set<String> out = new HashSet<>();
        String[] words = Fold.key(title).replaceAll("[^\\p{L}\\p{N}' -]", " ").trim().split("\\s+");
        int i = 0;
        while (i < words.length) {
            int len = Math.min(longestPhrase, words.length - i);
            boolean found = false;
            for (; len > 0; len--) {
                Set<String> c = conceptsByPhrase.get(String.join(" ", Arrays.asList(words).subList(i, i + len)));
                if (c != null) {
                    out.addAll(c);
                    i += len;
                    found = true;
                    break;
                }
            }
            if (!found) {
                i++;
            }
        }
        return Set.copyOf(out);
    }

    /** Whether a person holding {@code role} can be meant by {@code phrase}. */
    boolean fits(Phrase phrase, LocalRole role) {
        if (phrase.country() != null && role.country() != null && !phrase.country().equals(role.country())) {
            return false;
        }
        if (phrase.qualifier() != null && role.country() != null
                && commonPrefix(Fold.key(phrase.qualifier()), Fold.key(role.country())) < QUALIFIER_PREFIX) {
            return false;
        }
        Set<String> have = titleConcepts(role.title());
        if (have.isEmpty()) {
            return false;
        }
        boolean generic = false;
        for (String c : phrase.concepts()) {
            if (c.equals("first")) {
                continue; // "the deputy prime minister" may leave out "first"
            }
            if (have.contains(c)) {
                continue;
            }
            List<Set<String>> fits = genericFits.get(c);
            if (fits == null) {
                return false;
            }
            generic = true;
            boolean any = false;
            for (Set<String> alt : fits) {
                any |= have.containsAll(alt);
            }
            if (!any) {
                return false;
            }
        }
        if (!generic) {
            for (String r : required) {
                if (have.contains(r) && !phrase.concepts().contains(r)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int commonPrefix(String a, String b) {
        int k = 0;
        while (k < a.length() && k < b.length() && a.charAt(k) == b.charAt(k)) {
            k++;
        }
        return k;
    }

    private int longestRole(List<Tokens.Token> tokens, int i) {
        for (int len = Math.min(longestPhrase, tokens.size() - i); len > 0; len--) {
            if (allWords(tokens, i, len) && conceptsByPhrase.containsKey(join(tokens, i, len))) {
                return len;
            }
        }
        return 0;
    }

    private int longestCountry(List<Tokens.Token> tokens, int i) {
        for (int len = Math.min(gazetteer.longestForm() + 1, tokens.size() - i); len > 0; len--) {
            if (allWords(tokens, i, len) && gazetteer.country(joinText(tokens, i, len)) != null) {
                return len;
            }
        }
        return 0;
    }

    private static boolean allWords(List<Tokens.Token> tokens, int i, int len) {
        for (int k = i; k < i + len; k++) {
            if (!tokens.get(k).isWord()) {
                return false;
            }
        }
        return true;
    }

    private static String join(List<Tokens.Token> tokens, int i, int len) {
        return Fold.key(joinText(tokens, i, len));
    }

    private static String joinText(List<Tokens.Token> tokens, int i, int len) {
        StringBuilder sb = new StringBuilder();
        for (int k = i; k < i + len; k++) {
            if (k > i) {
                sb.append(' ');
            }
            sb.append(tokens.get(k).text());
        }
        return sb.toString();
    }
}
