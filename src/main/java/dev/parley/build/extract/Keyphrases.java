package dev.parley.build.extract;

import dev.parley.model.Document;

import java.util.List;

/** Placeholder until the real extractor lands. */
public final class Keyphrases {
    public Keyphrases(Vocabulary vocab) {
    }

    public List<String> extract(Document doc, int max) {
        return List.of();
    }
}
