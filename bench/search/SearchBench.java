import dev.parley.io.ModelJson;
import dev.parley.model.Corpus;
import dev.parley.model.Person;
import dev.parley.search.Concordance;
import dev.parley.search.Hit;
import dev.parley.search.SearchIndex;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * In-process search latency over a built model: loads it, opens (or builds) its index, warms up, then times
 * {@code search(query, 20)} (ranking and snippets, what a user sees) for a mixed set of queries, and prints
 * p50/p95/p99 per kind of query and overall. Also times a concordance and its collocates.
 *
 * <pre>java -cp target/parley.jar bench/search/SearchBench.java MODEL [ROUNDS]</pre>
 */
public class SearchBench {
    public static void main(String[] args) throws Exception {
        Path model = Path.of(args.length > 0 ? args[0] : "data/model.json");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;

        long t0 = System.nanoTime();
        Corpus corpus = ModelJson.read(model);
        long t1 = System.nanoTime();
        SearchIndex index = SearchIndex.open(model, corpus, System.getenv());
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "model: %d documents, %d quotes, %d people; read in %.1f s%n",
                corpus.documents().size(), corpus.quotes().size(), corpus.people().size(), (t1 - t0) / 1e9);
        System.out.printf(Locale.ROOT, "index: %s, %s in %.1f s%n", index.location(),
                index.wasBuilt() ? "built" : "opened", (t2 - t1) / 1e9);

        // a full write of the index: remove it, then build it as parley build does
        Path location = index.location();
        index.close();
        if (location != null) {
            try (var files = java.nio.file.Files.walk(location)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    java.nio.file.Files.delete(p);
                }
            }
        }
        long t3 = System.nanoTime();
        SearchIndex.build(model, corpus, System.getenv());
        long t4 = System.nanoTime();
        System.out.printf(Locale.ROOT, "index written from scratch in %.1f s: %.0f documents+quotes/s%n",
                (t4 - t3) / 1e9, (corpus.documents().size() + corpus.quotes().size()) / ((t4 - t3) / 1e9));
        SearchIndex.build(model, corpus, System.getenv());
        long t5 = System.nanoTime();
        System.out.printf(Locale.ROOT, "build again with the model unchanged (stamp check, no rewrite): %.2f s%n", (t5 - t4) / 1e9);
        index = SearchIndex.open(model, corpus, System.getenv());

        Map<String, List<String>> queries = queries(corpus);
        List<String> all = queries.values().stream().flatMap(List::stream).toList();
        for (int i = 0; i < 30; i++) { // warm-up: let the JIT compile the search path
            for (String q : all) {
                index.search(q, 20);
            }
        }
        List<Long> overall = new ArrayList<>();
        System.out.println();
        System.out.println("| queries | example | hits (first) | p50 ms | p95 ms | p99 ms | max ms |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|");
        for (Map.Entry<String, List<String>> group : queries.entrySet()) {
            List<Long> times = new ArrayList<>();
            int firstCount = index.count(group.getValue().get(0));
            for (int r = 0; r < rounds; r++) {
                for (String q : group.getValue()) {
                    long s = System.nanoTime();
                    List<Hit> hits = index.search(q, 20);
                    long e = System.nanoTime();
                    times.add(e - s);
                    if (hits.size() > 20) {
                        throw new IllegalStateException();
                    }
                }
            }
            overall.addAll(times);
            System.out.println(row(group.getKey(), group.getValue().get(0), firstCount, times));
        }
        System.out.println(row("all", "", -1, overall));

        List<Long> kwicTimes = new ArrayList<>();
        List<Long> collocateTimes = new ArrayList<>();
        SearchIndex.Kwic kwic = null;
        for (int r = 0; r < 5; r++) {
            long s = System.nanoTime();
            kwic = index.concordance("security", 1000);
            long e = System.nanoTime();
            Concordance.collocates(kwic.lines(), 5, 3, index.frequencies());
            long f = System.nanoTime();
            kwicTimes.add(e - s);
            collocateTimes.add(f - e);
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "concordance of 'security' (1000 of %d lines): p50 %.1f ms; collocates of those lines: p50 %.1f ms%n",
                kwic.occurrences(), pct(kwicTimes, 50), pct(collocateTimes, 50));
        Path indexDir = index.location();
        index.close();
        if (indexDir != null) {
            incrementalUpdate(model, corpus, indexDir);
        }
    }

    /**
     * What `parley build` does to the index after ten articles changed: a copy of the model with ten titles changed
     * is written beside a copy of the index, and the index is brought up to date (model hashing included).
     */
    static void incrementalUpdate(Path model, Corpus corpus, Path index) throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory(model.toAbsolutePath().getParent(), "update-bench");
        List<dev.parley.model.Document> docs = new ArrayList<>(corpus.documents());
        for (int i = 0; i < 10; i++) {
            int at = i * (docs.size() / 10);
            dev.parley.model.Document d = docs.get(at);
            docs.set(at, new dev.parley.model.Document(d.id(), d.file(), d.title() + " (corrected)", d.titleFrom(),
                    d.source(), d.place(), d.date(), d.paragraphs(), d.topics(), d.keyphrases()));
        }
        Corpus changed = new Corpus(corpus.schemaVersion(), corpus.generator(), docs, corpus.people(),
                corpus.organisations(), corpus.places(), corpus.topics(), corpus.meetings(), corpus.quotes(), corpus.skipped());
        Path copy = dir.resolve("model.json");
        ModelJson.write(changed, copy);
        Path copiedIndex = java.nio.file.Files.createDirectory(dir.resolve("model.index"));
        try (var files = java.nio.file.Files.list(index)) {
            for (Path f : files.toList()) {
                java.nio.file.Files.copy(f, copiedIndex.resolve(f.getFileName()));
            }
        }
        long s = System.nanoTime();
        SearchIndex.build(copy, changed, System.getenv());
        long e = System.nanoTime();
        try (SearchIndex updated = SearchIndex.open(copy, changed, System.getenv())) {
            System.out.printf(Locale.ROOT, "index updated after 10 changed articles in %.1f s (%d hits for 'corrected')%n",
                    (e - s) / 1e9, updated.count("title:corrected"));
        }
        try (var files = java.nio.file.Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(p);
            }
        }
    }

    /** Kinds of query a user types; names come from the model (a seeded pick), never from a fixed list. */
    static Map<String, List<String>> queries(Corpus corpus) {
        Random random = new Random(7);
        List<String> surnames = new ArrayList<>();
        List<String> fullNames = new ArrayList<>();
        List<Person> people = new ArrayList<>(corpus.people());
        for (int i = 0; i < 10 && !people.isEmpty(); i++) {
            Person p = people.get(random.nextInt(people.size()));
            String[] parts = p.name().split(" ");
            surnames.add(parts[parts.length - 1]);
            fullNames.add(p.name());
        }
        Map<String, List<String>> q = new java.util.LinkedHashMap<>();
        q.put("one common word", List.of("security", "minister", "visit", "trade", "cooperation"));
        q.put("one name", surnames);
        q.put("two words", List.of("energy transit", "grain exports", "official visit", "joint commission", "climate change"));
        q.put("phrase", List.of("\"energy security\"", "\"territorial integrity\"", "\"joint commission\"",
                "\"strategic character\"", "\"international law\""));
        q.put("person filter + word", fullNames.stream().map(n -> "person:\"" + n + "\" security").toList());
        q.put("boolean", List.of("(trade OR energy) NOT visa", "security AND -cyber", "grain OR gas OR oil",
                "terrorism -fight", "kind:quote friendship"));
        q.put("dates and topic", List.of("after:2016 before:2017 security", "topic:energy after:2019-06",
                "before:2014 trade", "after:2015-03 before:2015-04 visit", "source:wire energy"));
        q.put("prefix", List.of("secur*", "cooperat*", "minist*", "integr*", "sovereign*"));
        return q;
    }

    static String row(String name, String example, int count, List<Long> nanos) {
        return String.format(Locale.ROOT, "| %s | %s | %s | %.2f | %.2f | %.2f | %.2f |", name,
                example.isEmpty() ? "" : "`" + example.replace("|", "\\|") + "`", count < 0 ? "" : String.valueOf(count),
                pct(nanos, 50), pct(nanos, 95), pct(nanos, 99), pct(nanos, 100));
    }

    static double pct(List<Long> nanos, int p) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
