package dev.parley.command;

import dev.parley.index.CorpusIndex;
import dev.parley.io.ModelJson;
import dev.parley.model.Corpus;
import dev.parley.testing.Seeds;

import java.util.List;

/** The seed model as built into data/model.json, and an empty one. */
final class SeedModel {
    private static Corpus seeds;

    private SeedModel() {
    }

    static synchronized Corpus corpus() {
        if (seeds == null) {
            try {
                seeds = ModelJson.read(Seeds.root().resolve("data/model.json"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return seeds;
    }

    static Resolver resolver() {
        return new Resolver(new CorpusIndex(corpus()));
    }

    static Corpus empty() {
        return new Corpus(Corpus.SCHEMA_VERSION, "test", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }
}
