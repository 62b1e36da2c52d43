package dev.parley.model;

import java.util.List;

/**
 * The whole model that {@code parley build} writes and every other command reads.
 * Lists are sorted deterministically by the builder so that the same input gives byte-identical JSON.
 * The model's records are {@link java.io.Serializable} so that a cluster build engine can move parts of a model
 * between its processes (the file format is JSON all the same).
 */
public record Corpus(
        int schemaVersion,
        String generator,
        List<Document> documents,
        List<Person> people,
        List<Entity> organisations,
        List<Entity> places,
        List<Topic> topics,
        List<Meeting> meetings,
        List<Quote> quotes,
        List<Skipped> skipped,
        List<Event> events) implements java.io.Serializable {

    /** Bumped whenever a reader of an older version could misread the file. 2: quotes have a list of speakers. */
    public static final int SCHEMA_VERSION = 2;

    public Corpus {
        documents = ModelLists.copyOf(documents);
        people = ModelLists.copyOf(people);
        organisations = ModelLists.copyOf(organisations);
        places = ModelLists.copyOf(places);
        topics = ModelLists.copyOf(topics);
        meetings = ModelLists.copyOf(meetings);
        quotes = ModelLists.copyOf(quotes);
        skipped = ModelLists.copyOf(skipped);
        events = events == null ? List.of() : ModelLists.copyOf(events);
    }

    /** A model without events (they are grouped from the meetings afterwards, or the model predates them). */
    public Corpus(int schemaVersion, String generator, List<Document> documents, List<Person> people,
                  List<Entity> organisations, List<Entity> places, List<Topic> topics, List<Meeting> meetings,
                  List<Quote> quotes, List<Skipped> skipped) {
        this(schemaVersion, generator, documents, people, organisations, places, topics, meetings, quotes, skipped,
                List.of());
    }

    /** The same model with these events. */
    public Corpus withEvents(List<Event> events) {
        return new Corpus(schemaVersion, generator, documents, people, organisations, places, topics, meetings, quotes,
                skipped, events);
    }
}
