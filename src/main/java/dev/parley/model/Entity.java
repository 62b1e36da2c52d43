package dev.parley.model;

import java.util.List;

/**
 * An organisation or a place.
 *
 * @param kind for places "country", "city" or "region"; for organisations "organisation"
 */
public record Entity(String id, String name, String kind, List<String> aliases, List<Mention> mentions) implements java.io.Serializable {
    public Entity {
        aliases = ModelLists.copyOf(aliases);
        mentions = ModelLists.copyOf(mentions);
    }
}
