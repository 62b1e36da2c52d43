package dev.parley.index;

/** Something and how often it occurs in a relation (people met, topics spoken on). */
public record Count<T>(T item, int count) {
}
