package dev.parley.build.extract;

import dev.parley.text.Fold;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Countries and their other names and adjectives, from {@code vocab/countries.txt}:
 * "Russian", "Russia", "the Russian Federation" all give "Russia".
 */
public final class Gazetteer {
    private static final Gazetteer DEFAULT = new Gazetteer(Vocabulary.get());

    private final Map<String, String> countryByForm = new HashMap<>();
    private int longestForm = 1;

    Gazetteer(Vocabulary vocab) {
        // columns: canonical name, adjectives (|-separated), other names (|-separated)
        for (List<String> row : vocab.table("countries")) {
            String canonical = row.get(0);
            add(canonical, canonical);
            for (int col = 1; col < row.size(); col++) {
                for (String form : row.get(col).split("\\|")) {
                    if (!form.isBlank()) {
                        add(form.strip(), canonical);
                    }
                }
            }
        }
    }

    public static Gazetteer get() {
        return DEFAULT;
    }

    private void add(String form, String canonical) {
        countryByForm.putIfAbsent(Fold.key(form), canonical);
        longestForm = Math.max(longestForm, form.split(" ").length);
    }

    /**
     * The canonical country a phrase names, accepting names, official names and adjectives with or without
     * a leading "the" ("the Russian Federation", "Russian", "Republic of Serbia"); null when it names none.
     */
    public String country(String phrase) {
        if (phrase == null) {
            return null;
        }
        String key = Fold.key(phrase.strip());
        if (key.startsWith("the ")) {
            key = key.substring(4);
        }
        return countryByForm.get(key);
    }

    /** How many words the longest country form has, for scanning windows. */
    public int longestForm() {
        return longestForm;
    }
}
