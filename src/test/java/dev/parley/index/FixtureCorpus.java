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
import dev.parley.model.Speaker;
import dev.parley.model.Role;
import dev.parley.model.Span;
import dev.parley.model.Topic;

import java.util.ArrayList;
import java.util.List;

/**
 * A small corpus written by hand (invented people and articles) so that tests of the index and the explorer do
 * not depend on how well the extractors do. Offsets are computed from the text, so the records are consistent.
 * It has diacritics (Marković, Đurić), CJK (李伟), an undated document, a month-only date, a year-only date and
 * an escape sequence hidden in an article.
 */
public final class FixtureCorpus {
    public static final String D1 = "belgrade-trade";
    public static final String D2 = "santiago-visit";
    public static final String D3 = "warsaw-energy";
    public static final String D4 = "beijing-talks";
    public static final String D5 = "unsafe-text";

    private FixtureCorpus() {
    }

    private static final String[][] TEXTS = {
            {
                    "Minister of Foreign Affairs Jelena Marković met today in Belgrade the Minister of Foreign Affairs of Chile Tomás Herrera. The talks focused on trade and energy.",
                    "\"Our trade has doubled in two years and we want to double it again,\" Marković said after the meeting.",
                    "Herrera stressed that Chile sees Serbia as a reliable partner. \"We came to sign, not only to talk,\" he said.",
                    "Ambassador Petar Đurić also attended the talks in Belgrade."
            },
            {
                    "Chilean Foreign Minister Tomás Herrera will visit Santiago's partners in the region and is expected to host Jelena Marković in Santiago later this year.",
                    "\"The invitation stands,\" Herrera said."
            },
            {
                    "Polish Minister of Climate Anna Kowalska and Serbian Foreign Minister Jelena Marković met in Warsaw on May 2 to discuss energy security.",
                    "\"Energy security is national security,\" Kowalska said.",
                    "Marković recalled her talks with Tomás Herrera in Belgrade last year."
            },
            {
                    "Vice Minister 李伟 (Li Wei) received Jelena Marković in Beijing. They discussed trade, investment and the new rail link.",
                    "\"中塞友谊 is a friendship of iron,\" 李伟 said, according to the ministry.",
            },
            {
                    "A statement was published in Belgrade.\u001b[31m It contained an escape sequence\u0007 and a\u202E reversed run.",
                    "Jelena Marković did not comment."
            },
    };

    public static Corpus corpus() {
        List<Document> docs = List.of(
                doc(D1, "Marković and Herrera discuss trade and energy", "Ministry of Foreign Affairs", "Belgrade",
                        new DocDate("2016-03-14", "day", "dateline"), 0, List.of("trade", "energy")),
                doc(D2, "Herrera invites Marković to Santiago", "Prensa", "Santiago",
                        new DocDate("2016-03", "month", "header"), 1, List.of()),
                doc(D3, "Kowalska and Marković on energy security", null, "Warsaw",
                        new DocDate("2017-05-02", "day", "dateline"), 2, List.of("energy")),
                doc(D4, "李伟 receives Marković in Beijing", "Xinhua", "Beijing", null, 3, List.of("trade")),
                doc(D5, "Statement with odd bytes\u001b[2J", null, null, new DocDate("2017", "year", "header"), 4, List.of()));

        Person markovic = new Person("jelena-markovic", "Jelena Marković", List.of("Jelena Markovic", "Marković"),
                List.of(new Role("Minister of Foreign Affairs", "Serbia", null, List.of(D1, D3))),
                mentions(docs, "Jelena Marković", "Marković"));
        Person herrera = new Person("tomas-herrera", "Tomás Herrera", List.of("Tomas Herrera", "Herrera"),
                List.of(new Role("Minister of Foreign Affairs", "Chile", null, List.of(D1, D2))),
                mentions(docs, "Tomás Herrera", "Herrera"));
        Person kowalska = new Person("anna-kowalska", "Anna Kowalska", List.of("Kowalska"),
                List.of(new Role("Minister of Climate", "Poland", null, List.of(D3))),
                mentions(docs, "Anna Kowalska", "Kowalska"));
        Person li = new Person("li-wei", "李伟", List.of("Li Wei"),
                List.of(new Role("Vice Minister", "China", null, List.of(D4))),
                mentions(docs, "李伟", "Li Wei"));
        Person djuric = new Person("petar-djuric", "Petar Đurić", List.of("Petar Djuric", "Đurić"),
                List.of(new Role("Ambassador", "Serbia", null, List.of(D1))),
                mentions(docs, "Petar Đurić"));
        List<Person> people = List.of(kowalska, markovic, djuric, herrera, li);

        List<Entity> places = List.of(
                place("beijing", "Beijing", docs, "Beijing"),
                place("belgrade", "Belgrade", docs, "Belgrade"),
                place("santiago", "Santiago", docs, "Santiago"),
                place("warsaw", "Warsaw", docs, "Warsaw"));

        List<Quote> quotes = new ArrayList<>();
        quotes.add(quote(docs, D1, 1, 1, "Our trade has doubled in two years and we want to double it again",
                markovic.id(), "Marković", "said", "name", 0.95));
        quotes.add(quote(docs, D1, 2, 2, "We came to sign, not only to talk", herrera.id(), "he", "said", "pronoun", 0.8));
        quotes.add(quote(docs, D2, 1, 1, "The invitation stands", herrera.id(), "Herrera", "said", "name", 0.95));
        quotes.add(quote(docs, D3, 1, 1, "Energy security is national security", kowalska.id(), "Kowalska", "said",
                "name", 0.95));
        quotes.add(quote(docs, D4, 1, 1, "中塞友谊 is a friendship of iron", li.id(), "李伟", "said", "name", 0.9));

        List<Topic> topics = List.of(
                new Topic("trade", "Trade", List.of(
                        new Topic.TopicDocument(D1, List.of(sentence(docs, D1, 0, "The talks focused on trade and energy."))),
                        new Topic.TopicDocument(D4, List.of(sentence(docs, D4, 0, "They discussed trade, investment and the new rail link."))))),
                new Topic("energy", "Energy", List.of(
                        new Topic.TopicDocument(D1, List.of(sentence(docs, D1, 0, "The talks focused on trade and energy."))),
                        new Topic.TopicDocument(D3, List.of(sentence(docs, D3, 0, "Polish Minister of Climate Anna Kowalska and Serbian Foreign Minister Jelena Marković met in Warsaw on May 2 to discuss energy security."))))));

        List<Meeting> meetings = List.of(
                new Meeting("m-1", "reported", List.of(
                        new Meeting.Participant(markovic.id(), "Minister of Foreign Affairs of Serbia"),
                        new Meeting.Participant(herrera.id(), "Minister of Foreign Affairs of Chile"),
                        new Meeting.Participant(djuric.id(), "Ambassador of Serbia")),
                        "Belgrade", new DocDate("2016-03-14", "day", "dateline"), List.of(D1, D3), List.of("energy", "trade"),
                        List.of("q-" + D1 + "-1", "q-" + D1 + "-2"),
                        List.of(sentence(docs, D1, 0, "Minister of Foreign Affairs Jelena Marković met today in Belgrade the Minister of Foreign Affairs of Chile Tomás Herrera."))),
                new Meeting("m-2", "reported", List.of(
                        new Meeting.Participant(kowalska.id(), "Minister of Climate of Poland"),
                        new Meeting.Participant(markovic.id(), "Minister of Foreign Affairs of Serbia")),
                        "Warsaw", new DocDate("2017-05-02", "day", "meeting"), List.of(D3), List.of("energy"),
                        List.of("q-" + D3 + "-1"),
                        List.of(sentence(docs, D3, 0, "Polish Minister of Climate Anna Kowalska and Serbian Foreign Minister Jelena Marković met in Warsaw on May 2 to discuss energy security."))),
                new Meeting("m-3", "planned", List.of(
                        new Meeting.Participant(herrera.id(), "Minister of Foreign Affairs of Chile"),
                        new Meeting.Participant(markovic.id(), null)),
                        "Santiago", new DocDate("2016", "year", "meeting"), List.of(D2), List.of(), List.of(),
                        List.of(sentence(docs, D2, 0, "Chilean Foreign Minister Tomás Herrera will visit Santiago's partners in the region and is expected to host Jelena Marković in Santiago later this year."))),
                new Meeting("m-4", "reported", List.of(
                        new Meeting.Participant(li.id(), "Vice Minister of China"),
                        new Meeting.Participant(markovic.id(), "Minister of Foreign Affairs of Serbia")),
                        "Beijing", null, List.of(D4), List.of("trade"), List.of("q-" + D4 + "-1"),
                        List.of(sentence(docs, D4, 0, "Vice Minister 李伟 (Li Wei) received Jelena Marković in Beijing."))));

        return new Corpus(Corpus.SCHEMA_VERSION, "fixture", docs, people, List.of(), places, topics, meetings, quotes,
                List.of());
    }

    private static Document doc(String id, String title, String source, String place, DocDate date, int text,
                                List<String> topics) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String p : TEXTS[text]) {
            paragraphs.add(new Paragraph(p, sentences(p)));
        }
        return new Document(id, id + ".txt", title, "header", source, place, date, paragraphs, topics, List.of());
    }

    /** Sentence spans at ". " boundaries: good enough for hand-written text. */
    private static List<Span> sentences(String p) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = p.indexOf(". "); i >= 0; i = p.indexOf(". ", i + 1)) {
            out.add(new Span(start, i + 1));
            start = i + 2;
        }
        out.add(new Span(start, p.length()));
        return out;
    }

    /** Every whole occurrence of each form, longest forms first, never overlapping. */
    private static List<Mention> mentions(List<Document> docs, String... forms) {
        List<Mention> out = new ArrayList<>();
        for (Document d : docs) {
            for (int pi = 0; pi < d.paragraphs().size(); pi++) {
                String text = d.paragraphs().get(pi).text();
                boolean[] taken = new boolean[text.length()];
                List<Mention> inParagraph = new ArrayList<>();
                for (String form : forms) {
                    for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
                        int end = i + form.length();
                        boolean free = true;
                        for (int k = i; k < end; k++) {
                            free &= !taken[k];
                        }
                        boolean word = end == text.length() || !Character.isLetter(text.charAt(end));
                        if (free && word) {
                            for (int k = i; k < end; k++) {
                                taken[k] = true;
                            }
                            inParagraph.add(new Mention(d.id(), pi, i, end, form));
                        }
                    }
                }
                inParagraph.sort((a, b) -> Integer.compare(a.start(), b.start()));
                out.addAll(inParagraph);
            }
        }
        return out;
    }

    private static Entity place(String id, String name, List<Document> docs, String form) {
        return new Entity(id, name, "city", List.of(), mentions(docs, form));
    }

    private static Quote quote(List<Document> docs, String docId, int paragraph, int ordinal, String text, String speaker,
                               String speakerText, String verb, String how, double confidence) {
        String p = find(docs, docId).paragraphs().get(paragraph).text();
        int start = p.indexOf(text);
        if (start < 0) {
            throw new IllegalStateException("quote not in text: " + text);
        }
        return new Quote("q-" + docId + "-" + ordinal, docId, paragraph, start, start + text.length(), text,
                speaker == null ? List.of() : List.of(Speaker.person(speaker)), speakerText, verb, how, confidence);
    }

    private static Evidence sentence(List<Document> docs, String docId, int paragraph, String text) {
        String p = find(docs, docId).paragraphs().get(paragraph).text();
        int start = p.indexOf(text);
        if (start < 0) {
            throw new IllegalStateException("evidence not in text: " + text);
        }
        return new Evidence(docId, paragraph, start, start + text.length(), text);
    }

    private static Document find(List<Document> docs, String id) {
        return docs.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }
}
