package dev.parley.extract;

import dev.parley.extract.Tokens.Shape;
import dev.parley.extract.Tokens.Token;
import dev.parley.model.Document;
import dev.parley.model.Paragraph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Salient phrases of a document, for what the topic taxonomy does not cover. RAKE-like: candidates are the runs of
 * words between stopwords and punctuation ("humanitarian corridors", "military-technical cooperation", "rule of law":
 * "of" may join two words); each word scores its degree over its frequency in the candidates, a phrase the mean of its
 * words, a little more for longer phrases and more for phrases the document repeats. Only phrases of two to four words are returned, and not those made
 * of capitalised words only, which are names of people, places and organisations that other finders report.
 */
public final class Keyphrases {
    private static final int MIN_WORDS = 2;
    private static final int MAX_WORDS = 4;

    /** One word of a candidate, or a hyphenated compound counted as one word. */
    private record Unit(String key, String text, boolean capitalized, boolean sentenceInitial, boolean unknownName) {
    }

    private record Candidate(List<Unit> units, String key, String text) {
    }

    /** Nouns in -ed and -ly, which the cut-back of participles and adverbs must keep. */
    private static final Set<String> NOT_VERBS_OR_ADVERBS = Set.of("need", "needs", "speed", "seed", "creed", "greed",
            "feed", "shed", "bed", "red", "hundred", "assembly", "supply", "family", "monopoly", "anomaly", "rally",
            "ally", "italy", "july", "reply", "embroidered");

    /** Nouns in -ing that head phrases ("drug trafficking"): the cut-back of participles keeps them. */
    private static final Set<String> ING_NOUNS = Set.of("peacekeeping", "meeting", "training", "funding", "building",
            "understanding", "spending", "financing", "housing", "shelling", "bombing", "fighting", "trafficking",
            "smuggling", "laundering", "planning", "warming", "rating", "ceiling", "hearing", "briefing", "setting",
            "opening", "signing", "wellbeing", "well-being", "policing", "banking", "shipping", "mining", "farming",
            "manufacturing", "processing", "lending", "borrowing", "pricing", "dumping", "cooling", "heating",
            "lighting", "lobbying", "monitoring", "reporting", "screening", "testing", "vetting");

    private final Set<String> stopwords;
    private final Set<String> modifiers;
    private final Gazetteer gazetteer;
    private final Set<String> capitalisedWords;

    public Keyphrases(Vocabulary vocab) {
        this.capitalisedWords = vocab.lowerSet("capitalised-words");
        this.stopwords = vocab.lowerSet("keyphrase-stopwords");
        this.modifiers = vocab.lowerSet("keyphrase-modifiers");
        this.gazetteer = new Gazetteer(vocab);
    }

    /** At most {@code max} phrases, most salient first; ties in alphabetical order, so the result is deterministic. */
    public List<String> extract(Document doc, int max) {
        List<Candidate> candidates = new ArrayList<>();
        Set<String> lowerSeen = new HashSet<>();
        for (Paragraph paragraph : doc.paragraphs()) {
            collect(paragraph.text(), candidates, lowerSeen);
        }
        Map<String, Integer> frequency = new HashMap<>();
        Map<String, Integer> degree = new HashMap<>();
        for (Candidate c : candidates) {
            for (Unit u : c.units()) {
                frequency.merge(u.key(), 1, Integer::sum);
                degree.merge(u.key(), c.units().size(), Integer::sum);
            }
        }
        Map<String, Integer> count = new HashMap<>();
        Map<String, Map<String, Integer>> surfaces = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.units().size() < MIN_WORDS || c.units().size() > MAX_WORDS
                    || c.units().stream().allMatch(Unit::capitalized)
                    || c.units().stream().anyMatch(Unit::unknownName)) {
                continue;
            }
            count.merge(c.key(), 1, Integer::sum);
            surfaces.computeIfAbsent(c.key(), k -> new LinkedHashMap<>()).merge(c.text(), 1, Integer::sum);
        }
        Map<String, Double> score = new HashMap<>();
        Map<String, Candidate> firstOf = new HashMap<>();
        for (Candidate c : candidates) {
            if (!count.containsKey(c.key()) || firstOf.containsKey(c.key())) {
                continue;
            }
            firstOf.put(c.key(), c);
            double s = 0;
            for (Unit u : c.units()) {
                s += (double) degree.get(u.key()) / frequency.get(u.key());
            }
            // the mean word score keeps RAKE's preference for long runs in check; repetition counts as much
            int n = c.units().size();
            score.put(c.key(), s / n * (1 + 0.15 * (n - MIN_WORDS)) * (1 + Math.log(count.get(c.key()))));
        }
        List<String> keys = new ArrayList<>(score.keySet());
        keys.sort(Comparator.comparingDouble((String k) -> -score.get(k)).thenComparing(Comparator.naturalOrder()));
        List<String> out = new ArrayList<>();
        for (String key : keys) {
            if (out.size() >= max) {
                break;
            }
            out.add(display(firstOf.get(key), surfaces.get(key), lowerSeen));
        }
        return out;
    }

    /**
     * The most frequent way the document writes the phrase (the first on a tie), with a capital that only opens a
     * sentence taken off when the document writes the word in lower case elsewhere.
     */
    private static String display(Candidate c, Map<String, Integer> surfaces, Set<String> lowerSeen) {
        String best = mostFrequent(surfaces);
        Unit first = c.units().get(0);
        if (first.sentenceInitial() && lowerSeen.contains(first.key()) && best.startsWith(first.text())) {
            return first.text().toLowerCase(Locale.ROOT) + best.substring(first.text().length());
        }
        return best;
    }

    private static String mostFrequent(Map<String, Integer> surfaces) {
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : surfaces.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    private void collect(String text, List<Candidate> out, Set<String> lowerSeen) {
        List<Token> tokens = Tokens.ofParagraph(text);
        for (Token t : tokens) {
            if (t.shape() == Shape.LOWER) {
                lowerSeen.add(t.key());
            }
        }
        List<Unit> run = new ArrayList<>();
        List<Boolean> ofBefore = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int end = unitEnd(tokens, i);
            if (end > i) {
                ofBefore.add(false);
                run.add(unit(text, tokens, i, end));
                i = end;
                continue;
            }
            Token t = tokens.get(i);
            // "rule of law", "freedom of expression": "of" between two content words keeps the phrase together
            if ("of".equals(t.key()) && !run.isEmpty() && unitEnd(tokens, i + 1) > i + 1) {
                int next = unitEnd(tokens, i + 1);
                ofBefore.add(true);
                run.add(unit(text, tokens, i + 1, next));
                i = next;
                continue;
            }
            flush(run, ofBefore, out);
            i++;
        }
        flush(run, ofBefore, out);
    }

    /** End (exclusive) of the content word or hyphenated compound starting at {@code i}, or {@code i} if none. */
    private int unitEnd(List<Token> tokens, int i) {
        if (!isContentWord(tokens, i)) {
            return i;
        }
        int end = i + 1;
        while (end + 1 < tokens.size() && "-".equals(tokens.get(end).key())
                && tokens.get(end - 1).end() == tokens.get(end).start()
                && tokens.get(end).end() == tokens.get(end + 1).start() && tokens.get(end + 1).isWord()
                && tokens.get(end + 1).shape() != Shape.NUMBER) {
            end += 2;
        }
        return end;
    }

    private boolean isContentWord(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(i);
        if (!t.isWord() || t.shape() == Shape.NUMBER || t.end() - t.start() < 2 || stopwords.contains(t.key())) {
            return false;
        }
        // the "s" of a possessive, the "t" of "don't"
        return i == 0 || !"'".equals(tokens.get(i - 1).key()) || tokens.get(i - 1).end() != t.start();
    }

    /**
     * A word or compound; {@code unknownName} when it has a capitalised word, not opening the sentence, that is neither
     * an acronym nor a known country, adjective or place: most likely part of a person's name ("Petrov").
     */
    private Unit unit(String text, List<Token> tokens, int from, int to) {
        boolean capitalized = true;
        boolean sentenceInitial = Tokens.startsSentence(tokens, from);
        boolean unknownName = false;
        StringBuilder key = new StringBuilder();
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            key.append(t.key());
            if (t.isWord() && !t.isCapitalized()) {
                capitalized = false;
            }
            if (t.shape() == Shape.CAPITALIZED && !(k == from && sentenceInitial)) {
                String word = text.substring(t.start(), t.end());
                if (!capitalisedWords.contains(t.key()) && gazetteer.country(word) == null
                        && gazetteer.place(word) == null) {
                    unknownName = true;
                }
            }
        }
        return new Unit(key.toString(), text.substring(tokens.get(from).start(), tokens.get(to - 1).end()),
                capitalized, sentenceInitial, unknownName);
    }

    /**
     * Cuts a run back to what can head and open a phrase: no participle, modifier or adverb at the end ("humanitarian
     * operations carried", "Russian foreign", "developing successfully"), no adverb or "of" at the start.
     */
    private void trim(List<Unit> run, List<Boolean> ofBefore) {
        while (!run.isEmpty()) {
            String last = run.get(run.size() - 1).key();
            boolean hangingParticiple = run.size() >= 3 && last.endsWith("ing") && !ING_NOUNS.contains(last);
            if (modifiers.contains(last) || participleOrAdverb(last) || hangingParticiple) {
                run.remove(run.size() - 1);
                ofBefore.remove(ofBefore.size() - 1);
            } else {
                break;
            }
        }
        while (!run.isEmpty() && adverb(run.get(0).key())) {
            run.remove(0);
            ofBefore.remove(0);
        }
        if (!ofBefore.isEmpty()) {
            ofBefore.set(0, false);
        }
    }

    private static boolean participleOrAdverb(String key) {
        return key.length() > 4 && key.endsWith("ed") && !NOT_VERBS_OR_ADVERBS.contains(key) || adverb(key);
    }

    private static boolean adverb(String key) {
        return key.length() > 5 && key.endsWith("ly") && !NOT_VERBS_OR_ADVERBS.contains(key);
    }

    private void flush(List<Unit> run, List<Boolean> ofBefore, List<Candidate> out) {
        trim(run, ofBefore);
        if (!run.isEmpty()) {
            StringBuilder key = new StringBuilder();
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < run.size(); k++) {
                Unit u = run.get(k);
                if (k > 0) {
                    key.append(ofBefore.get(k) ? " of " : " ");
                    text.append(ofBefore.get(k) ? " of " : " ");
                }
                key.append(u.key());
                text.append(u.text());
            }
            out.add(new Candidate(List.copyOf(run), key.toString(), text.toString()));
        }
        run.clear();
        ofBefore.clear();
    }
}
