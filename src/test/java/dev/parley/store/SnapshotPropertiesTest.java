package dev.parley.store;

import dev.parley.io.ModelJson;
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
import dev.parley.model.Skipped;
import dev.parley.model.Span;
import dev.parley.model.Topic;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Any model, however odd its content, comes back from its snapshot equal to what its JSON gives. */
class SnapshotPropertiesTest {
    private static final String[] PIECES = {"a", "Ž", "ć", "李伟", "😀", " ", "\"", "\\", "\n", "Ђ", "é", "x1", "\u0000",
            "\u001b[31m", "مرحبا", "ß", "-", "’"};

    @Property(tries = 60)
    void snapshotEqualsTheJsonModel(@ForAll long seed, @ForAll @IntRange(max = 25) int documents,
                                    @ForAll @IntRange(min = 1, max = 1 << 20) int cacheBytes) throws Exception {
        Corpus corpus = corpus(new Random(seed), documents);
        Path dir = Files.createTempDirectory("parley-snapshot");
        try {
            Path model = dir.resolve("model.json");
            ModelJson.write(corpus, model);
            Corpus json = ModelJson.read(model);
            Snapshot.write(json, model);
            try (Snapshot s = Snapshot.open(model, cacheBytes)) {
                assertThat(s).isNotNull();
                assertThat(s.corpus()).isEqualTo(json);
                SnapshotTest.assertSameRelations(json, s);
            }
        } finally {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * A random corpus that is still a model (ModelJson refuses others): every place lies within its document's
     * text and every id refers to something of the corpus; the values themselves are random.
     */
    static Corpus corpus(Random r, int documentCount) {
        int topicCount = r.nextInt(4);
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < documentCount; i++) {
            List<Paragraph> paragraphs = new ArrayList<>();
            for (int p = r.nextInt(4); p > 0; p--) {
                String text = text(r, 80);
                int cut = r.nextInt(text.length() + 1);
                paragraphs.add(new Paragraph(text, r.nextBoolean() ? List.of()
                        : List.of(new Span(0, cut), new Span(cut, text.length()))));
            }
            documents.add(new Document(i % 7 == 6 ? "d" + (i - 1) : "d" + i, "f/" + i + ".txt", nullable(r, 30),
                    r.nextBoolean() ? "header" : "lead", nullable(r, 10), nullable(r, 10), date(r), paragraphs,
                    ids(r, 3, "t", topicCount), strings(r, 4, null)));
        }
        int people = r.nextInt(6);
        List<Person> persons = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            List<Role> roles = new ArrayList<>();
            for (int k = r.nextInt(3); k > 0; k--) {
                roles.add(new Role(nullable(r, 12), nullable(r, 8), nullable(r, 8), docIds(r, documents)));
            }
            persons.add(new Person("p" + i, text(r, 15), strings(r, 3, null), roles, mentions(r, documents)));
        }
        List<Entity> places = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            places.add(new Entity("pl" + i, text(r, 10), r.nextBoolean() ? "city" : null, strings(r, 2, null),
                    mentions(r, documents)));
        }
        List<Entity> organisations = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            organisations.add(new Entity("o" + i, text(r, 10), "organisation", List.of(), mentions(r, documents)));
        }
        List<Topic> topics = new ArrayList<>();
        for (int i = 0; i < topicCount; i++) {
            List<Topic.TopicDocument> docs = new ArrayList<>();
            for (String d : docIds(r, documents)) {
                docs.add(new Topic.TopicDocument(d, evidence(r, documents)));
            }
            topics.add(new Topic("t" + i, text(r, 12), docs));
        }
        List<Quote> quotes = new ArrayList<>();
        for (int i = r.nextInt(10); i > 0 && !documents.isEmpty(); i--) {
            Place at = place(r, documents);
            quotes.add(new Quote("q" + i, at.doc(), at.paragraph(), at.start(), at.end(), text(r, 40),
                    speakers(r, people, organisations.size()),
                    nullable(r, 10), nullable(r, 5), nullable(r, 5), r.nextDouble()));
        }
        List<Meeting> meetings = new ArrayList<>();
        for (int i = r.nextInt(8); i > 0; i--) {
            List<Meeting.Participant> participants = new ArrayList<>();
            for (int k = r.nextInt(4); k > 0 && people > 0; k--) {
                participants.add(new Meeting.Participant("p" + r.nextInt(people), nullable(r, 20)));
            }
            List<String> quoteIds = new ArrayList<>();
            for (int k = r.nextInt(3); k > 0 && !quotes.isEmpty(); k--) {
                quoteIds.add(quotes.get(r.nextInt(quotes.size())).id());
            }
            meetings.add(new Meeting("m" + i, r.nextBoolean() ? "reported" : "planned", participants,
                    nullable(r, 10), date(r), docIds(r, documents), ids(r, 2, "t", topicCount), quoteIds,
                    evidence(r, documents)));
        }
        List<Skipped> skipped = r.nextBoolean() ? List.of() : List.of(new Skipped("x.bin", "binary file"));
        return new Corpus(Corpus.SCHEMA_VERSION, r.nextBoolean() ? null : "parley test", documents, persons,
                organisations, places, topics, meetings, quotes, skipped);
    }

    /** Where in a document: a paragraph (-1: the headline) and a span within its text. */
    private record Place(String doc, int paragraph, int start, int end) {
    }

    private static Place place(Random r, List<Document> documents) {
        // the first document of an id is the one ids refer to
        String id = documents.get(r.nextInt(documents.size())).id();
        Document d = documents.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        int paragraph = r.nextInt(d.paragraphs().size() + 1) - 1;
        String text = paragraph < 0 ? (d.title() == null ? "" : d.title()) : d.paragraphs().get(paragraph).text();
        int start = r.nextInt(text.length() + 1);
        int end = start + r.nextInt(text.length() - start + 1);
        return new Place(d.id(), paragraph, start, end);
    }

    private static List<Mention> mentions(Random r, List<Document> documents) {
        List<Mention> out = new ArrayList<>();
        for (int i = r.nextInt(5); i > 0 && !documents.isEmpty(); i--) {
            Place at = place(r, documents);
            out.add(new Mention(at.doc(), at.paragraph(), at.start(), at.end(), nullable(r, 10)));
        }
        return out;
    }

    private static List<Evidence> evidence(Random r, List<Document> documents) {
        List<Evidence> out = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0 && !documents.isEmpty(); i--) {
            Place at = place(r, documents);
            out.add(new Evidence(at.doc(), at.paragraph(), at.start(), at.end(), text(r, 30)));
        }
        return out;
    }

    private static List<String> docIds(Random r, List<Document> documents) {
        List<String> out = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0 && !documents.isEmpty(); i--) {
            out.add(documents.get(r.nextInt(documents.size())).id());
        }
        return out;
    }

    /** Up to {@code max} of the ids prefix0..prefix(count-1), with repeats. */
    private static List<String> ids(Random r, int max, String prefix, int count) {
        List<String> out = new ArrayList<>();
        for (int i = r.nextInt(max + 1); i > 0 && count > 0; i--) {
            out.add(prefix + r.nextInt(count));
        }
        return out;
    }

    private static DocDate date(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> null;
            case 1 -> new DocDate("2015-12-0" + (1 + r.nextInt(9)), "day", "dateline");
            case 2 -> new DocDate("--12-04", "month-day", null);
            default -> new DocDate(String.valueOf(2010 + r.nextInt(10)), "year", "text");
        };
    }

    private static List<String> strings(Random r, int max, String prefix) {
        List<String> out = new ArrayList<>();
        for (int i = r.nextInt(max + 1); i > 0; i--) {
            out.add(prefix == null ? text(r, 12) : prefix + r.nextInt(5));
        }
        return out;
    }

    /** None, one or several speakers (a joint statement), people and organisations. */
    private static List<Speaker> speakers(Random r, int people, int organisations) {
        List<Speaker> out = new ArrayList<>();
        for (int k = r.nextInt(4); k > 0 && people + organisations > 0; k--) {
            out.add(people > 0 && (organisations == 0 || r.nextBoolean()) ? Speaker.person("p" + r.nextInt(people))
                    : Speaker.organisation("o" + (1 + r.nextInt(organisations))));
        }
        return out;
    }

    private static String nullable(Random r, int max) {
        return r.nextInt(4) == 0 ? null : text(r, max);
    }

    private static String text(Random r, int max) {
        StringBuilder b = new StringBuilder();
        for (int i = r.nextInt(max + 1); i > 0; i--) {
            b.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return b.toString();
    }
}
