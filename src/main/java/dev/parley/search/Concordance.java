package dev.parley.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Keyword in context, as in corpus linguistics (AntConc's concordance and collocates): every occurrence of a word or
 * a phrase with its left and right context, sortable by the words around it, and the words that keep its company
 * more often than chance. Pure functions over analysed paragraphs, so the same code serves the index and tests.
 */
public final class Concordance {
    private Concordance() {
    }

    /**
     * One occurrence.
     *
     * @param doc       article id
     * @param paragraph paragraph index
     * @param text      the whole paragraph, as written
     * @param tokens    its words
     * @param first     index in {@code tokens} of the keyword's first word
     * @param last      index of its last word (the same for a single word)
     */
    public record Line(String doc, int paragraph, String text, List<Token> tokens, int first, int last) {
        public Line {
            tokens = List.copyOf(tokens);
        }

        public int start() {
            return tokens.get(first).start();
        }

        public int end() {
            return tokens.get(last).end();
        }

        public String left() {
            return text.substring(0, start());
        }

        public String keyword() {
            return text.substring(start(), end());
        }

        public String right() {
            return text.substring(end());
        }

        /** The folded word at a position: -1 is the first word to the left (L1), 1 the first to the right (R1); "" past the paragraph. */
        public String word(int position) {
            int i = position < 0 ? first + position : last + position;
            return position == 0 || i < 0 || i >= tokens.size() ? "" : tokens.get(i).term();
        }
    }

    /**
     * A word seen near the keyword.
     *
     * @param term           folded word
     * @param together       occurrences within the window around the keyword
     * @param total          occurrences in the whole corpus
     * @param logLikelihood  Dunning's G² for the 2×2 table window/outside × this word/other words: how surprising
     * @param mutualInformation log2(observed/expected) within the window: how exclusive
     */
    public record Collocate(String term, int together, long total, double logLikelihood, double mutualInformation) {
    }

    /** Word counts of the whole corpus, the baseline collocates are measured against. */
    public interface Frequencies {
        long count(String term);

        long total();

        /** Counts over the given token lists (for small corpora and tests; the index knows them for large ones). */
        static Frequencies of(Iterable<List<Token>> texts) {
            Map<String, Long> counts = new HashMap<>();
            long n = 0;
            for (List<Token> tokens : texts) {
                for (Token t : tokens) {
                    counts.merge(t.term(), 1L, Long::sum);
                    n++;
                }
            }
            long total = n;
            return new Frequencies() {
                @Override
                public long count(String term) {
                    return counts.getOrDefault(term, 0L);
                }

                @Override
                public long total() {
                    return total;
                }
            };
        }
    }

    /** Every occurrence of the word sequence {@code keyword} (folded terms) in one paragraph, left to right. */
    public static List<Line> find(String doc, int paragraph, String text, List<Token> tokens, List<String> keyword) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (Highlights.matchesAt(tokens, i, keyword)) {
                out.add(new Line(doc, paragraph, text, tokens, i, i + keyword.size() - 1));
            }
        }
        return out;
    }

    /**
     * Sort keys such as "R1" or "L2": the word at that position, alphabetically (folded). AntConc's habit is kept:
     * one key means that key, then the next two further out on the same side ("R1" sorts by R1, R2, R3).
     */
    public static List<Integer> sortPositions(String spec) {
        String[] keys = spec.split("[,\\s]+");
        List<Integer> positions = new ArrayList<>();
        for (String k : keys) {
            String key = k.strip().toUpperCase(Locale.ROOT);
            if (!key.matches("[LR][1-9]")) {
                throw new IllegalArgumentException("sort key '" + k.strip() + "' is not one of L1..L9, R1..R9");
            }
            int n = key.charAt(1) - '0';
            positions.add(key.charAt(0) == 'L' ? -n : n);
        }
        if (positions.size() == 1) {
            int p = positions.get(0);
            int step = p < 0 ? -1 : 1;
            positions.add(p + step);
            positions.add(p + 2 * step);
        }
        return List.copyOf(positions);
    }

    /** Lines sorted by the words at the positions (see {@link #sortPositions}); ties keep their order (corpus order). */
    public static List<Line> sort(List<Line> lines, List<Integer> positions) {
        Comparator<Line> order = (a, b) -> 0;
        for (int p : positions) {
            order = order.thenComparing(l -> l.word(p));
        }
        List<Line> out = new ArrayList<>(lines);
        out.sort(order);
        return out;
    }

    /**
     * Words within {@code window} words on either side of the keyword (inside its paragraph) that occur there at least
     * {@code minTogether} times and more often than chance, ranked by log-likelihood (then by the word). The keyword's
     * own words are left out.
     */
    public static List<Collocate> collocates(List<Line> lines, int window, int minTogether, Frequencies corpus) {
        Map<String, Integer> together = new HashMap<>();
        Set<String> own = new java.util.HashSet<>();
        long windowWords = 0;
        for (Line l : lines) {
            for (int i = l.first(); i <= l.last(); i++) {
                own.add(l.tokens().get(i).term());
            }
        }
        // windows of two occurrences close together overlap: a word in both is counted once, so that no word is
        // counted near the keyword more often than it occurs
        Map<String, Set<Integer>> counted = new HashMap<>();
        for (Line l : lines) {
            int from = Math.max(0, l.first() - window);
            int to = Math.min(l.tokens().size() - 1, l.last() + window);
            Set<Integer> seen = counted.computeIfAbsent(l.doc() + "\u0000" + l.paragraph(), k -> new java.util.HashSet<>());
            for (int i = l.first(); i <= l.last(); i++) {
                seen.add(i); // a keyword is never a word of another one's window
            }
            for (int i = from; i <= to; i++) {
                if (!seen.add(i)) {
                    continue;
                }
                windowWords++;
                together.merge(l.tokens().get(i).term(), 1, Integer::sum);
            }
        }
        long n = Math.max(corpus.total(), windowWords);
        List<Collocate> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : together.entrySet()) {
            int o11 = e.getValue();
            if (o11 < minTogether || own.contains(e.getKey())) {
                continue;
            }
            long total = Math.max(corpus.count(e.getKey()), o11);
            // 2x2 table: in the window or outside it, this word or another one
            double a = o11;
            double b = windowWords - o11;
            double c = total - o11;
            double d = Math.max(0, n - windowWords - c);
            double all = a + b + c + d;
            double expected = (a + b) * (a + c) / all;
            if (a <= expected) {
                continue; // seen near the keyword no more than chance would put it there
            }
            double g2 = 2 * (part(a, (a + b) * (a + c) / all) + part(b, (a + b) * (b + d) / all)
                    + part(c, (c + d) * (a + c) / all) + part(d, (c + d) * (b + d) / all));
            double mi = Math.log(a / expected) / Math.log(2);
            out.add(new Collocate(e.getKey(), o11, total, g2, mi));
        }
        out.sort(Comparator.comparingDouble(Collocate::logLikelihood).reversed().thenComparing(Collocate::term));
        return out;
    }

    private static double part(double observed, double expected) {
        return observed <= 0 || expected <= 0 ? 0 : observed * Math.log(observed / expected);
    }
}
