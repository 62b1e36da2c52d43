package dev.parley.build.extract;

import dev.parley.model.Document;

import java.util.List;

/** Placeholder until the real extractor lands. */
public final class QuoteFinder {
    public QuoteFinder(Vocabulary vocab) {
    }

    public List<LocalQuote> find(Document doc, List<LocalPerson> people) {
        return List.of();
    }
}
