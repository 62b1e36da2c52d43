package dev.parley.build.extract;

import dev.parley.model.Document;

import java.util.List;

/** Placeholder until the real extractor lands. */
public final class OrgFinder {
    public OrgFinder(Vocabulary vocab) {
    }

    public List<EntityMention> find(Document doc) {
        return List.of();
    }
}
