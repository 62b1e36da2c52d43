package dev.parley.extract;

import dev.parley.extract.Tokens.Token;
import dev.parley.model.Paragraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the candidate runs of one paragraph: runs of capitalised words, split into the titles, places and common
 * words that precede a name and the name itself, each weighed by {@link CandidateEvidence}.
 */
final class ParagraphScan extends ParagraphReader {
    private static final Set<String> LEADING_PARTICLES = Set.of("von", "van", "der", "den", "de", "da", "di",
            "du", "del", "della", "dos", "das", "ter", "ten", "bin", "ibn");
    private final List<PersonCandidate> out;
    private final CandidateEvidence evidence;
    private PersonCandidate previous;

    ParagraphScan(NameLexicon lex, int pi, Paragraph p, List<Token> t, Set<String> lowerWords, List<PersonCandidate> out) {
        super(lex, pi, p, t, lowerWords);
        this.out = out;
        this.evidence = new CandidateEvidence(this, new RoleReader(this));
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

    /**
     * Splits the run [s, e) into what precedes the name (titles, places, common words: "Hong Kong Chief
     * Executive", "Russian Foreign Minister") and the name itself, then weighs the name.
     */
    /** How many tokens before a run a title may open and still end inside it: the longest portfolio phrases. */
    private static final int TITLE_REACH = 8;

    private void run(int s, int e) {
        // the name follows the last title of the run: "Mongla Port Authority Chairman Rear Admiral Mohammad Musa"
        Titles.Match title = null;
        // "Minister of Economic Affairs Chen Li-ting": a title that opened before the run ends inside it; a
        // portfolio joined by "and" ("Minister of Foreign Affairs and Trade Ana Kis") opens several words back
        for (int j = Math.max(0, s - TITLE_REACH); j < s; j++) {
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
        int of = s - 1;
        if (of >= 1 && t.get(of).isWord() && t.get(of).allCaps() && !t.get(of).initial()
                && t.get(of).text().length() >= 2) {
            of--; // "Director-General of RWA Tavish Kornblum": the organisation's acronym completes the title
        }
        if (of >= 1 && t.get(of).lower().equals("the")) {
            of--;
        }
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
            if (placeLen == 1 && givenNameBeforeSurname(p, e)) {
                placeLen = 0; // "said Victoria Okafor": a given name that is also a place opens the name
            }
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
        if (titleOf != null && title == null && (p > s || t.get(s - 1).allCaps() && e - p >= 2)) {
            title = titleOf;
            placeBefore = false;
        }
        if (p >= e) {
            previous = null;
            if (title != null) {
                // a run that is only a title: remember it for "Ministers Jovanovic and Petrov"
                previous = new PersonCandidate();
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
            // ... and so is one that an age follows: "Sadik Mollah, 21,"
            if (lex.titles.isTitleWord(tok.lower()) && !known && !((afterGiven || ageAfter(e)) && j == e - 1)) {
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
        PersonCandidate c = new PersonCandidate();
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
        evidence.weigh(c, s, p, q, previous);
        if (!c.negative) {
            // "Kristen Vale, the group's director": a given name and a person's context make an org word the surname
            // of a two-word name; not after a preposition ("lectures at Elton College, said") nor before "of"
            Token lead = s > 0 ? t.get(s - 1) : null;
            boolean afterPreposition = lead != null && lead.isWord() && !lead.capitalised()
                    && CandidateEvidence.PREPOSITIONS.contains(lead.lower());
            boolean governsOf = q < t.size() && t.get(q).text().equals("of"); // "Elton School of Music"
            boolean surnameSlot = c.size() >= 2 && c.size() <= 3 && c.given && c.contextShowsPerson() && !afterPreposition && !governsOf;
            c.negative = cutByTitle || orgInRun(from, e, s, skip, surnameSlot)
                    || (placeBefore && title == null && !c.given && !c.family);
        }
        out.add(c);
        previous = c;
    }

    /**
     * Whether token k, a place name that is also a listed given name (Victoria, Florence, Jordan), is followed in the
     * run by one capitalised word that is no ordinary word, place or organisation word: then the two are a person's
     * names ("Victoria Okafor"), not a place before a name ("Victoria Falls", "Jordan Valley" stay places).
     */
    private boolean givenNameBeforeSurname(int k, int e) {
        if (k + 1 >= e || !lex.givenNames.contains(t.get(k).key())) {
            return false;
        }
        Token next = t.get(k + 1);
        String key = next.key();
        return next.isWord() && next.capitalised() && !lex.isEnglishWord(next.lower()) && !lex.isPlace(key)
                && !lex.orgWords.containsKey(key) && !lex.titles.isTitleWord(next.lower()) && placeAt(k + 1, e) == 0;
    }

    /** ", 45," or ", 45." right after token k - 1: an age, which only people are given. */
    private boolean ageAfter(int k) {
        return k + 2 < t.size() && t.get(k).is(",") && isNumber(t.get(k + 1))
                && (t.get(k + 2).is(",") || t.get(k + 2).is("."));
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

    /** "Mahatma Gandhi, Jawaharlal Nehru and Subhas Chandra Bose": names in one list are of one kind. */
    private void joinList(PersonCandidate c, int s) {
        if (out.isEmpty()) {
            return;
        }
        PersonCandidate prev = out.get(out.size() - 1);
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
    private boolean orgInRun(int from, int e, int s, boolean[] skip, boolean lastIsSurname) {
        int size = e - from;
        for (int j = from; j < (lastIsSurname ? e - 1 : e); j++) {
            if (skip[j - s] || isParticle(t.get(j))) {
                continue;
            }
            if (lex.isOrgWord(t.get(j).key(), j - from, size)) {
                return true;
            }
        }
        return false;
    }

}
