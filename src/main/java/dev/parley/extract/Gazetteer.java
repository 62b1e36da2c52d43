package dev.parley.extract;

import dev.parley.text.Fold;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Countries and their other names and adjectives, from {@code vocab/countries.txt}:
 * "Russian", "Russia", "the Russian Federation" all give "Russia"; and cities and regions from
 * {@code vocab/places.txt} ("Moscow" is a city of Russia, "Kosmet" is Kosovo).
 */
public final class Gazetteer {
    private static final Gazetteer DEFAULT = new Gazetteer(Vocabulary.get());

    /**
     * A known place.
     *
     * @param kind    "country", "city" or "region"
     * @param country the canonical country it lies in (itself for a country), or null for a region spanning several
     */
    public record Place(String name, String kind, String country) {
    }

    /** A name of a place as it may be written in running text (adjectives are not names). */
    record PlaceName(String form, Place place) {
    }

    private final Map<String, String> countryByForm = new HashMap<>();
    private final Map<String, Place> placeByForm = new HashMap<>();
    private final List<PlaceName> placeNames = new ArrayList<>();
    private int longestForm = 1;

    Gazetteer(Vocabulary vocab) {
        // columns: canonical name, adjectives (|-separated), other names (|-separated)
        for (List<String> row : vocab.table("countries")) {
            String canonical = row.get(0);
            Place place = new Place(canonical, "country", canonical);
            add(canonical, canonical);
            addPlaceName(canonical, place);
            for (int col = 1; col < row.size(); col++) {
                for (String form : forms(row.get(col))) {
                    add(form, canonical);
                    if (col >= 2) {
                        addPlaceName(form, place);
                    }
                }
            }
        }
        // columns: canonical name, kind, country, other names (|-separated)
        for (List<String> row : vocab.table("places")) {
            String country = row.size() > 2 && !row.get(2).isBlank() ? row.get(2) : null;
            Place place = new Place(row.get(0), row.size() > 1 ? row.get(1) : "region", country);
            addPlaceName(place.name(), place);
            if (row.size() > 3) {
                for (String form : forms(row.get(3))) {
                    addPlaceName(form, place);
                }
            }
        }
    }

    public static Gazetteer get() {
        return DEFAULT;
    }

    private static List<String> forms(String column) {
        List<String> out = new ArrayList<>();
        for (String form : column.split("\\|")) {
            if (!form.isBlank()) {
                out.add(form.strip());
            }
        }
        return out;
    }

    private void add(String form, String canonical) {
        countryByForm.putIfAbsent(key(form), canonical);
        longestForm = Math.max(longestForm, form.split(" ").length);
    }

    private void addPlaceName(String form, Place place) {
        placeByForm.putIfAbsent(key(form), place);
        placeNames.add(new PlaceName(form, place));
    }

    private static String key(String phrase) {
        String key = Fold.key(phrase.strip());
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    /**
     * The canonical country a phrase names, accepting names, official names and adjectives with or without
     * a leading "the" ("the Russian Federation", "Russian", "Republic of Serbia"); null when it names none.
     */
    public String country(String phrase) {
        if (phrase == null) {
            return null;
        }
        return countryByForm.get(key(phrase));
    }

    /**
     * The place a phrase names: a country by name or official name (not by adjective), a city or a region, with or
     * without a leading "the" ("Kosmet", "the Balkans", "Moscow"); null when it names none.
     */
    public Place place(String phrase) {
        if (phrase == null) {
            return null;
        }
        return placeByForm.get(key(phrase));
    }

    /** Every name of every place, countries first, in file order: what the place finder looks for in text. */
    List<PlaceName> placeNames() {
        return Collections.unmodifiableList(placeNames);
    }

    /** How many words the longest country form has, for scanning windows. */
    public int longestForm() {
        return longestForm;
    }
}
