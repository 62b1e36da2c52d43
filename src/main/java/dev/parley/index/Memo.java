package dev.parley.index;

import java.util.function.Supplier;

/** A value computed on first use, once, even when several threads ask at the same time. */
final class Memo<T> {
    private Supplier<T> compute;
    private volatile T value;

    Memo(Supplier<T> compute) {
        this.compute = compute;
    }

    T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = compute.get();
                    value = v;
                    compute = null;
                }
            }
        }
        return v;
    }
}
