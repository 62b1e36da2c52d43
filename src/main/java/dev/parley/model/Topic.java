package dev.parley.model;

import java.util.List;

/** A topic of the taxonomy and the documents about it, each with the sentences that show it. */
public record Topic(String id, String name, List<TopicDocument> documents) implements java.io.Serializable {
    public Topic {
        documents = ModelLists.copyOf(documents);
    }

    public record TopicDocument(String doc, List<Evidence> evidence) implements java.io.Serializable {
        public TopicDocument {
            evidence = ModelLists.copyOf(evidence);
        }
    }
}
