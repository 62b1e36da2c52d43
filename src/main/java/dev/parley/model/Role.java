package dev.parley.model;

import java.util.List;

/**
 * A title a person held according to some documents, e.g. ("Minister of Foreign Affairs", "Russia").
 *
 * @param title        normalised title, e.g. "Prime Minister", "Ambassador", "Minister of Defence"
 * @param country      canonical country name, or null
 * @param organisation organisation the title belongs to when it is not a country's (e.g. "United Nations"), or null
 * @param documents    ids of the documents that give this role
 */
public record Role(String title, String country, String organisation, List<String> documents) implements java.io.Serializable {
    public Role {
        documents = ModelLists.copyOf(documents);
    }
}
