package dev.parley.cli;

import dev.parley.corpus.CorpusBuilder;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * "building 1234/20000 documents, 850 files/s, ETA 0:20", redrawn in place with '\r' at most ten times a second.
 * Called from the builder's worker threads, hence synchronized; drawing is cheap and rare.
 */
final class ProgressLine implements CorpusBuilder.Progress {
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream err;
    private final boolean enabled;
    private final LongSupplier clock;
    private final long started;
    private long lastDraw = Long.MIN_VALUE;
    private int drawnWidth;

    ProgressLine(PrintStream err, boolean enabled, LongSupplier clock) {
        this.err = err;
        this.enabled = enabled;
        this.clock = clock;
        this.started = clock.getAsLong();
    }

    @Override
    public synchronized void documentDone(int done, int total) {
        if (!enabled) {
            return;
        }
        long now = clock.getAsLong();
        if (done < total && lastDraw != Long.MIN_VALUE && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        String line = render(done, total, (now - started) / 1e9);
        // pad with spaces to wipe the end of a longer previous line
        String padded = line.length() < drawnWidth ? line + " ".repeat(drawnWidth - line.length()) : line;
        drawnWidth = line.length();
        err.print("\r" + padded);
        err.flush();
    }

    static String render(int done, int total, double seconds) {
        double rate = seconds > 0 ? done / seconds : 0;
        String eta = rate > 0 ? clock((long) Math.ceil((total - done) / rate)) : "?";
        return String.format(Locale.ROOT, "building %d/%d documents, %.0f files/s, ETA %s", done, total, rate, eta);
    }

    private static String clock(long seconds) {
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }

    /** Clears the line so the summary that follows starts clean. */
    synchronized void finish() {
        if (drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
            drawnWidth = 0;
        }
    }
}
