package dev.parley.curate;

import dev.parley.model.DeferredList;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Two lists as one, read only when first walked: a merged person's mentions, which in a snapshot stay on disk
 * until the person is opened.
 */
final class Concat<E> extends DeferredList<E> {
    private final List<E> first;
    private final List<E> second;
    private volatile List<E> loaded;

    private Concat(List<E> first, List<E> second) {
        this.first = first;
        this.second = second;
    }

    static <E> List<E> of(List<E> first, List<E> second) {
        if (second.isEmpty()) {
            return first;
        }
        return first.isEmpty() ? second : new Concat<>(first, second);
    }

    @Override
    protected List<E> load() {
        List<E> l = loaded;
        if (l == null) {
            List<E> both = new ArrayList<>(first.size() + second.size());
            both.addAll(first);
            both.addAll(second);
            l = Collections.unmodifiableList(both);
            loaded = l;
        }
        return l;
    }

    @Override
    public int size() {
        return first.size() + second.size();
    }
}
