package dev.parley.extract;

/**
 * One speaker of a quote found in one document: a person of that document or an organisation.
 *
 * @param person       index into the document's {@link LocalPerson} list, or -1 for an organisation
 * @param organisation the organisation's canonical name (as {@link EntityMention#canonical()} gives it), or null
 *                     for a person
 */
public record LocalSpeaker(int person, String organisation) {
    public LocalSpeaker {
        if ((person < 0) == (organisation == null)) {
            throw new IllegalArgumentException("a speaker is either a person or an organisation");
        }
    }

    public static LocalSpeaker person(int index) {
        return new LocalSpeaker(index, null);
    }

    public static LocalSpeaker organisation(String canonical) {
        return new LocalSpeaker(-1, canonical);
    }

    public boolean isPerson() {
        return organisation == null;
    }
}
