package dev.parley.search;

import dev.parley.io.IoProblem;
import dev.parley.io.ModelLock;
import dev.parley.model.Corpus;
import dev.parley.model.Document;
import dev.parley.model.Paragraph;
import dev.parley.model.Quote;
import dev.parley.model.Span;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Full-text search over a model: ranked (BM25) hits in articles and quotes with keyword-in-context snippets, and
 * concordances. The query language is described in {@link SearchQuery} and docs/search.md.
 *
 * <pre>
 * try (SearchIndex index = SearchIndex.open(modelPath, corpus)) {   // builds the index once if missing or stale
 *     List&lt;Hit&gt; hits = index.search("person:lavrov \"energy security\"", 20);
 *     SearchIndex.Kwic kwic = index.concordance("security", 1000);
 * }
 * </pre>
 *
 * Safe to share between threads once open. Text in hits and lines is the model's, unsanitised.
 */
public final class SearchIndex implements AutoCloseable {
    /** Snippet width in characters when the caller does not say. */
    public static final int SNIPPET_WIDTH = 160;

    private final Corpus corpus;
    private final Map<String, Document> documents = new HashMap<>();
    private final Map<String, Quote> quotes = new HashMap<>();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Path location;
    private final boolean built;
    /** Why the index could not be kept on disk (it is then in memory), or null. */
    private String notKept;

    private SearchIndex(Corpus corpus, DirectoryReader reader, Path location, boolean built) {
        this.corpus = corpus;
        corpus.documents().forEach(d -> documents.putIfAbsent(d.id(), d));
        corpus.quotes().forEach(q -> quotes.putIfAbsent(q.id(), q));
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.location = location;
        this.built = built;
    }

    /**
     * Told of each article or quote indexed while an index is built (the explorer shows it); false stops the build,
     * which then throws {@link Cancelled} and leaves no index behind.
     */
    @FunctionalInterface
    public interface Progress {
        boolean item(int done, int total);

        Progress NONE = (done, total) -> true;
    }

    /** A build stopped by its {@link Progress}. */
    public static final class Cancelled extends RuntimeException {
        public Cancelled() {
            super("search index build cancelled", null, false, false);
        }
    }

    /** {@link #open(Path, Corpus, Map)} with the process environment. */
    public static SearchIndex open(Path model, Corpus corpus) throws IOException {
        return open(model, corpus, System.getenv());
    }

    /**
     * The index of {@code corpus}, read from {@code model}: opened from beside the model (or the user's cache) when
     * it is fresh, built there first when it is missing or stale. When neither place can be written, the index is
     * built in memory for this process.
     */
    public static SearchIndex open(Path model, Corpus corpus, Map<String, String> env) throws IOException {
        return open(model, corpus, env, Progress.NONE);
    }

    /** The same, telling {@code progress} of a build. */
    public static SearchIndex open(Path model, Corpus corpus, Map<String, String> env, Progress progress)
            throws IOException {
        if (model == null || !Files.isRegularFile(model)) {
            return inMemory(corpus, progress);
        }
        Path beside = IndexStore.besideModel(model);
        Path cache = IndexStore.inCache(model, env);
        for (Path dir : List.of(beside, cache)) {
            if (IndexStore.isFresh(dir, model)) {
                try {
                    return new SearchIndex(corpus, IndexStore.read(dir), dir, false);
                } catch (IOException | RuntimeException unreadable) {
                    // a damaged index is as good as none: build it again below
                }
            }
        }
        // Written only under the model's lock (ModelLock): a build replaces the model and then writes its index,
        // and an index of the corpus read here, stamped with the model the build has just written, would be taken
        // for that model's. While a build runs, this process indexes in memory instead.
        ModelLock lock;
        try {
            lock = ModelLock.tryFor(model, 0, holder -> new BuildRunning());
        } catch (BuildRunning running) {
            return inMemory(corpus, progress);
        } catch (IOException unlockable) {
            lock = null; // a folder where no lock can be made is one no build can write a model into either
        }
        try {
            for (Path dir : List.of(beside, cache)) {
                if (IndexStore.isFresh(dir, model)) {
                    // the build that held the lock a moment ago wrote it
                    try {
                        return new SearchIndex(corpus, IndexStore.read(dir), dir, false);
                    } catch (IOException | RuntimeException unreadable) {
                        // built again below
                    }
                }
            }
            List<String> problems = new ArrayList<>();
            for (Path dir : List.of(beside, cache)) {
                try {
                    IndexStore.build(corpus, model, dir, progress);
                    return new SearchIndex(corpus, IndexStore.read(dir), dir, true);
                } catch (IOException notWritable) {
                    problems.add(dir + ": " + IoProblem.of(notWritable)); // and try the next place
                }
            }
            // Still answers, from memory; the user hears why each later search will index again.
            SearchIndex index = inMemory(corpus, progress);
            index.notKept = "cannot write the search index " + String.join(", nor ", problems);
            return index;
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }

    /**
     * Why this index is only in memory although the model is a file: no place for it could be written (a full
     * disk, a read-only folder), each named with its problem. Null when it is on disk or was never meant to be.
     */
    public String notKept() {
        return notKept;
    }

    /**
     * Builds (or rebuilds) the index beside the model, or in the cache when that folder is not writable. A fresh
     * index of the same model bytes (a rebuild that changed nothing) is kept as it is.
     */
    public static Path build(Path model, Corpus corpus, Map<String, String> env) throws IOException {
        Path beside = IndexStore.besideModel(model);
        if (IndexStore.isFresh(beside, model)) {
            return beside;
        }
        try {
            IndexStore.build(corpus, model, beside);
            return beside;
        } catch (IOException notWritable) {
            Path cache = IndexStore.inCache(model, env);
            IndexStore.build(corpus, model, cache);
            return cache;
        }
    }

    private static final class BuildRunning extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** An index held in memory only (tests, corpora without a file). */
    public static SearchIndex inMemory(Corpus corpus) throws IOException {
        return inMemory(corpus, Progress.NONE);
    }

    /** The same, telling {@code progress} of the build. */
    public static SearchIndex inMemory(Corpus corpus, Progress progress) throws IOException {
        Directory dir = new ByteBuffersDirectory();
        IndexStore.write(corpus, dir, progress);
        return new SearchIndex(corpus, DirectoryReader.open(dir), null, true);
    }

    /** Where the index is on disk, or null when it is in memory. */
    public Path location() {
        return location;
    }

    /** Whether opening this index had to build it. */
    public boolean wasBuilt() {
        return built;
    }

    public Corpus corpus() {
        return corpus;
    }

    /** The best {@code limit} hits, best first. */
    public List<Hit> search(String query, int limit) throws QueryException {
        return search(query, limit, SNIPPET_WIDTH);
    }

    public List<Hit> search(String query, int limit, int snippetWidth) throws QueryException {
        SearchQuery q = SearchQuery.parse(query);
        try {
            TopDocs top = searcher.search(q.lucene(), Math.max(1, limit));
            StoredFields stored = searcher.storedFields();
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                org.apache.lucene.document.Document ld = stored.document(sd.doc, Set.of(Schema.KIND, Schema.ID));
                String id = ld.get(Schema.ID);
                Hit hit = Schema.KIND_QUOTE.equals(ld.get(Schema.KIND))
                        ? quoteHit(quotes.get(id), sd.score, q, snippetWidth)
                        : documentHit(documents.get(id), sd.score, q, snippetWidth);
                if (hit != null) {
                    hits.add(hit);
                }
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many articles and quotes match. */
    public int count(String query) throws QueryException {
        try {
            return searcher.count(SearchQuery.parse(query).lucene());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Hit documentHit(Document d, float score, SearchQuery q, int width) {
        if (d == null) {
            return null;
        }
        int bestParagraph = -1;
        int bestScore = 0;
        List<Span> bestSpans = List.of();
        for (int i = 0; i < d.paragraphs().size(); i++) {
            List<Token> tokens = TextAnalyzer.tokens(d.paragraphs().get(i).text());
            int distinct = Highlights.distinctMatches(tokens, q.highlights(), q.highlightPrefixes());
            if (distinct > bestScore) {
                bestScore = distinct;
                bestParagraph = i;
                bestSpans = Highlights.find(tokens, q.highlights(), q.highlightPrefixes());
            }
        }
        List<Span> titleHits = d.title() == null ? List.of()
                : Highlights.find(TextAnalyzer.tokens(d.title()), q.highlights(), q.highlightPrefixes());
        if (bestParagraph < 0) {
            String lead = d.paragraphs().isEmpty() ? "" : d.paragraphs().get(0).text();
            return new Hit(d, null, score, 0, 0, 0, Highlights.cut(lead, 0, 0, List.of(), width), titleHits);
        }
        String text = d.paragraphs().get(bestParagraph).text();
        Span first = bestSpans.get(0);
        return new Hit(d, null, score, bestParagraph, first.start(), first.end(),
                Highlights.cut(text, bestParagraph, 0, bestSpans, width), titleHits);
    }

    private Hit quoteHit(Quote quote, float score, SearchQuery q, int width) {
        if (quote == null) {
            return null;
        }
        Document d = documents.get(quote.doc());
        if (d == null) {
            return null;
        }
        List<Span> spans = Highlights.find(TextAnalyzer.tokens(quote.text()), q.highlights(), q.highlightPrefixes());
        Snippet snippet = Highlights.cut(quote.text(), quote.paragraph(), quote.start(), spans, width);
        int start = spans.isEmpty() ? quote.start() : quote.start() + spans.get(0).start();
        int end = spans.isEmpty() ? quote.start() : quote.start() + spans.get(0).end();
        return new Hit(d, quote, score, quote.paragraph(), start, end, snippet, List.of());
    }

    /**
     * Every occurrence of a word or phrase in the articles' paragraphs, in corpus order, at most {@code maxLines}
     * of them.
     */
    public Kwic concordance(String term, int maxLines) throws QueryException {
        List<String> keyword = TextAnalyzer.tokens(term == null ? "" : term).stream().map(Token::term).toList();
        if (keyword.isEmpty()) {
            throw new QueryException("nothing to look for in '" + (term == null ? "" : term.strip())
                    + "': give a word or several");
        }
        Query query = new BooleanQuery.Builder()
                .add(keyword.size() == 1 ? new TermQuery(new Term(Schema.BODY, keyword.get(0)))
                        : new PhraseQuery(Schema.BODY, keyword.toArray(String[]::new)), Occur.MUST)
                .add(new TermQuery(new Term(Schema.KIND, Schema.KIND_DOC)), Occur.FILTER)
                .build();
        List<Concordance.Line> lines = new ArrayList<>();
        long occurrences = 0;
        boolean complete = true;
        try {
            Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
            StoredFields stored = searcher.storedFields();
            // index order is not corpus order once an index has been updated in place: the articles' ordinals
            // (doc values, cheap to read for every match) sort them; only those scanned are looked up by id
            long[] matching = new long[16];
            int count = 0;
            for (LeafReaderContext leaf : reader.leaves()) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                org.apache.lucene.index.NumericDocValues ordinal =
                        org.apache.lucene.index.DocValues.getNumeric(leaf.reader(), Schema.ORDINAL);
                DocIdSetIterator it = scorer.iterator();
                for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    long position = ordinal.advanceExact(doc) ? ordinal.longValue() : Integer.MAX_VALUE;
                    if (count == matching.length) {
                        matching = java.util.Arrays.copyOf(matching, count * 2);
                    }
                    matching[count++] = (position << 32) | (leaf.docBase + doc);
                }
            }
            java.util.Arrays.sort(matching, 0, count);
            scan:
            for (int m = 0; m < count; m++) {
                Document d = documents.get(stored.document((int) matching[m], Set.of(Schema.ID)).get(Schema.ID));
                if (d == null) {
                    continue;
                }
                for (int p = 0; p < d.paragraphs().size(); p++) {
                    Paragraph para = d.paragraphs().get(p);
                    List<Concordance.Line> found = Concordance.find(d.id(), p, para.text(),
                            TextAnalyzer.tokens(para.text()), keyword);
                    occurrences += found.size();
                    for (Concordance.Line l : found) {
                        if (lines.size() >= maxLines) {
                            complete = false;
                            break scan;
                        }
                        lines.add(l);
                    }
                }
            }
            if (!complete && keyword.size() == 1) {
                // the index's count (it may include articles replaced by an update and not yet merged away)
                occurrences = Math.max(occurrences, reader.totalTermFreq(new Term(Schema.BODY, keyword.get(0))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Kwic(keyword, lines, occurrences, complete);
    }

    /**
     * A concordance.
     *
     * @param keyword     the folded words looked for
     * @param lines       occurrences in corpus order
     * @param occurrences how many there are in all (at least the lines; more when cut)
     * @param complete    whether every occurrence is in {@code lines}
     */
    public record Kwic(List<String> keyword, List<Concordance.Line> lines, long occurrences, boolean complete) {
        public Kwic {
            keyword = List.copyOf(keyword);
            lines = List.copyOf(lines);
        }
    }

    /** Word counts of the articles' paragraphs, from the index: the baseline for collocates. */
    public Concordance.Frequencies frequencies() {
        return new Concordance.Frequencies() {
            @Override
            public long count(String term) {
                try {
                    return reader.totalTermFreq(new Term(Schema.BODY, term));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public long total() {
                try {
                    return reader.getSumTotalTermFreq(Schema.BODY);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    @Override
    public void close() throws IOException {
        Directory dir = reader.directory();
        reader.close();
        dir.close();
    }
}
