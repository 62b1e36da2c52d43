package dev.parley.extract;

import dev.parley.extract.NameTokens.Kind;
import dev.parley.extract.NameTokens.Token;
import dev.parley.model.Document;
import dev.parley.model.Paragraph;
import dev.parley.model.Span;
import dev.parley.text.Fold;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the people named in one document, with every mention and the roles the document gives them.
 *
 * <p>It works on runs of capitalised words. Leading titles, countries and common words are peeled off a run
 * ("Russian Foreign Minister Marko Petrov" leaves "Marko Petrov"); what remains is a person when the document
 * gives evidence: a title or a describing noun before it, a known given name or family name, a surname ending,
 * a reporting verb after it ("Petrov said") or before it ("said Petrov"), an appositive ("Smith, 45," or
 * "Smith, a lawyer"). Organisation and place words, and place names, rule a run out. Evidence is shared across
 * the document: once "Petrov said" shows that Petrov is a person, "Marko Petrov" is one too, and every lone
 * "Petrov" is a mention of him. Title-case headline lines only ever repeat names found elsewhere.
 */
public final class PersonFinder {
    /** Words that may link a title phrase to a name ("Minister of Foreign Affairs of the Russian Federation"). */
    private static final Set<String> CONNECTORS = Set.of("of", "the", "for", "and", "to", "in", "at", "on");
    private static final Set<String> APPOSITIVE_OPENERS = Set.of("a", "an", "the", "who", "whose", "his", "her",
            "its", "their", "our", "also", "now", "then", "currently", "formerly");
    private static final Set<String> VERBS_BEFORE_NAME = Set.of("said", "says", "added", "explained", "wrote",
            "noted", "stressed", "asked", "continued", "according", "recalled", "insisted", "argued", "warned",
            "tweeted", "quoted", "replied", "admitted", "urged", "thanked", "congratulated");
    private static final Set<String> PREPOSITIONS = Set.of("of", "at", "from", "in", "into", "on", "for", "to",
            "near", "across", "via", "towards", "toward", "inside", "outside", "around");
    /** Articles that open Spanish, French, Italian and Arabic place and organisation names. */
    private static final Set<String> ARTICLES = Set.of("la", "las", "los", "el", "le", "les", "il", "al",
            "the", "des", "der", "die", "das", "het");
    /** Second halves of hyphenated adjectives built on a name: "Beijing-based", "Moscow-led". */
    private static final Set<String> COMPOUND_TAILS = Set.of("based", "led", "owned", "listed", "style", "born",
            "backed", "run", "made", "era", "type", "like", "linked", "affiliated", "funded", "controlled", "bound",
            "wide", "specific", "centric", "focused", "headquartered", "registered", "friendly", "area",
            "level", "class", "grown", "built", "related", "dominated", "sponsored", "inspired", "themed",
            "supported", "allied", "aligned", "leaning", "speaking", "sized", "esque", "ist", "ism", "ization");
    private static final Set<String> EPONYM_NOUNS = Set.of("government", "administration", "regime",
            "dictatorship", "presidency", "era", "years", "cabinet", "family", "clan", "doctrine", "camp", "team",
            "dynasty", "legacy");
    private static final Set<String> LEADING_PARTICLES = Set.of("von", "van", "der", "den", "de", "da", "di",
            "du", "del", "della", "dos", "das", "ter", "ten", "bin", "ibn");
    /** Two-capital abbreviations that are never initials of a name. */
    private static final Set<String> NOT_INITIALS = Set.of("US", "UK", "UN", "EU", "NZ", "HK", "AU", "TV", "AI",
            "IT", "ID", "OK", "AM", "FM", "DJ", "GP", "HQ", "PR", "HR", "IQ", "UV", "VR", "AR", "OS", "PC", "CD",
            "BC", "AD", "ST", "NO", "SA", "UA", "RU", "CN", "JP", "KR", "IN", "BD", "PK", "LA", "NY", "DC", "GM");
    /** Function words that may stand right before a name that nothing else marks as one. */
    private static final Set<String> WORDS_BEFORE_A_NAME = Set.of("and", "or", "as", "with", "that", "like", "after",
            "when", "while", "including", "between", "is", "was", "but", "by", "under", "against", "whom", "than",
            "for", "met", "where", "if", "because", "then", "also", "both", "said", "says", "whereas", "unlike",
            "besides", "alongside", "joined", "joining", "meeting", "replacing", "succeeding", "behind", "beside",
            "about", "named", "called");
    /** Function words and verbs that may follow such a name. */
    private static final Set<String> WORDS_AFTER_A_NAME = Set.of("has", "have", "is", "was", "will", "would", "had",
            "took", "went", "lives", "who", "also", "can", "could", "may", "might", "should", "must", "did", "does",
            "do", "of", "in", "on", "at", "by", "as", "for", "with", "to", "and", "or", "but", "whose", "were",
            "are", "from", "after", "before", "during", "when", "while", "since", "until", "himself", "herself",
            "not", "never", "again", "too", "gave", "made", "became", "won", "led", "played", "wrote", "plans",
            "wants", "spent", "got", "came", "says", "said", "told", "now", "still", "recently", "later", "once",
            "previously", "currently", "then", "already", "just", "only", "first", "last");
    private static final Set<String> CLOSING = Set.of("\"", "”", "“", "'", "’", "‘", ")", "]", "»", "«");

    private final NameLexicon lex;

    public PersonFinder(Vocabulary vocab) {
        this.lex = new NameLexicon(vocab);
    }

    public List<LocalPerson> find(Document doc) {
        List<Paragraph> paragraphs = doc.paragraphs();
        List<List<Token>> tokens = new ArrayList<>(paragraphs.size());
        Set<String> lowerWords = new HashSet<>();
        for (Paragraph p : paragraphs) {
            List<Token> t = markInitials(NameTokens.split(p.text(), lex.abbreviations));
            tokens.add(t);
            for (Token tok : t) {
                if (tok.isWord() && tok.lower().equals(tok.text())) {
                    lowerWords.add(tok.lower());
                }
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        List<Integer> headlineParagraphs = new ArrayList<>();
        for (int pi = 0; pi < paragraphs.size(); pi++) {
            List<Token> t = tokens.get(pi);
            if (isHeadline(t, lowerWords, lex)) {
                headlineParagraphs.add(pi);
                continue;
            }
            new ParagraphScan(pi, paragraphs.get(pi), t, lowerWords, candidates).run();
        }
        return new Resolver(paragraphs, tokens, candidates, headlineParagraphs).resolve();
    }

    /**
     * South Asian names are often written with undotted initials, in one or two capitals: "DK Shivakumar",
     * "K P Sasikala". Two capitals right before a capitalised word are initials unless they are a known
     * abbreviation ("US", "EU") or a title ("PM", "MP"), which the title rules read.
     */
    private List<Token> markInitials(List<Token> t) {
        List<Token> out = null;
        for (int i = 0; i + 1 < t.size(); i++) {
            Token tok = t.get(i);
            if (!tok.isWord() || !tok.allCaps() || tok.text().length() != 2 || !Character.isLetter(tok.text().charAt(1))
                    || NOT_INITIALS.contains(tok.text()) || lex.titles.isTitleWord(tok.lower())) {
                continue;
            }
            Token next = t.get(i + 1);
            if (!next.isWord() || !next.capitalised() || next.start() != tok.end() + 1) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(t);
            }
            out.set(i, new Token(tok.start(), tok.end(), tok.text(), tok.lower(), tok.key(), Kind.WORD, true, true,
                    false));
        }
        return out == null ? t : out;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Candidates

    /** One run of capitalised words that may name a person, with the evidence around it. */
    private static final class Candidate {
        int paragraph;
        List<Token> tokens;
        /** First token of the run (title included) and the name part [start, end). */
        int runStart;
        int start;
        int end;
        String text;
        /** Folded keys of the name words, particles and initials excluded. */
        List<String> keys = new ArrayList<>();
        Titles.Match title;
        boolean titled;
        boolean given;
        boolean family;
        boolean surname;
        boolean shape;
        boolean verbAfter;
        boolean verbBefore;
        boolean appositive;
        boolean negative;
        boolean common;
        /** Name words that are ordinary words of a language rather than names. */
        int ordinaryWords;
        /** A name of two or three unknown words with nothing around it that says "place" or "thing". */
        boolean plausible;
        /** Candidates listed together ("A, B and C") share a list; null when not in a list. */
        List<Candidate> list;
        /** Offset where the written name starts: before {@code start} when it opens with a particle. */
        int textStart = -1;
        List<LocalRole> roles = new ArrayList<>();

        int size() {
            return keys.size();
        }

        boolean hasOwnEvidence() {
            return titled || given || family || surname || shape || verbAfter || verbBefore || appositive;
        }

        boolean contextShowsPerson() {
            return titled || verbAfter || verbBefore || appositive;
        }

        String firstKey() {
            return keys.get(0);
        }

        String lastKey() {
            return keys.get(keys.size() - 1);
        }

        String fullKey() {
            return String.join(" ", keys);
        }

        int startOffset() {
            return textStart >= 0 ? textStart : tokens.get(start).start();
        }

        int endOffset() {
            return tokens.get(end - 1).end();
        }
    }

    /** Finds candidate runs in one paragraph. */
    private final class ParagraphScan {
        private final int pi;
        private final String text;
        private final List<Token> t;
        private final Set<String> lowerWords;
        private final List<Candidate> out;
        private final boolean[] sentenceStart;
        private Candidate previous;

        ParagraphScan(int pi, Paragraph p, List<Token> t, Set<String> lowerWords, List<Candidate> out) {
            this.pi = pi;
            this.text = p.text();
            this.t = t;
            this.lowerWords = lowerWords;
            this.out = out;
            this.sentenceStart = sentenceStarts(p, t);
        }

        void run() {
            int k = 0;
            int n = t.size();
            while (k < n) {
                if (!nameLike(t.get(k))) {
                    k++;
                    continue;
                }
                int s = k;
                int e = k + 1;
                while (e < n) {
                    if (nameLike(t.get(e))) {
                        e++;
                        continue;
                    }
                    int j = e;
                    while (j < n && isParticle(t.get(j))) {
                        j++;
                    }
                    if (j > e && j < n && nameLike(t.get(j))) {
                        e = j + 1;
                        continue;
                    }
                    break;
                }
                run(s, e);
                k = e;
            }
        }

        private boolean nameLike(Token tok) {
            return tok.isWord() && tok.capitalised();
        }

        private boolean isParticle(Token tok) {
            return tok.isWord() && lex.particles.contains(tok.text());
        }

        /**
         * Splits the run [s, e) into what precedes the name (titles, places, common words: "Hong Kong Chief
         * Executive", "Russian Foreign Minister") and the name itself, then weighs the name.
         */
        private void run(int s, int e) {
            // the name follows the last title of the run: "Mongla Port Authority Chairman Rear Admiral Mohammad Musa"
            Titles.Match title = null;
            // "Minister of Economic Affairs Chen Li-ting": a title that opened before the run ends inside it
            for (int j = Math.max(0, s - 4); j < s; j++) {
                Titles.Match m = t.get(j).isWord() && t.get(j).capitalised() ? lex.titles.match(t, j) : null;
                if (m != null && m.end() > s && m.end() < e && (title == null || m.end() > title.end())) {
                    title = m;
                }
            }
            for (int i = s; i < e - 1; i++) {
                int placeLen = placeAt(i, e);
                if (placeLen > 1) {
                    i += placeLen - 1; // "Sri Lanka" is a place, not the honorific "Sri"
                    continue;
                }
                Titles.Match m = lex.titles.match(t, i);
                if (m != null && m.end() < e && (title == null || m.end() > title.end())) {
                    title = m;
                }
            }
            int from = title != null ? title.end() : s;
            int p = from;
            boolean placeBefore = false;
            boolean[] skip = new boolean[e - s];
            // "Superintendent of Police Mukta Dhar", "Minister of Health Ivette Berrío": the run ends a title phrase
            int of = s >= 2 && t.get(s - 1).lower().equals("the") ? s - 2 : s - 1;
            Titles.Match titleOf = title == null && of >= 1 && t.get(of).lower().equals("of")
                    ? titleEndingAt(of - 1) : null;
            if (titleOf != null) {
                while (p < e - 2 && lex.orgWords.containsKey(t.get(p).key())) {
                    skip[p - s] = true;
                    p++;
                }
                from = p;
            }
            while (p < e) {
                Token tok = t.get(p);
                int placeLen = placeAt(p, e);
                if (placeLen > 0) {
                    for (int j = p; j < p + placeLen; j++) {
                        skip[j - s] = true;
                    }
                    p += placeLen;
                    placeBefore = true;
                    continue;
                }
                Titles.Match m = lex.titles.match(t, p);
                if (m != null && m.end() < e) {
                    for (int j = p; j < m.end(); j++) {
                        skip[j - s] = true;
                    }
                    title = m;
                    p = m.end();
                    placeBefore = false;
                    continue;
                }
                String key = tok.key();
                if (lex.titles.isTitleWord(tok.lower()) && !lex.notNames.contains(key)) {
                    skip[p - s] = true;
                    p++;
                    continue;
                }
                // "Dubbed X", "Noting X": an ordinary word that opens a sentence; "Lisbon-born X"
                if (lex.notNames.contains(key)
                        || (sentenceStart[p] && isCommonWord(tok) && !lex.givenNames.contains(key))
                        || (sentenceStart[p] && lex.isEnglishWord(tok.lower()) && !lex.isKnownName(key))
                        || (p < e - 1 && hyphenatedAdjective(tok.lower()))) {
                    p++;
                    continue;
                }
                break;
            }
            // "Minister of Defence Zoran Djukic", "Prime Minister of Mongolia L. Oyun-Erdene": the words after
            // "of" completed the title; without them the run is the organisation itself ("coach of Independiente")
            if (titleOf != null && title == null && p > s) {
                title = titleOf;
                placeBefore = false;
            }
            if (p >= e) {
                previous = null;
                if (title != null) {
                    // a run that is only a title: remember it for "Ministers Jovanovic and Petrov"
                    previous = new Candidate();
                    previous.tokens = t;
                    previous.end = e;
                    previous.title = title;
                }
                return;
            }
            int q = e;
            boolean cutByTitle = false;
            // a title, a calendar word or a common word after the name ends it ("Petrov Monday", "Dutton Opposition")
            for (int j = p + 1; j < e; j++) {
                Token tok = t.get(j);
                if (isParticle(tok)) {
                    continue;
                }
                String key = tok.key();
                boolean known = lex.surnames.contains(key) || lex.givenNames.contains(key);
                String firstKey = t.get(p).key();
                boolean afterGiven = lex.givenNames.contains(firstKey);
                boolean lastAfterGiven = afterGiven && (j == e - 1 || lex.givenNames.contains(key))
                        || lex.familyFirst.contains(firstKey) && j == p + 1 && j == e - 1; // "Liu He"
                // a title word ending a name after a given name is a family name: "Ashraf Sheikh"
                if (lex.titles.isTitleWord(tok.lower()) && !known && !(afterGiven && j == e - 1)) {
                    q = j;
                    cutByTitle = true;
                    break;
                }
                if ((lex.notNames.contains(key) && !lastAfterGiven) || (!known && !tok.initial()
                        && lowerWords.contains(tok.lower()))) {
                    q = j;
                    break;
                }
            }
            while (q > p && isParticle(t.get(q - 1))) {
                q--;
            }
            if (q <= p) {
                previous = null;
                return;
            }
            Candidate c = new Candidate();
            c.paragraph = pi;
            c.tokens = t;
            c.runStart = s;
            c.start = p;
            c.end = q;
            int textStart = p;
            if (p == s) {
                // "von der Leyen told reporters": a particle that opens the name is part of what is written
                while (textStart > 0 && t.get(textStart - 1).isWord()
                        && LEADING_PARTICLES.contains(t.get(textStart - 1).text())
                        && (textStart < 2 || !nameLike(t.get(textStart - 2)))) {
                    textStart--;
                }
            }
            c.textStart = t.get(textStart).start();
            c.text = text.substring(c.textStart, t.get(q - 1).end());
            for (int j = p; j < q; j++) {
                Token tok = t.get(j);
                if (!isParticle(tok) && !tok.initial()) {
                    c.keys.add(tok.key());
                }
            }
            if (c.keys.isEmpty()) {
                previous = null;
                return;
            }
            c.title = title;
            joinList(c, s);
            weigh(c, s, p, q);
            if (!c.negative) {
                c.negative = cutByTitle || orgInRun(from, e, s, skip)
                        || (placeBefore && title == null && !c.given && !c.family);
            }
            out.add(c);
            previous = c;
        }

        /** The title whose last word is token k ("Prime Minister" in "Prime Minister of Mongolia ..."), or null. */
        private Titles.Match titleEndingAt(int k) {
            for (int j = Math.max(0, k - 4); j <= k; j++) {
                Titles.Match m = lex.titles.match(t, j);
                if (m != null && m.end() == k + 1 && !m.isHonorific()) {
                    return m;
                }
            }
            return null;
        }

        private boolean onlyNumbering(int from, int to) {
            for (int j = from; j < to; j++) {
                Token tok = t.get(j);
                if (tok.isWord() ? !isNumber(tok) : ".:-–•*#)".indexOf(tok.text().charAt(0)) < 0) {
                    return false;
                }
            }
            return true;
        }

        /** "Mahatma Gandhi, Jawaharlal Nehru and Subhas Chandra Bose": names in one list are of one kind. */
        private void joinList(Candidate c, int s) {
            if (out.isEmpty()) {
                return;
            }
            Candidate prev = out.get(out.size() - 1);
            if (prev.tokens != t || prev.end >= s) {
                return;
            }
            boolean separated = false;
            int from = prev.end;
            if (from < s && t.get(from).is("(")) {
                int close = from + 1;
                while (close < s && !t.get(close).is(")") && close - from < 8) {
                    close++;
                }
                if (close < s && t.get(close).is(")")) {
                    from = close + 1;
                }
            }
            for (int j = from; j < s; j++) {
                String w = t.get(j).lower();
                if (w.equals(",") || w.equals("and") || w.equals("&") || w.equals(";") || w.equals("or")) {
                    separated = true;
                } else {
                    return;
                }
            }
            if (!separated || s - from > 2) {
                return;
            }
            if (prev.list == null) {
                prev.list = new ArrayList<>();
                prev.list.add(prev);
            }
            prev.list.add(c);
            c.list = prev.list;
        }

        /** An organisation word anywhere in the run after its title, places and titles aside ("The New York Times"). */
        private boolean orgInRun(int from, int e, int s, boolean[] skip) {
            int size = e - from;
            for (int j = from; j < e; j++) {
                if (skip[j - s] || isParticle(t.get(j))) {
                    continue;
                }
                if (lex.isOrgWord(t.get(j).key(), j - from, size)) {
                    return true;
                }
            }
            return false;
        }

        private void weigh(Candidate c, int s, int p, int q) {
            int n = c.size();
            Token before = s > 0 ? t.get(s - 1) : null;
            Token before2 = s > 1 ? t.get(s - 2) : null;
            String beforeLower = before != null && before.isWord() ? before.lower() : "";

            c.titled = c.title != null
                    || (before != null && before.isWord() && !before.capitalised()
                    && (isPersonNoun(beforeLower) || lex.titles.match(t, s - 1) != null));
            // "Ministers Jovanovic and Petrov": the second name shares the plural title of the first
            if (!c.titled && beforeLower.equals("and") && previous != null && previous.tokens == t
                    && previous.end == s - 1 && previous.title != null
                    && t.get(previous.title.end() - 1).lower().endsWith("s")) {
                c.titled = true;
            }
            String first = c.firstKey();
            String last = c.lastKey();
            c.given = n >= 2 && lex.givenNames.contains(first);
            c.family = n >= 2 && n <= 3 && lex.familyFirst.contains(first);
            c.surname = n >= 2 && lex.surnames.contains(last);
            c.shape = n >= 2 && (NameLexicon.hasSurnameShape(last)
                    || n <= 3 && NameLexicon.isSyllableGivenName(t.get(q - 1).text()));
            boolean initialComma = sentenceStart[p] && n == 1 && !c.titled;
            // "K P Sasikala", "J. K. Rowling": initials before a name
            if (t.get(p).initial() && t.get(p).text().length() <= 2 + (t.get(p).text().endsWith(".") ? 1 : 0)
                    && q - p >= 2) {
                c.appositive = true;
            }

            Token after = q < t.size() ? t.get(q) : null;
            if (after != null && after.isWord() && lex.personVerbs.contains(after.lower())) {
                c.verbAfter = true;
            }
            if (after != null && after.is(",") && q + 1 < t.size() && !initialComma) {
                c.appositive = appositiveAt(q + 1);
            }
            if (after != null && after.is("(") && q + 1 < t.size() && isNumber(t.get(q + 1))) {
                c.appositive = true;
            }
            if (before != null && before.isWord() && !before.capitalised()) {
                if (beforeLower.equals("to") && before2 != null && before2.lower().equals("according")) {
                    c.verbBefore = n >= 2;
                } else if (VERBS_BEFORE_NAME.contains(beforeLower)) {
                    c.verbBefore = true;
                } else if (beforeLower.equals("by") && n >= 2) {
                    c.verbBefore = true; // "written by Ayako Nakada", "a poem by ..."
                }
            }
            // "the Bureau of Meteorology's Johnathan How", "Serbia's Ana Jovanovic"
            if (n >= 2 && before != null && before.kind() == Kind.POSSESSIVE) {
                c.verbBefore = true;
            }
            // a line that is only a name: bylines, captions, team sheets ("7. Ever Alvarado (Olimpia)")
            if (n >= 2 && n <= 4 && text.length() <= 60 && onlyNumbering(0, s)) {
                c.appositive = true;
            }
            if (before != null && before.isWord() && before.lower().equals("the") && eponym(q) && !c.titled) {
                c.appositive = true;
            }
            // after a preposition a lone word is a place or an organisation more often than a person
            if (n == 1 && !c.titled && before != null && PREPOSITIONS.contains(beforeLower)) {
                c.verbAfter = false;
                c.appositive = false;
                c.verbBefore = false;
            }

            c.negative = negative(c, s, p, q, before);
            for (int j = p; j < q; j++) {
                Token tok = t.get(j);
                if (!isParticle(tok) && !tok.initial() && !lex.isKnownName(tok.key())
                        && (lex.isEnglishWord(tok.lower()) || isCommonWord(tok))) {
                    c.ordinaryWords++;
                }
            }
            c.plausible = n >= 2 && n <= 3 && c.ordinaryWords == 0 && plausibleAt(s, p, q);
            c.common = n == 1 && (isCommonWord(t.get(p))
                    || lex.isEnglishWord(t.get(p).lower()) && !lex.isKnownName(t.get(p).key()));
            c.roles.addAll(rolesBefore(p));
            if (!c.roles.isEmpty()) {
                c.titled = true; // "Minister of Foreign Affairs of the Russian Federation Marko Petrov"
            }
            if (after != null && after.is(",")) {
                c.roles.addAll(rolesAfter(q + 1));
            }
        }

        private boolean negative(Candidate c, int s, int p, int q, Token before) {
            int n = c.size();
            boolean strongFirst = c.given || c.family;
            for (int i = 0; i < n; i++) {
                String key = c.keys.get(i);
                // "Chief Daisy House said", "Abbas Ali Mandal, a farmer": a family name can look like an org word
                boolean surnameSlot = i == n - 1 && n >= 2 && c.given && c.contextShowsPerson();
                if (lex.isOrgWord(key, i, n) && !surnameSlot) {
                    return true;
                }
                // "Ricardo Lagos", "Charles Santiago": a place name after a given name is a family name
                if (lex.isPlace(key) && !(i == 0 && strongFirst) && !(i > 0 && c.given)
                        && !(i > 0 && i == n - 1 && c.title != null && !c.title.isHonorific()) // "Ambassador Ana Florence"
                        && !(n >= 2 && lex.surnames.contains(key))) {
                    return true;
                }
            }
            if (n >= 2 && lex.isPlace(c.fullKey())) {
                return true;
            }
            for (int j = p; j < q; j++) {
                Token tok = t.get(j);
                if (tok.allCaps() && !tok.initial() || isCamelCase(tok.text())) {
                    return true;
                }
            }
            // "La Plata", "Al Jazeera", "Los Ríos": an article opens a place or an organisation
            if (!c.titled && n >= 2 && ARTICLES.contains(t.get(p).lower()) && !strongFirst) {
                return true;
            }
            String lastWord = t.get(q - 1).lower();
            int hyphen = lastWord.lastIndexOf('-');
            if (hyphen > 0 && COMPOUND_TAILS.contains(lastWord.substring(hyphen + 1))) {
                return true; // "Hong Kong-based", "Lingari-led"
            }
            boolean strong = c.titled || strongFirst;
            // "Bank of China", "University of Toronto", "Council of Europe": a name does not govern "of"
            if (!strong && q + 1 < t.size() && t.get(q).lower().equals("of") && nameLike(t.get(q + 1))
                    && !lex.isPlace(t.get(q + 1).key()) && placeAt(q + 1, t.size()) == 0) {
                return true;
            }
            // "the Dayton agreements", "the Kosmet issue": a bare name rarely follows "the"
            if (!strong && before != null && before.isWord() && before.lower().equals("the") && !eponym(q)) {
                return true;
            }
            // "Beijing-based", "Serbia-Russia": compounded with a hyphen
            if (q < t.size() && t.get(q).is("-") && t.get(q).start() == t.get(q - 1).end()) {
                return true;
            }
            return false;
        }

        /**
         * Whether two or three unknown capitalised words at [p, q) read as a name by their surroundings alone. Names
         * of places, firms, works and programmes come after a noun ("the textile company X", "the newspaper X"), in
         * quotes or brackets, before a noun ("X province", "X programme") or before more capitalised words; names of
         * people come after punctuation or a function word and before punctuation or a verb.
         */
        private boolean plausibleAt(int s, int p, int q) {
            Token before = s > 0 ? t.get(s - 1) : null;
            if (before != null) {
                if (before.isWord()) {
                    if (before.capitalised() || before.allCaps() || !WORDS_BEFORE_A_NAME.contains(before.lower())) {
                        return false;
                    }
                } else if (before.kind() != Kind.PUNCT || ",.;:–—-".indexOf(before.text().charAt(0)) < 0) {
                    return false;
                }
            }
            Token after = q < t.size() ? t.get(q) : null;
            if (after != null) {
                if (after.isWord()) {
                    String a = after.lower();
                    if (after.capitalised() || after.allCaps()
                            || !WORDS_AFTER_A_NAME.contains(a) && !lex.personVerbs.contains(a) && !a.endsWith("ed")) {
                        return false;
                    }
                } else if (after.kind() != Kind.POSSESSIVE && ",.;:()?!–—".indexOf(after.text().charAt(0)) < 0) {
                    return false;
                }
            }
            Set<String> seen = new HashSet<>();
            for (int j = p; j < q; j++) {
                Token tok = t.get(j);
                // "Casa de Velmar", "Tierra y Mar": particles inside unknown words belong to places and works;
                // "Kolo Kolo": a repeated word is a place; "Peruvian-based": a compound adjective
                if (!tok.capitalised() || !seen.add(tok.key()) || hyphenatedAdjective(tok.lower())) {
                    return false;
                }
            }
            return true;
        }

        private boolean hyphenatedAdjective(String lower) {
            int hyphen = lower.indexOf('-');
            if (hyphen < 0) {
                return false;
            }
            for (String part : lower.split("-")) {
                if (COMPOUND_TAILS.contains(part) || lex.notNames.contains(Fold.key(part))) {
                    return true;
                }
            }
            return false;
        }

        /** "the Albanese government", "the Pinochet dictatorship": a leader's name used for their rule. */
        private boolean eponym(int q) {
            return q < t.size() && t.get(q).isWord() && EPONYM_NOUNS.contains(t.get(q).lower());
        }

        /** After a comma: "45,", "who ...", "a lawyer", "the Russian ambassador", "Minister of ...". */
        private boolean appositiveAt(int i) {
            Token tok = t.get(i);
            if (isNumber(tok) && i + 1 < t.size() && (t.get(i + 1).is(",") || t.get(i + 1).is("."))) {
                return true; // age
            }
            if (!tok.isWord()) {
                return false;
            }
            String lower = tok.lower();
            if (lower.equals("who") || lower.equals("whose") || lex.personVerbs.contains(lower)) {
                return true;
            }
            // "a senior fellow at", "the company's executive director", "additional superintendent of police"
            int limit = Math.min(t.size(), i + 6);
            for (int j = i; j < limit; j++) {
                Token w = t.get(j);
                if (w.kind() == Kind.POSSESSIVE) {
                    continue;
                }
                if (!w.isWord()) {
                    return false;
                }
                if (isPersonNoun(w.lower())) {
                    return true;
                }
                Titles.Match m = lex.titles.match(t, j);
                if (m != null && !m.isHonorific()) {
                    return true;
                }
            }
            return false;
        }

        /** "translator", "co-author", "singer-actors", "ministers": a noun for a person, plural or compounded. */
        private boolean isPersonNoun(String lower) {
            if (lex.personNouns.contains(lower)) {
                return true;
            }
            int hyphen = lower.lastIndexOf('-');
            String tail = hyphen >= 0 ? lower.substring(hyphen + 1) : lower;
            if (tail.equals("old") && lower.contains("year")) {
                return true; // "eight-year-old"
            }
            if (lex.personNouns.contains(tail)) {
                return true;
            }
            return tail.length() > 3 && tail.endsWith("s") && lex.personNouns.contains(tail.substring(0, tail.length() - 1));
        }

        /** Number of tokens from p (inside the run, before e) that spell a place or country; 0 if none. */
        private int placeAt(int p, int e) {
            if (!lex.placeFirstWords.contains(t.get(p).key())) {
                return 0;
            }
            int max = Math.min(lex.longestPlace, e - p);
            for (int len = max; len >= 1; len--) {
                StringBuilder sb = new StringBuilder();
                boolean ok = true;
                for (int j = p; j < p + len; j++) {
                    Token tok = t.get(j);
                    if (!tok.isWord()) {
                        ok = false;
                        break;
                    }
                    if (j > p) {
                        sb.append(' ');
                    }
                    sb.append(tok.text());
                }
                if (!ok) {
                    continue;
                }
                String key = Fold.key(sb.toString());
                if (lex.isPlace(key) && !(len == 1 && lex.givenNames.contains(key))) {
                    return len;
                }
            }
            return 0;
        }

        private boolean isCommonWord(Token tok) {
            String lower = tok.lower();
            return lowerWords.contains(lower) || lex.notNames.contains(tok.key())
                    || lex.personNouns.contains(lower)
                    || (lower.endsWith("s") && lex.personNouns.contains(lower.substring(0, lower.length() - 1)));
        }

        // ------------------------------------------------------------------------------------------------------
        // Roles

        /** Roles from the title phrase that ends right before the name at token p. */
        private List<LocalRole> rolesBefore(int p) {
            int k = p - 1;
            while (k >= 0 && t.get(k).isWord() && isHonorific(k)) {
                k--; // "the Prime Minister of the Russian Federation, Mr. Pavel Orlov"
            }
            if (k >= 1 && t.get(k).is(",") && inTitlePhrase(t.get(k - 1))) {
                k--; // "the Ambassador of the Russian Federation, Pavel Orlov"
            }
            if (k >= 0 && CONNECTORS.contains(t.get(k).lower())) {
                return List.of(); // "coach of Independiente": the name is the organisation
            }
            int phraseEnd = k + 1;
            int b = phraseEnd;
            while (k >= 0 && inTitlePhrase(t.get(k))) {
                b = k;
                k--;
            }
            while (b < phraseEnd && (CONNECTORS.contains(t.get(b).lower()) || !t.get(b).isWord())) {
                b++;
            }
            int e = phraseEnd;
            while (e > b && !t.get(e - 1).isWord()) {
                e--;
            }
            return parseRoles(b, e);
        }

        /** Roles from an appositive that starts at token i: "Pavel Orlov, Ambassador of Russia,". */
        private List<LocalRole> rolesAfter(int i) {
            int b = i;
            while (b < t.size() && t.get(b).isWord() && APPOSITIVE_OPENERS.contains(t.get(b).lower())
                    && !t.get(b).lower().equals("who")) {
                b++;
            }
            int e = b;
            while (e < t.size() && (inTitlePhrase(t.get(e)) || t.get(e).kind() == Kind.POSSESSIVE)) {
                e++;
            }
            while (e > b && CONNECTORS.contains(t.get(e - 1).lower())) {
                e--;
            }
            if (e == b || lex.titles.match(t, firstTitle(b, e)) == null) {
                return List.of();
            }
            return parseRoles(b, e);
        }

        private boolean isHonorific(int k) {
            Titles.Match m = lex.titles.match(t, k);
            return m != null && m.isHonorific() && m.end() == k + 1;
        }

        private int firstTitle(int b, int e) {
            for (int j = b; j < e; j++) {
                if (lex.titles.match(t, j) != null) {
                    return j;
                }
            }
            return b;
        }

        private boolean inTitlePhrase(Token tok) {
            if (tok.kind() == Kind.POSSESSIVE) {
                return true;
            }
            if (!tok.isWord()) {
                return false;
            }
            String lower = tok.lower();
            if (CONNECTORS.contains(lower) && !lower.equals("to") && !lower.equals("in") && !lower.equals("at")
                    && !lower.equals("on")) {
                return true;
            }
            if (lex.titles.isTitleWord(lower)) {
                return true;
            }
            String key = tok.key();
            if (lex.isPlace(key) || lex.notNames.contains(key) && Character.isUpperCase(tok.text().charAt(0))
                    && lex.gazetteer.country(key) != null) {
                return true;
            }
            if (tok.capitalised() || tok.allCaps()) {
                return lex.orgWords.containsKey(key) || isCountryWord(key);
            }
            return false;
        }

        private boolean isCountryWord(String key) {
            return lex.gazetteer.country(key) != null || key.equals("republic") || key.equals("federation")
                    || key.equals("united") || key.equals("nations") || key.equals("kingdom");
        }

        /** Splits a title phrase on "and" and commas and reads a title, country and organisation from each part. */
        private List<LocalRole> parseRoles(int b, int e) {
            List<RolePart> parts = new ArrayList<>();
            RolePart part = new RolePart();
            int i = b;
            while (i < e) {
                Token tok = t.get(i);
                if (tok.is(",") || tok.lower().equals("and") && tok.isWord()) {
                    parts.add(part);
                    part = new RolePart();
                    i++;
                    continue;
                }
                Titles.Match m = lex.titles.match(t, i);
                if (m != null && m.end() <= e) {
                    if (part.title != null) {
                        parts.add(part);
                        part = new RolePart();
                    }
                    if (!m.isHonorific()) {
                        part.title = m;
                        part.start = t.get(m.start()).start();
                    }
                    part.end = t.get(m.end() - 1).end();
                    i = m.end();
                    continue;
                }
                int len = countryAt(i, e);
                if (len > 0) {
                    String country = lex.gazetteer.country(joined(i, i + len));
                    if (part.country == null) {
                        part.country = country;
                    }
                    if (part.start < 0) {
                        part.start = tok.start();
                    }
                    part.end = t.get(i + len - 1).end();
                    i += len;
                    continue;
                }
                if (tok.isWord() && (tok.capitalised() || tok.allCaps()) && !lex.isPlace(Fold.key(tok.text()))
                        && part.title != null) {
                    int j = i;
                    while (j < e && t.get(j).isWord() && (t.get(j).capitalised() || t.get(j).allCaps()
                            || t.get(j).lower().equals("of") && j + 1 < e && t.get(j + 1).capitalised())) {
                        j++;
                    }
                    if (part.organisation == null && j > i) {
                        part.organisation = joined(i, j);
                        part.end = t.get(j - 1).end();
                    }
                    i = Math.max(j, i + 1);
                    continue;
                }
                i++;
            }
            parts.add(part);
            List<LocalRole> roles = new ArrayList<>();
            for (int k = 0; k < parts.size(); k++) {
                RolePart rp = parts.get(k);
                if (rp.title == null) {
                    continue;
                }
                String country = rp.country;
                for (int j = k + 1; country == null && j < parts.size(); j++) {
                    country = parts.get(j).country; // "Deputy Prime Minister and Minister of ... of Serbia"
                }
                for (int j = k - 1; country == null && j >= 0; j--) {
                    country = parts.get(j).country; // "Serbian Prime Minister and Defence Minister"
                }
                String org = country == null ? rp.organisation : null;
                roles.add(new LocalRole(rp.title.title(), country, org, pi, rp.start, Math.max(rp.end, rp.start)));
            }
            return roles;
        }

        private int countryAt(int i, int e) {
            int max = Math.min(lex.gazetteer.longestForm() + 1, e - i);
            for (int len = max; len >= 1; len--) {
                boolean words = true;
                for (int j = i; j < i + len; j++) {
                    words &= t.get(j).isWord();
                }
                if (words && lex.gazetteer.country(joined(i, i + len)) != null) {
                    return len;
                }
            }
            return 0;
        }

        private String joined(int from, int to) {
            return text.substring(t.get(from).start(), t.get(to - 1).end());
        }
    }

    private static final class RolePart {
        Titles.Match title;
        String country;
        String organisation;
        int start = -1;
        int end = -1;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Document-level decisions

    /** Decides which candidates are people, groups mentions into individuals and links lone surnames. */
    private final class Resolver {
        private final List<Paragraph> paragraphs;
        private final List<List<Token>> tokens;
        private final List<Candidate> candidates;
        private final List<Integer> headlineParagraphs;
        private final List<Group> groups = new ArrayList<>();

        Resolver(List<Paragraph> paragraphs, List<List<Token>> tokens, List<Candidate> candidates,
                 List<Integer> headlineParagraphs) {
            this.paragraphs = paragraphs;
            this.tokens = tokens;
            this.candidates = candidates;
            this.headlineParagraphs = headlineParagraphs;
        }

        List<LocalPerson> resolve() {
            Set<String> acceptedFull = new HashSet<>();
            Set<String> personKeys = new HashSet<>();
            for (Candidate c : candidates) {
                if (c.negative) {
                    continue;
                }
                if (c.size() >= 2 && c.hasOwnEvidence()) {
                    acceptedFull.add(c.fullKey());
                }
                if (c.size() == 1 && !c.common && c.contextShowsPerson()) {
                    personKeys.add(c.firstKey());
                }
            }
            // a name listed with people is a person: "Mahatma Gandhi, Jawaharlal Nehru and Subhas Chandra Bose"
            Set<List<Candidate>> peopleLists = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Candidate c : candidates) {
                if (c.list != null && !c.negative && (c.size() >= 2 && c.hasOwnEvidence()
                        || c.size() == 1 && !c.common && c.contextShowsPerson())) {
                    peopleLists.add(c.list);
                }
            }
            // a full name is accepted when any of its mentions, or its surname alone, shows a person
            List<Candidate> full = new ArrayList<>();
            for (Candidate c : candidates) {
                if (c.negative || c.size() < 2) {
                    continue;
                }
                if (acceptedFull.contains(c.fullKey()) || personKeys.contains(c.lastKey())
                        || (c.family && personKeys.contains(c.firstKey()))
                        || (c.list != null && peopleLists.contains(c.list))
                        || c.plausible && !listHasNegative(c.list)) {
                    full.add(c);
                }
            }
            full.sort((a, b) -> b.size() - a.size());
            for (Candidate c : full) {
                Group g = findFullGroup(c);
                if (g == null) {
                    g = new Group();
                    groups.add(g);
                }
                g.add(c);
            }
            // lone words and shorter forms: link to a full name, or stand alone when the context shows a person
            Map<String, Group> surnameOnly = new LinkedHashMap<>();
            for (Candidate c : candidates) {
                if (c.negative || full.contains(c)) {
                    continue;
                }
                Group g = linkTarget(c);
                if (g != null) {
                    g.add(c);
                } else if (c.size() == 1 && !c.common && (c.contextShowsPerson()
                        )) {
                    surnameOnly.computeIfAbsent(c.firstKey(), k -> new Group()).add(c);
                }
            }
            // a lone surname shown to be a person but first seen without context is still the same person
            for (Candidate c : candidates) {
                if (!c.negative && c.size() == 1 && !full.contains(c) && linkTarget(c) == null
                        && surnameOnly.containsKey(c.firstKey())) {
                    Group g = surnameOnly.get(c.firstKey());
                    if (!g.members.contains(c)) {
                        g.add(c);
                    }
                }
            }
            groups.addAll(surnameOnly.values());
            linkHeadlines();
            List<LocalPerson> out = new ArrayList<>();
            groups.sort((a, b) -> Integer.compare(a.firstPosition(), b.firstPosition())); // no subtraction: positions can be large
            for (Group g : groups) {
                if (!g.members.isEmpty()) {
                    out.add(g.toPerson());
                }
            }
            return out;
        }

        private Group findFullGroup(Candidate c) {
            for (Group g : groups) {
                Candidate head = g.head();
                if (head.fullKey().equals(c.fullKey()) || isSubName(c.keys, head.keys)
                        || sameSurnameSimilarGiven(c, head)) {
                    return g;
                }
            }
            return null;
        }

        /** "Velmor, Ostrava Nueva and Lisbon": a list that holds a place or an organisation is not of people. */
        private boolean listHasNegative(List<Candidate> list) {
            if (list == null) {
                return false;
            }
            for (Candidate c : list) {
                if (c.negative) {
                    return true;
                }
            }
            return false;
        }

        /** "Lula da Silva" inside "Luiz Inácio Lula da Silva", "López Obrador" inside "Andrés Manuel López Obrador". */
        private boolean isSubName(List<String> part, List<String> whole) {
            if (part.size() >= whole.size()) {
                return false;
            }
            outer:
            for (int i = 0; i + part.size() <= whole.size(); i++) {
                for (int j = 0; j < part.size(); j++) {
                    if (!whole.get(i + j).equals(part.get(j))) {
                        continue outer;
                    }
                }
                return i + part.size() == whole.size() || i == 0 && part.size() >= 2;
            }
            return false;
        }

        /** "Marko Petrov" and "Sergei Petrov"; "Joe Biden" and "Hunter Biden" stay apart. */
        private boolean sameSurnameSimilarGiven(Candidate a, Candidate b) {
            if (!a.lastKey().equals(b.lastKey())) {
                return false;
            }
            String x = a.firstKey();
            String y = b.firstKey();
            int common = Math.min(4, Math.min(x.length(), y.length()));
            return x.regionMatches(0, y, 0, common) && Math.min(x.length(), y.length()) >= 3;
        }

        /** The full-name group a shorter mention refers to, or null. */
        private Group linkTarget(Candidate c) {
            List<Group> best = new ArrayList<>();
            int bestRank = Integer.MAX_VALUE;
            for (Group g : groups) {
                int rank = g.linkRank(c.keys);
                if (rank < bestRank) {
                    best.clear();
                    bestRank = rank;
                }
                if (rank == bestRank && rank != Integer.MAX_VALUE) {
                    best.add(g);
                }
            }
            if (best.isEmpty()) {
                return null;
            }
            if (best.size() == 1) {
                return best.get(0);
            }
            // several people share the word: the one mentioned most recently before this mention
            int pos = position(c.paragraph, c.startOffset());
            Group chosen = null;
            int chosenPos = Integer.MIN_VALUE;
            for (Group g : best) {
                int last = g.lastPositionBefore(pos);
                if (last > chosenPos) {
                    chosenPos = last;
                    chosen = g;
                }
            }
            return chosen != null ? chosen : best.get(0);
        }

        /** Headline and all-capitals lines only repeat names: match their words to the people already found. */
        private void linkHeadlines() {
            if (headlineParagraphs.isEmpty() || groups.isEmpty()) {
                return;
            }
            for (int pi : headlineParagraphs) {
                List<Token> t = tokens.get(pi);
                String text = paragraphs.get(pi).text();
                int k = 0;
                while (k < t.size()) {
                    Token tok = t.get(k);
                    if (!tok.isWord() || Character.isLowerCase(tok.text().charAt(0))) {
                        k++;
                        continue;
                    }
                    int matched = 0;
                    for (int len = 3; len >= 1 && matched == 0; len--) {
                        if (k + len > t.size()) {
                            continue;
                        }
                        List<String> keys = new ArrayList<>(len);
                        boolean ok = true;
                        for (int j = k; j < k + len; j++) {
                            Token w = t.get(j);
                            ok &= w.isWord() && !Character.isLowerCase(w.text().charAt(0));
                            keys.add(w.key());
                        }
                        if (!ok) {
                            continue;
                        }
                        for (Group g : groups) {
                            if (g.matchesHeadline(keys)) {
                                Candidate c = new Candidate();
                                c.paragraph = pi;
                                c.tokens = t;
                                c.runStart = k;
                                c.start = k;
                                c.end = k + len;
                                c.keys = keys;
                                c.text = text.substring(t.get(k).start(), t.get(k + len - 1).end());
                                g.add(c);
                                matched = len;
                                break;
                            }
                        }
                    }
                    k += Math.max(1, matched);
                }
            }
        }

        private int position(int paragraph, int offset) {
            return paragraph * 1_000_000 + offset;
        }

        /** The mentions of one individual. */
        private final class Group {
            final List<Candidate> members = new ArrayList<>();
            final Set<String> fullKeys = new LinkedHashSet<>();
            Candidate head;

            void add(Candidate c) {
                members.add(c);
                if (c.size() >= 2) {
                    fullKeys.add(c.fullKey());
                }
                if (head == null || c.size() > head.size()) {
                    head = c;
                }
            }

            Candidate head() {
                return head;
            }

            /** 0 surname, 1 East Asian family name written first, 2 other word of the name; MAX_VALUE none. */
            int linkRank(List<String> keys) {
                if (head == null || head.size() < 2) {
                    return Integer.MAX_VALUE;
                }
                if (keys.size() >= 2) {
                    return isSubName(keys, head.keys) || fullKeys.contains(String.join(" ", keys))
                            ? 0 : Integer.MAX_VALUE;
                }
                String k = keys.get(0);
                if (head.lastKey().equals(k)) {
                    return 0;
                }
                if (head.family && head.firstKey().equals(k)) {
                    return 1;
                }
                for (int i = 0; i < head.size() - 1; i++) {
                    if (head.keys.get(i).equals(k)) {
                        return 2;
                    }
                }
                return Integer.MAX_VALUE;
            }

            boolean matchesHeadline(List<String> keys) {
                if (head == null) {
                    return false;
                }
                if (keys.size() >= 2) {
                    return fullKeys.contains(String.join(" ", keys));
                }
                String k = keys.get(0);
                return head.lastKey().equals(k) || head.size() >= 2 && head.family && head.firstKey().equals(k);
            }

            int firstPosition() {
                int best = Integer.MAX_VALUE;
                for (Candidate c : members) {
                    best = Math.min(best, position(c.paragraph, c.startOffset()));
                }
                return best;
            }

            int lastPositionBefore(int pos) {
                int best = Integer.MIN_VALUE;
                for (Candidate c : members) {
                    int p = position(c.paragraph, c.startOffset());
                    if (p < pos) {
                        best = Math.max(best, p);
                    }
                }
                return best;
            }

            LocalPerson toPerson() {
                members.sort((a, b) -> Integer.compare(position(a.paragraph, a.startOffset()),
                        position(b.paragraph, b.startOffset())));
                Candidate fullest = members.get(0);
                for (Candidate c : members) {
                    if (c.size() > fullest.size() || c.size() == fullest.size()
                            && c.text.length() > fullest.text.length()) {
                        fullest = c;
                    }
                }
                Set<String> forms = new LinkedHashSet<>();
                forms.add(fullest.text);
                List<PersonMention> mentions = new ArrayList<>();
                Map<String, LocalRole> roles = new LinkedHashMap<>();
                Set<String> seenMention = new HashSet<>();
                for (Candidate c : members) {
                    if (!seenMention.add(c.paragraph + ":" + c.startOffset())) {
                        continue;
                    }
                    forms.add(c.text);
                    String form = c.size() >= 2 ? "full"
                            : c.title != null && !c.title.isHonorific() ? "title" : "surname";
                    mentions.add(new PersonMention(c.paragraph, c.startOffset(), c.endOffset(), c.text, form));
                    for (LocalRole r : c.roles) {
                        roles.putIfAbsent(r.title() + "|" + r.country() + "|" + r.organisation(), r);
                    }
                }
                return new LocalPerson(fullest.text, new ArrayList<>(forms), mentions, specific(roles.values()));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Small helpers

    /** Drops a role that a more precise one of the same person covers ("Minister" beside "Minister of Defence"). */
    private static List<LocalRole> specific(Collection<LocalRole> roles) {
        List<LocalRole> out = new ArrayList<>();
        for (LocalRole r : roles) {
            boolean covered = false;
            for (LocalRole other : roles) {
                if (other != r && other.title().contains(r.title()) && (r.country() == null
                        || r.country().equals(other.country())) && (r.organisation() == null
                        || r.organisation().equals(other.organisation()))
                        && (!other.title().equals(r.title()) || r.country() == null && other.country() != null)) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                out.add(r);
            }
        }
        return out;
    }

    /** Text of a word without an abbreviation or initial dot. */
    private static String bare(Token tok) {
        String s = tok.text();
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** "WeChat", "ByteDance": capitals inside a word, which names of people only have after Mc, Mac, O', De ... */
    private static boolean isCamelCase(String w) {
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isUpperCase(c) && Character.isLowerCase(w.charAt(i - 1))) {
                int partStart = Math.max(w.lastIndexOf('-', i) , Math.max(w.lastIndexOf('\'', i), w.lastIndexOf('’', i))) + 1;
                String head = w.substring(partStart, i);
                if (!head.equals("Mc") && !head.equals("Mac") && !head.equals("De") && !head.equals("Di")
                        && !head.equals("La") && !head.equals("Le") && !head.equals("Van") && !head.equals("Fitz")
                        && !head.equals("Du") && !head.equals("Da")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isNumber(Token tok) {
        if (!tok.isWord()) {
            return false;
        }
        String s = tok.text();
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return s.length() <= 3;
    }

    /** Token i starts a sentence: paragraph start, after . ! ? : (quotes and brackets skipped), or a given sentence start. */
    private static boolean[] sentenceStarts(Paragraph p, List<Token> t) {
        boolean[] out = new boolean[t.size()];
        Set<Integer> starts = new HashSet<>();
        for (Span s : p.sentences()) {
            starts.add(s.start());
        }
        boolean atStart = true;
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            if (tok.isWord()) {
                out[i] = atStart || starts.contains(tok.start());
                atStart = false;
                if (tok.text().endsWith(".") && tok.text().length() > 2 && !tok.initial()
                        && Character.isLowerCase(tok.text().charAt(1))) {
                    atStart = false; // "Mr." does not end a sentence
                }
            } else if (tok.kind() == Kind.PUNCT) {
                String s = tok.text();
                if (s.equals(".") || s.equals("!") || s.equals("?") || s.equals(":") || s.equals(";")
                        || s.equals("•") || s.equals("|") || s.equals("–") || s.equals("—")) {
                    atStart = true;
                } else if (!CLOSING.contains(s) && !s.equals("(") && !s.equals("[")) {
                    atStart = atStart && false;
                }
            }
        }
        return out;
    }

    /**
     * A line in title case or capitals with no sentence ending: a headline, where every word is capitalised and
     * capitals say nothing about names.
     */
    private static boolean isHeadline(List<Token> t, Set<String> lowerWords, NameLexicon lex) {
        int words = 0;
        int longWords = 0;
        int capitalisedLong = 0;
        int upperWords = 0;
        for (Token tok : t) {
            if (!tok.isWord() || !Character.isLetter(tok.text().charAt(0))) {
                continue;
            }
            words++;
            if (tok.allCaps()) {
                upperWords++;
            }
            if (tok.text().length() >= 4) {
                longWords++;
                if (Character.isUpperCase(tok.text().charAt(0))) {
                    capitalisedLong++;
                }
            }
        }
        if (words >= 3 && upperWords * 10 >= words * 8) {
            return true;
        }
        if (words < 5 || words > 25 || longWords < 4) {
            return false;
        }
        Token last = t.get(t.size() - 1);
        boolean ends = last.kind() == Kind.PUNCT && ".!?\"”".contains(last.text());
        if (ends || capitalisedLong * 10 < longWords * 8) {
            return false;
        }
        // a line of names ("Julián Melo and Martha Forero, co-founders") is not a headline: a headline
        // capitalises ordinary words that the article writes in lower case elsewhere
        int capitalisedCommon = 0;
        for (Token tok : t) {
            if (tok.isWord() && tok.capitalised() && !tok.initial() && lowerWords.contains(tok.lower())
                    && !lex.titles.isTitleWord(tok.lower())) {
                capitalisedCommon++;
            }
        }
        return capitalisedCommon >= 2;
    }
}
