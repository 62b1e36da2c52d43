package dev.parley.model;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.RandomAccess;
import java.util.Spliterator;
import java.util.function.Consumer;

/**
 * An immutable list whose elements are read from storage only when first needed (a document's paragraphs, a
 * person's mentions), while its size is known at once. The model's records keep such a list as it is instead of
 * copying it, which would load it: see {@link ModelLists#copyOf}.
 *
 * <p>Subclasses must return the same elements on every {@link #load()} (they may be dropped from a cache and read
 * again) and an unmodifiable list without nulls, as {@link List#copyOf} gives.
 */
public abstract class DeferredList<E> extends AbstractList<E> implements RandomAccess {
    /** The elements; may read them from storage. */
    protected abstract List<E> load();

    @Override
    public abstract int size();

    @Override
    public E get(int index) {
        return load().get(index);
    }

    /** One load for a whole walk, instead of one cache look-up per element. */
    @Override
    public Iterator<E> iterator() {
        return size() == 0 ? List.<E>of().iterator() : load().iterator();
    }

    @Override
    public Spliterator<E> spliterator() {
        return size() == 0 ? List.<E>of().spliterator() : load().spliterator();
    }

    @Override
    public void forEach(Consumer<? super E> action) {
        if (size() > 0) {
            load().forEach(action);
        }
    }

    @Override
    public Object[] toArray() {
        return size() == 0 ? new Object[0] : load().toArray();
    }

    @Override
    public <T> T[] toArray(T[] a) {
        return load().toArray(a);
    }
}
