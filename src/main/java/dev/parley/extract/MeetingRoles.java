package dev.parley.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People a meeting phrase names by their role instead of their name: "the foreign ministers of Portugal, Finland
 * and Greece", "the Polish and Czech prime ministers", "the Serbian prime minister's visit", "the Danish minister".
 * Each country of the phrase is resolved to the person of the document whose role has that country and a title the
 * role noun allows ({@code vocab/meeting-roles.txt}). A phrase the article names nobody for stays unresolved.
 */
final class MeetingRoles {
    /** A role phrase in a sentence: offsets into the sentence, the countries it lists and the titles it allows. */
    record Phrase(int start, int end, List<String> countries, Pattern titles) {
    }

    private record Noun(String form, Pattern titles) {
    }

    private final Map<String, String> adjectives = new LinkedHashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, Pattern> nouns = new LinkedHashMap<>();
    private final Pattern phrase;

    MeetingRoles(Vocabulary vocab) {
        for (List<String> row : vocab.table("countries")) {
            String canonical = row.get(0);
            names.put(canonical, canonical);
            if (row.size() > 1) {
                for (String a : row.get(1).split("\\|")) {
                    if (!a.isBlank()) {
                        adjectives.put(a.trim(), canonical);
                    }
                }
            }
            if (row.size() > 2) {
                for (String n : row.get(2).split("\\|")) {
                    if (!n.isBlank()) {
                        names.put(n.trim(), canonical);
                    }
                }
            }
        }
        List<Noun> forms = new ArrayList<>();
        for (List<String> row : vocab.table("meeting-roles")) {
            Pattern titles = Pattern.compile(row.get(1), Pattern.CASE_INSENSITIVE);
            for (String f : row.get(0).split("\\|")) {
                forms.add(new Noun(f.trim(), titles));
                nouns.putIfAbsent(f.trim(), titles);
            }
        }
        forms.sort(Comparator.comparingInt((Noun n) -> -n.form.length()));
        String adj = alternation(new ArrayList<>(adjectives.keySet()));
        String name = "(?:the\\s+)?" + alternation(new ArrayList<>(names.keySet()));
        String noun = "(?i:" + String.join("|", forms.stream().map(n -> Pattern.quote(n.form)).toList()) + ")";
        this.phrase = Pattern.compile("\\b(?:(?<adjs>" + adj + "(?:\\s*,\\s*" + adj + ")*(?:,?\\s+and\\s+" + adj
                + "))\\s+|(?<adj>" + adj + ")\\s+)?(?<noun>" + noun + ")(?:['’]s)?"
                + "(?:\\s+(?:of|from)\\s+(?<names>" + name + "(?:\\s*,\\s*" + name + ")*(?:,?\\s+and\\s+" + name + ")?))?\\b");
    }

    private static String alternation(List<String> words) {
        words.sort(Comparator.comparingInt(String::length).reversed());
        return "(?:" + String.join("|", words.stream().map(Pattern::quote).toList()) + ")";
    }

    /** The role phrases of a sentence that name at least one country. */
    List<Phrase> find(String sentence) {
        List<Phrase> out = new ArrayList<>();
        Matcher m = phrase.matcher(sentence);
        while (m.find()) {
            List<String> countries = new ArrayList<>();
            String adjs = m.group("adjs") != null ? m.group("adjs") : m.group("adj");
            if (adjs != null) {
                for (String a : adjs.split("\\s*,\\s*|,?\\s+and\\s+")) {
                    String c = adjectives.get(a.trim());
                    if (c != null) {
                        countries.add(c);
                    }
                }
            }
            if (m.group("names") != null) {
                for (String n : m.group("names").split("\\s*,\\s*|,?\\s+and\\s+")) {
                    String c = names.get(n.trim().replaceFirst("^the\\s+", ""));
                    if (c != null) {
                        countries.add(c);
                    }
                }
            }
            if (!countries.isEmpty()) {
                Pattern titles = nouns.get(m.group("noun").toLowerCase(Locale.ROOT));
                out.add(new Phrase(m.start(), m.end(), List.copyOf(countries), titles));
            }
        }
        return out;
    }

    /**
     * The person of each country of the phrase: a person whose role in the document (or the country an
     * apposition gave them, in {@code extraCountry}) has that country and an allowed title.
     */
    static List<Integer> resolve(Phrase p, List<LocalPerson> people, Map<Integer, String> extraCountry) {
        List<Integer> out = new ArrayList<>();
        for (String country : p.countries()) {
            int found = -1;
            for (int i = 0; i < people.size() && found < 0; i++) {
                for (LocalRole r : people.get(i).roles()) {
                    if (country.equals(r.country()) && p.titles().matcher(r.title()).find()) {
                        found = i;
                        break;
                    }
                }
                if (found < 0 && country.equals(extraCountry.get(i))) {
                    found = i;
                }
            }
            if (found >= 0 && !out.contains(found)) {
                out.add(found);
            }
        }
        return out;
    }
}
