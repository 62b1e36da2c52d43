package dev.parley.extract;

import dev.parley.text.Fold;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the person finder consults, loaded once from the vocabulary and kept as hash sets of folded
 * keys (accents and case removed) so that every test is one lookup.
 */
final class NameLexicon {
    enum OrgPosition { ANY, LAST, FIRST }

    final Set<String> givenNames;
    final Set<String> familyFirst;
    final Set<String> surnames;
    final Set<String> particles;
    final Set<String> notNames;
    final Set<String> personVerbs;
    final Set<String> personNouns;
    final Set<String> abbreviations;
    /** Ordinary lower-case words of English, base forms. */
    final Set<String> englishWords;
    /** Folded multi-word and single-word place names. */
    final Set<String> places;
    final Map<String, OrgPosition> orgWords = new HashMap<>();
    /** Lower-case nouns that follow a place's or thing's name ("the Velmar district"). */
    final Set<String> thingNounsAfter = new HashSet<>();
    /** Lower-case nouns that precede a firm's or work's name ("drone firm Tryworth"). */
    final Set<String> thingNounsBefore = new HashSet<>();
    final Titles titles;
    final Gazetteer gazetteer;
    /** First words of places and country forms, to skip phrase lookups that cannot match. */
    final Set<String> placeFirstWords;
    /** First words of country names, official names and adjectives. */
    final Set<String> countryFirstWords;
    /** Longest place or country form, in words, for phrase lookups. */
    final int longestPlace;

    NameLexicon(Vocabulary vocab) {
        givenNames = folded(vocab.list("given-names"));
        familyFirst = folded(vocab.list("family-names"));
        surnames = folded(vocab.list("surnames"));
        particles = Set.copyOf(vocab.lowerSet("name-particles"));
        notNames = folded(vocab.list("not-names"));
        personVerbs = Set.copyOf(vocab.lowerSet("person-verbs"));
        personNouns = Set.copyOf(vocab.lowerSet("person-nouns"));
        abbreviations = Set.copyOf(vocab.list("abbreviations"));
        englishWords = Set.copyOf(vocab.list("english-words"));
        // the shared place table (name, kind, country, other names) and the finder's own list of place names
        List<String> placeNames = new ArrayList<>(vocab.list("name-places"));
        for (List<String> row : vocab.table("places")) {
            placeNames.add(row.get(0));
            if (row.size() > 3) {
                for (String other : row.get(3).split("\\|")) {
                    if (!other.isBlank()) {
                        placeNames.add(other.strip());
                    }
                }
            }
        }
        places = folded(placeNames);
        for (List<String> row : vocab.table("org-words")) {
            String kind = row.size() > 1 ? row.get(1).toLowerCase(Locale.ROOT) : "any";
            OrgPosition position = kind.equals("last") ? OrgPosition.LAST
                    : kind.equals("first") ? OrgPosition.FIRST : OrgPosition.ANY;
            orgWords.putIfAbsent(Fold.key(row.get(0)), position);
        }
        for (List<String> row : vocab.table("thing-nouns")) {
            String where = row.size() > 1 ? row.get(1).toLowerCase(Locale.ROOT) : "both";
            String word = row.get(0).toLowerCase(Locale.ROOT);
            if (!where.equals("before")) {
                thingNounsAfter.add(word);
            }
            if (!where.equals("after")) {
                thingNounsBefore.add(word);
            }
        }
        titles = new Titles(vocab);
        gazetteer = new Gazetteer(vocab);
        int longest = gazetteer.longestForm();
        Set<String> firsts = new HashSet<>();
        for (String p : places) {
            String[] words = p.split(" ");
            longest = Math.max(longest, words.length);
            firsts.add(words[0]);
        }
        Set<String> countryFirsts = new HashSet<>();
        for (List<String> row : vocab.table("countries")) {
            for (String col : row) {
                for (String form : col.split("\\|")) {
                    String key = Fold.key(form.strip());
                    if (key.startsWith("the ")) {
                        key = key.substring(4);
                    }
                    if (!key.isEmpty()) {
                        firsts.add(key.split(" ")[0]);
                        countryFirsts.add(key.split(" ")[0]);
                    }
                }
            }
        }
        firsts.add("the");
        placeFirstWords = Set.copyOf(firsts);
        countryFirstWords = Set.copyOf(countryFirsts);
        longestPlace = longest;
    }

    private static Set<String> folded(List<String> words) {
        Set<String> out = new HashSet<>(words.size() * 2);
        for (String w : words) {
            out.add(Fold.key(w));
        }
        return Set.copyOf(out);
    }

    /** Regular endings stripped to find a base form: "courts" -> "court", "parties" -> "party". */
    private static final String[][] ENDINGS = {
        {"ies", "y"}, {"es", ""}, {"s", ""}, {"ied", "y"}, {"ed", ""}, {"ed", "e"}, {"ing", ""}, {"ing", "e"},
        {"ly", ""}, {"ier", "y"}, {"iest", "y"}, {"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"},
    };

    /** An ordinary English word, inflected or not ("court", "courts", "running"); {@code lower} is lower case. */
    boolean isEnglishWord(String lower) {
        return isEnglishWord(lower, 2);
    }

    /** Up to {@code depth} regular endings are stripped: "growers" -> "grower" -> "grow". */
    private boolean isEnglishWord(String lower, int depth) {
        if (englishWords.contains(lower)) {
            return true;
        }
        if (depth == 0) {
            return false;
        }
        int n = lower.length();
        for (String[] e : ENDINGS) {
            String end = e[0];
            if (lower.endsWith(end) && n - end.length() >= 3) {
                String stem = lower.substring(0, n - end.length());
                if (isEnglishWord(stem + e[1], depth - 1)) {
                    return true;
                }
                // "stopped", "running": a doubled final consonant
                if (e[1].isEmpty() && stem.length() >= 4 && !end.equals("s") && !end.equals("es") && !end.equals("ly")
                        && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                        && englishWords.contains(stem.substring(0, stem.length() - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A word the name lists know as a given name or a family name. */
    boolean isKnownName(String key) {
        return givenNames.contains(key) || surnames.contains(key) || familyFirst.contains(key);
    }

    /** A country name, adjective or other place, given as a folded phrase. */
    boolean isPlace(String foldedPhrase) {
        return places.contains(foldedPhrase) || gazetteer.country(foldedPhrase) != null;
    }

    /** Org word usable at this position of a phrase of {@code size} words. */
    boolean isOrgWord(String folded, int index, int size) {
        OrgPosition p = orgWords.get(folded);
        if (p == null) {
            return false;
        }
        switch (p) {
            case LAST:
                return index == size - 1 && size > 1;
            case FIRST:
                return index == 0 && size > 1;
            default:
                return true;
        }
    }

    /**
     * Surname endings that are typical of family names across Europe, the Caucasus and Latin America
     * ("-ović", "-enko", "-shvili", "-opoulos", "-ez"). Checked only on the last word of a capitalised pair.
     */
    static boolean hasSurnameShape(String folded) {
        int n = folded.length();
        if (n < 4) {
            return false;
        }
        for (String end : SURNAME_ENDINGS) {
            if (folded.endsWith(end) && n > end.length() + 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Chinese and Korean given names romanised as two syllables joined by a hyphen, the second in lower case:
     * "Li-ting", "Jae-in", "Min-jun". Syllables are short and made of letters only.
     */
    static boolean isSyllableGivenName(String w) {
        int hyphen = w.indexOf('-');
        if (hyphen < 2 || hyphen > 6 || w.length() - hyphen - 1 < 1 || w.length() - hyphen - 1 > 6
                || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i);
            if (i != hyphen && !(c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }

    private static final String[] SURNAME_ENDINGS = {
        "ovic", "evic", "ovich", "evich", "vich", "ov", "ova", "ev", "eva", "sky", "ski", "ska", "skaya", "enko",
        "chuk", "czyk", "wicz", "yan", "adze", "shvili", "escu", "opoulos", "poulos", "akis", "idis", "oglu", "ez",
        "sson", "berg", "stein", "mann",
    };
}
