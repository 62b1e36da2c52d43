package dev.parley.model;

/**
 * One speaker of a quote: a person or an organisation of the model.
 *
 * @param kind {@link #PERSON} or {@link #ORGANISATION}
 * @param id   the id of a {@link Person} of the model, or of an organisation {@link Entity}
 */
public record Speaker(String kind, String id) implements java.io.Serializable {
    public static final String PERSON = "person";
    public static final String ORGANISATION = "organisation";

    public Speaker {
        if (!PERSON.equals(kind) && !ORGANISATION.equals(kind)) {
            throw new IllegalArgumentException("a speaker is a person or an organisation, not " + kind);
        }
        if (id == null) {
            throw new IllegalArgumentException("a speaker needs an id");
        }
    }

    public static Speaker person(String id) {
        return new Speaker(PERSON, id);
    }

    public static Speaker organisation(String id) {
        return new Speaker(ORGANISATION, id);
    }

    public boolean isPerson() {
        return PERSON.equals(kind);
    }

    public boolean isOrganisation() {
        return ORGANISATION.equals(kind);
    }
}
