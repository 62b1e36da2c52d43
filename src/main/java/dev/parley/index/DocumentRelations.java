package dev.parley.index;

import dev.parley.model.Entity;
import dev.parley.model.Meeting;
import dev.parley.model.Person;
import dev.parley.model.Quote;

import java.util.List;

/**
 * What each document is linked to: the people and places named in it (in text order; the inverse of
 * {@link Person#mentions()} and {@link Entity#mentions()}), its quotes and the meetings that it reports (both in
 * corpus order). Computing this means reading every mention, quote and meeting of the corpus, so a store that has
 * it precomputed (the snapshot) hands it to {@link CorpusIndex}, to be read one document at a time.
 */
public interface DocumentRelations {
    List<Located<Person>> people(String docId);

    List<Located<Entity>> places(String docId);

    List<Quote> quotes(String docId);

    List<Meeting> meetings(String docId);
}
