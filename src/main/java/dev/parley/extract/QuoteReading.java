package dev.parley.extract;

import dev.parley.model.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One pass over one document: finds its quotes paragraph by paragraph and attributes each to a speaker. The words
 * around each quote are read by {@link QuoteClauses}, the speakers they designate resolved by {@link QuoteSpeakers},
 * over the document as {@link QuoteText} holds it.
 */
final class QuoteReading {
    private final QuoteText document;
    private final String title;
    private final Set<String> abbreviations;
    private final QuoteClauses clauses;
    private final QuoteSpeakers speakers;
    private final QuoteLexicon lex;
    private final List<String> texts;
    private final List<String> originals;
    private final List<List<Tokens.Token>> tokens;
    private final List<List<QuoteMarks.Marked>> marks;
    private final List<List<QuoteText.Ref>> refs;

    /** Unattributed quoted phrases shorter than this, without sentence punctuation, are scare quotes or names. */
    private static final int MIN_FREE_QUOTE_WORDS = 6;
    private final List<LocalQuote> out = new ArrayList<>();

    /** The last quote of the previous paragraph when it runs on into this one. */
    private QuoteSpeakers.Resolution runningOn;
    /** Indices in {@link #out} of running-on quotes still waiting for the speaker named after them. */
    private final List<Integer> waiting = new ArrayList<>();
    private final Map<Integer, int[]> firstTwoNamed = new HashMap<>();


    QuoteReading(Document doc, List<LocalPerson> people, List<EntityMention> orgs, QuoteLexicon lex, RoleConcepts roles, Gazetteer gazetteer,
                 Set<String> abbreviations) {
        this.document = new QuoteText(doc, people, orgs, lex, roles, gazetteer, abbreviations);
        this.clauses = new QuoteClauses(document);
        this.title = doc.title();
        this.abbreviations = abbreviations;
        this.speakers = new QuoteSpeakers(document);
        this.lex = lex;
        this.texts = document.texts;
        this.originals = document.originals;
        this.tokens = document.tokens;
        this.marks = document.marks;
        this.refs = document.refs;
    }

    List<LocalQuote> run() {
        out.addAll(QuoteHeadline.find(title, document.people, abbreviations));
        for (int p = 0; p < texts.size(); p++) {
            readParagraph(p);
        }
        return out;
    }

    // ---------------------------------------------------------------- paragraphs and sentences

    private void readParagraph(int p) {
        String text = texts.get(p);
        List<QuoteMarks.Marked> ms = marks.get(p);
        List<Integer> starts = document.sentenceStarts(p);
        QuoteSpeakers.Resolution runOn = runningOn;
        runningOn = null;
        List<QuoteSpeakers.Resolution> earlier = new ArrayList<>();
        int next = 0;
        for (int si = 0; si < starts.size(); si++) {
            int s = starts.get(si);
            int e = si + 1 < starts.size() ? starts.get(si + 1) : text.length();
            int windowStart = s;
            QuoteSpeakers.Resolution inSentence = null;
            QuoteSpeakers.Resolution firstSpeaker = null;
            while (next < ms.size() && ms.get(next).open() < e) {
                QuoteMarks.Marked m = ms.get(next++);
                if (m.open() < s) {
                    continue;
                }
                boolean continuesRunOn = runOn != null && earlier.isEmpty() && onlySpaceBefore(text, m.open());
                QuoteSpeakers.Resolution r = attribute(p, m, s, windowStart, inSentence, earlier, continuesRunOn ? runOn : null);
                windowStart = Math.min(text.length(), m.close() + 1);
                if (r == null) {
                    continue;
                }
                if (continuesRunOn && r.known() && !"previous".equals(r.how())) {
                    settleWaiting(r);
                }
                waiting.clear();
                out.add(new LocalQuote(p, m.start(), m.end(), originals.get(p).substring(m.start(), m.end()), r.speakers(),
                        r.text(), r.verb(), r.how(), r.confidence()));
                if (m.openEnded()) {
                    runningOn = r;
                    if (!r.known()) {
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
                speakers.history.add(new QuoteSpeakers.Subject(p, s, firstSpeaker.speaker(), firstSpeaker.text(), true));
            } else {
                QuoteSpeakers.Subject subject = speakers.narrativeSubjectOf(p, s, e);
                if (subject != null) {
                    speakers.history.add(subject);
                }
            }
        }
    }

    private void settleWaiting(QuoteSpeakers.Resolution r) {
        for (int index : waiting) {
            LocalQuote q = out.get(index);
            out.set(index, new LocalQuote(q.paragraph(), q.start(), q.end(), q.text(), r.speakers(), r.text(), r.verb(),
                    r.how(), Math.max(0, r.confidence() - QuoteSpeakers.SPLIT_PENALTY)));
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

    // ---------------------------------------------------------------- one quote

    /** The attribution of one candidate quote, or null when it is not a direct quote (a name, a scare quote). */
    private QuoteSpeakers.Resolution attribute(int p, QuoteMarks.Marked m, int sentenceStart, int windowStart,
                                 QuoteSpeakers.Resolution inSentence, List<QuoteSpeakers.Resolution> earlier, QuoteSpeakers.Resolution runOn) {
        List<Tokens.Token> toks = tokens.get(p);
        int openIdx = Tokens.firstAtOrAfter(toks, m.open());
        int windowIdx = Tokens.firstAtOrAfter(toks, windowStart);
        int afterIdx = m.openEnded() ? toks.size() : Tokens.firstAtOrAfter(toks, m.close() + 1);

        QuoteClauses.Attribution trailing = m.openEnded() ? null : clauses.trailing(p, m, afterIdx);
        if (trailing == null && !m.openEnded() && onlySpaceOrMarksBetween(texts.get(p), sentenceStart, m.open())) {
            trailing = clauses.passiveAfter(p, afterIdx); // '"...". This was said by Petrov at the meeting.'
        }
        QuoteClauses.Attribution leading = clauses.leading(toks, windowIdx, openIdx);
        int innerFrom = Tokens.firstAtOrAfter(toks, m.start());
        int innerTo = Tokens.firstAtOrAfter(toks, m.end());
        int wordCount = 0;
        boolean sentential = false;
        boolean titleCase = true;
        for (int k = innerFrom; k < innerTo; k++) {
            Tokens.Token t = toks.get(k);
            if (t.isWord()) {
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

        if (openIdx > 0 && lex.classEndingAt(toks, openIdx - 1, "term") > 0 || clauses.namedBy(toks, openIdx)) {
            return null; // "the so-called 'reset'", "known as 'the formula'", "a card called 'X'"
        }
        boolean directLead = leading != null && leading.direct();
        QuoteClauses.Attribution near = leading != null && !leading.far() ? leading : null;
        if (trailing == null && !directLead) {
            // words of two or more quoted from reported speech are the speaker's ('Petrov said it opened a "new
            // chapter"'); a term after "the" or before its noun, or a single word, stays a name or scare quote
            boolean reported = near != null && wordCount >= 2 && !titleCase && openIdx > 0
                    && (toks.get(openIdx - 1).is("a") || toks.get(openIdx - 1).is("an"))
                    && (afterIdx >= toks.size() || !toks.get(afterIdx).isWord() || toks.get(afterIdx).capitalised()
                    || clauses.isFunctionWord(toks.get(afterIdx)));
            if (!reported && clauses.isTerm(p, m, openIdx, afterIdx, wordCount, sentential)) {
                return null;
            }
            // quoted sentences are speech; a quoted sentence standing alone ("Second part.") however short
            boolean sentences = (wordCount >= 3 || m.open() == sentenceStart) && QuoteClauses.innerSentenceEnd(toks, innerFrom, innerTo);
            if (near == null && (titleCase || (wordCount < MIN_FREE_QUOTE_WORDS && !sentences))) {
                return null;
            }
            if (near != null && titleCase) {
                return null;
            }
            if (wordCount <= 3 && QuoteClauses.nickname(toks, openIdx, afterIdx)) {
                return null; // Gerardo "Tata" Martino
            }
        }

        QuoteSpeakers.Resolution label = trailing == null && leading == null ? colonLabel(p, m.open()) : null;
        if (label != null) {
            return label;
        }
        QuoteSpeakers.Resolution best = null;
        if (trailing != null) {
            best = speakers.resolve(p, trailing, m.open(), sentenceStart, inSentence);
        }
        if (leading != null) {
            QuoteSpeakers.Resolution lead = speakers.resolve(p, leading, m.open(), sentenceStart, inSentence);
            if (best == null || lead.strength() > best.strength() && lead.known()) {
                best = lead;
            }
        }
        if (best != null && (best.known() || best.text() != null)) {
            return best;
        }
        return unattributed(p, m.open(), sentenceStart, inSentence, earlier, runOn, best);
    }

    /** A quote without words naming its speaker continues the speaker before it, when the text makes that clear. */
    private QuoteSpeakers.Resolution unattributed(int p, int open, int sentenceStart, QuoteSpeakers.Resolution inSentence,
                                    List<QuoteSpeakers.Resolution> earlier, QuoteSpeakers.Resolution runOn, QuoteSpeakers.Resolution found) {
        String verb = found == null ? null : found.verb();
        if (!onlySpaceOrMarksBetween(texts.get(p), sentenceStart, open)) {
            // a quote inside a sentence of narrative belongs to that sentence, not to the paragraph before:
            // 'the court pointed to a "coalesced effort"' has no speaker among the people
            if (inSentence != null && (inSentence.known() || inSentence.text() != null)) {
                return inSentence.copy(QuoteSpeakers.SPLIT_PENALTY);
            }
            if (!earlier.isEmpty() && shortLeadIn(p, sentenceStart, open)) {
                QuoteSpeakers.Resolution last = earlier.get(earlier.size() - 1);
                if (last.known()) {
                    return last.copy(QuoteSpeakers.SPLIT_PENALTY); // '"First part," Dahl said. Now, "second part."'
                }
            }
            QuoteSpeakers.Subject s = speakers.subjectOf(p, sentenceStart, open);
            if (s != null) {
                String how = speakers.isPronoun(s.text()) ? "pronoun" : "previous";
                return new QuoteSpeakers.Resolution(s.person(), s.text(), verb, how, QuoteSpeakers.PREVIOUS);
            }
            return new QuoteSpeakers.Resolution(-1, null, verb, null, 0);
        }
        if (runOn != null) {
            return runOn.known()
                    ? new QuoteSpeakers.Resolution(runOn.speakers(), runOn.text(), runOn.verb(), "previous", QuoteSpeakers.PREVIOUS) : runOn;
        }
        if (!earlier.isEmpty()) {
            QuoteSpeakers.Resolution last = earlier.get(earlier.size() - 1);
            if (last.known() || last.text() != null) {
                return last.copy(QuoteSpeakers.SPLIT_PENALTY); // "First part," he said. "Second part."
            }
        }
        QuoteSpeakers.Subject last = speakers.history.isEmpty() ? null : speakers.history.get(speakers.history.size() - 1);
        if (last != null && last.p() == p) {
            return new QuoteSpeakers.Resolution(last.person(), last.text(), verb, "previous", QuoteSpeakers.PREVIOUS);
        }
        // across a paragraph boundary only someone just given words (quoted, or reported as saying) carries over: a
        // quote opening a paragraph after plain narration about someone is as often another voice (an analyst, an
        // aide) as that person's
        if (last != null && last.p() == p - 1 && last.speaking() && !personNamedBefore(p, open, last.person())) {
            return new QuoteSpeakers.Resolution(last.person(), last.text(), verb, "previous", QuoteSpeakers.PREVIOUS);
        }
        return new QuoteSpeakers.Resolution(-1, null, verb, null, 0);
    }

    /**
     * A name and a colon right before the quote label its speaker, as in transcripts and round-ups ("More from
     * Petrov: 'We will not sign.'", "Petrov: 'We will not sign.'"); null when no listed person ends right at the colon.
     */
    private QuoteSpeakers.Resolution colonLabel(int p, int open) {
        String text = texts.get(p);
        int k = open - 1;
        while (k >= 0 && QuoteMarks.isSpace(text.charAt(k))) {
            k--;
        }
        if (k < 1 || text.charAt(k) != ':') {
            return null;
        }
        int colon = k;
        List<QuoteText.Ref> list = refs.get(p);
        for (int i = document.firstRef(p, Math.max(0, colon - QuoteSpeakers.NAME_MAX_CHARS)); i < list.size(); i++) {
            QuoteText.Ref r = list.get(i);
            if (r.start() >= colon) {
                break;
            }
            if (r.end() == colon && !r.inQuote() && !"role".equals(r.kind())) {
                return new QuoteSpeakers.Resolution(r.person(), text.substring(r.start(), r.end()), null, "name",
                        QuoteSpeakers.TITLE);
            }
        }
        return null;
    }

    /** Most words before a quote that only lead into it ("Now,", "But still,") rather than narrate. */
    private static final int LEAD_IN_MAX_WORDS = 2;

    /**
     * Whether the words of the sentence before a quote are a short lead-in ending in a comma, naming nobody and
     * holding no verb of speech: the quote then goes on with the voice quoted before it in the paragraph.
     */
    private boolean shortLeadIn(int p, int sentenceStart, int open) {
        List<Tokens.Token> toks = tokens.get(p);
        int from = Tokens.firstAtOrAfter(toks, sentenceStart);
        int to = Tokens.firstAtOrAfter(toks, open);
        int words = 0;
        for (int k = from; k < to; k++) {
            if (toks.get(k).isWord()) {
                words++;
                if (lex.verbAt(toks, k, to) != null) {
                    return false;
                }
            }
        }
        if (words == 0 || words > LEAD_IN_MAX_WORDS || to == 0 || toks.get(to - 1).punct() != ',') {
            return false;
        }
        for (QuoteText.Ref r : refs.get(p)) {
            if (r.start() >= sentenceStart && r.start() < open) {
                return false;
            }
        }
        return true;
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
        for (QuoteText.Ref r : refs.get(p)) {
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
}
