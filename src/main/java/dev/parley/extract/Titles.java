package dev.parley.extract;

import dev.parley.extract.Tokens.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Titles written before names ("First Deputy Prime Minister", "Foreign Minister", "Minister of Defence", "Mr.")
 * and their normalised forms, from {@code titles.txt} and {@code title-domains.txt}. "Foreign Minister",
 * "Minister of Foreign Affairs" and "Minister for Foreign Affairs" all normalise to "Minister of Foreign Affairs".
 */
final class Titles {
    /** A title found at a token position: tokens [start, end), its normalised form and kind. */
    record Match(int start, int end, String title, String kind) {
        boolean isHonorific() {
            return kind.equals("honorific");
        }
    }

    /** Words before a title that qualify it; the first set is kept in the normalised title, the second dropped. */
    private static final Set<String> KEPT_MODIFIERS = Set.of("first", "deputy", "vice", "acting", "assistant",
            "associate", "senior", "junior", "executive", "permanent", "special", "interim", "parliamentary", "under",
            "second", "principal", "grand");
    private static final Set<String> DROPPED_MODIFIERS = Set.of("former", "ex", "then", "late", "outgoing",
            "incoming", "current", "newly", "elected", "new", "ex-", "retired", "sitting", "serving", "veteran");
    private static final Set<String> PORTFOLIO_HOLDERS = Set.of("minister", "secretary", "ministers",
            "secretaries", "spokesman", "spokeswoman", "spokesperson", "undersecretary", "under-secretary", "vice-minister");

    /** Phrase (lower-case words) -> title; keyed by first word, longest phrases first. */
    private final Map<String, List<String[]>> phrasesByFirst = new HashMap<>();
    private final Map<String, String[]> entryByPhrase = new HashMap<>();
    private final Map<String, List<String[]>> domainsByFirst = new HashMap<>();
    private final Map<String, String> domainByPhrase = new HashMap<>();
    private final Set<String> titleWords = new HashSet<>();

    Titles(Vocabulary vocab) {
        for (List<String> row : vocab.table("titles")) {
            String phrase = row.get(0).toLowerCase(Locale.ROOT);
            String[] words = phrase.split(" ");
            index(phrasesByFirst, words);
            entryByPhrase.put(phrase, new String[] {row.size() > 1 ? row.get(1) : row.get(0),
                    row.size() > 2 ? row.get(2) : "office"});
            titleWords.add(phrase.contains(" ") ? "" : phrase);
            for (String w : words) {
                titleWords.add(w);
            }
        }
        for (List<String> row : vocab.table("title-domains")) {
            String phrase = row.get(0).toLowerCase(Locale.ROOT);
            index(domainsByFirst, phrase.split(" "));
            domainByPhrase.put(phrase, row.get(1));
        }
        titleWords.addAll(KEPT_MODIFIERS);
        titleWords.addAll(DROPPED_MODIFIERS);
        titleWords.remove("");
        titleWords.remove("of");
        titleWords.remove("the");
        titleWords.remove("and");
    }

    private static void index(Map<String, List<String[]>> map, String[] words) {
        List<String[]> list = map.computeIfAbsent(words[0], k -> new ArrayList<>());
        list.add(words);
        list.sort((a, b) -> b.length - a.length);
    }

    /** Whether a lower-case word is part of some title (or a portfolio: "foreign", "defence"). */
    boolean isTitleWord(String lower) {
        return titleWords.contains(lower) || domainsByFirst.containsKey(lower);
    }

    boolean isDomainStart(String lower) {
        return domainsByFirst.containsKey(lower);
    }

    /** The longest title starting at token {@code i} (modifiers included), or null. */
    Match match(List<Token> tokens, int i) {
        int k = i;
        List<String> kept = new ArrayList<>(2);
        while (k < tokens.size() && tokens.get(k).isWord()
                && (KEPT_MODIFIERS.contains(tokens.get(k).lower()) || DROPPED_MODIFIERS.contains(tokens.get(k).lower()))) {
            // "First Deputy Prime Minister": qualifiers stack before the title proper
            if (KEPT_MODIFIERS.contains(tokens.get(k).lower())) {
                kept.add(capitalise(tokens.get(k).lower()));
            }
            k++;
            if (k < tokens.size() && tokens.get(k).is("-")) {
                k++; // "ex-", "vice-"
            }
        }
        Match core = core(tokens, k);
        if (core == null) {
            // a qualifier alone can be the title: "Deputy Smith"
            if (k > i && tokens.get(k - 1).lower().equals("deputy")) {
                return new Match(i, k, String.join(" ", kept), "office");
            }
            return null;
        }
        if (kept.isEmpty()) {
            return new Match(i, core.end, core.title, core.kind);
        }
        return new Match(i, core.end, String.join(" ", kept) + " " + core.title, core.kind);
    }

    /** A title without qualifiers: "Foreign Minister", "Minister of Foreign Affairs", "Prime Minister", "Mr". */
    private Match core(List<Token> tokens, int i) {
        if (i >= tokens.size() || !tokens.get(i).isWord()) {
            return null;
        }
        // "<portfolio> minister": "Foreign Minister", "Home Affairs Minister"
        int[] domainEnd = new int[1];
        String domain = domain(tokens, i, domainEnd);
        if (domain != null && domainEnd[0] < tokens.size()
                && PORTFOLIO_HOLDERS.contains(tokens.get(domainEnd[0]).lower())) {
            String holder = holder(tokens.get(domainEnd[0]).lower());
            return new Match(i, domainEnd[0] + 1, holder + " of " + domain, "office");
        }
        String[] entry = null;
        int end = -1;
        List<String[]> candidates = phrasesByFirst.get(tokens.get(i).lower());
        if (candidates != null) {
            for (String[] words : candidates) {
                int e = matchWords(tokens, i, words);
                if (e > 0) {
                    entry = entryByPhrase.get(String.join(" ", words));
                    end = e;
                    break;
                }
            }
        }
        if (entry == null && tokens.get(i).lower().endsWith("s") && tokens.get(i).lower().length() > 3) {
            // plurals of one-word titles: "MPs", "Senators", "Presidents"
            String singular = tokens.get(i).lower().substring(0, tokens.get(i).lower().length() - 1);
            String[] e1 = entryByPhrase.get(singular);
            if (e1 != null) {
                entry = e1;
                end = i + 1;
            }
        }
        if (entry == null) {
            return null;
        }
        // "Minister of Foreign Affairs", "Minister for Defence", "Secretary of State" (already a phrase)
        if (PORTFOLIO_HOLDERS.contains(tokens.get(end - 1).lower()) && end + 1 < tokens.size()) {
            String prep = tokens.get(end).lower();
            if (prep.equals("of") || prep.equals("for")) {
                int d = end + 1;
                if (d < tokens.size() && tokens.get(d).lower().equals("the")) {
                    d++;
                }
                String dom = domain(tokens, d, domainEnd);
                if (dom != null) {
                    return new Match(i, domainEnd[0], holder(tokens.get(end - 1).lower()) + " of " + dom, "office");
                }
            }
        }
        return new Match(i, end, entry[0], entry[1]);
    }

    private static String holder(String lower) {
        if (lower.startsWith("undersecretar") || lower.startsWith("under-secretar")) {
            return "Undersecretary"; // an official under the minister, not the minister
        }
        if (lower.startsWith("secretar")) {
            return "Secretary";
        }
        if (lower.startsWith("spokes")) {
            return "Spokesperson";
        }
        return "Minister";
    }

    private String domain(List<Token> tokens, int i, int[] end) {
        if (i >= tokens.size()) {
            return null;
        }
        List<String[]> candidates = domainsByFirst.get(tokens.get(i).lower());
        if (candidates == null) {
            return null;
        }
        for (String[] words : candidates) {
            int e = matchWords(tokens, i, words);
            if (e > 0) {
                end[0] = e;
                return domainByPhrase.get(String.join(" ", words));
            }
        }
        return null;
    }

    /** End token index when tokens from i spell the words (case-insensitive), else -1. */
    private static int matchWords(List<Token> tokens, int i, String[] words) {
        int k = i;
        for (String w : words) {
            if (k >= tokens.size()) {
                return -1;
            }
            Token t = tokens.get(k);
            if (!t.isWord() || !t.lower().equals(w)) {
                return -1;
            }
            k++;
        }
        return k;
    }

    private static String capitalise(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
