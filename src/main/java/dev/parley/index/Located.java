package dev.parley.index;

import dev.parley.model.Mention;

/** Something named at a place in a document (a person or a place and one of its mentions). */
public record Located<T>(T item, Mention mention) {
}
