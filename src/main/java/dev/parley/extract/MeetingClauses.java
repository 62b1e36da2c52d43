package dev.parley.extract;

import dev.parley.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who takes part in the meeting a sentence tells, read from its clauses: the subject before the meeting phrase
 * and the partners after it, up to where the clause ends.
 */
final class MeetingClauses {
    private MeetingClauses() {
    }

    /** A person named in a sentence, by name or by a role phrase (offsets into the sentence). */
    record Located(int person, int paragraph, int start, int end) {
    }

    /** A meeting phrase in a sentence and its class (meet, visit, call, joint, plan). */
    record Hit(int start, int end, String kind) {
    }

    /** Where the clause of the meeting phrase ends: people after it do something else. */
    static final Pattern CLAUSE_BREAK = Pattern.compile(
            ";| while | but | whereas |, adding|, and (?:he|she|they|on this occasion)\\b");
    /** After the phrase, a subordinate clause also ends it: "A met B in Bern, a day after C had called for ...". */
    private static final Pattern OBJECT_BREAK = Pattern.compile(CLAUSE_BREAK.pattern()
            + "|,?\\s+(?:a (?:day|week|month) |two days |shortly |just |only )?(?:after|before|since|when|as|following|whom|who)\\s");
    /** "In a joint press conference with A after their talks, B said": the phrase opens the sentence as its frame. */
    private static final Pattern INTRO = Pattern.compile("^(?:In|During|At|After)\\s+(?:(?:a|an|the|his|her|their)\\s+)?(?:[\\w-]+\\s+){0,3}$");
    private static final Pattern JOINER = Pattern.compile(
            "^(?:\\s*(?:,|and|&|of|the|for|de|\\p{Lu}[\\p{L}.'’-]*|\\(\\p{Lu}+\\))\\s*)*$");
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("^(?:He|She|They)\\b");
    /** "the visits made by A", "their meeting": the phrase is a noun, and whoever is named before it is not its subject. */
    private static final Pattern NOUN_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:the|a|an|his|her|their|its|our|this|that|recent|official|upcoming)|['’]s)\\s+(?:[\\w-]+\\s+){0,2}$");
    /** "held a trilateral meeting", "is on a working visit": a light verb makes the noun the subject's act. */
    private static final Pattern LIGHT_VERB = Pattern.compile(
            "(?i)\\b(?:held|hold|holds|holding|had|has|have|having|paid|pay|pays|paying|made|make|makes|making|conducted|"
                    + "began|begins|started|starts|is on|was on|are on|were on|be on|attended|chaired|co-chaired)\\s+"
                    + "(?:a|an|the|his|her|their|its)\\s+(?:[\\w-]+\\s+){0,2}$");
    /** "A's visit", "the Serbian prime minister's visit": the one named just before is the visitor. */
    private static final Pattern POSSESSIVE = Pattern.compile("^['’]s\\s+(?:[\\w-]+\\s+)?$");
    /** "A invited B to visit": the one who invites takes part in the planned meeting too. */
    private static final Pattern INVITED = Pattern.compile("^\\s*(?:has |had )?invited\\s+$");

    /**
     * The subject: the people just before the phrase, joined by "and" or commas ("A, B and C held a trilateral
     * meeting"), unless the phrase is a noun that someone else's words govern ("the visits made by A"). With nobody
     * named before it, a sentence opening with He/She takes the last person named before, and They the people of
     * the meeting told before.
     */
    static List<Integer> subjects(String sentence, List<Located> inside, Hit trigger, List<Located> all,
                                          int paragraph, Span s, List<MeetingFinder.LocalMeeting> before) {
        Set<Integer> out = new LinkedHashSet<>();
        int last = -1;
        for (int i = 0; i < inside.size(); i++) {
            if (inside.get(i).end <= trigger.start) {
                last = i;
            }
        }
        String head = sentence.substring(0, trigger.start);
        Matcher determiner = NOUN_BEFORE.matcher(head);
        // "The two leaders last met": a determiner that belongs to the subject itself makes no noun of the phrase
        boolean noun = determiner.find() && (last < 0 || determiner.start() >= inside.get(last).end)
                && !LIGHT_VERB.matcher(head).find();
        if (last >= 0) {
            String between = sentence.substring(inside.get(last).end, trigger.start);
            boolean possessive = POSSESSIVE.matcher(between).matches();
            if ((!noun || possessive) && !CLAUSE_BREAK.matcher(between).find()) {
                int first = last;
                while (first > 0) {
                    Located prev = inside.get(first - 1);
                    Located cur = inside.get(first);
                    if (prev.start == cur.start) { // people of one role phrase ("the Polish and Czech prime ministers")
                        first--;
                        continue;
                    }
                    String gap = sentence.substring(Math.min(prev.end, cur.start), cur.start);
                    if (!JOINER.matcher(gap).matches() || !gap.contains("and") && !gap.contains(",")) {
                        break;
                    }
                    first--;
                }
                for (int i = first; i <= last; i++) {
                    out.add(inside.get(i).person);
                }
                if (first > 0 && INVITED.matcher(sentence.substring(inside.get(first - 1).end, inside.get(first).start)).matches()) {
                    out.add(inside.get(first - 1).person);
                }
            }
        } else if (!noun && PRONOUN_SUBJECT.matcher(sentence).lookingAt()) {
            if (sentence.startsWith("They") && !before.isEmpty()) {
                out.addAll(before.get(before.size() - 1).participants());
            } else {
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
        }
        return new ArrayList<>(out);
    }

    /**
     * The people after the phrase in its clause, in groups: a new "with" starts a new partner ("discussed X with
     * A and Y with B"); everyone else joins the group before.
     */
    static List<List<Integer>> objectGroups(String sentence, List<Located> inside, Hit trigger) {
        Matcher clauseEnd = OBJECT_BREAK.matcher(sentence);
        int end = clauseEnd.find(trigger.end) ? clauseEnd.start() : sentence.length();
        if (INTRO.matcher(sentence.substring(0, trigger.start)).matches()) {
            // the subject of the main clause after the frame takes part: the first person named after its comma
            int comma = sentence.indexOf(',', trigger.end);
            for (Located m : inside) {
                if (comma >= 0 && m.start > comma) {
                    end = Math.max(end, m.end);
                    break;
                }
            }
        }
        List<List<Integer>> groups = new ArrayList<>();
        Located prev = null;
        for (Located m : inside) {
            if (m.start < trigger.end || m.end > end) {
                continue;
            }
            boolean newGroup = groups.isEmpty() || prev.start != m.start
                    && sentence.substring(Math.min(prev.end, m.start), m.start).matches("(?s).*\\bwith\\b.*");
            if (newGroup) {
                groups.add(new ArrayList<>());
            }
            if (groups.stream().noneMatch(g -> g.contains(m.person))) {
                groups.get(groups.size() - 1).add(m.person);
            }
            prev = m;
        }
        groups.removeIf(List::isEmpty);
        return groups;
    }
}
