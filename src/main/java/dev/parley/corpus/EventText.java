package dev.parley.corpus;

import dev.parley.model.Document;
import dev.parley.model.Event;
import dev.parley.model.Paragraph;
import dev.parley.model.Quote;
import dev.parley.text.Fold;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words that tie reports together: the same quote in several outlets (each outlet's wording may differ by a
 * word or a mark), and long phrases two documents share, which only copying from one release produces.
 */
final class EventText {
    /** Words in a row two documents must share to count as carrying the same text. */
    private static final int PHRASE_WORDS = 8;
    /** A quote needs this many words to tie two undated reports on its own. */
    private static final int QUOTE_WORDS = 5;
    /** A quote cut shorter by one outlet still matches when it has this many words, nearly all in the other. */
    private static final int TRIMMED_WORDS = 6;
    /** Capitalised words (names, titles, places) a shared phrase may hold and still be distinctive. */
    private static final int MAX_NAMES_IN_PHRASE = 2;

    private final Map<String, Document> documents;
    private final Map<String, Quote> quotes;
    private final Map<String, Set<String>> phrases = new HashMap<>();
    /** Each quote text's words, folded once: a quote is compared with many others. */
    private final Map<String, Wording> wordings = new HashMap<>();

    EventText(Map<String, Document> documents, Map<String, Quote> quotes) {
        this.documents = documents;
        this.quotes = quotes;
    }

    /** Words of a text, accents and case folded, marks dropped: what stays the same across outlets' copies. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : Fold.key(text).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** A quote's words, those words joined between spaces, and the set of them. */
    private record Wording(List<String> words, String joined, Set<String> set) {
        static Wording of(String text) {
            List<String> w = EventText.words(text);
            return new Wording(w, " " + String.join(" ", w) + " ", new HashSet<>(w));
        }
    }

    private Wording wording(String text) {
        return wordings.computeIfAbsent(text, Wording::of);
    }

    /** Whether two quotes are the same words: equal, one inside the other, or nearly all words in common. */
    private static boolean same(Wording a, Wording b) {
        List<String> wa = a.words();
        List<String> wb = b.words();
        if (wa.isEmpty() || wb.isEmpty()) {
            return false;
        }
        String ja = a.joined();
        String jb = b.joined();
        if (ja.equals(jb)) {
            return true;
        }
        if (Math.min(wa.size(), wb.size()) >= 4 && (ja.contains(jb) || jb.contains(ja))) {
            return true;
        }
        Set<String> sa = a.set();
        Set<String> sb = b.set();
        if (Math.min(sa.size(), sb.size()) < QUOTE_WORDS) {
            return false;
        }
        // the sizes of the intersection and the union, counted without building either set
        Set<String> smaller = sa.size() <= sb.size() ? sa : sb;
        Set<String> larger = smaller == sa ? sb : sa;
        int both = 0;
        for (String w : smaller) {
            if (larger.contains(w)) {
                both++;
            }
        }
        int either = sa.size() + sb.size() - both;
        // nearly the same words, or an outlet's shorter cut of the same sentence
        return both >= 0.8 * either
                || Math.min(sa.size(), sb.size()) >= TRIMMED_WORDS && both >= 0.9 * Math.min(sa.size(), sb.size());
    }

    /** The quotes grouped by their words, in the order given; each group is led by its longest wording. */
    List<Event.SharedQuote> shared(List<String> quoteIds) {
        List<List<String>> groups = new ArrayList<>();
        for (String id : quoteIds) {
            Quote q = quotes.get(id);
            if (q == null) {
                continue;
            }
            List<String> home = null;
            for (List<String> g : groups) {
                if (same(wording(quotes.get(g.get(0)).text()), wording(q.text()))) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                groups.add(new ArrayList<>(List.of(id)));
            } else if (!home.contains(id)) {
                home.add(id);
            }
        }
        List<Event.SharedQuote> out = new ArrayList<>();
        for (List<String> g : groups) {
            String longest = g.stream().map(id -> quotes.get(id).text())
                    .reduce((x, y) -> y.length() > x.length() ? y : x).orElse("");
            out.add(new Event.SharedQuote(longest, g));
        }
        return out;
    }

    /**
     * What an undated report shares with an event's documents: "a shared quote", "a shared phrase", or null.
     * Quotes count when they are long enough to be distinctive.
     */
    String sharedWords(Collection<String> docs, Collection<String> quoteIds, Collection<String> otherDocs,
                       Collection<String> otherQuotes) {
        for (String a : quoteIds) {
            Quote qa = quotes.get(a);
            if (qa == null || wording(qa.text()).words().size() < QUOTE_WORDS) {
                continue;
            }
            for (String b : otherQuotes) {
                Quote qb = quotes.get(b);
                if (qb != null && same(wording(qa.text()), wording(qb.text()))) {
                    return "a shared quote";
                }
            }
        }
        for (String a : docs) {
            Set<String> mine = phrases(a);
            for (String b : otherDocs) {
                for (String p : phrases(b)) {
                    if (mine.contains(p)) {
                        return "a shared phrase";
                    }
                }
            }
        }
        return null;
    }

    /** Every run of {@link #PHRASE_WORDS} words in the document, computed once per document. */
    private Set<String> phrases(String docId) {
        return phrases.computeIfAbsent(docId, id -> {
            Set<String> out = new HashSet<>();
            Document d = documents.get(id);
            if (d == null) {
                return out;
            }
            for (Paragraph p : d.paragraphs()) {
                String[] raw = p.text().split("[^\\p{L}\\p{N}]+");
                List<String> w = new ArrayList<>();
                List<Boolean> capital = new ArrayList<>();
                for (String r : raw) {
                    if (!r.isEmpty()) {
                        w.add(Fold.key(r));
                        capital.add(Character.isUpperCase(r.charAt(0)));
                    }
                }
                for (int i = 0; i + PHRASE_WORDS <= w.size(); i++) {
                    // names, titles and places are what the reports share anyway; the phrase must be other words
                    long names = capital.subList(i, i + PHRASE_WORDS).stream().filter(c -> c).count();
                    if (names <= MAX_NAMES_IN_PHRASE) {
                        out.add(String.join(" ", w.subList(i, i + PHRASE_WORDS)));
                    }
                }
            }
            return out;
        });
    }
}
