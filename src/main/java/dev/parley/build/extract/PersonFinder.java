package dev.parley.build.extract;

import dev.parley.model.Document;

import java.util.List;

/** Placeholder until the real extractor lands. */
public final class PersonFinder {
    public PersonFinder(Vocabulary vocab) {
    }

    public List<LocalPerson> find(Document doc) {
        return List.of();
    }
}
