package dev.parley.extract;

import dev.parley.extract.EntityMention;
import dev.parley.extract.LocalPerson;
import dev.parley.extract.PersonMention;
import dev.parley.extract.Vocabulary;
import dev.parley.model.DocDate;
import dev.parley.model.Document;
import dev.parley.model.Paragraph;
import dev.parley.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds meetings in one document: a sentence with a meeting phrase ("met with", "held talks", "visit to") and the
 * people it names around that phrase. The subject is the person (or people joined by "and") just before the phrase,
 * the others are the people after it in the same clause.
 *
 * <p>Kind: "planned" when the wording is a plan (will meet, planning to visit, invitation); "mentioned" when it is
 * recalled (recalling, earlier, a dated event in another year) or is a later, different set of people; "reported"
 * for the meeting the article is about (the lead, or wording that ties it to the reporting day).
 */
public final class MeetingFinder {
    /** How many leading paragraphs count as the lead that states what the article reports. */
    private static final int LEAD_PARAGRAPHS = 2;
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            ";| while | but | whereas |, adding|, and (?:he|she|they|on this occasion)\\b");
    private static final Pattern JOINER = Pattern.compile(
            "^(?:\\s*(?:,|and|&|of|the|for|de|\\p{Lu}[\\p{L}.'’-]*|\\(\\p{Lu}+\\))\\s*)*$");
    private static final Pattern LOCATIVE = Pattern.compile("(?i)\\b(?:in|to|visit|visits|visiting|visited|arrived in)\\s+(?:the\\s+)?$");
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("^(?:He|She|They)\\b");
    /** "the visits made by A", "their meeting": the phrase is a noun, and whoever is named before it is not its subject. */
    private static final Pattern NOUN_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:the|a|an|his|her|their|its|our|this|that|recent|official|upcoming)|['’]s)\\s+(?:[\\w-]+\\s+)?$");

    private record Trigger(Pattern pattern, String kind) {
    }

    /** A meeting in one document; participants index the document's people. */
    public record LocalMeeting(String kind, List<Integer> participants, String place, DocDate date, int paragraph, Span sentence) {
    }

    private record Located(int person, int paragraph, int start, int end) {
    }

    private final List<Trigger> triggers = new ArrayList<>();
    /** The literal first word of every phrase: a sentence without any of them needs no pattern scan. */
    private final Set<String> stems = new LinkedHashSet<>();
    private static final Pattern LEADING_WORD = Pattern.compile("[A-Za-z]{3,}");
    private final List<String> timeWords;
    private final List<String> recallWords;
    private final Dates dates;

    public MeetingFinder(Vocabulary vocab) {
        // one alternation per kind: a sentence is scanned three times, not once per phrase
        java.util.Map<String, StringBuilder> byKind = new java.util.LinkedHashMap<>();
        for (List<String> row : vocab.table("meeting-verbs")) {
            StringBuilder alt = byKind.computeIfAbsent(row.get(1), k -> new StringBuilder());
            alt.append(alt.length() == 0 ? "" : "|").append("(?:").append(row.get(0)).append(')');
        }
        for (List<String> row : vocab.table("meeting-verbs")) {
            Matcher stem = LEADING_WORD.matcher(row.get(0));
            if (stem.lookingAt()) {
                stems.add(stem.group().toLowerCase(Locale.ROOT));
            }
        }
        byKind.forEach((kind, alt) -> triggers.add(
                new Trigger(Pattern.compile("\\b(?:" + alt + ")\\b", Pattern.CASE_INSENSITIVE), kind)));
        this.timeWords = vocab.list("time-words");
        this.recallWords = vocab.list("recall-words");
        this.dates = new Dates(vocab);
    }

    public List<LocalMeeting> find(Document doc, List<LocalPerson> people, List<EntityMention> places) {
        List<Located> mentions = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            for (PersonMention m : people.get(i).mentions()) {
                mentions.add(new Located(i, m.paragraph(), m.start(), m.end()));
            }
        }
        mentions.sort(Comparator.comparingInt(Located::paragraph).thenComparingInt(Located::start));

        List<LocalMeeting> out = new ArrayList<>();
        Set<Integer> reportedPeople = new LinkedHashSet<>();
        for (int pi = 0; pi < doc.paragraphs().size(); pi++) {
            Paragraph p = doc.paragraphs().get(pi);
            for (Span s : p.sentences()) {
                if (!namesSomeone(mentions, pi, s)) {
                    continue; // no meeting without a named person: skip the phrase scan
                }
                String sentence = p.text().substring(s.start(), s.end());
                for (LocalMeeting m : inSentence(doc, pi, s, sentence, mentions, places, reportedPeople)) {
                    if (m.kind().equals("reported")) {
                        reportedPeople.addAll(m.participants());
                    }
                    out.add(m);
                }
            }
        }
        return out;
    }

    private List<LocalMeeting> inSentence(Document doc, int paragraph, Span s, String sentence, List<Located> mentions,
                                          List<EntityMention> places, Set<Integer> reportedPeople) {
        String lowerSentence = sentence.toLowerCase(Locale.ROOT);
        if (stems.stream().noneMatch(lowerSentence::contains)) {
            return List.of();
        }
        int triggerStart = -1;
        int triggerEnd = -1;
        Set<String> kinds = new LinkedHashSet<>();
        for (Trigger t : triggers) {
            Matcher m = t.pattern.matcher(sentence);
            if (m.find()) {
                kinds.add(t.kind);
                if (!t.kind.equals("plan") && (triggerStart < 0 || m.start() < triggerStart)) {
                    triggerStart = m.start();
                    triggerEnd = m.end();
                }
            }
        }
        if (triggerStart < 0) {
            return List.of();
        }
        // people named inside a quotation do not take part in a meeting told outside it, and the other way round
        boolean[] quoted = quotedMask(doc.paragraphs().get(paragraph).text());
        boolean triggerQuoted = quoted[s.start() + triggerStart];
        List<Located> inside = new ArrayList<>();
        for (Located m : mentions) {
            if (m.paragraph == paragraph && m.start >= s.start() && m.end <= s.end() && quoted[m.start] == triggerQuoted) {
                inside.add(new Located(m.person, paragraph, m.start - s.start(), m.end - s.start()));
            }
        }
        List<Integer> participants = participants(sentence, inside, triggerStart, triggerEnd, mentions, paragraph, s);
        boolean visit = kinds.contains("visit") || kinds.contains("plan");
        if (participants.isEmpty() || (participants.size() < 2 && !visit)) {
            return List.of();
        }
        String lower = lowerSentence;
        String kind = kind(kinds, lower, paragraph, participants, reportedPeople);
        String place = place(places, paragraph, doc.paragraphs().get(paragraph).text(), s, triggerStart, quoted,
                triggerQuoted);
        List<Dates.Found> found = dates.findAll(sentence, "meeting");
        if (kind.equals("reported") && place == null) {
            place = doc.place();
        }
        DocDate date = !found.isEmpty() ? found.get(0).date()
                : kind.equals("reported") && containsAny(lower, timeWords) ? doc.date() : null;

        // "the visits made by A and B to Moscow, in October 2015 and March 2016 respectively": one meeting each
        if (lower.contains("respectively") && found.size() > 1 && found.size() == participants.size()) {
            List<LocalMeeting> each = new ArrayList<>();
            for (int i = 0; i < participants.size(); i++) {
                each.add(new LocalMeeting(kind, List.of(participants.get(i)), place, found.get(i).date(), paragraph, s));
            }
            return each;
        }
        return List.of(new LocalMeeting(kind, participants, place, date, paragraph, s));
    }

    private static boolean namesSomeone(List<Located> mentions, int paragraph, Span s) {
        for (Located m : mentions) {
            if (m.paragraph == paragraph && m.start >= s.start() && m.end <= s.end()) {
                return true;
            }
        }
        return false;
    }

    private String kind(Set<String> kinds, String lower, int paragraph, List<Integer> participants, Set<Integer> reportedPeople) {
        if (kinds.contains("plan")) {
            return "planned";
        }
        if (containsAny(lower, recallWords)) {
            return "mentioned";
        }
        if (containsAny(lower, timeWords) || paragraph < LEAD_PARAGRAPHS) {
            return "reported";
        }
        return reportedPeople.containsAll(participants) ? "reported" : "mentioned";
    }

    /**
     * The subject (mentions just before the phrase, joined by "and") and the objects (mentions after it in the
     * same clause). With no subject before the phrase ("In talks with A, B said"), everyone named in the clause.
     */
    private static List<Integer> participants(String sentence, List<Located> inside, int triggerStart, int triggerEnd,
                                              List<Located> all, int paragraph, Span s) {
        Set<Integer> out = new LinkedHashSet<>();
        int last = -1;
        for (int i = 0; i < inside.size(); i++) {
            if (inside.get(i).end <= triggerStart) {
                last = i;
            }
        }
        boolean noun = NOUN_BEFORE.matcher(sentence.substring(0, triggerStart)).find();
        if (last >= 0 && !noun) {
            String between = sentence.substring(inside.get(last).end, triggerStart);
            if (!CLAUSE_BREAK.matcher(between).find()) {
                int first = last;
                while (first > 0) {
                    String gap = sentence.substring(inside.get(first - 1).end, inside.get(first).start);
                    if (!JOINER.matcher(gap).matches() || !gap.contains("and") && !gap.contains(",")) {
                        break;
                    }
                    first--;
                }
                for (int i = first; i <= last; i++) {
                    out.add(inside.get(i).person);
                }
            }
        } else if (last < 0 && !noun) if (PRONOUN_SUBJECT.matcher(sentence).lookingAt()) {
            Located previous = null;
            for (Located m : all) {
                if (m.paragraph < paragraph || (m.paragraph == paragraph && m.end <= s.start())) {
                    previous = m;
                }
            }
            if (previous != null) {
                out.add(previous.person);
            }
        }
        Matcher clauseEnd = CLAUSE_BREAK.matcher(sentence);
        int end = clauseEnd.find(triggerEnd) ? clauseEnd.start() : sentence.length();
        for (Located m : inside) {
            if (m.start >= triggerEnd && m.end <= end) {
                out.add(m.person);
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * The place named after the meeting phrase in the sentence (a city before a region before a country), and only
     * where the words make it a location ("in Moscow", "to Belgrade", "visit Serbia"): a place named before the
     * phrase is where something else happens ("the policy it pursues in the Balkans"), and "the Ambassador of the
     * Russian Federation" or "the Kosovo issue" say nothing about where people met.
     */
    private static String place(List<EntityMention> places, int paragraph, String text, Span s, int triggerStart,
                                boolean[] quoted, boolean triggerQuoted) {
        EntityMention best = null;
        for (EntityMention m : places) {
            if (m.paragraph() != paragraph || m.start() < s.start() + triggerStart || m.end() > s.end()
                    || quoted[m.start()] != triggerQuoted || !LOCATIVE.matcher(text.substring(0, m.start())).find()) {
                continue;
            }
            int rank = rank(m, s, triggerStart);
            if (best == null || rank < rank(best, s, triggerStart)) {
                best = m;
            }
        }
        return best == null ? null : best.canonical();
    }

    private static int rank(EntityMention m, Span s, int triggerStart) {
        int kind = m.kind().equals("city") ? 0 : m.kind().equals("region") ? 1 : 2;
        return kind * 10_000 + (m.start() - s.start() - triggerStart);
    }

    /**
     * Which characters of a paragraph stand inside quotation marks. Curly and angle marks say which way they
     * face; straight double quotes alternate. Single quotes are left out: they double as apostrophes.
     */
    public static boolean[] quotedMask(String text) {
        boolean[] mask = new boolean[text.length() + 1];
        int depth = 0;
        boolean straightOpen = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                straightOpen = !straightOpen;
                depth += straightOpen ? 1 : -1;
            } else if (c == '“' || c == '„' || c == '«') {
                depth++;
            } else if ((c == '”' || c == '»') && depth > 0) {
                depth--;
            }
            mask[i] = depth > 0;
        }
        return mask;
    }

    private static boolean containsAny(String lower, List<String> words) {
        for (String w : words) {
            int i = lower.indexOf(w);
            while (i >= 0) {
                boolean startOk = i == 0 || !Character.isLetter(lower.charAt(i - 1));
                int end = i + w.length();
                boolean endOk = end == lower.length() || !Character.isLetter(lower.charAt(end));
                if (startOk && endOk) {
                    return true;
                }
                i = lower.indexOf(w, i + 1);
            }
        }
        return false;
    }
}
