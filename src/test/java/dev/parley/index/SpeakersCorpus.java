package dev.parley.index;

import dev.parley.model.Corpus;
import dev.parley.model.DocDate;
import dev.parley.model.Document;
import dev.parley.model.Entity;
import dev.parley.model.Evidence;
import dev.parley.model.Meeting;
import dev.parley.model.Mention;
import dev.parley.model.Paragraph;
import dev.parley.model.Person;
import dev.parley.model.Quote;
import dev.parley.model.Role;
import dev.parley.model.Speaker;

import java.util.List;

/**
 * A one-article model with every kind of speaker: an organisation (also in a headline quote), a joint statement of
 * two people and an unknown speaker; and a phone call between the two.
 */
public final class SpeakersCorpus {
    private SpeakersCorpus() {
    }

    // an invented wire story
    public static final String TITLE = "Utopia ministry: \u201cThe border stays open\u201d";
    public static final String P0 = "\u201cWe are ready to resume negotiations without preconditions at any level,\u201d the"
            + " Foreign Ministry of Utopia said in a statement on Tuesday.";
    public static final String P1 = "\u201cOur two countries share one view of the crisis and of the way out of it,\u201d"
            + " Ana Kovač and Jonas Berg said after a phone call.";
    public static final String P2 = "\u201cIt is too early to say,\u201d a spokesman said.";

    public static Corpus corpus() {
        Document doc = new Document("utopia-talks", "utopia-talks.txt", TITLE, "header", "Wire", "Capital City",
                new DocDate("2024-03-21", "day", "dateline"),
                List.of(new Paragraph(P0, List.of()), new Paragraph(P1, List.of()), new Paragraph(P2, List.of())),
                List.of(), List.of());
        Person ana = new Person("ana-kovac", "Ana Kovač", List.of(),
                List.of(new Role("Minister of Foreign Affairs", "Utopia", null, List.of("utopia-talks"))),
                List.of(mention(1, P1, "Ana Kovač")));
        Person jonas = new Person("jonas-berg", "Jonas Berg", List.of(), List.of(), List.of(mention(1, P1, "Jonas Berg")));
        Entity ministry = new Entity("foreign-ministry-of-utopia", "Foreign Ministry of Utopia", "organisation", List.of(),
                List.of(mention(0, P0, "Foreign Ministry of Utopia")));
        String said = "The border stays open";
        Quote headline = new Quote("q-utopia-talks-1", "utopia-talks", Quote.HEADLINE, TITLE.indexOf(said),
                TITLE.indexOf(said) + said.length(), said, List.of(Speaker.organisation(ministry.id())), "Utopia ministry",
                null, "name", 0.7);
        Quote byMinistry = quote(2, 0, P0, "We are ready to resume negotiations without preconditions at any level",
                List.of(Speaker.organisation(ministry.id())), "the Foreign Ministry of Utopia");
        Quote joint = quote(3, 1, P1, "Our two countries share one view of the crisis and of the way out of it",
                List.of(Speaker.person("ana-kovac"), Speaker.person("jonas-berg")), "Ana Kovač and Jonas Berg");
        Quote unknown = quote(4, 2, P2, "It is too early to say", List.of(), null);
        Meeting call = new Meeting("m-1", "call", List.of(new Meeting.Participant("ana-kovac", null),
                new Meeting.Participant("jonas-berg", null)), null, new DocDate("2024-03-21", "day", "dateline"),
                List.of("utopia-talks"), List.of(), List.of(), List.of(new Evidence("utopia-talks", 1, 0, P1.length(), P1)));
        return new Corpus(Corpus.SCHEMA_VERSION, "parley test", List.of(doc), List.of(ana, jonas), List.of(ministry),
                List.of(), List.of(), List.of(call), List.of(headline, byMinistry, joint, unknown), List.of());
    }

    private static Mention mention(int paragraph, String text, String name) {
        int at = text.indexOf(name);
        return new Mention("utopia-talks", paragraph, at, at + name.length(), name);
    }

    private static Quote quote(int ordinal, int paragraph, String text, String words, List<Speaker> speakers, String speakerText) {
        int at = text.indexOf(words);
        return new Quote("q-utopia-talks-" + ordinal, "utopia-talks", paragraph, at, at + words.length(), words, speakers,
                speakerText, "said", speakerText == null ? null : "name", 0.9);
    }

}
