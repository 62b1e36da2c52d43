package dev.parley.model;

import java.util.List;

/** How the model's records take lists: an unmodifiable copy, except that a {@link DeferredList} stays unloaded. */
final class ModelLists {
    private ModelLists() {
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> copyOf(List<? extends T> list) {
        if (list instanceof DeferredList<?>) {
            return (List<T>) list; // already immutable; copying would read it from storage
        }
        return List.copyOf(list);
    }
}
