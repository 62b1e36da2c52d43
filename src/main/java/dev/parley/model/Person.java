package dev.parley.model;

import java.util.List;

/**
 * A person across the corpus.
 *
 * @param id       slug of the canonical name, unique in the model
 * @param name     canonical name: the fullest form seen, with diacritics when any source has them
 * @param aliases  other forms that refer to this person (accent-folded spellings, transliteration variants, surname alone)
 * @param roles    roles over time; the same title in several documents is one role listing them all
 * @param mentions every place the person is named or referred to by title and surname
 */
public record Person(String id, String name, List<String> aliases, List<Role> roles, List<Mention> mentions) implements java.io.Serializable {
    public Person {
        aliases = ModelLists.copyOf(aliases);
        roles = ModelLists.copyOf(roles);
        mentions = ModelLists.copyOf(mentions);
    }
}
