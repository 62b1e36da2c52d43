package dev.parley.tui;

import dev.parley.clip.Citation;
import dev.parley.clip.ItemText;
import dev.parley.index.CorpusIndex;
import dev.parley.search.Concordance;
import dev.parley.search.Hit;
import dev.parley.search.QueryException;
import dev.parley.search.SearchIndex;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the explorer shows, derived from the corpus: the rows of each pane (built on first use, so the first
 * screen only pays for the pane it shows) and detail views laid out for a width (kept in a small LRU cache, since
 * the same view is drawn on every key press). Results depend only on their arguments, so update stays pure.
 */
final class Content {
    private static final int CACHED_DETAILS = 32;

    private final CorpusIndex index;
    private final Details details;
    /** Concurrent: {@link #prepare} may build rows on another thread while the loop asks for them. */
    private final Map<Pane, List<Row>> rows = new ConcurrentHashMap<>();
    private final Map<Pane, Filters> filters = new EnumMap<>(Pane.class);
    /**
     * Told (on another thread) when background work has something new to show: a filter scan finished, the search
     * index built further. Null until {@link #filterInBackground}: then filters and the search index are done at once.
     */
    private Runnable changed;
    private final Map<String, Detail> detailCache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Detail> eldest) {
            return size() > CACHED_DETAILS;
        }
    };

    /** Opens the search index of the corpus; called once, on the first search, and told how a build goes. */
    @FunctionalInterface
    interface SearchOpener {
        SearchIndex open(SearchIndex.Progress progress) throws Exception;
    }

    /**
     * Hits of a query, or why there are none (a bad query, an index that could not be opened), or while the index
     * is being built in the background, how far that is ({@code building}, else null).
     */
    record Results(String query, List<Hit> hits, int total, String error, String building) {
        Results {
            hits = List.copyOf(hits);
        }

        Results(String query, List<Hit> hits, int total, String error) {
            this(query, hits, total, error, null);
        }
    }

    /** A concordance as the view shows it: lines in the requested order and the top collocates. */
    record Kwic(String term, String sort, List<Concordance.Line> lines, long occurrences,
                List<Concordance.Collocate> collocates, String error, String building) {
        Kwic {
            lines = List.copyOf(lines);
            collocates = List.copyOf(collocates);
        }

        Kwic(String term, String sort, List<Concordance.Line> lines, long occurrences,
             List<Concordance.Collocate> collocates, String error) {
            this(term, sort, lines, occurrences, collocates, error, null);
        }
    }

    /** The search index being opened (built, for a new model) on a background thread; read from the loop's thread. */
    private static final class Opening {
        volatile int done;
        volatile int total;
        volatile boolean cancelled;
        volatile boolean finished;
        volatile SearchIndex index;
        volatile String failure;
    }

    private Opening opening;

    /** Enough for a screenful of pages; the command line is there for more. */
    static final int SEARCH_LIMIT = 200;
    static final int KWIC_LIMIT = 2000;

    private final SearchOpener searchOpener;
    private SearchIndex searchIndex;
    private String searchFailure;
    private Results lastResults;
    private Kwic lastKwic;

    /** Per pane, the ids its list is limited to (`parley pick --person ...`); a pane not in it lists everything. */
    private final Map<Pane, Set<String>> only;

    Content(CorpusIndex index) {
        this(index, Map.of());
    }

    Content(CorpusIndex index, Map<Pane, Set<String>> only) {
        this(index, only, progress -> SearchIndex.inMemory(index.corpus(), progress));
    }

    Content(CorpusIndex index, Map<Pane, Set<String>> only, SearchOpener searchOpener) {
        this.index = index;
        this.details = new Details(index);
        this.only = Map.copyOf(only);
        this.searchOpener = searchOpener;
    }

    CorpusIndex index() {
        return index;
    }

    /**
     * The index, opened (built, the first time for a model) on first use; null with {@link #searchFailure} set.
     * With a background ({@link #filterInBackground}) it is opened there and this is null meanwhile, with
     * {@link #searchBuilding} saying how far it is: building the index of 100,000 articles takes seconds.
     */
    private SearchIndex searchIndex() {
        if (searchIndex != null || searchFailure != null) {
            return searchIndex;
        }
        if (changed == null) {
            try {
                searchIndex = searchOpener.open(SearchIndex.Progress.NONE);
            } catch (Exception e) {
                searchFailure = failure(e);
            }
            return searchIndex;
        }
        if (opening == null) {
            openInBackground();
        } else if (opening.finished) {
            searchIndex = opening.index;
            searchFailure = opening.failure;
            opening = null;
        }
        return searchIndex;
    }

    private static String failure(Exception e) {
        return "search index: " + (e.getMessage() == null ? e.toString() : e.getMessage());
    }

    private void openInBackground() {
        Opening o = new Opening();
        opening = o;
        Runnable told = changed;
        Thread t = new Thread(() -> {
            long[] shown = {System.nanoTime()};
            try {
                o.index = searchOpener.open((done, total) -> {
                    o.done = done;
                    o.total = total;
                    if (System.nanoTime() - shown[0] > 200_000_000L) { // the progress line, five times a second
                        shown[0] = System.nanoTime();
                        told.run();
                    }
                    return !o.cancelled;
                });
            } catch (SearchIndex.Cancelled stopped) {
                return; // nothing to show: the user went back
            } catch (Exception | OutOfMemoryError e) {
                o.failure = e instanceof Exception ? failure((Exception) e) : "search index: not enough memory";
            }
            o.finished = true;
            told.run();
        }, "parley-search-index");
        t.setDaemon(true);
        t.start();
    }

    /** While the search index is built in the background: how far ("12,000 of 600,000 articles and quotes"); else null. */
    String searchBuilding() {
        Opening o = opening;
        if (o == null || o.finished) {
            return null;
        }
        return o.total == 0 ? "opening the search index"
                : String.format(java.util.Locale.ROOT, "building the search index: %,d of %,d articles and quotes",
                        o.done, o.total);
    }

    /** Stops building the search index; the next search starts again. */
    void cancelSearch() {
        if (opening != null && !opening.finished) {
            opening.cancelled = true;
            opening = null;
        }
    }

    /** The ranked hits of a query (the last query's are kept: the view is drawn on every key). */
    Results results(String query) {
        if (lastResults != null && lastResults.query().equals(query)) {
            return lastResults;
        }
        SearchIndex si = searchIndex();
        Results r;
        if (si == null && searchFailure == null) {
            return new Results(query, List.of(), 0, null, searchBuilding()); // not kept: it changes as the build goes on
        }
        if (si == null) {
            r = new Results(query, List.of(), 0, searchFailure);
        } else {
            try {
                r = new Results(query, si.search(query, SEARCH_LIMIT), si.count(query), null);
            } catch (QueryException e) {
                r = new Results(query, List.of(), 0, e.getMessage());
            }
        }
        lastResults = r;
        return r;
    }

    /** A concordance in the given order ("" for corpus order), with its top collocates. */
    Kwic kwic(String term, String sort) {
        if (lastKwic != null && lastKwic.term().equals(term) && lastKwic.sort().equals(sort)) {
            return lastKwic;
        }
        SearchIndex si = searchIndex();
        Kwic k;
        if (si == null && searchFailure == null) {
            return new Kwic(term, sort, List.of(), 0, List.of(), null, searchBuilding());
        }
        if (si == null) {
            k = new Kwic(term, sort, List.of(), 0, List.of(), searchFailure);
        } else {
            try {
                SearchIndex.Kwic found = si.concordance(term, KWIC_LIMIT);
                List<Concordance.Line> lines = sort.isEmpty() ? found.lines()
                        : Concordance.sort(found.lines(), Concordance.sortPositions(sort));
                List<Concordance.Collocate> near = Concordance.collocates(found.lines(), 5, 2, si.frequencies());
                k = new Kwic(term, sort, lines, found.occurrences(), near.subList(0, Math.min(12, near.size())), null);
            } catch (QueryException e) {
                k = new Kwic(term, sort, List.of(), 0, List.of(), e.getMessage());
            }
        }
        lastKwic = k;
        return k;
    }

    List<Row> rows(Pane pane) {
        return rows.computeIfAbsent(pane, p -> {
            Set<String> ids = only.get(p);
            List<Row> all = Rows.of(index, p);
            return ids == null ? List.copyOf(all) : all.stream().filter(r -> ids.contains(r.ref().id())).toList();
        });
    }

    /**
     * Builds the rows of every pane not built yet. The explorer runs this on a background thread after the first
     * frame: in a large corpus the Quotes and Meetings lists take a second or two to build, which would otherwise
     * be the delay of the key that first shows them. A pane asked for meanwhile waits for its rows, or builds them.
     */
    void prepare() {
        for (Pane p : Pane.values()) {
            rows(p);
        }
    }

    /**
     * What {@code y} (or with {@code cited}, {@code Y}) copies and {@code p} prints: a quote's words (with its
     * citation), another thing's natural text; "" when the model has no such thing.
     */
    String text(Ref ref, boolean cited) {
        switch (ref.kind()) {
            case QUOTE:
                return index.quote(ref.id()).map(q -> cited ? Citation.of(index, q) : ItemText.quote(q)).orElse("");
            case PERSON:
                return index.person(ref.id()).map(ItemText::person).orElse("");
            case DOCUMENT:
                return index.document(ref.id()).map(ItemText::document).orElse("");
            case TOPIC:
                return index.topic(ref.id()).map(ItemText::topic).orElse("");
            case MEETING:
                return index.meeting(ref.id()).map(m -> ItemText.meeting(index, m)).orElse("");
            case ORGANISATION:
                return index.organisation(ref.id()).map(ItemText::place).orElse("");
            case EVENT:
            case RELATION:
                return ""; // no single text to copy: the outlets' reports are their documents
            default:
                return index.place(ref.id()).map(ItemText::place).orElse("");
        }
    }

    /** The rows of a pane that match a filter (every word, accent- and case-insensitive); see {@link Filters}. */
    List<Row> rows(Pane pane, String filter) {
        if (filter == null || filter.isBlank()) {
            Filters f = filters.get(pane);
            return f == null ? rows(pane) : f.rows("");
        }
        return filters(pane).rows(filter);
    }

    /** Whether all the rows matching {@code filter} are there, rather than the first ones while the rest is scanned. */
    boolean filterComplete(Pane pane, String filter) {
        Filters f = filters.get(pane);
        return filter == null || filter.isBlank() || f == null || f.complete(filter);
    }

    /**
     * From now on a filter over a long list shows its first matches at once and scans the rest in the background,
     * and the search index is opened in the background; {@code changed} is called (on that thread) when there is
     * something new to show. A scan starts through {@code afterFrame} (the loop, which runs it once the frame with
     * the first matches is sent), so that it does not compete with drawing that frame for the CPU.
     */
    void filterInBackground(Runnable changed, java.util.concurrent.Executor afterFrame) {
        this.changed = changed;
        this.scans = work -> afterFrame.execute(() -> SCANS.execute(work));
        filters.values().forEach(f -> f.inBackground(scans, changed));
    }

    private java.util.concurrent.Executor scans;

    private Filters filters(Pane pane) {
        return filters.computeIfAbsent(pane, p -> {
            Filters f = new Filters(() -> rows(p));
            if (changed != null) {
                f.inBackground(scans, changed);
            }
            return f;
        });
    }

    /** The background filter scans, one after another (a cancelled one ends at once), on a daemon thread. */
    private static final java.util.concurrent.Executor SCANS = work -> Scans.POOL.execute(work);

    private static final class Scans {
        static final java.util.concurrent.ExecutorService POOL = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "parley-filter");
            t.setDaemon(true);
            return t;
        });
    }

    Detail detail(Ref ref, int width) {
        String key = ref.kind() + "\u0000" + ref.id() + "\u0000" + width;
        Detail d = detailCache.get(key);
        if (d == null) {
            d = details.build(ref, width);
            detailCache.put(key, d);
        }
        return d;
    }

    String label(Ref ref) {
        return Cells.safe(details.label(ref));
    }

    int count(Pane pane) {
        if (only.containsKey(pane)) {
            return rows(pane).size();
        }
        switch (pane) {
            case DOCUMENTS: return index.corpus().documents().size();
            case PEOPLE: return index.corpus().people().size();
            case TOPICS: return index.corpus().topics().size();
            case MEETINGS: return index.corpus().events().isEmpty() ? index.corpus().meetings().size()
                    : index.corpus().events().size();
            default: return index.corpus().quotes().size();
        }
    }
}
