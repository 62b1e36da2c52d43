package dev.parley.model;

import java.util.List;

/**
 * A meeting between people: reported (it happened and the article reports it), planned (announced, invited),
 * mentioned (an earlier visit or talks recalled in passing), or a call (a phone or video call: a contact, not a
 * meeting in a place).
 *
 * @param kind         "reported", "planned", "mentioned" or "call"
 * @param participants people taking part, with the role they had in the reporting documents
 * @param place        canonical place name, or null
 * @param date         date of the meeting as far as known, or null
 * @param documents    ids of the documents that speak of this meeting
 * @param topics       topic ids discussed there
 * @param quotes       ids of quotes said at the meeting
 * @param evidence     the sentences that report or mention it
 */
public record Meeting(
        String id,
        String kind,
        List<Participant> participants,
        String place,
        DocDate date,
        List<String> documents,
        List<String> topics,
        List<String> quotes,
        List<Evidence> evidence) implements java.io.Serializable {

    public Meeting {
        participants = ModelLists.copyOf(participants);
        documents = ModelLists.copyOf(documents);
        topics = ModelLists.copyOf(topics);
        quotes = ModelLists.copyOf(quotes);
        evidence = ModelLists.copyOf(evidence);
    }

    /** @param role title and country as given for this meeting, e.g. "Minister of Foreign Affairs of Russia", or null */
    public record Participant(String person, String role) implements java.io.Serializable {
    }
}
