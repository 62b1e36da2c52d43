package dev.parley.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A person as found in one document: all mentions that refer to the same individual, the forms used,
 * and the roles the document gives them.
 *
 * @param name  the fullest form in this document ("Marko Petrov", not "Petrov")
 * @param forms every distinct way the document writes the name, including {@code name}
 */
public record LocalPerson(String name, List<String> forms, List<PersonMention> mentions, List<LocalRole> roles) {
    public LocalPerson {
        forms = List.copyOf(forms);
        mentions = List.copyOf(mentions);
        roles = List.copyOf(roles);
    }

    /** The forms and then the name, for a search of the text for every way it may write this person. */
    public List<String> formsAndName() {
        List<String> out = new ArrayList<>(forms.size() + 1);
        out.addAll(forms);
        if (name != null) {
            out.add(name);
        }
        return out;
    }
}
