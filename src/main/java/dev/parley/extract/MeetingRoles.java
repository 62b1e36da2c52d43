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
        String noun = String.join("|", forms.stream().map(n -> Pattern.quote(n.form)).toList());
        this.phrase = Pattern.compile("(?i)\\b(?:" + noun + ")\\b");
        for (String k : adjectives.keySet()) {
            longestName = Math.max(longestName, k.split(" ").length);
        }
        for (String k : names.keySet()) {
            longestName = Math.max(longestName, k.split(" ").length);
        }
    }

    private int longestName = 1;
    private static final Pattern WORD = Pattern.compile("[\\p{L}'’.-]+");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");
    private static final Pattern OF = Pattern.compile("(?:['’]s)?\\s+(?:of|from)\\s+(?:the\\s+)?");

    /**
     * The role phrases of a sentence that name at least one country. Found from the role noun outwards (country
     * adjectives before it, "of" and country names after it) word by word: one pattern with every country's
     * name in it would cost far more on every sentence.
     */
    List<Phrase> find(String sentence) {
        List<Phrase> out = new ArrayList<>();
        Matcher m = phrase.matcher(sentence);
        while (m.find()) {
            List<String> countries = new ArrayList<>();
            int start = adjectivesBefore(sentence, m.start(), countries);
            int end = m.end();
            if (sentence.startsWith("'s", end) || sentence.startsWith("’s", end)) {
                end += 2;
            }
            Matcher of = OF.matcher(sentence).region(m.end(), sentence.length());
            if (of.lookingAt()) {
                int after = namesAfter(sentence, of.end(), countries);
                if (after > of.end()) {
                    end = after;
                }
            }
            if (!countries.isEmpty()) {
                Pattern titles = nouns.get(m.group().toLowerCase(Locale.ROOT));
                out.add(new Phrase(start, end, List.copyOf(countries), titles));
            }
        }
        return out;
    }

    private static final Pattern LIST_BEFORE = Pattern.compile("(?:\\s*,\\s*|\\s*,?\\s+and\\s+)$");

    /** "the Polish and Czech prime ministers": the adjectives just before the noun, in their order; their start. */
    private int adjectivesBefore(String text, int at, List<String> countries) {
        List<String> found = new ArrayList<>();
        int start = at;
        int end = at;
        while (true) {
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            int matchStart = -1;
            int wordStart = end;
            for (int words = 1; words <= longestName; words++) {
                int s = wordStart;
                if (words > 1) {
                    if (s == 0 || text.charAt(s - 1) != ' ') {
                        break;
                    }
                    s--;
                }
                int e = s;
                while (s > 0 && Character.isLetter(text.charAt(s - 1)) || s > 0 && text.charAt(s - 1) == '-') {
                    s--;
                }
                if (s == e) {
                    break;
                }
                wordStart = s;
                if (adjectives.containsKey(text.substring(wordStart, end))) {
                    matchStart = wordStart;
                }
            }
            if (matchStart < 0) {
                break;
            }
            found.add(0, adjectives.get(text.substring(matchStart, end)));
            start = matchStart;
            Matcher sep = LIST_BEFORE.matcher(text.substring(Math.max(0, matchStart - 8), matchStart));
            if (!sep.find()) {
                break;
            }
            end = matchStart - (Math.min(8, matchStart) - sep.start());
        }
        countries.addAll(found);
        return start;
    }

    /** "of Portugal, Finland and Greece": the country names after "of", in their order; the end of the last. */
    private int namesAfter(String text, int at, List<String> countries) {
        int pos = at;
        int end = at;
        while (true) {
            if (text.startsWith("the ", pos)) {
                pos += 4;
            }
            String match = null;
            int matchEnd = -1;
            Matcher w = WORD.matcher(text).region(pos, text.length());
            int wordEnd = pos;
            for (int words = 1; words <= longestName; words++) {
                if (!w.lookingAt()) {
                    break;
                }
                wordEnd = w.end();
                int candidateEnd = wordEnd;
                while (candidateEnd > pos && ".’'".indexOf(text.charAt(candidateEnd - 1)) >= 0) {
                    candidateEnd--;
                }
                String candidate = text.substring(pos, candidateEnd);
                if (names.containsKey(candidate)) {
                    match = candidate;
                    matchEnd = pos + candidate.length();
                }
                if (wordEnd >= text.length() || text.charAt(wordEnd) != ' ') {
                    break;
                }
                w.region(wordEnd + 1, text.length());
            }
            if (match == null) {
                break;
            }
            countries.add(names.get(match));
            end = matchEnd;
            Matcher sep = SEPARATOR.matcher(text).region(matchEnd, text.length());
            if (!sep.lookingAt()) {
                break;
            }
            pos = sep.end();
        }
        return end;
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
