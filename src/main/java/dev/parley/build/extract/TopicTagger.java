package dev.parley.build.extract;

import dev.parley.model.Document;
import dev.parley.model.Evidence;

import java.util.List;
import java.util.Map;

/** Placeholder until the real tagger lands. */
public final class TopicTagger {
    public TopicTagger(Vocabulary vocab) {
    }

    public Map<String, List<Evidence>> tag(Document doc) {
        return Map.of();
    }

    public List<Map.Entry<String, String>> topics() {
        return List.of();
    }
}
