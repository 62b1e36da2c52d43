package dev.parley.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ObjLongConsumer;

/**
 * How long each step of a build took, said in one line on stderr when {@code PARLEY_TIMINGS=1}: what a user (or a
 * benchmark) needs to see where a slow build spends its time, without a profiler.
 */
final class BuildTimings implements ObjLongConsumer<String> {
    private final boolean on;
    private final List<String> steps = new ArrayList<>();

    BuildTimings(boolean on) {
        this.on = on;
    }

    @Override
    public synchronized void accept(String step, long nanos) {
        if (on) {
            steps.add(String.format(Locale.ROOT, "%s %.2f s", step, nanos / 1e9));
        }
    }

    /** Records the step that began at {@code since} and returns now, the start of the next. */
    long lap(String step, long since) {
        long now = System.nanoTime();
        accept(step, now - since);
        return now;
    }

    void report(PrintStream err) {
        if (on && !steps.isEmpty()) {
            err.println("parley build: timings: " + String.join(", ", steps));
        }
    }
}
