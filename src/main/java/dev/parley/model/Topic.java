package dev.parley.model;

import java.util.List;

/** A topic of the taxonomy and the documents about it, each with the sentences that show it. */
public record Topic(String id, String name, List<TopicDocument> documents) {
    public Topic {
        documents = ModelLists.copyOf(documents);
    }

    public record TopicDocument(String doc, List<Evidence> evidence) {
        public TopicDocument {
            evidence = ModelLists.copyOf(evidence);
        }
    }
}
