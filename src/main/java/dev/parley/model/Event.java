package dev.parley.model;

import java.util.List;

/**
 * One real meeting and everything the corpus says of it: the meetings of several documents (a ministry's release,
 * an agency wire, a newspaper story) that report the same occasion, and a plan for it announced earlier.
 * Events are computed from the meetings, the documents' dates and sources and the people of the model.
 *
 * @param id           "e-" + ordinal, in date order
 * @param kind         "reported" when any report says it happened, else "planned", else "mentioned"
 * @param date         the day (or month) it took place, relative dates resolved against the reporting document's date
 * @param place        the most precise place the reports agree on (a city over its country), or null
 * @param participants person ids, the union over all reports
 * @param meetings     ids of the model's meetings that are this event
 * @param reports      what each document reported of it, one entry per document, in date then document order
 * @param quotes       quotes carried by the reports; the same words in several outlets are one entry
 * @param confidence   0..1, how sure the grouping is (1 for an event of one report)
 * @param basis        why the reports were grouped, e.g. "same day, same place, 2 shared participants"
 */
public record Event(
        String id,
        String kind,
        DocDate date,
        String place,
        List<String> participants,
        List<String> meetings,
        List<Report> reports,
        List<SharedQuote> quotes,
        double confidence,
        String basis) implements java.io.Serializable {

    public Event {
        participants = ModelLists.copyOf(participants);
        meetings = ModelLists.copyOf(meetings);
        reports = ModelLists.copyOf(reports);
        quotes = ModelLists.copyOf(quotes);
    }

    /**
     * One document's account of the event.
     *
     * @param doc          document id (its source is the outlet)
     * @param meeting      the model's meeting this report belongs to
     * @param kind         the meeting's kind in this document: "reported", "planned" or "mentioned"
     * @param date         the date this document gives, resolved ("yesterday" in a report of the 22nd is the 21st), or null
     * @param place        the place this document gives, or null
     * @param participants person ids this document names as taking part
     * @param quotes       ids of the quotes this document carries from the event
     */
    public record Report(String doc, String meeting, String kind, DocDate date, String place,
                         List<String> participants, List<String> quotes) implements java.io.Serializable {
        public Report {
            participants = ModelLists.copyOf(participants);
            quotes = ModelLists.copyOf(quotes);
        }
    }

    /**
     * The same words carried by one or more outlets: one quote with several sources.
     *
     * @param text   the longest wording
     * @param quotes ids of each outlet's quote, whose own text keeps its wording
     */
    public record SharedQuote(String text, List<String> quotes) implements java.io.Serializable {
        public SharedQuote {
            quotes = ModelLists.copyOf(quotes);
        }
    }
}
