package dev.parley.tui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The rows of one pane's list that match filters, fast enough to keep typing under a frame on a list of half a
 * million rows.
 *
 * <ul>
 *   <li>Every row's folded text is computed once ({@link Row#haystack()}); a key only compares strings.</li>
 *   <li>Typing on narrows: a row that has every new word has every old one too when each old word is part of a
 *       new one ("mar" → "mark"), so the smallest earlier result that allows it is scanned, not the whole list.
 *       The last few results are kept, so Backspace finds its result again.</li>
 *   <li>On a long list, with a place to run it ({@link #inBackground}), a key only looks for a screenful of
 *       matches; the rest of the list is scanned in the background, and the next key cancels that scan. The
 *       screen shows the first matches at once and the whole result when it is there.</li>
 * </ul>
 *
 * Used from the loop's thread only; the background scan touches nothing but its own {@link Scan}.
 */
final class Filters {
    /** Below this many rows to scan one thread filters faster than splitting the work. */
    static final int PARALLEL_ROWS = 20_000;
    /** From this many rows to scan, a key scans a screenful and leaves the rest to the background. */
    static final int BACKGROUND_ROWS = 50_000;
    /** Matches looked for at once: more than a tall terminal shows. */
    static final int SCREENFUL = 200;
    /** Rows scanned at once at most, when matches are rare: a few milliseconds of work. */
    static final int AT_ONCE_ROWS = 8_192;
    /** Results kept for narrowing and for Backspace. */
    private static final int KEPT = 8;

    private final Supplier<List<Row>> all;
    private final int backgroundRows;
    private final int screenful;
    private final int atOnceRows;
    private final Map<String, List<Row>> done = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Row>> eldest) {
            return size() > KEPT;
        }
    };
    private Executor scans;
    private Runnable changed;
    private Scan pending;

    Filters(Supplier<List<Row>> all) {
        this(all, BACKGROUND_ROWS, SCREENFUL, AT_ONCE_ROWS);
    }

    Filters(Supplier<List<Row>> all, int backgroundRows, int screenful, int atOnceRows) {
        this.all = all;
        this.backgroundRows = backgroundRows;
        this.screenful = screenful;
        this.atOnceRows = atOnceRows;
    }

    /**
     * Long scans go to {@code scans} from now on, and {@code changed} is told (on the scanning thread) when one
     * has finished, so that the screen can be drawn again. Without this every result is complete at once.
     */
    void inBackground(Executor scans, Runnable changed) {
        this.scans = scans;
        this.changed = changed;
    }

    /** The rows matching {@code filter}, in the list's order: all of them, or the first ones while the rest is scanned. */
    List<Row> rows(String filter) {
        if (filter == null || filter.isBlank()) {
            cancel();
            return all.get();
        }
        collect();
        List<Row> kept = done.get(filter);
        if (kept != null) {
            return kept;
        }
        if (pending != null && pending.filter.equals(filter)) {
            return pending.found();
        }
        cancel();
        List<String> terms = Match.terms(filter);
        List<Row> from = base(terms);
        if (scans == null || from.size() < backgroundRows) {
            List<Row> result = scan(from, 0, from.size(), terms);
            done.put(filter, result);
            return result;
        }
        // a screenful now, from the top, then the rest in the background
        List<Row> first = new ArrayList<>(screenful);
        int i = 0;
        int end = Math.min(from.size(), atOnceRows);
        for (; i < end && first.size() < screenful; i++) {
            Row r = from.get(i);
            if (Match.allIn(r.haystack(), terms)) {
                first.add(r);
            }
        }
        Scan scan = new Scan(filter, terms, from, i, Collections.unmodifiableList(first));
        pending = scan;
        Runnable told = changed;
        scans.execute(() -> {
            if (scan.run()) {
                told.run();
            }
        });
        return scan.found();
    }

    /** Whether {@code filter}'s rows are all there (false while the background still scans for more). */
    boolean complete(String filter) {
        collect();
        return pending == null || !pending.filter.equals(filter);
    }

    /** Stops the background scan, if any: its filter is no longer what the list shows. */
    private void cancel() {
        if (pending != null) {
            pending.cancelled = true;
            pending = null;
        }
    }

    /** Takes in a finished background scan. */
    private void collect() {
        if (pending != null && pending.result != null) {
            done.put(pending.filter, pending.result);
            pending = null;
        }
    }

    /** The smallest earlier result that holds every row matching {@code terms}, else the whole list. */
    private List<Row> base(List<String> terms) {
        List<Row> best = all.get();
        for (Map.Entry<String, List<Row>> e : done.entrySet()) {
            if (e.getValue().size() < best.size() && narrows(Match.terms(e.getKey()), terms)) {
                best = e.getValue();
            }
        }
        return best;
    }

    /** Whether every row matching {@code next} also matches {@code previous}. */
    static boolean narrows(List<String> previous, List<String> next) {
        for (String old : previous) {
            boolean kept = false;
            for (String t : next) {
                if (t.contains(old)) {
                    kept = true;
                    break;
                }
            }
            if (!kept) {
                return false;
            }
        }
        return true;
    }

    /** The matching rows of {@code from[start, end)}; a long range on every core, in the list's order either way. */
    private static List<Row> scan(List<Row> from, int start, int end, List<String> terms) {
        List<Row> range = from.subList(start, end);
        return (range.size() < PARALLEL_ROWS ? range.stream() : range.parallelStream())
                .filter(r -> Match.allIn(r.haystack(), terms)).toList();
    }

    /** One background scan: the matches found at once, then the rest of the list. */
    private static final class Scan {
        final String filter;
        private final List<String> terms;
        private final List<Row> from;
        private final int resume;
        private final List<Row> first;
        volatile boolean cancelled;
        /** Every match, once the scan has finished. */
        volatile List<Row> result;

        Scan(String filter, List<String> terms, List<Row> from, int resume, List<Row> first) {
            this.filter = filter;
            this.terms = terms;
            this.from = from;
            this.resume = resume;
            this.first = first;
        }

        List<Row> found() {
            List<Row> r = result;
            return r != null ? r : first;
        }

        /** @return whether it finished (rather than being cancelled) */
        boolean run() {
            if (cancelled) {
                return false;
            }
            List<Row> rest = (from.size() - resume < PARALLEL_ROWS ? from.subList(resume, from.size()).stream()
                    : from.subList(resume, from.size()).parallelStream())
                    .filter(r -> !cancelled && Match.allIn(r.haystack(), terms)).toList();
            if (cancelled) {
                return false;
            }
            List<Row> all = new ArrayList<>(first.size() + rest.size());
            all.addAll(first);
            all.addAll(rest);
            result = Collections.unmodifiableList(all);
            return true;
        }
    }
}
