package dev.parley.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the spans between quotation marks in one paragraph, whatever the typographic convention: straight "...",
 * English “...”, German and Serbian „...“ or „...”, guillemets «...» (and »...«), and single quotes ‘...’ or '...'.
 *
 * <p>Only outer quotes are returned: a quote nested inside another is part of it. Double marks are paired first;
 * single marks are paired only in the text outside double quotes and only where they cannot be apostrophes (an
 * opening mark after a space, a closing mark not followed by a letter), because ’ is also the apostrophe of
 * "Croatia’s". A double quote left open at the end of a paragraph counts when the next paragraph opens with a
 * quotation mark: the journalistic convention for a quote running over several paragraphs.
 *
 * <p>Every scan moves forward only. Unmatched marks could each send a scan to the end of the paragraph, so the
 * scans share a budget proportional to the paragraph's length: text made of nothing but stray marks stays linear.
 */
final class QuoteMarks {
    /**
     * @param open      offset of the opening mark
     * @param start     first character of the quoted words (after the mark and any space)
     * @param end       just past the last quoted character (before any space and the closing mark)
     * @param close     offset of the closing mark, or the paragraph length when the quote runs on
     * @param openEnded whether the quote runs on into the next paragraph
     */
    record Marked(int open, int start, int end, int close, boolean openEnded) {
    }

    private static final int NONE = -1;
    private static final int MALFORMED = -2;

    /** Characters the scans of one paragraph may read, per character of the paragraph. */
    private static final int BUDGET_PER_CHAR = 8;

    private int budget;
    private int lastRightDouble;
    private int lastLeftGuillemet;

    private QuoteMarks(int length) {
        this.budget = BUDGET_PER_CHAR * length + 1_000;
    }

    static List<Marked> find(String text, String nextParagraph) {
        return new QuoteMarks(text.length()).scan(text, nextParagraph);
    }

    private List<Marked> scan(String text, String nextParagraph) {
        lastRightDouble = text.lastIndexOf('”');
        lastLeftGuillemet = text.lastIndexOf('«');
        List<Marked> doubles = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n && budget > 0) {
            if (isDoubleOpener(text, i)) {
                int close = doubleClose(text, i);
                if (close >= 0) {
                    add(doubles, text, i, close, false);
                    i = close + 1;
                    continue;
                }
                if (close == NONE && opensWithQuote(nextParagraph)) {
                    add(doubles, text, i, n, true);
                    break;
                }
            }
            i++;
        }
        List<Marked> out = new ArrayList<>(doubles.size() + 2);
        int gapStart = 0;
        for (Marked d : doubles) {
            singles(text, gapStart, d.open(), out);
            out.add(d);
            gapStart = Math.min(n, d.close() + 1);
        }
        singles(text, gapStart, n, out);
        return out;
    }

    private static void add(List<Marked> out, String text, int open, int close, boolean openEnded) {
        int start = open + 1;
        int end = close;
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        // '"..., " he said': the comma belongs to the sentence that carries the quote, not to the words quoted
        if (end > start && text.charAt(end - 1) == ',') {
            end--;
            while (end > start && isSpace(text.charAt(end - 1))) {
                end--;
            }
        }
        boolean hasWord = false;
        for (int k = start; k < end && !hasWord; k++) {
            hasWord = Character.isLetterOrDigit(text.charAt(k));
        }
        if (hasWord) {
            out.add(new Marked(open, start, end, close, openEnded));
        }
    }

    private boolean isDoubleOpener(String t, int i) {
        char c = t.charAt(i);
        char prev = i > 0 ? t.charAt(i - 1) : ' ';
        char next = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
        switch (c) {
            case '“':
            case '„':
                return !isSpace(next) || i + 2 < t.length();
            case '«':
                return i + 1 < t.length();
            case '"':
                // a straight mark opens after a space or punctuation and before a word: not the inch mark of 5"
                return !Character.isLetterOrDigit(prev) && !isSpace(next) && i + 1 < t.length();
            case '”':
                // Scandinavian ”...” or a wrong mark: opens only when clearly at a word start
                return (isSpace(prev) || i == 0) && Character.isLetterOrDigit(next) && lastRightDouble > i;
            case '»':
                return (isSpace(prev) || i == 0) && Character.isLetterOrDigit(next) && lastLeftGuillemet > i;
            default:
                return false;
        }
    }

    /** Offset of the closing mark, NONE when there is none, MALFORMED when the next mark opens a new quote. */
    private int doubleClose(String t, int open) {
        char o = t.charAt(open);
        int n = t.length();
        int depth = 0;
        int straightFallback = NONE;
        int firstRight = NONE;
        for (int j = open + 1; j < n; j++) {
            if (--budget < 0) {
                return NONE;
            }
            char c = t.charAt(j);
            switch (o) {
                case '"':
                    if (c == '\'' && j + 1 < n && t.charAt(j + 1) == '\'' && !isSpace(t.charAt(j - 1))) {
                        return j; // two single marks typed for a closing double one
                    }
                    if (c == '"' || c == '”') {
                        boolean spaceBefore = isSpace(t.charAt(j - 1));
                        char next = j + 1 < n ? t.charAt(j + 1) : ' ';
                        if (c == '"' && spaceBefore && !isSpace(next) && next != ',' && next != '.') {
                            return MALFORMED; // the first quote was never closed; this mark opens the next one
                        }
                        return j;
                    }
                    break;
                case '“':
                    if (c == '’' && j + 1 < n && t.charAt(j + 1) == '’' && depth == 0) {
                        return j; // two single marks typed for a closing double one
                    }
                    if (c == '“') {
                        depth++;
                    } else if (c == '”') {
                        if (depth == 0) {
                            return j;
                        }
                        if (firstRight == NONE) {
                            firstRight = j;
                        }
                        depth--;
                    } else if (c == '"' && straightFallback == NONE && !isSpace(t.charAt(j - 1))) {
                        straightFallback = j;
                    }
                    break;
                case '„':
                    if (c == '„') {
                        depth++;
                    } else if (c == '“' || c == '”') {
                        if (depth == 0) {
                            return j;
                        }
                        depth--;
                    } else if (c == '"' && straightFallback == NONE && !isSpace(t.charAt(j - 1))) {
                        straightFallback = j;
                    }
                    break;
                case '«':
                    if (c == '«') {
                        depth++;
                    } else if (c == '»') {
                        if (depth == 0) {
                            return j;
                        }
                        depth--;
                    }
                    break;
                case '”':
                    if (c == '”') {
                        return j;
                    }
                    break;
                case '»':
                    if (c == '«') {
                        return j;
                    }
                    break;
                default:
                    return NONE;
            }
        }
        if (straightFallback != NONE) {
            return straightFallback;
        }
        if (firstRight != NONE) {
            return firstRight; // a stray opening mark inside the quote ("done with “ism"): pair the first closing one
        }
        // “ nested inside an unclosed “: take the last closing-looking “ (German text typed with the wrong mark)
        if (o == '“' && depth > 0) {
            int last = t.lastIndexOf('“');
            if (last > open && !isSpace(t.charAt(last - 1))) {
                return last;
            }
        }
        return NONE;
    }

    private static boolean opensWithQuote(String next) {
        if (next == null) {
            return false;
        }
        for (int k = 0; k < next.length(); k++) {
            char c = next.charAt(k);
            if (!isSpace(c)) {
                return c == '"' || c == '“' || c == '„' || c == '«' || c == '‘' || c == '\'';
            }
        }
        return false;
    }

    /** Pairs single quotation marks inside [from, to), in order, never crossing a double quote. */
    private void singles(String t, int from, int to, List<Marked> out) {
        int i = from;
        while (i < to && budget > 0) {
            char c = t.charAt(i);
            if ((c == '‘' || c == '\'' || c == '‚') && isSingleOpener(t, i, to)) {
                int close = singleClose(t, i, to);
                if (close > 0) {
                    int before = out.size();
                    add(out, t, i, close, false);
                    if (out.size() > before && out.get(out.size() - 1).end() - out.get(out.size() - 1).start() < 2) {
                        out.remove(out.size() - 1); // 'n' of "rock 'n' roll"
                    }
                    i = close + 1;
                    continue;
                }
            }
            i++;
        }
    }

    private static boolean isSingleOpener(String t, int i, int to) {
        char prev = i > 0 ? t.charAt(i - 1) : ' ';
        if (i + 1 >= to || !Character.isLetterOrDigit(t.charAt(i + 1))) {
            return false;
        }
        if (t.charAt(i) == '\'') {
            return isSpace(prev) || prev == '(' || prev == '[' || prev == '—' || prev == '–' || prev == ':' || i == 0;
        }
        return !Character.isLetterOrDigit(prev) && prev != '’' && prev != '\'';
    }

    /**
     * The closing mark of a single quote: a ’ or ' after a non-space and not before a letter. A candidate that
     * looks like a plural possessive ("the countries’ position") is passed over when a better one follows.
     */
    private int singleClose(String t, int open, int to) {
        int first = NONE;
        for (int j = open + 1; j < to && --budget >= 0; j++) {
            char c = t.charAt(j);
            boolean mark = c == '’' || c == '\'' || (t.charAt(open) == '‚' && c == '‘');
            if (!mark || isSpace(t.charAt(j - 1))) {
                continue;
            }
            char next = j + 1 < t.length() ? t.charAt(j + 1) : ' ';
            if (Character.isLetterOrDigit(next)) {
                continue; // an apostrophe inside a word
            }
            boolean possessiveLooking = t.charAt(j - 1) == 's' && isSpace(next) && j + 2 < t.length()
                    && Character.isLowerCase(t.charAt(j + 2));
            if (!possessiveLooking) {
                return j;
            }
            if (first == NONE) {
                first = j;
            }
        }
        return first;
    }

    /**
     * The paragraph with typewriter quotation marks turned into the marks the scans read, keeping every offset:
     * two apostrophes ''like this'' (the style of some American newspapers) and a backtick pair ``like this'' become
     * a straight double mark with a space on its outer side, a lone backtick an opening single mark. Returns the
     * text itself when it has no such marks.
     */
    static String withTypewriterMarks(String text) {
        if (text.indexOf("''") < 0 && text.indexOf('`') < 0) {
            return text;
        }
        char[] out = text.toCharArray();
        int n = out.length;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '`') {
                if (i + 1 < n && text.charAt(i + 1) == '`') {
                    out[i] = ' ';
                    out[i + 1] = '"';
                    i += 2;
                } else {
                    out[i] = '‘';
                    i++;
                }
                continue;
            }
            if (c != '\'') {
                i++;
                continue;
            }
            int run = 1;
            while (i + run < n && text.charAt(i + run) == '\'' && run < 4) {
                run++;
            }
            if (run == 2 || run == 3) {
                char prev = i > 0 ? text.charAt(i - 1) : ' ';
                char next = i + run < n ? text.charAt(i + run) : ' ';
                boolean opens = (isSpace(prev) || prev == '(' || prev == '[' || prev == '—' || prev == '–'
                        || prev == '"' || prev == '“') && !isSpace(next);
                if (opens) { // ' "' or ' "\'' (a single quote opening inside the double one)
                    out[i] = ' ';
                    out[i + 1] = '"';
                } else if (run == 2) {
                    out[i] = '"';
                    out[i + 1] = ' ';
                } else { // '\'" ': a single quote closing with the double one
                    out[i + 1] = '"';
                    out[i + 2] = ' ';
                }
            }
            i += run;
        }
        return new String(out);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isQuoteMark(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»' || c == '‘' || c == '’'
                || c == '\'' || c == '‚';
    }
}
