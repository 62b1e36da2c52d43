package dev.parley.command;

import dev.parley.index.CorpusIndex;
import dev.parley.model.DocDate;
import dev.parley.model.Document;
import dev.parley.model.Meeting;
import dev.parley.model.Person;
import dev.parley.model.Quote;
import dev.parley.model.Role;
import dev.parley.model.Topic;
import dev.parley.text.Fold;
import dev.parley.text.Sanitize;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds things of the model from what a user typed, accent- and case-insensitively and tolerantly. A name matches
 * on one of four levels, and the best level that has any match wins:
 * <ol start="0">
 *   <li>exactly: the name, an alias, the id (an alias leads to its canonical person);</li>
 *   <li>as a prefix of one of those ("maria pet");</li>
 *   <li>word by word: every typed word starts a word of the name or an alias, in any order ("pet", "jovanovic an");</li>
 *   <li>in the text: every typed word starts a word anywhere in its text (a quote's words, a meeting's place and
 *   participants, a document's source and place).</li>
 * </ol>
 * When nothing matches, the closest names by edit distance are offered ("petorva" → Maria Petrova).
 * Built once per model; a scan per key is fast enough for the lists a model has (thousands).
 */
public final class Resolver {
    static final int EXACT = 0;
    static final int PREFIX = 1;
    static final int WORDS = 2;
    static final int CONTAINS = 3;
    static final int NONE = 4;

    private final CorpusIndex index;
    private final Map<Kind, Table> tables = new EnumMap<>(Kind.class);

    /** One target and the folded texts it answers to: whole keys, the words of its names, every word of its text. */
    private record Entry(Target target, List<String> keys, List<String> words, List<String> text) {
    }

    /** The entries of one kind, best first, and the indexes over their keys, name words and text words. */
    private static final class Table {
        final List<Entry> entries;
        final WordIndex keys;
        final WordIndex words;
        final WordIndex text;

        Table(List<Entry> entries) {
            this.entries = List.copyOf(entries);
            this.keys = new WordIndex(entries.stream().map(Entry::keys).toList());
            this.words = new WordIndex(entries.stream().map(Entry::words).toList());
            this.text = new WordIndex(entries.stream().map(Entry::text).toList());
        }

        /** The entries on each level, as bit sets over entry indexes (a level excludes the better ones). */
        BitSet[] levels(String q) {
            BitSet exact = keys.equal(q);
            BitSet prefix = keys.startingWith(q);
            List<String> typed = WordIndex.split(q);
            BitSet byWords = allOf(words, typed);
            BitSet byText = allOf(text, typed);
            prefix.andNot(exact);
            byWords.andNot(exact);
            byWords.andNot(prefix);
            byText.andNot(exact);
            byText.andNot(prefix);
            byText.andNot(byWords);
            return new BitSet[] {exact, prefix, byWords, byText};
        }

        private BitSet allOf(WordIndex index, List<String> typed) {
            if (typed.isEmpty()) {
                return new BitSet();
            }
            BitSet out = null;
            for (String t : typed) {
                BitSet some = index.startingWith(t);
                if (out == null) {
                    out = some;
                } else {
                    out.and(some);
                }
                if (out.isEmpty()) {
                    break;
                }
            }
            return out;
        }
    }

    public Resolver(CorpusIndex index) {
        this.index = index;
    }

    /** Built on first use of a kind, so that opening the explorer does not pay for all of them. */
    private synchronized Table table(Kind kind) {
        return tables.computeIfAbsent(kind, k -> {
            switch (k) {
                case PERSON: return new Table(people());
                case DOCUMENT: return new Table(documents());
                case TOPIC: return new Table(topics());
                case MEETING: return new Table(meetings());
                default: return new Table(quotes());
            }
        });
    }

    public CorpusIndex index() {
        return index;
    }

    /**
     * What a text names.
     *
     * @param matches the targets on the best level that matched, best first
     * @param level   that level (0 exact .. 3 contained), or 4 when nothing matched
     * @param closest when nothing matched: the nearest names by edit distance, nearest first
     */
    public record Resolution(Kind kind, String query, List<Target> matches, int level, List<Target> closest) {
        public Resolution {
            matches = List.copyOf(matches);
            closest = List.copyOf(closest);
        }

        /** Exactly one target, or one exact match among several looser ones. */
        public boolean found() {
            return matches.size() == 1;
        }

        public Target target() {
            if (!found()) {
                throw new IllegalStateException(problem());
            }
            return matches.get(0);
        }

        /** What to tell the user when {@link #found()} is false. */
        public String problem() {
            String q = Sanitize.line(query);
            if (matches.size() > 1) {
                return matches.size() + " " + kind.plural() + " match '" + q + "': " + names(matches, 4) + " · say more of the name";
            }
            if (closest.isEmpty()) {
                return "no " + kind.noun() + " '" + q + "'";
            }
            return "no " + kind.noun() + " '" + q + "' — did you mean " + names(closest, 3) + "?";
        }

        private static String names(List<Target> ts, int max) {
            String shown = ts.stream().limit(max).map(t -> Sanitize.line(t.value())).collect(Collectors.joining(", "));
            return ts.size() > max ? shown + "…" : shown;
        }
    }

    public Resolution resolve(Kind kind, String text) {
        String q = normal(text);
        Table table = table(kind);
        int best = NONE;
        List<Target> matches = new ArrayList<>();
        if (!q.isEmpty()) {
            BitSet[] levels = table.levels(q);
            for (int level = 0; level < levels.length; level++) {
                if (!levels[level].isEmpty()) {
                    best = level;
                    levels[level].stream().forEach(i -> matches.add(table.entries.get(i).target()));
                    break;
                }
            }
        }
        List<Target> closest = matches.isEmpty() && !q.isEmpty() ? closest(table, q) : List.of();
        return new Resolution(kind, text == null ? "" : text.strip(), matches, best, closest);
    }

    /** Candidates for completing {@code text}: every target that matches on any level, best level first; all when blank. */
    public List<Target> candidates(Kind kind, String text, int limit) {
        String q = normal(text);
        Table table = table(kind);
        if (q.isEmpty()) {
            return table.entries.stream().limit(limit).map(Entry::target).toList();
        }
        List<Target> out = new ArrayList<>();
        for (BitSet level : table.levels(q)) {
            for (int i = level.nextSetBit(0); i >= 0 && out.size() < limit; i = level.nextSetBit(i + 1)) {
                out.add(table.entries.get(i).target());
            }
        }
        return out;
    }

    /** Every target of a kind, in the order completion lists them. */
    public List<Target> all(Kind kind) {
        return table(kind).entries.stream().map(Entry::target).toList();
    }

    /** Folded, trimmed, white space collapsed to single spaces. */
    static String normal(String text) {
        String f = Fold.key(text == null ? "" : text).strip();
        StringBuilder b = new StringBuilder(f.length());
        boolean space = false;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Up to three targets with a key, or (for a one-word text) a word of a name, within a small edit distance.
     * Each distinct string is compared once, and only when its length allows it to be close enough.
     */
    private static List<Target> closest(Table table, String q) {
        int allowed = Math.max(1, Math.min(3, q.length() / 3));
        int[] nearest = new int[table.entries.size()];
        java.util.Arrays.fill(nearest, Integer.MAX_VALUE);
        List<WordIndex> indexes = WordIndex.split(q).size() == 1 ? List.of(table.keys, table.words) : List.of(table.keys);
        for (WordIndex index : indexes) {
            String[] words = index.words();
            for (int w = 0; w < words.length; w++) {
                String word = words[w];
                if (Math.abs(word.length() - q.length()) > allowed || (index == table.words && word.length() <= 2)) {
                    continue;
                }
                int d = distance(q, word);
                if (d <= allowed) {
                    for (int owner : index.owners(w)) {
                        nearest[owner] = Math.min(nearest[owner], d);
                    }
                }
            }
        }
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < nearest.length; i++) {
            if (nearest[i] <= allowed) {
                found.add(i);
            }
        }
        found.sort(Comparator.comparingInt((Integer i) -> nearest[i]).thenComparingInt(i -> i));
        return found.stream().limit(3).map(i -> table.entries.get(i).target()).toList();
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours cost one. */
    static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 3) {
            return Integer.MAX_VALUE; // far apart anyway; saves the table for long titles
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    // ---- entries of each kind, in the order completion lists them

    private List<Entry> people() {
        List<Person> sorted = new ArrayList<>(index.corpus().people());
        // the people quoted and named most come first: they are the likely ones
        sorted.sort(Comparator.comparingInt((Person p) -> -(index.quotesBy(p.id()).size() * 4 + p.mentions().size()))
                .thenComparing(p -> Fold.key(p.name())));
        List<Entry> out = new ArrayList<>();
        for (Person p : sorted) {
            List<String> names = new ArrayList<>();
            names.add(p.name());
            names.addAll(p.aliases());
            String role = mainRole(p);
            int quotes = index.quotesBy(p.id()).size();
            String descr = join(" · ", role, quotes == 0 ? "" : plural(quotes, "quote", "quotes"));
            out.add(entry(new Target(Kind.PERSON, p.id(), clean(p.name()), descr), names, p.id(), String.join(" ", names)));
        }
        return List.copyOf(out);
    }

    private List<Entry> documents() {
        List<Entry> out = new ArrayList<>();
        for (Document d : index.documentsByDate()) {
            String title = d.title() == null ? "" : d.title();
            String descr = join(" · ", date(d.date()), title);
            List<String> names = List.of(title, d.file() == null ? "" : d.file());
            out.add(entry(new Target(Kind.DOCUMENT, d.id(), clean(d.id()), descr), names, d.id(),
                    String.join(" ", names) + " " + join(" ", d.source(), d.place())));
        }
        return List.copyOf(out);
    }

    private List<Entry> topics() {
        List<Topic> sorted = new ArrayList<>(index.corpus().topics());
        sorted.sort(Comparator.comparingInt((Topic t) -> -t.documents().size()).thenComparing(t -> Fold.key(t.name())));
        List<Entry> out = new ArrayList<>();
        for (Topic t : sorted) {
            String descr = plural(t.documents().size(), "document", "documents");
            out.add(entry(new Target(Kind.TOPIC, t.id(), clean(t.name()), descr), List.of(t.name()), t.id(), t.name()));
        }
        return List.copyOf(out);
    }

    private List<Entry> meetings() {
        List<Entry> out = new ArrayList<>();
        for (Meeting m : index.timeline()) {
            List<String> who = m.participants().stream().map(Meeting.Participant::person).distinct()
                    .map(id -> index.person(id).map(Person::name).orElse(id)).toList();
            String when = date(m.date());
            String descr = join(" · ", when, m.place(), String.join(", ", who));
            List<String> names = new ArrayList<>();
            names.add(when);
            if (m.date() != null && m.date().value() != null) {
                names.add(m.date().value());
            }
            String haystack = String.join(" ", names) + " " + join(" ", m.place(), m.kind()) + " " + String.join(" ", who);
            out.add(entry(new Target(Kind.MEETING, m.id(), clean(m.id()), descr), names, m.id(), haystack));
        }
        return List.copyOf(out);
    }

    private List<Entry> quotes() {
        List<Entry> out = new ArrayList<>();
        for (Quote q : index.corpus().quotes()) {
            String who = index.speakers(q);
            String speaker = who == null ? "unknown speaker" : who;
            String descr = speaker + ": “" + shorten(q.text(), 60) + "”";
            // a quote is found by its words, anywhere in the text, or by its speaker
            out.add(entry(new Target(Kind.QUOTE, q.id(), clean(q.id()), descr), List.of(), q.id(), q.text() + " " + speaker));
        }
        return List.copyOf(out);
    }

    private static Entry entry(Target target, List<String> names, String id, String haystack) {
        Set<String> keys = new LinkedHashSet<>();
        Set<String> words = new LinkedHashSet<>();
        for (String n : names) {
            String k = normal(n);
            if (!k.isEmpty()) {
                keys.add(k);
                words.addAll(WordIndex.split(k));
            }
        }
        keys.add(normal(id));
        Set<String> text = new LinkedHashSet<>(words);
        text.addAll(WordIndex.split(Fold.key(haystack)));
        return new Entry(target, List.copyOf(keys), List.copyOf(words), List.copyOf(text));
    }

    static String mainRole(Person p) {
        return p.roles().stream().max(Comparator.comparingInt((Role r) -> r.documents().size()))
                .map(r -> join(", ", r.title(), r.country() != null ? r.country() : r.organisation())).orElse("");
    }

    /** "2016-03-14", "????-12-04" for a day without a year, "undated". */
    static String date(DocDate d) {
        if (d == null || d.value() == null || d.value().isBlank()) {
            return "undated";
        }
        return d.value().startsWith("--") ? "????" + d.value().substring(1) : d.value();
    }

    static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static String join(String sep, String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                kept.add(p);
            }
        }
        return String.join(sep, kept);
    }

    static String shorten(String s, int max) {
        String one = clean(s);
        return one.length() <= max ? one : one.substring(0, max - 1).strip() + "…";
    }

    private static String clean(String s) {
        return Sanitize.line(s == null ? "" : s).strip();
    }
}
