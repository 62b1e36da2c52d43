package dev.parley.extract;

import java.util.List;

/**
 * The clauses that attribute a quote, read from the words around its marks: a speech verb before it ('Petrov
 * said: "..."'), after it ('"...", Petrov said', '"...," said the minister', '"...", according to the diplomat'),
 * or closing its sentence; and the signs that a quoted phrase is a term or a name rather than speech.
 */
final class QuoteClauses {
    private final QuoteLexicon lex;
    private final List<String> texts;
    private final List<List<Tokens.Token>> tokens;

    QuoteClauses(QuoteText text) {
        this.lex = text.lex;
        this.texts = text.texts;
        this.tokens = text.tokens;
    }

    /** How far (in tokens) a speech verb may stand before a quote it introduces. */
    static final int LEAD_REACH = 10;
    static final int LEAD_REACH_COLON = 16;
    /** How far (in tokens) after a quote its attribution may run. */
    static final int TRAIL_REACH = 16;
    static final int TRAIL_VERB_REACH = 14;
    static final int PHRASE_MAX = 14;
    /** How far (in tokens) a sentence may run on after a quote to an attribution closing it ("..., said X."). */
    static final int SENTENCE_REACH = 60;
    /** Longest clause that closes a sentence as its attribution. */
    static final int CLOSING_CLAUSE_MAX = 8;

    /** How a quote is attributed: a speech verb and the token range of the words naming the speaker. */
    record Attribution(int verbStart, int verbEnd, int phraseStart, int phraseEnd, boolean direct,
                               boolean participle, boolean according, boolean far) {
    }

    static boolean innerSentenceEnd(List<Tokens.Token> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = toks.get(k).punct();
            if (c == '.' || c == '!' || c == '?') {
                return true;
            }
        }
        return false;
    }

    static boolean nickname(List<Tokens.Token> toks, int openIdx, int afterIdx) {
        return openIdx > 0 && afterIdx < toks.size() && toks.get(openIdx - 1).capitalised()
                && toks.get(afterIdx).capitalised() && Tokens.withoutPossessive(toks.get(openIdx - 1)) == null;
    }

    /** "an app called 'X'" names a thing; "what he called 'a provocation'" quotes a speaker. */
    boolean namedBy(List<Tokens.Token> toks, int openIdx) {
        if (openIdx < 2 || !toks.get(openIdx - 1).is("called")) {
            return false;
        }
        Tokens.Token before = toks.get(openIdx - 2);
        return before.isWord() && !before.capitalised() && !lex.is(before, "pronoun-male")
                && !lex.is(before, "pronoun-female") && !lex.is(before, "indefinite") && !lex.is(before, "adverb");
    }

    /**
     * A short quoted phrase used as a name or term: after "so-called", "dubbed", "known as", or between a
     * determiner and a noun ('the "either-or" formula').
     */
    boolean isTerm(int p, QuoteMarks.Marked m, int openIdx, int afterIdx, int wordCount, boolean sentential) {
        List<Tokens.Token> toks = tokens.get(p);
        if (sentential || wordCount > 8 || openIdx == 0) {
            return false;
        }
        Tokens.Token before = toks.get(openIdx - 1);
        boolean determiner = lex.is(before, "determiner") || (before.isWord() && Tokens.withoutPossessive(before) != null);
        if (!determiner) {
            return false;
        }
        if (afterIdx < toks.size()) {
            Tokens.Token after = toks.get(afterIdx);
            if (after.isWord() && !after.capitalised() && !isFunctionWord(after)) {
                return true; // followed by the noun it qualifies
            }
        }
        return wordCount <= 2; // 'the "reset"', 'a "provocation"'
    }

    boolean isFunctionWord(Tokens.Token t) {
        return lex.is(t, "boundary") || lex.is(t, "after") || lex.is(t, "oblique") || lex.is(t, "adverb")
                || lex.verbAt(List.of(t), 0, 1) != null;
    }

    // ---------------------------------------------------------------- attribution clauses

    /** '"...", Petrov said', '"...," said the minister', '"...", according to the diplomat'. */
    Attribution trailing(int p, QuoteMarks.Marked m, int i) {
        List<Tokens.Token> toks = tokens.get(p);
        if (i >= toks.size()) {
            return null;
        }
        Tokens.Token first = toks.get(i);
        char c = first.punct();
        if (c == ',' || c == '—' || c == '–' || c == '-') {
            i++;
            if (i < toks.size() && c == ',' && isDash(toks.get(i).punct())) {
                i++; // '"...", - Volkova said': a dash after the comma, as translations from Russian have it
            }
        } else if (!first.isWord()) {
            return null;
        } else if (first.capitalised() && texts.get(p).charAt(m.end() - 1) == '.') {
            // the quote ended its sentence; what follows is a new one, unless it is only the attribution the
            // full stop came too early for ('"... missing." Petrov said.')
            return shortSentenceAttribution(toks, i);
        }
        int sentenceEnd = i;
        while (sentenceEnd < toks.size() && sentenceEnd - i < SENTENCE_REACH) {
            Tokens.Token t = toks.get(sentenceEnd);
            char d = t.punct();
            if ((d == '.' && endsSentence(toks, sentenceEnd)) || d == '!' || d == '?' || d == ';' || d == ':'
                    || QuoteMarks.isQuoteMark(d)) {
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
                Tokens.Token t = toks.get(k);
                if (lex.is(t, "boundary") && (k == i || !t.is("and"))) {
                    return null; // '"...", while Petrov said ...', '"..." and said' are no attributions
                }
            }
            return new Attribution(v, verbEnd, i, end, true, false, false, false);
        }
        Attribution apposed = afterApposition(toks, i, sentenceEnd);
        return apposed != null ? apposed : closingClause(toks, i, sentenceEnd);
    }

    /** Longest name read before the comma of an apposition that ends in the speech verb. */
    static final int APPOSED_NAME_MAX = 5;

    /**
     * '"...", Ann Dahl, 67, a retired nurse who has lived in the port town for forty years, said.': a name, then an
     * apposition too long for the verb's usual reach, then a comma and the verb. The name alone is the speaker
     * phrase; null when the words after the quote do not have that shape.
     */
    Attribution afterApposition(List<Tokens.Token> toks, int i, int sentenceEnd) {
        if (i >= sentenceEnd || !toks.get(i).isWord() || !toks.get(i).capitalised()) {
            return null;
        }
        int comma = i;
        while (comma < sentenceEnd && comma - i <= APPOSED_NAME_MAX && toks.get(comma).isWord()) {
            comma++;
        }
        if (comma == i || comma >= sentenceEnd || toks.get(comma).punct() != ',' || comma - i > APPOSED_NAME_MAX) {
            return null;
        }
        for (int k = i; k < comma; k++) {
            if (lex.is(toks.get(k), "boundary") || lex.verbAt(toks, k, comma) != null) {
                return null;
            }
        }
        for (int v = comma + 2; v < sentenceEnd; v++) {
            if (toks.get(v - 1).punct() != ',') {
                continue;
            }
            QuoteLexicon.Verb verb = lex.verbAt(toks, v, sentenceEnd);
            if (verb != null && !verb.participle()) {
                return new Attribution(v, v + verb.words().length, i, comma, true, false, false, false);
            }
        }
        return null;
    }

    /** Longest name in an attribution standing as a sentence of its own after the quote. */
    static final int SHORT_NAME_MAX = 4;

    /** 'Name [Name] verb.' standing alone after a quote that closed with a full stop; null for any other sentence. */
    Attribution shortSentenceAttribution(List<Tokens.Token> toks, int i) {
        int k = i;
        while (k < toks.size() && k - i < SHORT_NAME_MAX && toks.get(k).isWord() && toks.get(k).capitalised()
                && lex.verbAt(toks, k, toks.size()) == null && !lex.is(toks.get(k), "demonstrative")
                && !lex.is(toks.get(k), "boundary")) {
            k++;
        }
        if (k == i || k >= toks.size()) {
            return null;
        }
        QuoteLexicon.Verb verb = lex.verbAt(toks, k, toks.size());
        if (verb == null || verb.participle()) {
            return null;
        }
        int verbEnd = k + verb.words().length;
        if (verbEnd < toks.size() && toks.get(verbEnd).punct() != '.') {
            return null; // 'Petrov said the talks failed.' is a sentence of its own
        }
        return new Attribution(k, verbEnd, i, k, true, false, false, false);
    }

    /**
     * Whether the full stop at token {@code k} ends a sentence: not when a comma, a closing bracket or a word in
     * lower case follows ("Allentown, Pa., said", "(D-Ore.) said"), as after an abbreviation the list lacks.
     */
    static boolean endsSentence(List<Tokens.Token> toks, int k) {
        if (k + 1 >= toks.size()) {
            return true;
        }
        Tokens.Token next = toks.get(k + 1);
        if (next.isWord()) {
            return next.capitalised() || !Character.isLetter(next.text().charAt(0));
        }
        char c = next.punct();
        return c != ',' && c != ')';
    }

    /**
     * The sentence right after a quote that names who said it in the passive: '"...". This was said by Petrov and
     * his counterpart Halden at their meeting.' Null for any other sentence.
     */
    Attribution passiveAfter(int p, int i) {
        List<Tokens.Token> toks = tokens.get(p);
        while (i < toks.size() && !toks.get(i).isWord() && toks.get(i).punct() == '.') {
            i++;
        }
        if (i + 3 >= toks.size() || !toks.get(i).capitalised() || !lex.is(toks.get(i), "demonstrative")) {
            return null;
        }
        int k = i + 1;
        if (!lex.is(toks.get(k), "passive-auxiliary")) {
            return null;
        }
        k++;
        if (k < toks.size() && toks.get(k).is("been")) {
            k++;
        }
        while (k < toks.size() && lex.is(toks.get(k), "adverb")) {
            k++;
        }
        QuoteLexicon.Verb verb = k < toks.size() ? lex.verbAt(toks, k, toks.size()) : null;
        if (verb == null) {
            return null;
        }
        int verbEnd = k + verb.words().length;
        if (verbEnd >= toks.size() || !toks.get(verbEnd).is("by")) {
            return null;
        }
        int sentenceEnd = verbEnd + 1;
        while (sentenceEnd < toks.size() && sentenceEnd - verbEnd < SENTENCE_REACH) {
            char d = toks.get(sentenceEnd).punct();
            if ((d == '.' && endsSentence(toks, sentenceEnd)) || d == '!' || d == '?' || d == ';' || d == ':'
                    || QuoteMarks.isQuoteMark(d)) {
                break;
            }
            sentenceEnd++;
        }
        int end = phraseEnd(toks, verbEnd + 1, sentenceEnd);
        return end > verbEnd + 1 ? new Attribution(k, verbEnd, verbEnd + 1, end, true, false, false, false) : null;
    }

    /** '"...' in the footsteps of others, said Zhu.': a short clause after the last comma, ending the sentence. */
    Attribution closingClause(List<Tokens.Token> toks, int from, int sentenceEnd) {
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

    static boolean isDash(char c) {
        return c == '-' || c == '—' || c == '–';
    }

    /** End of a speaker phrase read rightwards: at punctuation or a word that opens something else. */
    int phraseEnd(List<Tokens.Token> toks, int from, int stop) {
        int k = from;
        while (k < stop && k - from < PHRASE_MAX) {
            Tokens.Token t = toks.get(k);
            if (!t.isWord() && t.punct() != '-' && t.punct() != '’' && t.punct() != '\'') {
                break;
            }
            if (t.isWord() && k > from && (lex.is(t, "after") || lex.verbAt(toks, k, stop) != null)) {
                break;
            }
            k++;
        }
        return k;
    }

    /** 'Petrov said: "..."', 'Petrov said that he "has no objections"', 'According to the diplomat, "..."'. */
    Attribution leading(List<Tokens.Token> toks, int windowIdx, int openIdx) {
        if (openIdx <= windowIdx) {
            return null;
        }
        boolean colon = toks.get(openIdx - 1).punct() == ':';
        int reach = colon ? LEAD_REACH_COLON : LEAD_REACH;
        for (int v = openIdx - 1; v >= windowIdx && openIdx - v <= SENTENCE_REACH; v--) {
            boolean far = openIdx - v > reach; // attributes a quote the sentence carries, but does not make one
            Tokens.Token t = toks.get(v);
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
    boolean directGap(List<Tokens.Token> toks, int from, int openIdx) {
        int k = from;
        while (k < openIdx) {
            Tokens.Token t = toks.get(k);
            if (!t.isWord()) {
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
}
