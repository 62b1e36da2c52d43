package dev.parley.extract;

import dev.parley.text.Fold;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The word lists the quote finder reads, loaded once per finder: speech verbs, small word classes, given names. */
final class QuoteLexicon {
    /** A speech verb form, possibly of several words ("pointed out"). */
    record Verb(String[] words, String form, String lemma, boolean participle) {
    }

    private final Map<String, List<Verb>> verbsByFirstWord = new HashMap<>();
    private final Map<String, Set<String>> classesByWord = new HashMap<>();
    private final Map<String, List<String[]>> phrasesByLastWord = new HashMap<>();
    private final Map<String, Character> genderByGivenName = new HashMap<>();
    private final Set<String> abbreviations;
    /** Words that make a capitalised name an organisation's (org-words.txt): true when only as its last word. */
    private final Map<String, Boolean> orgWordLastOnly = new HashMap<>();
    private final Set<String> givenNames = new HashSet<>();

    QuoteLexicon(Vocabulary vocab) {
        for (List<String> row : vocab.table("speech-verbs")) {
            String form = row.get(0).toLowerCase();
            String lemma = row.size() > 1 ? row.get(1) : form;
            String[] words = form.split("\\s+");
            verbsByFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>())
                    .add(new Verb(words, form, lemma, words[0].endsWith("ing")));
        }
        for (List<Verb> verbs : verbsByFirstWord.values()) {
            verbs.sort((a, b) -> b.words().length - a.words().length); // longest form first
        }
        for (List<String> row : vocab.table("quote-words")) {
            String phrase = row.get(0).toLowerCase();
            String cls = row.size() > 1 ? row.get(1) : "";
            String[] words = phrase.split("\\s+");
            if (words.length == 1) {
                classesByWord.computeIfAbsent(phrase, k -> new HashSet<>()).add(cls);
            } else {
                String[] tagged = new String[words.length + 1];
                System.arraycopy(words, 0, tagged, 0, words.length);
                tagged[words.length] = cls;
                phrasesByLastWord.computeIfAbsent(words[words.length - 1], k -> new ArrayList<>()).add(tagged);
            }
        }
        for (List<String> row : vocab.table("given-names-gender")) {
            if (row.size() > 1 && !row.get(1).isEmpty()) {
                genderByGivenName.put(Fold.key(row.get(0)), row.get(1).charAt(0));
            }
        }
        for (List<String> row : vocab.table("org-words")) {
            String kind = row.size() > 1 ? row.get(1).toLowerCase() : "any";
            if (!kind.equals("first")) {
                orgWordLastOnly.putIfAbsent(Fold.key(row.get(0)), kind.equals("last"));
            }
        }
        for (String name : vocab.list("given-names")) {
            givenNames.add(Fold.key(name));
        }
        givenNames.addAll(genderByGivenName.keySet());
        Set<String> abbr = new HashSet<>(vocab.list("abbreviations"));
        this.abbreviations = Set.copyOf(abbr);
    }

    Set<String> abbreviations() {
        return abbreviations;
    }

    /** Whether a word is a listed given name ("Bill", "Ana"). */
    boolean isGivenName(String word) {
        return givenNames.contains(Fold.key(word));
    }

    /** Whether the word at {@code index} of a capitalised name of {@code size} words makes it an organisation's. */
    boolean isOrgWord(String word, int index, int size) {
        Boolean lastOnly = orgWordLastOnly.get(Fold.key(word));
        return lastOnly != null && (!lastOnly || index == size - 1);
    }

    /** Whether a single lower-case word belongs to a class of {@code quote-words.txt}. */
    boolean is(String lowerWord, String cls) {
        Set<String> classes = classesByWord.get(lowerWord);
        return classes != null && classes.contains(cls);
    }

    boolean is(Tokens.Token t, String cls) {
        return t.isWord() && is(t.lower(), cls);
    }

    /**
     * How many tokens of a word or phrase of class {@code cls} end at token {@code last} ("known as" ending at
     * "as" gives 2), or 0.
     */
    int classEndingAt(List<Tokens.Token> tokens, int last, String cls) {
        if (last < 0 || !tokens.get(last).isWord()) {
            return 0;
        }
        Tokens.Token t = tokens.get(last);
        int best = is(t.lower(), cls) ? 1 : 0;
        List<String[]> phrases = phrasesByLastWord.get(t.lower());
        if (phrases != null) {
            for (String[] p : phrases) {
                int len = p.length - 1;
                if (!p[len].equals(cls) || len <= best || last - len + 1 < 0) {
                    continue;
                }
                boolean match = true;
                for (int k = 0; k < len && match; k++) {
                    match = tokens.get(last - len + 1 + k).lower().equals(p[k]);
                }
                if (match) {
                    best = len;
                }
            }
        }
        return best;
    }

    /** The speech verb whose first word is token {@code i} and which ends before {@code limit}, or null. */
    Verb verbAt(List<Tokens.Token> tokens, int i, int limit) {
        Tokens.Token t = tokens.get(i);
        if (!t.isWord()) {
            return null;
        }
        List<Verb> verbs = verbsByFirstWord.get(t.lower());
        if (verbs == null) {
            return null;
        }
        for (Verb v : verbs) {
            int len = v.words().length;
            if (i + len > limit) {
                continue;
            }
            boolean match = true;
            for (int k = 1; k < len && match; k++) {
                match = tokens.get(i + k).lower().equals(v.words()[k]);
            }
            if (match) {
                return v;
            }
        }
        return null;
    }

    /** 'f', 'm', 'w' (weakly female: an unlisted name ending in -a, as in Slavic and Romance languages) or 0. */
    char genderOfGivenName(String given) {
        String key = Fold.key(given);
        Character g = genderByGivenName.get(key);
        if (g != null) {
            return g;
        }
        return key.length() > 2 && key.endsWith("a") ? 'w' : 0;
    }
}
