package dev.parley.extract;

import dev.parley.model.Document;
import dev.parley.model.Paragraph;
import dev.parley.text.Fold;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass over one document: finds its quotes paragraph by paragraph and attributes each to a speaker, keeping
 * track of who the text is about (the subject of each sentence) so that "he", "the minister" or an unattributed
 * quote can be resolved to the person the reader would think of.
 */
final class QuoteReading {
    private static final double NAME = 0.95;
    private static final double TITLE = 0.9;
    private static final double ROLE_UNIQUE = 0.85;
    private static final double ROLE = 0.75;
    private static final double PRONOUN = 0.75;
    private static final double PREVIOUS = 0.6;
    private static final double SPLIT_PENALTY = 0.05;
    /** How far (in tokens) a speech verb may stand before a quote it introduces. */
    private static final int LEAD_REACH = 10;
    private static final int LEAD_REACH_COLON = 16;
    /** How far (in tokens) after a quote its attribution may run. */
    private static final int TRAIL_REACH = 16;
    private static final int TRAIL_VERB_REACH = 14;
    private static final int PHRASE_MAX = 14;
    /** How far (in tokens) a sentence may run on after a quote to an attribution closing it ("..., said X."). */
    private static final int SENTENCE_REACH = 60;
    /** Longest clause that closes a sentence as its attribution. */
    private static final int CLOSING_CLAUSE_MAX = 8;
    /** Unattributed quoted phrases shorter than this, without sentence punctuation, are scare quotes or names. */
    private static final int MIN_FREE_QUOTE_WORDS = 6;
    /** How many sentence subjects or mentions are looked back through to resolve a title or pronoun. */
    private static final int LOOKBACK = 400;
    /** Longest name a ref may have, for finding the refs inside a phrase. */
    private static final int NAME_MAX_CHARS = 200;

    /** A person named, titled or described at [start, end) of paragraph p. */
    private record Ref(int p, int start, int end, int person, String kind, boolean inQuote) {
    }

    /** The subject of a sentence: who the text is about at that point. */
    private record Subject(int p, int offset, int person, String text) {
    }

    /** How a quote is attributed: a speech verb and the token range of the words naming the speaker. */
    private record Attribution(int verbStart, int verbEnd, int phraseStart, int phraseEnd, boolean direct,
                               boolean participle, boolean according, boolean far) {
    }

    private record Resolution(int speaker, String text, String verb, String how, double confidence) {
        int strength() {
            if (how == null) {
                return 0;
            }
            switch (how) {
                case "name":
                    return 5;
                case "title":
                    return 4;
                case "role":
                    return 3;
                case "pronoun":
                    return 2;
                default:
                    return 1;
            }
        }

        Resolution copy(double penalty) {
            return new Resolution(speaker, text, verb, how, Math.max(0, confidence - penalty));
        }
    }

    private final QuoteLexicon lex;
    private final RoleConcepts roles;
    private final Gazetteer gazetteer;
    private final List<LocalPerson> people;
    /** The paragraphs as written, for the quoted words. */
    private final List<String> originals = new ArrayList<>();
    /** The paragraphs as read: the same offsets, typewriter quotation marks made ordinary ones. */
    private final List<String> texts = new ArrayList<>();
    private final List<List<Words.Token>> tokens = new ArrayList<>();
    private final List<List<QuoteMarks.Marked>> marks = new ArrayList<>();
    private final List<List<Ref>> refs = new ArrayList<>();
    private final List<Subject> history = new ArrayList<>();
    private final List<LocalQuote> out = new ArrayList<>();
    /** Per person: 'f', 'm' or 0 when the document does not say. */
    private final char[] gender;

    /** The last quote of the previous paragraph when it runs on into this one. */
    private Resolution runningOn;
    /** Indices in {@link #out} of running-on quotes still waiting for the speaker named after them. */
    private final List<Integer> waiting = new ArrayList<>();
    private final Map<Integer, int[]> firstTwoNamed = new HashMap<>();

    QuoteReading(Document doc, List<LocalPerson> people, QuoteLexicon lex, RoleConcepts roles, Gazetteer gazetteer,
                 Words words) {
        this.lex = lex;
        this.roles = roles;
        this.gazetteer = gazetteer;
        this.people = people == null ? List.of() : people;
        for (Paragraph paragraph : doc.paragraphs()) {
            String text = paragraph.text() == null ? "" : paragraph.text();
            originals.add(text);
            texts.add(QuoteMarks.withTypewriterMarks(text));
        }
        for (String text : texts) {
            tokens.add(words.split(text));
        }
        for (int p = 0; p < texts.size(); p++) {
            marks.add(QuoteMarks.find(texts.get(p), p + 1 < texts.size() ? texts.get(p + 1) : null));
        }
        this.gender = new char[this.people.size()];
        buildRefs();
        readGenders();
    }

    List<LocalQuote> run() {
        for (int p = 0; p < texts.size(); p++) {
            readParagraph(p);
        }
        return out;
    }

    // ---------------------------------------------------------------- paragraphs and sentences

    private void readParagraph(int p) {
        String text = texts.get(p);
        List<QuoteMarks.Marked> ms = marks.get(p);
        List<Integer> starts = sentenceStarts(p);
        Resolution runOn = runningOn;
        runningOn = null;
        List<Resolution> earlier = new ArrayList<>();
        int next = 0;
        for (int si = 0; si < starts.size(); si++) {
            int s = starts.get(si);
            int e = si + 1 < starts.size() ? starts.get(si + 1) : text.length();
            int windowStart = s;
            Resolution inSentence = null;
            Resolution firstSpeaker = null;
            while (next < ms.size() && ms.get(next).open() < e) {
                QuoteMarks.Marked m = ms.get(next++);
                if (m.open() < s) {
                    continue;
                }
                boolean continuesRunOn = runOn != null && earlier.isEmpty() && onlySpaceBefore(text, m.open());
                Resolution r = attribute(p, m, s, windowStart, inSentence, earlier, continuesRunOn ? runOn : null);
                windowStart = Math.min(text.length(), m.close() + 1);
                if (r == null) {
                    continue;
                }
                if (continuesRunOn && r.speaker() >= 0 && !"previous".equals(r.how())) {
                    settleWaiting(r);
                }
                waiting.clear();
                out.add(new LocalQuote(p, m.start(), m.end(), originals.get(p).substring(m.start(), m.end()), r.speaker(),
                        r.text(), r.verb(), r.how(), r.confidence()));
                if (m.openEnded()) {
                    runningOn = r;
                    if (r.speaker() < 0) {
                        waiting.add(out.size() - 1);
                    }
                }
                earlier.add(r);
                inSentence = r;
                if (r.speaker() >= 0 && firstSpeaker == null) {
                    firstSpeaker = r;
                }
            }
            if (firstSpeaker != null) {
                history.add(new Subject(p, s, firstSpeaker.speaker(), firstSpeaker.text()));
            } else {
                Subject subject = subjectOf(p, s, e);
                if (subject != null) {
                    history.add(subject);
                }
            }
        }
    }

    private void settleWaiting(Resolution r) {
        for (int index : waiting) {
            LocalQuote q = out.get(index);
            out.set(index, new LocalQuote(q.paragraph(), q.start(), q.end(), q.text(), r.speaker(), r.text(), r.verb(),
                    r.how(), Math.max(0, r.confidence() - SPLIT_PENALTY)));
        }
        waiting.clear();
    }

    private static boolean onlySpaceBefore(String text, int offset) {
        for (int k = 0; k < offset; k++) {
            if (!QuoteMarks.isSpace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Sentence starts of a paragraph, counting only full stops outside quotes: a quote of three sentences is part
     * of the one sentence that attributes it.
     */
    private List<Integer> sentenceStarts(int p) {
        String text = texts.get(p);
        List<Words.Token> toks = tokens.get(p);
        List<QuoteMarks.Marked> ms = marks.get(p);
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int mi = 0;
        for (Words.Token t : toks) {
            while (mi < ms.size() && ms.get(mi).close() < t.start()) {
                mi++;
            }
            if (mi < ms.size() && ms.get(mi).open() <= t.start() && t.start() <= ms.get(mi).close()) {
                QuoteMarks.Marked m = ms.get(mi);
                if (t.start() == m.close() && !m.openEnded() && m.end() > m.start()) {
                    char last = text.charAt(m.end() - 1);
                    if ((last == '.' || last == '!' || last == '?') && startsSentenceAfter(text, m.close() + 1)) {
                        addStart(text, starts, m.close() + 1);
                    }
                }
                continue;
            }
            char c = t.punct();
            if ((c == '.' || c == '!' || c == '?' || c == ';') && startsSentenceAfter(text, t.end())) {
                addStart(text, starts, t.end());
            }
        }
        return starts;
    }

    private static boolean startsSentenceAfter(String text, int from) {
        int k = from;
        if (k < text.length() && !QuoteMarks.isSpace(text.charAt(k))) {
            return false;
        }
        while (k < text.length() && QuoteMarks.isSpace(text.charAt(k))) {
            k++;
        }
        if (k >= text.length()) {
            return false;
        }
        char c = text.charAt(k);
        return Character.isUpperCase(c) || Character.isDigit(c) || QuoteMarks.isQuoteMark(c);
    }

    private static void addStart(String text, List<Integer> starts, int from) {
        int k = from;
        while (k < text.length() && QuoteMarks.isSpace(text.charAt(k))) {
            k++;
        }
        if (k < text.length() && k > starts.get(starts.size() - 1)) {
            starts.add(k);
        }
    }

    // ---------------------------------------------------------------- one quote

    /** The attribution of one candidate quote, or null when it is not a direct quote (a name, a scare quote). */
    private Resolution attribute(int p, QuoteMarks.Marked m, int sentenceStart, int windowStart,
                                 Resolution inSentence, List<Resolution> earlier, Resolution runOn) {
        List<Words.Token> toks = tokens.get(p);
        int openIdx = Words.firstAtOrAfter(toks, m.open());
        int windowIdx = Words.firstAtOrAfter(toks, windowStart);
        int afterIdx = m.openEnded() ? toks.size() : Words.firstAtOrAfter(toks, m.close() + 1);

        Attribution trailing = m.openEnded() ? null : trailing(p, m, afterIdx);
        Attribution leading = leading(toks, windowIdx, openIdx);
        int innerFrom = Words.firstAtOrAfter(toks, m.start());
        int innerTo = Words.firstAtOrAfter(toks, m.end());
        int wordCount = 0;
        boolean sentential = false;
        boolean titleCase = true;
        for (int k = innerFrom; k < innerTo; k++) {
            Words.Token t = toks.get(k);
            if (t.word()) {
                wordCount++;
                if (!t.capitalised() && !Character.isDigit(t.text().charAt(0)) && t.text().length() > 3) {
                    titleCase = false;
                }
            } else if (t.punct() == '.' || t.punct() == '!' || t.punct() == '?' || t.punct() == ';') {
                sentential = true;
            }
        }
        sentential |= texts.get(p).substring(m.end(), m.close()).indexOf(',') >= 0;
        titleCase &= wordCount >= 2 && !sentential;

        if (openIdx > 0 && lex.classEndingAt(toks, openIdx - 1, "term") > 0 || namedBy(toks, openIdx)) {
            return null; // "the so-called 'reset'", "known as 'the formula'", "a card called 'X'"
        }
        boolean directLead = leading != null && leading.direct();
        Attribution near = leading != null && !leading.far() ? leading : null;
        if (trailing == null && !directLead) {
            if (isTerm(p, m, openIdx, afterIdx, wordCount, sentential)) {
                return null;
            }
            // quoted sentences are speech; a quoted sentence standing alone ("Second part.") however short
            boolean sentences = (wordCount >= 3 || m.open() == sentenceStart) && innerSentenceEnd(toks, innerFrom, innerTo);
            if (near == null && (titleCase || (wordCount < MIN_FREE_QUOTE_WORDS && !sentences))) {
                return null;
            }
            if (near != null && titleCase) {
                return null;
            }
            if (wordCount <= 3 && nickname(toks, openIdx, afterIdx)) {
                return null; // Gerardo "Tata" Martino
            }
        }

        Resolution best = null;
        if (trailing != null) {
            best = resolve(p, trailing, m.open(), sentenceStart, inSentence);
        }
        if (leading != null) {
            Resolution lead = resolve(p, leading, m.open(), sentenceStart, inSentence);
            if (best == null || lead.strength() > best.strength() && lead.speaker() >= 0) {
                best = lead;
            }
        }
        if (best != null && (best.speaker() >= 0 || best.text() != null)) {
            return best;
        }
        return unattributed(p, m.open(), sentenceStart, inSentence, earlier, runOn, best);
    }

    private static boolean innerSentenceEnd(List<Words.Token> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = toks.get(k).punct();
            if (c == '.' || c == '!' || c == '?') {
                return true;
            }
        }
        return false;
    }

    /** A quote without words naming its speaker continues the speaker before it, when the text makes that clear. */
    private Resolution unattributed(int p, int open, int sentenceStart, Resolution inSentence,
                                    List<Resolution> earlier, Resolution runOn, Resolution found) {
        String verb = found == null ? null : found.verb();
        if (!onlySpaceOrMarksBetween(texts.get(p), sentenceStart, open)) {
            // a quote inside a sentence of narrative belongs to that sentence, not to the paragraph before:
            // 'the court pointed to a "coalesced effort"' has no speaker among the people
            if (inSentence != null && (inSentence.speaker() >= 0 || inSentence.text() != null)) {
                return inSentence.copy(SPLIT_PENALTY);
            }
            Subject s = subjectOf(p, sentenceStart, open);
            if (s != null) {
                String how = isPronoun(s.text()) ? "pronoun" : "previous";
                return new Resolution(s.person(), s.text(), verb, how, PREVIOUS);
            }
            return new Resolution(-1, null, verb, null, 0);
        }
        if (runOn != null) {
            return runOn.speaker() >= 0
                    ? new Resolution(runOn.speaker(), runOn.text(), runOn.verb(), "previous", PREVIOUS) : runOn;
        }
        if (!earlier.isEmpty()) {
            Resolution last = earlier.get(earlier.size() - 1);
            if (last.speaker() >= 0 || last.text() != null) {
                return last.copy(SPLIT_PENALTY); // "First part," he said. "Second part."
            }
        }
        Subject last = history.isEmpty() ? null : history.get(history.size() - 1);
        if (last != null && last.p() == p) {
            return new Resolution(last.person(), last.text(), verb, "previous", PREVIOUS);
        }
        if (last != null && last.p() == p - 1 && !personNamedBefore(p, open, last.person())) {
            return new Resolution(last.person(), last.text(), verb, "previous", PREVIOUS);
        }
        return new Resolution(-1, null, verb, null, 0);
    }

    private static boolean onlySpaceOrMarksBetween(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private boolean personNamedBefore(int p, int offset, int except) {
        // the first two people named outside quotes in the paragraph answer this for any offset
        int[] first = firstTwoNamed.computeIfAbsent(p, this::firstTwoNamed);
        int[] pick = first[1] != except ? new int[] {first[0], first[1]} : new int[] {first[2], first[3]};
        return pick[1] >= 0 && pick[0] < offset;
    }

    /** {start of the first ref, its person, start of the first ref of another person, that person}, -1 if none. */
    private int[] firstTwoNamed(int p) {
        int[] out = {-1, -1, -1, -1};
        for (Ref r : refs.get(p)) {
            if (r.inQuote()) {
                continue;
            }
            if (out[1] < 0) {
                out[0] = r.start();
                out[1] = r.person();
            } else if (r.person() != out[1]) {
                out[2] = r.start();
                out[3] = r.person();
                break;
            }
        }
        return out;
    }

    /** Index of the first ref of paragraph p that starts at or after {@code offset}. */
    private int firstRef(int p, int offset) {
        List<Ref> list = refs.get(p);
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean nickname(List<Words.Token> toks, int openIdx, int afterIdx) {
        return openIdx > 0 && afterIdx < toks.size() && toks.get(openIdx - 1).capitalised()
                && toks.get(afterIdx).capitalised() && Words.withoutPossessive(toks.get(openIdx - 1)) == null;
    }

    /** "an app called 'X'" names a thing; "what he called 'a provocation'" quotes a speaker. */
    private boolean namedBy(List<Words.Token> toks, int openIdx) {
        if (openIdx < 2 || !toks.get(openIdx - 1).is("called")) {
            return false;
        }
        Words.Token before = toks.get(openIdx - 2);
        return before.word() && !before.capitalised() && !lex.is(before, "pronoun-male")
                && !lex.is(before, "pronoun-female") && !lex.is(before, "indefinite") && !lex.is(before, "adverb");
    }

    /**
     * A short quoted phrase used as a name or term: after "so-called", "dubbed", "known as", or between a
     * determiner and a noun ('the "either-or" formula').
     */
    private boolean isTerm(int p, QuoteMarks.Marked m, int openIdx, int afterIdx, int wordCount, boolean sentential) {
        List<Words.Token> toks = tokens.get(p);
        if (sentential || wordCount > 8 || openIdx == 0) {
            return false;
        }
        Words.Token before = toks.get(openIdx - 1);
        boolean determiner = lex.is(before, "determiner") || (before.word() && Words.withoutPossessive(before) != null);
        if (!determiner) {
            return false;
        }
        if (afterIdx < toks.size()) {
            Words.Token after = toks.get(afterIdx);
            if (after.word() && !after.capitalised() && !isFunctionWord(after)) {
                return true; // followed by the noun it qualifies
            }
        }
        return wordCount <= 2; // 'the "reset"', 'a "provocation"'
    }

    private boolean isFunctionWord(Words.Token t) {
        return lex.is(t, "boundary") || lex.is(t, "after") || lex.is(t, "oblique") || lex.is(t, "adverb")
                || lex.verbAt(List.of(t), 0, 1) != null;
    }

    // ---------------------------------------------------------------- attribution clauses

    /** '"...", Petrov said', '"...," said the minister', '"...", according to the diplomat'. */
    private Attribution trailing(int p, QuoteMarks.Marked m, int i) {
        List<Words.Token> toks = tokens.get(p);
        if (i >= toks.size()) {
            return null;
        }
        Words.Token first = toks.get(i);
        char c = first.punct();
        if (c == ',' || c == '—' || c == '–' || c == '-') {
            i++;
            if (i < toks.size() && c == ',' && isDash(toks.get(i).punct())) {
                i++; // '"...", - Volkova said': a dash after the comma, as translations from Russian have it
            }
        } else if (!first.word()) {
            return null;
        } else if (first.capitalised() && texts.get(p).charAt(m.end() - 1) == '.') {
            return null; // the quote ended its sentence; what follows is a new one
        }
        int sentenceEnd = i;
        while (sentenceEnd < toks.size() && sentenceEnd - i < SENTENCE_REACH) {
            Words.Token t = toks.get(sentenceEnd);
            char d = t.punct();
            if (d == '.' || d == '!' || d == '?' || d == ';' || d == ':' || QuoteMarks.isQuoteMark(d)) {
                break;
            }
            sentenceEnd++;
        }
        int stop = Math.min(sentenceEnd, i + TRAIL_REACH);
        if (i + 1 < stop && toks.get(i).is("according") && toks.get(i + 1).is("to")) {
            int end = phraseEnd(toks, i + 2, stop);
            return end > i + 2 ? new Attribution(i, i + 2, i + 2, end, true, false, true, false) : null;
        }
        for (int v = i; v < stop && v - i < TRAIL_VERB_REACH; v++) {
            QuoteLexicon.Verb verb = lex.verbAt(toks, v, stop);
            if (verb == null || verb.participle() || (v > 0 && toks.get(v - 1).is("to"))) {
                continue;
            }
            int verbEnd = v + verb.words().length;
            if (v == i) { // '"...," said the first deputy prime minister'
                int end = phraseEnd(toks, verbEnd, stop);
                return end > verbEnd ? new Attribution(v, verbEnd, verbEnd, end, true, false, false, false) : null;
            }
            int end = v;
            while (end > i && lex.is(toks.get(end - 1), "adverb")) {
                end--;
            }
            if (end == i || end - i > PHRASE_MAX || lex.is(toks.get(i), "adverb")) {
                return null; // '"backstop" was not discussed, officials said' is no attribution
            }
            for (int k = i; k < end; k++) {
                Words.Token t = toks.get(k);
                if (lex.is(t, "boundary") && (k == i || !t.is("and"))) {
                    return null; // '"...", while Petrov said ...', '"..." and said' are no attributions
                }
            }
            return new Attribution(v, verbEnd, i, end, true, false, false, false);
        }
        return closingClause(toks, i, sentenceEnd);
    }

    /** '"...' in the footsteps of others, said Zhu.': a short clause after the last comma, ending the sentence. */
    private Attribution closingClause(List<Words.Token> toks, int from, int sentenceEnd) {
        if (sentenceEnd >= toks.size() || toks.get(sentenceEnd).punct() != '.') {
            return null;
        }
        int comma = -1;
        for (int k = sentenceEnd - 1; k > from && sentenceEnd - k <= CLOSING_CLAUSE_MAX + 1; k--) {
            if (toks.get(k).punct() == ',') {
                comma = k;
                break;
            }
        }
        if (comma < 0) {
            return null;
        }
        int i = comma + 1;
        QuoteLexicon.Verb first = lex.verbAt(toks, i, sentenceEnd);
        if (first != null && !first.participle()) {
            int verbEnd = i + first.words().length;
            int end = phraseEnd(toks, verbEnd, sentenceEnd);
            return end > verbEnd ? new Attribution(i, verbEnd, verbEnd, end, true, false, false, false) : null;
        }
        for (int v = i + 1; v < sentenceEnd; v++) {
            QuoteLexicon.Verb verb = lex.verbAt(toks, v, sentenceEnd);
            if (verb != null && !verb.participle()) {
                int end = v;
                while (end > i && lex.is(toks.get(end - 1), "adverb")) {
                    end--;
                }
                boolean clean = end > i && !lex.is(toks.get(i), "boundary") && !lex.is(toks.get(i), "adverb");
                return clean ? new Attribution(v, v + verb.words().length, i, end, true, false, false, false) : null;
            }
        }
        return null;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '—' || c == '–';
    }

    /** End of a speaker phrase read rightwards: at punctuation or a word that opens something else. */
    private int phraseEnd(List<Words.Token> toks, int from, int stop) {
        int k = from;
        while (k < stop && k - from < PHRASE_MAX) {
            Words.Token t = toks.get(k);
            if (!t.word() && t.punct() != '-' && t.punct() != '’' && t.punct() != '\'') {
                break;
            }
            if (t.word() && k > from && (lex.is(t, "after") || lex.verbAt(toks, k, stop) != null)) {
                break;
            }
            k++;
        }
        return k;
    }

    /** 'Petrov said: "..."', 'Petrov said that he "has no objections"', 'According to the diplomat, "..."'. */
    private Attribution leading(List<Words.Token> toks, int windowIdx, int openIdx) {
        if (openIdx <= windowIdx) {
            return null;
        }
        boolean colon = toks.get(openIdx - 1).punct() == ':';
        int reach = colon ? LEAD_REACH_COLON : LEAD_REACH;
        for (int v = openIdx - 1; v >= windowIdx && openIdx - v <= SENTENCE_REACH; v--) {
            boolean far = openIdx - v > reach; // attributes a quote the sentence carries, but does not make one
            Words.Token t = toks.get(v);
            char c = t.punct();
            if (c == '.' || c == '!' || c == '?' || c == ';' || QuoteMarks.isQuoteMark(c)) {
                break;
            }
            if (t.is("according") && v + 1 < openIdx && toks.get(v + 1).is("to")) {
                int end = v + 2;
                while (end < openIdx && toks.get(end).punct() != ',') {
                    end++;
                }
                return end > v + 2 ? new Attribution(v, v + 2, v + 2, end, true, false, true, far) : null;
            }
            QuoteLexicon.Verb verb = lex.verbAt(toks, v, openIdx);
            if (verb == null || (v > 0 && toks.get(v - 1).is("to"))) {
                continue;
            }
            int verbEnd = v + verb.words().length;
            boolean direct = !far && (colon || directGap(toks, verbEnd, openIdx));
            return new Attribution(v, verbEnd, -1, -1, direct, verb.participle(), false, far);
        }
        return null;
    }

    /** Whether only an addressee and a comma or colon stand between a verb and its quote ("told reporters:"). */
    private boolean directGap(List<Words.Token> toks, int from, int openIdx) {
        int k = from;
        while (k < openIdx) {
            Words.Token t = toks.get(k);
            if (!t.word()) {
                if (t.punct() == ',' || t.punct() == ':' || t.punct() == '—' || t.punct() == '–') {
                    k++;
                    continue;
                }
                return false;
            }
            int len = 0;
            for (int end = Math.min(openIdx - 1, k + 2); end >= k && len == 0; end--) {
                if (lex.classEndingAt(toks, end, "object") == end - k + 1) {
                    len = end - k + 1;
                }
            }
            if (len == 0) {
                return false;
            }
            k += len;
        }
        return true;
    }

    // ---------------------------------------------------------------- speakers

    private Resolution resolve(int p, Attribution a, int open, int sentenceStart, Resolution inSentence) {
        List<Words.Token> toks = tokens.get(p);
        String verb = a.according() ? null : span(p, toks.get(a.verbStart()).start(), toks.get(a.verbEnd() - 1).end());
        if (a.phraseStart() >= 0) {
            Resolution r = resolvePhrase(p, a.phraseStart(), a.phraseEnd(), open, sentenceStart, verb);
            return r;
        }
        // leading verb: the speaker is its subject, read leftwards from the verb
        int windowIdx = Words.firstAtOrAfter(toks, sentenceStart);
        if (!a.participle()) {
            int end = a.verbStart();
            while (end > windowIdx && lex.is(toks.get(end - 1), "adverb")) {
                end--;
            }
            int start = chunkStart(toks, end, windowIdx);
            if (start < end && toks.get(start).word()
                    && (toks.get(start).is("who") || toks.get(start).is("which"))
                    && start - 1 > windowIdx && toks.get(start - 1).punct() == ',') {
                end = start - 1; // "Petrov, who ..., said": the speaker stands before the relative clause
                start = chunkStart(toks, end, windowIdx);
            }
            if (start < end) {
                Resolution r = resolvePhrase(p, start, end, open, sentenceStart, verb);
                if (r.speaker() < 0 && start - 1 > windowIdx && toks.get(start - 1).punct() == ',') {
                    // an apposition: "Ivanova, the ministry's spokeswoman, said"
                    int before = chunkStart(toks, start - 1, windowIdx);
                    if (before < start - 1) {
                        Resolution r2 = resolvePhrase(p, before, start - 1, open, sentenceStart, verb);
                        if (r2.speaker() >= 0 && "name".equals(r2.how())) {
                            return r2;
                        }
                    }
                }
                return r;
            }
        }
        // "..., adding: '...'", "and said: '...'": the subject of the clause the verb hangs on
        if (inSentence != null && inSentence.speaker() >= 0) {
            return new Resolution(inSentence.speaker(), inSentence.text(), verb, inSentence.how(),
                    Math.max(0, inSentence.confidence() - SPLIT_PENALTY));
        }
        Subject s = subjectOf(p, sentenceStart, toks.get(a.verbStart()).start());
        if (s != null) {
            String how = s.text() != null && Character.isUpperCase(s.text().charAt(0)) && !isPronoun(s.text())
                    ? "name" : "pronoun";
            return new Resolution(s.person(), s.text(), verb, how, how.equals("name") ? TITLE : PRONOUN);
        }
        return new Resolution(-1, null, verb, null, 0);
    }

    private boolean isPronoun(String text) {
        String l = text.toLowerCase();
        return lex.is(l, "pronoun-male") || lex.is(l, "pronoun-female");
    }

    /** Start of the clause chunk that ends at {@code end}: back to a comma, a conjunction or the window start. */
    private int chunkStart(List<Words.Token> toks, int end, int windowIdx) {
        int a = end;
        while (a - 1 >= windowIdx && end - a < PHRASE_MAX) {
            Words.Token x = toks.get(a - 1);
            if (!x.word()) {
                if (x.punct() == '-' || x.punct() == '’' || x.punct() == '\'') {
                    a--;
                    continue;
                }
                break;
            }
            if (lex.verbAt(toks, a - 1, end) != null) {
                break; // "She said she was assured ...": the nearer clause has its own subject
            }
            if (lex.is(x, "boundary") && !(x.is("and") && a - 2 >= windowIdx && toks.get(a - 2).capitalised()
                    && a < end && toks.get(a).capitalised())) {
                break;
            }
            a--;
        }
        return a;
    }

    /** Who the words [a, b) of paragraph p designate, judged at offset {@code at}. */
    private Resolution resolvePhrase(int p, int a, int b, int at, int sentenceStart, String verb) {
        List<Words.Token> toks = tokens.get(p);
        String text = texts.get(p);
        int from = toks.get(a).start();
        int to = toks.get(b - 1).end();
        String phrase = text.substring(from, to);

        Ref named = null;
        boolean joint = false;
        List<Ref> nearby = refs.get(p);
        for (int k = firstRef(p, Math.max(0, from - NAME_MAX_CHARS)); k < nearby.size(); k++) {
            Ref r = nearby.get(k);
            if (r.start() >= to) {
                break;
            }
            if (r.end() <= from || "role".equals(r.kind()) || isPossessive(text, r.end())) {
                continue;
            }
            if (named != null && named.person() != r.person()) {
                joint = true;
            }
            named = r;
        }
        if (named != null) {
            if (joint && containsWord(toks, a, b, "and")) {
                return new Resolution(-1, phrase, verb, null, 0);
            }
            boolean full = "full".equals(named.kind()) || span(p, named.start(), named.end()).contains(" ");
            boolean titled = "title".equals(named.kind());
            for (int k = a; k < b && !titled && toks.get(k).start() < named.start(); k++) {
                Words.Token t = toks.get(k);
                titled = t.word() && !t.is("the") && roles.isRoleWord(t.text()) && !full;
            }
            // keep the words of the name and its titles, not the clause before them ("what the third supremo X")
            int nameStart = skipNameLead(toks, Words.firstAtOrAfter(toks, named.start()) - 1, a) + 1;
            while (nameStart < b && toks.get(nameStart).word() && toks.get(nameStart).is("of")) {
                nameStart++;
            }
            String designation = nameStart > a && nameStart < b ? text.substring(toks.get(nameStart).start(), to) : phrase;
            return titled ? new Resolution(named.person(), designation, verb, "title", TITLE)
                    : new Resolution(named.person(), designation, verb, "name", NAME);
        }
        Words.Token first = toks.get(a);
        if (b - a == 1 && (lex.is(first, "pronoun-male") || lex.is(first, "pronoun-female"))) {
            int person = pronoun(p, at, sentenceStart, lex.is(first, "pronoun-female"));
            return person >= 0 ? new Resolution(person, phrase, verb, "pronoun", PRONOUN)
                    : new Resolution(-1, phrase, verb, null, 0);
        }
        if (lex.is(first, "indefinite")) {
            return new Resolution(-1, phrase, verb, null, 0);
        }
        RoleConcepts.Phrase role = roles.parse(toks.subList(a, b));
        if (role != null) {
            boolean[] fits = new boolean[people.size()];
            int count = 0;
            for (int i = 0; i < people.size(); i++) {
                for (LocalRole r : people.get(i).roles()) {
                    if (!fits[i] && roles.fits(role, r)) {
                        fits[i] = true;
                        count++;
                    }
                }
            }
            int person = count == 0 ? -1 : recent(fits, p, at);
            if (person >= 0) {
                return new Resolution(person, phrase, verb, "role", count == 1 ? ROLE_UNIQUE : ROLE);
            }
        }
        return new Resolution(-1, phrase, verb, null, 0);
    }

    private static boolean containsWord(List<Words.Token> toks, int a, int b, String word) {
        for (int k = a; k < b; k++) {
            if (toks.get(k).is(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPossessive(String text, int end) {
        return end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’')
                && (text.charAt(end + 1) == 's' || text.charAt(end + 1) == 'S')
                && (end + 2 >= text.length() || !Character.isLetter(text.charAt(end + 2)));
    }

    /**
     * Among the people allowed by {@code fits}, the one the text is about at (p, at): the latest sentence subject,
     * else the latest mention. Nobody when no fitting person was mentioned yet: a title used before the name is
     * rare, and a wrong speaker is worse than none.
     */
    private int recent(boolean[] fits, int p, int at) {
        for (int k = history.size() - 1; k >= 0 && history.size() - k <= LOOKBACK; k--) {
            Subject s = history.get(k);
            if (fits[s.person()] && (s.p() < p || s.offset() < at)) {
                return s.person();
            }
        }
        Ref last = lastRefBefore(fits, p, at);
        return last != null ? last.person() : -1;
    }

    private Ref lastRefBefore(boolean[] fits, int p, int at) {
        int looked = 0;
        for (int q = Math.min(p, refs.size() - 1); q >= 0; q--) {
            List<Ref> list = refs.get(q);
            for (int k = (q == p ? firstRef(p, at) : list.size()) - 1; k >= 0; k--) {
                if (++looked > LOOKBACK) {
                    return null;
                }
                Ref r = list.get(k);
                if ((q < p || r.start() < at) && !r.inQuote() && fits[r.person()]) {
                    return r;
                }
            }
        }
        return null;
    }

    /**
     * The person "he" or "she" at (p, at) stands for: a subject earlier in the same sentence, else the latest
     * sentence subject, else the latest mention, of a compatible gender. For "she" a person known to be a woman is
     * looked for first, since most people in this kind of text are men.
     */
    private int pronoun(int p, int at, int sentenceStart, boolean female) {
        int person = pronounReferent(p, at, sentenceStart, female);
        if (person >= 0 && gender[person] == 0) {
            gender[person] = female ? 'f' : 'm'; // the text has now told us
        }
        return person;
    }

    private int pronounReferent(int p, int at, int sentenceStart, boolean female) {
        int passes = female ? 2 : 1;
        for (int pass = 0; pass < passes; pass++) {
            boolean[] fits = new boolean[people.size()];
            boolean any = false;
            for (int i = 0; i < fits.length; i++) {
                fits[i] = female ? (pass == 0 ? gender[i] == 'f' : gender[i] != 'm') : gender[i] != 'f';
                any |= fits[i];
            }
            if (!any) {
                continue;
            }
            List<Ref> list = refs.get(p);
            for (int k = firstRef(p, sentenceStart); k < list.size() && k - firstRef(p, sentenceStart) < LOOKBACK; k++) {
                Ref r = list.get(k);
                if (r.start() >= at) {
                    break;
                }
                if (!r.inQuote() && fits[r.person()] && subjectLike(p, r, sentenceStart)) {
                    return r.person();
                }
            }
            int person = recent(fits, p, at);
            if (person >= 0) {
                return person;
            }
        }
        return -1;
    }

    /** The person a sentence is about: its first name in subject position, or a role phrase or pronoun opening it. */
    private Subject subjectOf(int p, int s, int e) {
        List<Ref> list = refs.get(p);
        Ref fallback = null;
        int firstInSentence = firstRef(p, s);
        for (int k = firstInSentence; k < list.size() && k - firstInSentence < LOOKBACK; k++) {
            Ref r = list.get(k);
            if (r.inQuote() || "role".equals(r.kind())) {
                continue; // the name next to a title designates the person better than the title
            }
            if (r.start() >= e) {
                break;
            }
            if (subjectLike(p, r, s)) {
                return new Subject(p, s, r.person(), span(p, r.start(), r.end()));
            }
            if (fallback == null && !afterOblique(p, r, s)) {
                fallback = r;
            }
        }
        List<Words.Token> toks = tokens.get(p);
        int i = Words.firstAtOrAfter(toks, s);
        if (i < toks.size() && toks.get(i).start() < e) {
            Words.Token first = toks.get(i);
            if (lex.is(first, "pronoun-male") || lex.is(first, "pronoun-female")) {
                int person = pronoun(p, first.start(), s, lex.is(first, "pronoun-female"));
                return person >= 0 ? new Subject(p, s, person, first.text()) : null;
            }
            int j = i;
            while (j < toks.size() && j - i < 8 && toks.get(j).word() && toks.get(j).start() < e
                    && (toks.get(j).is("the") || toks.get(j).is("of") || roles.isRoleWord(toks.get(j).text())
                    || toks.get(j).capitalised())) {
                j++;
            }
            if (j > i) {
                RoleConcepts.Phrase role = roles.parse(toks.subList(i, j));
                if (role != null) {
                    Resolution r = resolvePhrase(p, i, j, first.start(), s, null);
                    if (r.speaker() >= 0) {
                        return new Subject(p, s, r.speaker(), r.text());
                    }
                }
            }
        }
        if (fallback != null) {
            return new Subject(p, s, fallback.person(), span(p, fallback.start(), fallback.end()));
        }
        // "Hearing the apology here matters more, he said.": the pronoun before a speech verb is the subject
        for (int k = i; k + 1 < toks.size() && toks.get(k).start() < e && k - i < SENTENCE_REACH; k++) {
            Words.Token t = toks.get(k);
            boolean female = lex.is(t, "pronoun-female");
            if ((female || lex.is(t, "pronoun-male")) && !insideQuote(p, t.start())
                    && lex.verbAt(toks, k + 1, toks.size()) != null) {
                int person = pronoun(p, t.start(), s, female);
                return person >= 0 ? new Subject(p, s, person, t.text()) : null;
            }
        }
        return null;
    }

    /**
     * Whether a name stands where a subject does: at the start of its sentence or right after a comma, colon or
     * closing quote, once the titles and adjectives before it are passed over.
     */
    private boolean subjectLike(int p, Ref r, int sentenceStart) {
        List<Words.Token> toks = tokens.get(p);
        int k = Words.firstAtOrAfter(toks, r.start()) - 1;
        int floor = Words.firstAtOrAfter(toks, sentenceStart);
        k = skipNameLead(toks, k, floor);
        if (k < floor) {
            return true;
        }
        Words.Token x = toks.get(k);
        if (x.is("to") && k - 1 >= floor && toks.get(k - 1).is("according")) {
            return true; // "According to Petrov, ..." makes him the source of the sentence
        }
        char c = x.punct();
        return c == ',' || c == ':' || c == '—' || c == '–' || c == '”' || c == '"' || c == '»' || c == '“'
                || c == '’' || c == '(';
    }

    private boolean afterOblique(int p, Ref r, int sentenceStart) {
        List<Words.Token> toks = tokens.get(p);
        int floor = Words.firstAtOrAfter(toks, sentenceStart);
        int k = skipNameLead(toks, Words.firstAtOrAfter(toks, r.start()) - 1, floor);
        return k >= floor && lex.is(toks.get(k), "oblique");
    }

    /** Moves left over the titles, adjectives and names that may precede a name ("Russian Foreign Minister"). */
    private int skipNameLead(List<Words.Token> toks, int k, int floor) {
        while (k >= floor) {
            Words.Token x = toks.get(k);
            if (x.word() && (x.capitalised() || x.is("the") || x.is("of") || roles.isRoleWord(x.text()))) {
                k--;
            } else if (!x.word() && (x.punct() == '-')) {
                k--;
            } else {
                break;
            }
        }
        return k;
    }

    // ---------------------------------------------------------------- people in the text

    private void buildRefs() {
        for (int p = 0; p < texts.size(); p++) {
            refs.add(new ArrayList<>());
        }
        List<List<int[]>> spans = new ArrayList<>();
        for (int p = 0; p < texts.size(); p++) {
            spans.add(new ArrayList<>());
        }
        for (int i = 0; i < people.size(); i++) {
            LocalPerson person = people.get(i);
            for (PersonMention m : person.mentions()) {
                if (valid(m.paragraph(), m.start(), m.end())) {
                    addRef(m.paragraph(), m.start(), m.end(), i, m.form() == null ? "surname" : m.form());
                }
            }
            for (LocalRole r : person.roles()) {
                if (valid(r.paragraph(), r.start(), r.end())) {
                    addRef(r.paragraph(), r.start(), r.end(), i, "role");
                }
            }
        }
        // names the person list knows but did not mark at this place
        Map<String, Integer> bySurname = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            LocalPerson person = people.get(i);
            List<String> forms = new ArrayList<>(person.forms());
            if (person.name() != null) {
                forms.add(person.name());
            }
            for (String form : forms) {
                String[] parts = form.trim().split("\\s+");
                String key = Fold.key(parts[parts.length - 1]);
                if (key.length() < 3 || roles.isRoleWord(key) || gazetteer.country(key) != null) {
                    continue;
                }
                Integer known = bySurname.putIfAbsent(key, i);
                if (known != null && known != i) {
                    bySurname.put(key, -1);
                }
            }
        }
        for (int p = 0; p < texts.size(); p++) {
            List<Ref> list = refs.get(p);
            list.sort(Comparator.comparingInt(Ref::start));
            List<Ref> found = new ArrayList<>();
            int ri = 0;
            for (Words.Token t : tokens.get(p)) {
                if (!t.capitalised()) {
                    continue;
                }
                while (ri < list.size() && list.get(ri).end() <= t.start()) {
                    ri++;
                }
                if (ri < list.size() && list.get(ri).start() < t.end()) {
                    continue;
                }
                String owner = Words.withoutPossessive(t);
                String word = owner != null ? owner : t.text();
                Integer person = bySurname.get(Fold.key(word));
                if (person != null && person >= 0) {
                    found.add(new Ref(p, t.start(), t.start() + word.length(), person, "found", false));
                }
            }
            list.addAll(found);
            List<Ref> marked = new ArrayList<>(list.size());
            for (Ref r : list) {
                marked.add(new Ref(r.p(), r.start(), r.end(), r.person(), r.kind(), insideQuote(p, r.start())));
            }
            marked.sort(Comparator.comparingInt(Ref::start).thenComparingInt(Ref::end));
            refs.set(p, Collections.unmodifiableList(marked));
        }
    }

    private void addRef(int p, int start, int end, int person, String kind) {
        refs.get(p).add(new Ref(p, start, end, person, kind, false));
    }

    private boolean valid(int p, int start, int end) {
        return p >= 0 && p < texts.size() && start >= 0 && end > start && end <= texts.get(p).length();
    }

    private boolean insideQuote(int p, int offset) {
        List<QuoteMarks.Marked> ms = marks.get(p);
        int lo = 0;
        int hi = ms.size();
        while (lo < hi) { // the last quote opening before offset; quotes do not overlap
            int mid = (lo + hi) >>> 1;
            if (ms.get(mid).open() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 && offset < ms.get(lo - 1).close();
    }

    /**
     * What the document and the name say about each person's gender: honorifics before a mention (Ms, Mr),
     * gendered titles (spokeswoman), then the given name.
     */
    private void readGenders() {
        for (int i = 0; i < people.size(); i++) {
            LocalPerson person = people.get(i);
            double score = 0;
            for (PersonMention m : person.mentions()) {
                if (!valid(m.paragraph(), m.start(), m.end())) {
                    continue;
                }
                List<Words.Token> toks = tokens.get(m.paragraph());
                int k = Words.firstAtOrAfter(toks, m.start()) - 1;
                if (k >= 0) {
                    String w = toks.get(k).lower();
                    if (lex.is(w, "honorific-female")) {
                        score += 2;
                    } else if (lex.is(w, "honorific-male")) {
                        score -= 2;
                    }
                }
            }
            for (LocalRole r : person.roles()) {
                String title = r.title() == null ? "" : r.title().toLowerCase();
                if (title.contains("woman") || title.contains("madam")) {
                    score += 2;
                } else if (title.contains("spokesman") || title.contains("chairman")) {
                    score -= 1;
                }
            }
            String name = person.name() == null ? "" : person.name().trim();
            String[] parts = name.split("\\s+");
            if (parts.length >= 2) {
                char g = lex.genderOfGivenName(parts[0]);
                score += g == 'f' ? 1 : g == 'm' ? -1 : g == 'w' ? 0.5 : 0;
            }
            gender[i] = score > 0 ? 'f' : score < 0 ? 'm' : 0;
        }
        pronounEvidence();
    }

    /**
     * A sentence that names one person and speaks of "her" (and never "him") tells that person's gender, as in
     * "Fehér, for her part, noted ...". Only fills genders nothing else has told.
     */
    private void pronounEvidence() {
        int[] votes = new int[people.size()];
        for (int p = 0; p < texts.size(); p++) {
            List<Integer> starts = sentenceStarts(p);
            List<Words.Token> toks = tokens.get(p);
            for (int si = 0; si < starts.size(); si++) {
                int s = starts.get(si);
                int e = si + 1 < starts.size() ? starts.get(si + 1) : texts.get(p).length();
                int only = -1;
                int firstAt = -1;
                boolean several = false;
                List<Ref> list = refs.get(p);
                for (int k = firstRef(p, s); k < list.size() && list.get(k).start() < e; k++) {
                    Ref r = list.get(k);
                    if (!r.inQuote()) {
                        several |= only >= 0 && only != r.person();
                        only = r.person();
                        firstAt = firstAt < 0 ? r.end() : firstAt;
                    }
                }
                if (only < 0 || several) {
                    continue;
                }
                int female = 0;
                int male = 0;
                // a pronoun after the name refers back to it; one before it is somebody else ("She said X ...")
                for (int k = Words.firstAtOrAfter(toks, firstAt); k < toks.size() && toks.get(k).start() < e; k++) {
                    Words.Token t = toks.get(k);
                    if (!t.word() || insideQuote(p, t.start())) {
                        continue;
                    }
                    if (t.is("she") || t.is("her") || t.is("hers") || t.is("herself")) {
                        female++;
                    } else if (t.is("he") || t.is("his") || t.is("him") || t.is("himself")) {
                        male++;
                    }
                }
                votes[only] += Integer.signum(female - male);
            }
        }
        for (int i = 0; i < votes.length; i++) {
            if (gender[i] == 0 && votes[i] != 0) {
                gender[i] = votes[i] > 0 ? 'f' : 'm';
            }
        }
    }

    private String span(int p, int start, int end) {
        return texts.get(p).substring(start, end);
    }
}
