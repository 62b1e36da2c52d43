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
 * Finds meetings in one document: a sentence with a meeting phrase ("met with", "held talks", "received", "visit to",
 * "telephone conversation") and the people it names around that phrase, by name, by role ("the foreign ministers of
 * A and B", resolved to the people the article names with those roles, see {@link MeetingRoles}) or as "the two
 * leaders" of the meeting told before. Who is subject and partner is read from the clauses ({@link MeetingClauses});
 * "bilateral meetings with A, B and C" is one meeting with each. Whoever only announces or comments on it is left out.
 *
 * <p>Kind: "planned" when the wording is a plan (will meet, is to visit, expected to, invited); "mentioned" when it
 * is recalled (recalling, last met, dated before the article) or is a later, different set of people; "call" for a
 * telephone or video contact; "reported" for the meeting the article is about (the lead, wording that ties it to the
 * reporting day, "also", "later").
 */
public final class MeetingFinder {
    /** How many leading paragraphs count as the lead that states what the article reports. */
    private static final int LEAD_PARAGRAPHS = 2;
    /** How far after the meeting phrase a plan word still governs it ("received an invitation to visit"). */
    private static final int PLAN_REACH = 30;
    /** How close before the phrase "also", "later" must stand to tie it to the reported occasion ("A also met"). */
    private static final int CONTINUATION_REACH = 25;
    private static final Pattern LOCATIVE = Pattern.compile("(?i)\\b(?:in|to|visit|visits|visiting|visited|arrived in)\\s+(?:the\\s+)?$");
    /** The one who announces or comments: "A said", ", B told reporters", "said professor C". */
    private static final Pattern SPEECH_AFTER = Pattern.compile(
            "^[\\s,]*(?:(?:also|later|then)\\s+)?(?:said|says|announced|announces|told|tells|stated|states|added|noted|"
                    + "explained|stressed|commented|confirmed|according)\\b");
    private static final Pattern SPEECH_BEFORE = Pattern.compile(
            "(?i)\\b(?:said|says|told|announced|according to)\\s+(?:(?!that\\b)[\\p{L}-]+\\s+){0,4}$");
    private static final Pattern SPOKESPERSON_BEFORE = Pattern.compile("(?i)\\bspokes(?:man|woman|person)\\s+$");
    /** Several partners met one by one: "bilateral meetings with A, B and C", "met his counterparts from ...". */
    private static final Pattern ONE_BY_ONE = Pattern.compile(
            "(?i)\\bbilateral (?:meetings|talks)\\b|\\bbilateral (?:meeting|talks) with each\\b|\\bcounterparts\\b|\\bseparate(?:ly)?\\b");
    /** "the two leaders", "both ministers": the people of the meeting told before. */
    private static final Pattern ANAPHOR = Pattern.compile(
            "(?i)\\b(?:the\\s+(?:two|three|four)|both)\\s+(?:[\\w-]+\\s+)?(?:leaders|ministers|premiers|presidents|"
                    + "prime ministers|foreign ministers|sides|heads of state|officials|chancellors)\\b"
                    + "|\\bthe (?:leaders|ministers|presidents|premiers|prime ministers|foreign ministers)\\b"
                    + "|\\b(?:his|her|their) (?:colleagues|counterparts|guests)\\b|^They\\b"
                    // "The two last met in 2019": the number alone, before what they did
                    + "|\\bthe (?:two|three)(?=\\s+(?:last|first|previously|had|have|met|will|would|also|then|later)\\b)");
    /** "on the margins of the meeting", "after their talks": the frame of what the sentence tells, not its meeting. */
    private static final Pattern FRAME = Pattern.compile(
            "(?i)(?:\\b(?:margins|sidelines|eve|end|occasion|framework|course|outcome|results?) of|\\b(?:after|before|following|during|ahead of))"
                    + "\\s+(?:the|a|an|this|their|his|her)\\s+(?:[\\w-]+\\s+){0,2}$");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    private record Trigger(PhraseAlternation phrases, String kind) {
    }

    /** A meeting in one document; participants index the document's people. */
    public record LocalMeeting(String kind, List<Integer> participants, String place, DocDate date, int paragraph, Span sentence) {
    }


    private final List<Trigger> triggers = new ArrayList<>();
    /** The literal first word of every phrase: a sentence without any of them needs no pattern scan. */
    private final Set<String> stems = new LinkedHashSet<>();
    private static final Pattern LEADING_WORD = Pattern.compile("[A-Za-z]{3,}");
    private final List<String> timeWords;
    private final List<String> recallWords;
    private final List<String> continuationWords;
    private final Set<String> notPeople = new java.util.HashSet<>(WEEKDAYS);
    private final Dates dates;
    private final java.util.Map<String, Integer> monthNumbers = new java.util.HashMap<>();
    /** "late in October": a month without a day or year, which dates a recalled event within the article's year. */
    private final Pattern monthAlone;
    private final MeetingRoles roles;

    public MeetingFinder(Vocabulary vocab) {
        // one alternation per kind: a sentence is scanned once per kind, not once per phrase
        java.util.Map<String, List<String>> byKind = new java.util.LinkedHashMap<>();
        for (List<String> row : vocab.table("meeting-verbs")) {
            byKind.computeIfAbsent(row.get(1), k -> new ArrayList<>()).add(row.get(0));
            Matcher stem = LEADING_WORD.matcher(row.get(0));
            if (row.get(1).equals("plan")) {
                continue; // a plan alone is no meeting: its words need not open the scan
            } else if (stem.lookingAt()) {
                stems.add(stem.group().toLowerCase(Locale.ROOT));
            } else {
                stems.add(""); // a phrase that starts with a group: every sentence needs the scan
            }
        }
        byKind.forEach((kind, phrases) -> triggers.add(new Trigger(new PhraseAlternation(phrases), kind)));
        // the plans last: a sentence with no meeting phrase before them needs no plan scan
        triggers.sort(Comparator.comparing(t -> t.kind.equals("plan")));
        this.timeWords = vocab.list("time-words");
        this.recallWords = vocab.list("recall-words");
        this.continuationWords = vocab.list("meeting-continuation-words");
        List<String> monthNames = new ArrayList<>();
        for (List<String> row : vocab.table("months")) {
            notPeople.add(row.get(0).toLowerCase(Locale.ROOT));
            monthNumbers.put(row.get(0).toLowerCase(Locale.ROOT), Integer.parseInt(row.get(1).trim()));
            monthNames.add(row.get(0));
        }
        this.monthAlone = Pattern.compile("\\b(?:in|late in|early in|in early|in late|in mid-?)\\s+("
                + String.join("|", monthNames) + ")\\b(?![\\s,]*\\d)");
        this.dates = new Dates(vocab);
        this.roles = new MeetingRoles(vocab);
    }

    public List<LocalMeeting> find(Document doc, List<LocalPerson> people, List<EntityMention> places) {
        List<MeetingClauses.Located> mentions = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            if (notPeople.contains(people.get(i).name().toLowerCase(Locale.ROOT))) {
                continue; // "On Monday", "In May": a day or a month is nobody
            }
            for (PersonMention m : people.get(i).mentions()) {
                mentions.add(new MeetingClauses.Located(i, m.paragraph(), m.start(), m.end()));
            }
        }
        mentions.addAll(unmarkedForms(doc, people, mentions));
        mentions.sort(Comparator.comparingInt(MeetingClauses.Located::paragraph).thenComparingInt(MeetingClauses.Located::start));
        java.util.Map<Integer, String> appositions = appositionCountries(doc, mentions);

        List<LocalMeeting> out = new ArrayList<>();
        Set<Integer> reportedPeople = new LinkedHashSet<>();
        for (int pi = 0; pi < doc.paragraphs().size(); pi++) {
            Paragraph p = doc.paragraphs().get(pi);
            for (Span s : p.sentences()) {
                String sentence = p.text().substring(s.start(), s.end());
                for (LocalMeeting m : inSentence(doc, pi, s, sentence, mentions, people, appositions, places,
                        reportedPeople, out)) {
                    if (m.kind().equals("reported")) {
                        reportedPeople.addAll(m.participants());
                    }
                    out.add(m);
                }
            }
        }
        return out;
    }

    /**
     * Places where a form of a person's name stands but no mention was kept: a long title before a given name the
     * people finder does not know ("... of Slovakia Juraj Blanar") hides a name it finds alone later ("Blanar").
     * Only capitalised forms, as whole words, where no other person is named.
     */
    private List<MeetingClauses.Located> unmarkedForms(Document doc, List<LocalPerson> people, List<MeetingClauses.Located> mentions) {
        List<MeetingClauses.Located> out = new ArrayList<>();
        for (int pi = 0; pi < doc.paragraphs().size(); pi++) {
            String text = doc.paragraphs().get(pi).text();
            boolean[] taken = new boolean[text.length() + 1];
            for (MeetingClauses.Located m : mentions) {
                if (m.paragraph() == pi) {
                    java.util.Arrays.fill(taken, m.start(), Math.min(m.end(), text.length()), true);
                }
            }
            for (int i = 0; i < people.size(); i++) {
                if (notPeople.contains(people.get(i).name().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                for (String form : people.get(i).forms()) {
                    if (form.length() < 3 || !Character.isUpperCase(form.charAt(0))) {
                        continue;
                    }
                    for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                        int end = at + form.length();
                        boolean word = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
                        if (word && !taken[at] && !taken[end - 1]) {
                            java.util.Arrays.fill(taken, at, end, true);
                            out.add(new MeetingClauses.Located(i, pi, at, end));
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * "The foreign ministers of Iceland, Norway and Denmark, A, B and C": the names after a role phrase with as
     * many countries take those countries in order, so that "the Danish minister" later finds C.
     */
    private java.util.Map<Integer, String> appositionCountries(Document doc, List<MeetingClauses.Located> mentions) {
        java.util.Map<Integer, String> out = new java.util.HashMap<>();
        for (int pi = 0; pi < doc.paragraphs().size(); pi++) {
            String text = doc.paragraphs().get(pi).text();
            if (!listOfNamesAfterComma(text, pi, mentions)) {
                continue; // the role phrases are looked for only where such a list stands
            }
            for (MeetingRoles.Phrase ph : roles.find(text)) {
                if (ph.countries().size() < 2) {
                    continue;
                }
                List<MeetingClauses.Located> after = new ArrayList<>();
                int at = ph.end();
                for (MeetingClauses.Located m : mentions) {
                    if (m.paragraph() != pi || m.start() < at) {
                        continue;
                    }
                    String gap = text.substring(at, m.start());
                    if (!(after.isEmpty() ? gap.matches("\\s*,\\s*") : gap.matches("\\s*(?:,|,?\\s*and)\\s*"))) {
                        break;
                    }
                    after.add(m);
                    at = m.end();
                }
                if (after.size() == ph.countries().size()) {
                    for (int i = 0; i < after.size(); i++) {
                        out.putIfAbsent(after.get(i).person(), ph.countries().get(i));
                    }
                }
            }
        }
        return out;
    }

    /** ", A, B and C": a comma, then names joined by commas or "and". */
    private static boolean listOfNamesAfterComma(String text, int paragraph, List<MeetingClauses.Located> mentions) {
        MeetingClauses.Located prev = null;
        for (MeetingClauses.Located m : mentions) {
            if (m.paragraph() != paragraph) {
                continue;
            }
            if (prev != null && m.start() >= prev.end() && text.substring(prev.end(), m.start()).matches("\\s*(?:,|,?\\s*and)\\s*")
                    && text.substring(0, prev.start()).stripTrailing().endsWith(",")) {
                return true;
            }
            prev = m;
        }
        return false;
    }

    private List<LocalMeeting> inSentence(Document doc, int paragraph, Span s, String sentence, List<MeetingClauses.Located> mentions,
                                          List<LocalPerson> people, java.util.Map<Integer, String> appositions,
                                          List<EntityMention> places, Set<Integer> reportedPeople,
                                          List<LocalMeeting> before) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        if (stems.stream().noneMatch(lower::contains)) {
            return List.of();
        }
        MeetingClauses.Hit trigger = null;
        Set<String> kinds = new LinkedHashSet<>();
        List<MeetingClauses.Hit> plans = new ArrayList<>();
        for (Trigger t : triggers) {
            if (t.kind.equals("plan") && trigger == null) {
                break; // plans alone make no meeting (they are scanned last)
            }
            for (PhraseAlternation.Hit m : t.phrases.findAll(sentence)) {
                kinds.add(t.kind);
                MeetingClauses.Hit hit = new MeetingClauses.Hit(m.start(), m.end(), t.kind);
                if (t.kind.equals("plan")) {
                    plans.add(hit);
                } else if ((trigger == null || hit.start() < trigger.start()
                        || hit.start() == trigger.start() && trigger.kind().equals("joint"))
                        && !FRAME.matcher(sentence.substring(0, hit.start())).find()) { // the frame test is the dear one
                    trigger = hit;
                }
            }
        }
        if (trigger == null) {
            return List.of();
        }
        boolean[] quoted = quotedMask(doc.paragraphs().get(paragraph).text());
        boolean triggerQuoted = quoted[s.start() + trigger.start()];
        List<MeetingClauses.Located> inside = named(doc, paragraph, s, sentence, mentions, people, appositions, before, quoted,
                triggerQuoted);
        if (inside.isEmpty()) {
            return List.of();
        }
        List<Integer> subjects = MeetingClauses.subjects(sentence, inside, trigger, mentions, paragraph, s, before);
        List<List<Integer>> groups = trigger.kind().equals("joint") ? List.of() : MeetingClauses.objectGroups(sentence, inside, trigger);
        boolean visit = trigger.kind().equals("visit") || kinds.contains("visit");
        int reach = trigger.end() + PLAN_REACH;
        boolean plan = plans.stream().anyMatch(h -> h.start() < reach);
        String near = lower.substring(Math.max(0, trigger.start() - CONTINUATION_REACH), trigger.end());
        List<Dates.Found> found = dates.findAll(sentence, "meeting");
        String kind = plan ? "planned" : earlier(sentence, found, doc.date()) ? "mentioned"
                : kind(false, kinds.contains("call"), lower, near, paragraph, subjects, groups, reportedPeople);
        if (trigger.kind().equals("joint")) {
            // "The two ministers discussed ...": more of the meeting just told, of whatever kind it was
            for (int i = before.size() - 1; i >= 0; i--) {
                if (new LinkedHashSet<>(before.get(i).participants()).equals(new LinkedHashSet<>(subjects))) {
                    kind = before.get(i).kind();
                    break;
                }
            }
        }
        String place = kind.equals("call") ? null : place(places, paragraph, doc.paragraphs().get(paragraph).text(), s,
                trigger.start(), quoted, triggerQuoted);
        if (kind.equals("reported") && place == null) {
            place = doc.place();
        }
        DocDate date = !found.isEmpty() ? withYear(found.get(0).date(), doc.date(), kind)
                : kind.equals("reported") && containsAny(lower, timeWords) ? doc.date() : null;

        List<List<Integer>> meetings = new ArrayList<>();
        if (groups.size() > 1 || groups.size() == 1 && groups.get(0).size() > 1 && !subjects.isEmpty()
                && ONE_BY_ONE.matcher(sentence).find()) {
            // one meeting with each partner: "bilateral meetings with A, B and C", "discussed X with A and Y with B"
            List<List<Integer>> partners = groups.size() > 1 ? groups
                    : groups.get(0).stream().map(List::of).toList();
            for (List<Integer> partner : partners) {
                meetings.add(union(subjects, partner));
            }
        } else {
            meetings.add(union(subjects, groups.isEmpty() ? List.of() : groups.get(0)));
        }
        List<LocalMeeting> out = new ArrayList<>();
        for (List<Integer> participants : meetings) {
            if (participants.isEmpty() || participants.size() < 2 && !(visit && !kind.equals("call"))) {
                continue;
            }
            // "the visits made by A and B to Moscow, in October 2015 and March 2016 respectively": one meeting each
            if (lower.contains("respectively") && found.size() > 1 && found.size() == participants.size()) {
                for (int i = 0; i < participants.size(); i++) {
                    out.add(new LocalMeeting(kind, List.of(participants.get(i)), place,
                            withYear(found.get(i).date(), doc.date(), kind), paragraph, s));
                }
                continue;
            }
            out.add(new LocalMeeting(kind, participants, place, date, paragraph, s));
        }
        return out;
    }

    private static List<Integer> union(List<Integer> a, List<Integer> b) {
        Set<Integer> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return new ArrayList<>(out);
    }

    /**
     * Everyone the sentence names on the side of the quotation marks the meeting phrase is on: people by name,
     * people by role phrase ("the foreign ministers of A and B"), and "the two leaders" for the people of the
     * meeting told just before. Left out: whoever announces or comments on it ("A said", "spokesman B").
     */
    private List<MeetingClauses.Located> named(Document doc, int paragraph, Span s, String sentence, List<MeetingClauses.Located> mentions,
                                List<LocalPerson> people, java.util.Map<Integer, String> appositions,
                                List<LocalMeeting> before, boolean[] quoted, boolean triggerQuoted) {
        List<MeetingClauses.Located> out = new ArrayList<>();
        List<MeetingClauses.Located> names = new ArrayList<>();
        for (MeetingClauses.Located m : mentions) {
            if (m.paragraph() == paragraph && m.start() >= s.start() && m.end() <= s.end() && quoted[m.start()] == triggerQuoted) {
                names.add(new MeetingClauses.Located(m.person(), paragraph, m.start() - s.start(), m.end() - s.start()));
            }
        }
        // a speaker who comments on talks between two others is no party to them ("..., said professor C"); one who
        // speaks after meeting someone is ("In talks with A, B noted ...", "A said after meeting B")
        Set<Integer> speakers = new LinkedHashSet<>();
        Set<Integer> others = new LinkedHashSet<>();
        for (MeetingClauses.Located m : names) {
            boolean speaker = SPEECH_AFTER.matcher(sentence.substring(m.end())).lookingAt()
                    || SPEECH_BEFORE.matcher(sentence.substring(0, m.start())).find();
            if (onlySpokesperson(people.get(m.person())) || spokespersonBefore(sentence, m)) {
                continue;
            }
            (speaker ? speakers : others).add(m.person());
        }
        for (MeetingClauses.Located m : names) {
            if (others.contains(m.person()) || speakers.contains(m.person()) && others.size() < 2) {
                out.add(m);
            }
        }
        for (MeetingRoles.Phrase ph : roles.find(sentence)) {
            if (quoted[s.start() + ph.start()] != triggerQuoted || namedRightAfter(sentence, ph.end(), names)
                    || names.stream().anyMatch(m -> m.start() < ph.end() && ph.start() < m.end())) {
                continue; // "Portuguese Foreign Minister Rui Valente": the title of a name, not a person of its own
            }
            for (int person : MeetingRoles.resolve(ph, people, appositions)) {
                out.add(new MeetingClauses.Located(person, paragraph, ph.start(), ph.end()));
            }
        }
        if (!before.isEmpty()) {
            Matcher a = ANAPHOR.matcher(sentence);
            if (a.find() && quoted[s.start() + a.start()] == triggerQuoted
                    && !sentence.startsWith("'", a.end()) && !sentence.startsWith("’", a.end())) { // "the leaders' dinner"
                for (int person : before.get(before.size() - 1).participants()) {
                    out.add(new MeetingClauses.Located(person, paragraph, a.start(), a.end()));
                }
            }
        }
        out.sort(Comparator.comparingInt(MeetingClauses.Located::start).thenComparingInt(MeetingClauses.Located::end));
        return out;
    }

    private static boolean namedRightAfter(String sentence, int end, List<MeetingClauses.Located> names) {
        for (MeetingClauses.Located m : names) {
            if (m.start() >= end && sentence.substring(end, m.start()).matches("[\\s,]*")) {
                return true;
            }
        }
        return false;
    }

    private static boolean spokespersonBefore(String sentence, MeetingClauses.Located m) {
        return SPOKESPERSON_BEFORE.matcher(sentence.substring(0, m.start())).find();
    }

    private static boolean onlySpokesperson(LocalPerson p) {
        return !p.roles().isEmpty() && p.roles().stream().allMatch(r -> r.title().toLowerCase(Locale.ROOT).startsWith("spokes"));
    }

    private String kind(boolean plan, boolean call, String lower, String near, int paragraph, List<Integer> subjects,
                        List<List<Integer>> groups, Set<Integer> reportedPeople) {
        if (plan) {
            return "planned";
        }
        if (containsAny(lower, recallWords)) {
            return "mentioned";
        }
        if (call) {
            return "call";
        }
        if (containsAny(lower, timeWords) || containsAny(near, continuationWords) || paragraph < LEAD_PARAGRAPHS) {
            return "reported";
        }
        List<Integer> all = new ArrayList<>(subjects);
        groups.forEach(all::addAll);
        return reportedPeople.containsAll(all) ? "reported" : "mentioned";
    }

    /**
     * Whether the sentence dates what it tells before the article: "in March 2019" in an article of 2021, "late in
     * October" in one of December 4.
     */
    private boolean earlier(String sentence, List<Dates.Found> found, DocDate docDate) {
        if (docDate == null) {
            return false;
        }
        String doc = docDate.value();
        for (Dates.Found f : found) {
            String v = f.date().value();
            if (!v.startsWith("--") && !doc.startsWith("--") && v.compareTo(doc.substring(0, Math.min(doc.length(), v.length()))) < 0) {
                return true;
            }
        }
        Matcher m = monthAlone.matcher(sentence);
        String docMonth = doc.startsWith("--") ? doc.substring(2, 4) : doc.length() >= 7 ? doc.substring(5, 7) : null;
        while (docMonth != null && m.find()) {
            Integer month = monthNumbers.get(m.group(1).toLowerCase(Locale.ROOT));
            if (month != null && month < Integer.parseInt(docMonth)) {
                return true;
            }
        }
        return false;
    }

    /** "on January 23" in an article of 2025: 2025-01-23 (a plan falls after the article, a memory before it). */
    private static DocDate withYear(DocDate date, DocDate docDate, String kind) {
        if (!date.precision().equals("month-day") || docDate == null || docDate.value().startsWith("--")) {
            return date;
        }
        int year = Integer.parseInt(docDate.value().substring(0, 4));
        String monthDay = date.value().substring(2);
        if (docDate.value().length() >= 10) {
            String docMonthDay = docDate.value().substring(5, 10);
            if (kind.equals("planned") && monthDay.compareTo(docMonthDay) < 0) {
                year++;
            } else if (kind.equals("mentioned") && monthDay.compareTo(docMonthDay) > 0) {
                year--;
            }
        }
        return new DocDate(year + "-" + monthDay, "day", date.from());
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
