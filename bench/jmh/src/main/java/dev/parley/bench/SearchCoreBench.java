package dev.parley.bench;

import dev.parley.io.ModelJson;
import dev.parley.model.Corpus;
import dev.parley.search.Concordance;
import dev.parley.search.Hit;
import dev.parley.search.QueryException;
import dev.parley.search.SearchIndex;
import dev.parley.search.SearchQuery;
import dev.parley.store.ModelStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The search core on a built model: query parsing, ranked search with snippets (what {@code parley search} and the
 * explorer's {@code s} do per query), a phrase, a query with a filter, and a concordance with its collocates.
 *
 * <p>The model is given by {@code -Dparley.bench.model=PATH}; {@code bench/jmh/run.sh} generates a synthetic corpus
 * and builds one. The default queries use words the corpus generator writes; give other ones for a real model
 * ({@code -Dparley.bench.words=...}, and {@code .phrase}, {@code .filtered}, {@code .term}). The index is opened (not
 * built) in the set-up, as a user's first search after {@code parley build} would; a query without hits fails the
 * set-up rather than timing an empty search.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class SearchCoreBench {
    /**
     * How the model is read: {@code json} decodes it whole into memory (the search core alone); {@code snapshot}
     * opens it as the command line and the explorer do, article bodies read lazily behind caches.
     */
    @Param({"json"})
    public String load;

    // What is searched comes from system properties rather than @Param: they are the same for every run of a
    // session, and as parameters they would make every row of JMH's table a screen wide. The forked JVM inherits
    // the launching JVM's options, so `java -Dparley.bench.model=... org.openjdk.jmh.Main` reaches it.
    private static final String MODEL = System.getProperty("parley.bench.model", "");
    private static final String WORDS = System.getProperty("parley.bench.words", "energy transit");
    private static final String PHRASE = System.getProperty("parley.bench.phrase", "\"energy security\"");
    private static final String FILTERED = System.getProperty("parley.bench.filtered", "person:okafor security");
    private static final String TERM = System.getProperty("parley.bench.term", "security");
    /** Hits per search and concordance lines: the command line's defaults. */
    private static final int LIMIT = 20;
    private static final int LINES = 1000;

    private SearchIndex index;
    private SearchIndex.Kwic kwic;

    @Setup(Level.Trial)
    public void open() throws Exception {
        if (MODEL.isBlank()) {
            throw new IllegalArgumentException(
                    "give a built model: -Dparley.bench.model=PATH/model.json (bench/jmh/run.sh builds one)");
        }
        Path file = Path.of(MODEL);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no model at " + file);
        }
        long started = System.nanoTime();
        Corpus corpus = switch (load) {
            case "json" -> ModelJson.read(file);
            case "snapshot" -> ModelStore.open(file, System.err::println).corpus();
            default -> throw new IllegalArgumentException("load is json or snapshot, not " + load);
        };
        index = SearchIndex.open(file, corpus, System.getenv());
        System.out.printf(Locale.ROOT, "%nmodel: %d documents, %d quotes; %s and index %s in %.1f s%n",
                corpus.documents().size(), corpus.quotes().size(), load, index.wasBuilt() ? "built" : "opened",
                (System.nanoTime() - started) / 1e9);
        for (String q : List.of(WORDS, PHRASE, FILTERED)) {
            int count = index.count(q);
            System.out.printf(Locale.ROOT, "  %,d hits: %s%n", count, q);
            if (count == 0) {
                throw new IllegalArgumentException("no hits for " + q + " in this model: give a query that finds something");
            }
        }
        kwic = index.concordance(TERM, LINES);
        System.out.printf(Locale.ROOT, "  %,d occurrences of '%s' (%d lines kept)%n", kwic.occurrences(), TERM,
                kwic.lines().size());
        if (kwic.lines().isEmpty()) {
            throw new IllegalArgumentException("no occurrences of '" + TERM + "' in this model");
        }
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        index.close();
    }

    /** Reading the query language into a Lucene query: the part of every search before Lucene runs. */
    @Benchmark
    public SearchQuery parse() throws QueryException {
        return SearchQuery.parse(FILTERED);
    }

    /** Words anywhere: BM25 over title, paragraphs and quotes, then the best paragraph and snippet of each hit. */
    @Benchmark
    public List<Hit> searchWords() throws QueryException {
        return index.search(WORDS, LIMIT);
    }

    /** Words in order inside one paragraph: positions read from the index, snippets as above. */
    @Benchmark
    public List<Hit> searchPhrase() throws QueryException {
        return index.search(PHRASE, LIMIT);
    }

    /** A field filter (a person, by any part of the name or an alias) with a word. */
    @Benchmark
    public List<Hit> searchFiltered() throws QueryException {
        return index.search(FILTERED, LIMIT);
    }

    /** Every occurrence of the term in corpus order, up to 1,000 of them, each aligned on the keyword. */
    @Benchmark
    public SearchIndex.Kwic concordance() throws QueryException {
        return index.concordance(TERM, LINES);
    }

    /** Collocates of the concordance's lines (window 5, seen at least 3 times) against the index's word counts. */
    @Benchmark
    public List<Concordance.Collocate> collocates() {
        return Concordance.collocates(kwic.lines(), 5, 3, index.frequencies());
    }
}
