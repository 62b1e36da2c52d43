package dev.parley.io;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.parley.model.Corpus;
import dev.parley.model.DocDate;
import dev.parley.model.Document;
import dev.parley.model.Entity;
import dev.parley.model.Event;
import dev.parley.model.Evidence;
import dev.parley.model.Meeting;
import dev.parley.model.Mention;
import dev.parley.model.Paragraph;
import dev.parley.model.Person;
import dev.parley.model.Quote;
import dev.parley.model.Role;
import dev.parley.model.Skipped;
import dev.parley.model.Span;
import dev.parley.model.Speaker;
import dev.parley.model.Topic;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a model from a token stream, field by field, without reflection.
 *
 * <p>Why not Gson's reflective adapters: they cost about 100 ms of class loading and reflection set-up at every
 * start, more than the rest of the explorer's first frame, and they hold nothing we need. This reader sees one
 * token at a time, so the JSON text is never in memory as a whole; only the records are. Unknown fields are
 * skipped (a same-version writer may add optional fields); a missing required field names the field and where
 * in the file it was expected.
 */
final class ModelReader {
    /** A field the model needs is absent, null or of the wrong kind; the message says which, and where. */
    static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }

    @FunctionalInterface
    interface Item<T> {
        T read(JsonReader in) throws IOException;
    }

    private final JsonReader in;

    /** A model is a few levels deep (model, list, object, list, object...); more is not a model but a trap. */
    static final int MAX_DEPTH = 32;

    private ModelReader(Reader reader) {
        this.in = new JsonReader(new BoundedStrings(reader));
        in.setStrictness(Strictness.STRICT);
        in.setNestingLimit(MAX_DEPTH);
    }

    /** Reads and checks a model (see {@link ModelChecks}): what is returned can be taken at its word. */
    static Corpus read(Reader reader) throws IOException {
        ModelReader r = new ModelReader(reader);
        Corpus corpus = r.corpus();
        if (r.in.peek() != JsonToken.END_DOCUMENT) {
            throw new com.google.gson.stream.MalformedJsonException("more data after the model at " + r.in.getPath());
        }
        ModelChecks.check(corpus);
        return corpus;
    }

    /** Reads a part of a model in parts, unchecked: its ids point into other parts; the whole is checked. */
    static Corpus readPart(Reader reader) throws IOException {
        ModelReader r = new ModelReader(reader);
        Corpus corpus = r.corpus();
        if (r.in.peek() != JsonToken.END_DOCUMENT) {
            throw new com.google.gson.stream.MalformedJsonException("more data after the model at " + r.in.getPath());
        }
        return corpus;
    }

    private Corpus corpus() throws IOException {
        Integer schemaVersion = null;
        String generator = null;
        List<Document> documents = null;
        List<Person> people = null;
        List<Entity> organisations = null;
        List<Entity> places = null;
        List<Topic> topics = null;
        List<Meeting> meetings = null;
        List<Quote> quotes = null;
        List<Skipped> skipped = null;
        List<Event> events = List.of(); // optional: models written before events have none
        String at = in.getPath();
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "schemaVersion" -> schemaVersion = integer();
                case "generator" -> generator = string();
                case "documents" -> documents = list(this::document);
                case "people" -> people = list(this::person);
                case "organisations" -> organisations = list(this::entity);
                case "places" -> places = list(this::entity);
                case "topics" -> topics = list(this::topic);
                case "meetings" -> meetings = list(this::meeting);
                case "quotes" -> quotes = list(this::quote);
                case "skipped" -> skipped = list(this::skipped);
                case "events" -> events = new EventReading(this, in).events();
                default -> in.skipValue();
            }
        }
        in.endObject();
        return new Corpus(required(schemaVersion, "schemaVersion", "model", at), generator,
                required(documents, "documents", "model", at), required(people, "people", "model", at),
                required(organisations, "organisations", "model", at), required(places, "places", "model", at),
                required(topics, "topics", "model", at), required(meetings, "meetings", "model", at),
                required(quotes, "quotes", "model", at), required(skipped, "skipped", "model", at),
                required(events, "events", "model", at));
    }

    private Document document(JsonReader in) throws IOException {
        String at = in.getPath();
        String id = null;
        String file = null;
        String title = null;
        String origin = null;
        String url = null;
        String titleFrom = null;
        String source = null;
        String sourceFrom = null;
        String place = null;
        DocDate date = null;
        List<Paragraph> paragraphs = null;
        List<String> topics = null;
        List<String> keyphrases = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "id" -> id = string();
                case "file" -> file = string();
                case "title" -> title = string();
                case "origin" -> origin = string();
                case "url" -> url = string();
                case "titleFrom" -> titleFrom = string();
                case "source" -> source = string();
                case "sourceFrom" -> sourceFrom = string();
                case "place" -> place = string();
                case "date" -> date = nullable(this::date);
                case "paragraphs" -> paragraphs = list(this::paragraph);
                case "topics" -> topics = strings();
                case "keyphrases" -> keyphrases = strings();
                default -> in.skipValue();
            }
        }
        in.endObject();
        return new Document(required(id, "id", "document", at), file, origin, url, title, titleFrom, source,
                sourceFrom, place, date,
                required(paragraphs, "paragraphs", "document", at), required(topics, "topics", "document", at),
                required(keyphrases, "keyphrases", "document", at));
    }

    DocDate date(JsonReader in) throws IOException {
        String value = null;
        String precision = null;
        String from = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "value" -> value = string();
                case "precision" -> precision = string();
                case "from" -> from = string();
                default -> in.skipValue();
            }
        }
        in.endObject();
        return new DocDate(value, precision, from);
    }

    private Paragraph paragraph(JsonReader in) throws IOException {
        String at = in.getPath();
        String text = null;
        List<Span> sentences = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "text" -> text = string();
                case "sentences" -> sentences = list(this::span);
                default -> in.skipValue();
            }
        }
        in.endObject();
        return new Paragraph(required(text, "text", "paragraph", at), required(sentences, "sentences", "paragraph", at));
    }

    private Span span(JsonReader in) throws IOException {
        String at = in.getPath();
        Integer start = null;
        Integer end = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "start" -> start = integer();
                case "end" -> end = integer();
                default -> in.skipValue();
            }
        }
        in.endObject();
        return new Span(required(start, "start", "span", at), required(end, "end", "span", at));
    }

    private Person person(JsonReader in) throws IOException {
        String at = in.getPath();
        String id = null;
        String name = null;
        List<String> aliases = null;
        List<Role> roles = null;
        List<Mention> mentions = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "id" -> id = string();
                case "name" -> name = string();
                case "aliases" -> aliases = strings();
                case "roles" -> roles = list(this::role);
                case "mentions" -> mentions = list(this::mention);
                default -> in.skipValue();
            }
        }
        in.endObject();
        return new Person(required(id, "id", "person", at), required(name, "name", "person", at),
                required(aliases, "aliases", "person", at), required(roles, "roles", "person", at),
                required(mentions, "mentions", "person", at));
    }

    private Role role(JsonReader in) throws IOException {
        String at = in.getPath();
        String title = null;
        String country = null;
        String organisation = null;
        List<String> documents = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "title" -> title = string();
                case "country" -> country = string();
                case "organisation" -> organisation = string();
                case "documents" -> documents = strings();
                default -> in.skipValue();
            }
        }
        in.endObject();
        return new Role(title, country, organisation, required(documents, "documents", "role", at));
    }

    /** The fields a mention and a piece of evidence share: where in which document, and the text there. */
    @FunctionalInterface
    private interface Located<T> {
        T make(String doc, int paragraph, int start, int end, String text);
    }

    private Mention mention(JsonReader in) throws IOException {
        return located(in, "mention", Mention::new);
    }

    private Evidence evidence(JsonReader in) throws IOException {
        return located(in, "evidence", Evidence::new);
    }

    private <T> T located(JsonReader in, String what, Located<T> make) throws IOException {
        String at = in.getPath();
        String doc = null;
        Integer paragraph = null;
        Integer start = null;
        Integer end = null;
        String text = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "doc" -> doc = string();
                case "paragraph" -> paragraph = integer();
                case "start" -> start = integer();
                case "end" -> end = integer();
                case "text" -> text = string();
                default -> in.skipValue();
            }
        }
        in.endObject();
        return make.make(doc, required(paragraph, "paragraph", what, at), required(start, "start", what, at),
                required(end, "end", what, at), text);
    }

    private Entity entity(JsonReader in) throws IOException {
        String at = in.getPath();
        String id = null;
        String name = null;
        String kind = null;
        List<String> aliases = null;
        List<Mention> mentions = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "id" -> id = string();
                case "name" -> name = string();
                case "kind" -> kind = string();
                case "aliases" -> aliases = strings();
                case "mentions" -> mentions = list(this::mention);
                default -> in.skipValue();
            }
        }
        in.endObject();
        return new Entity(required(id, "id", "entity", at), required(name, "name", "entity", at), kind,
                required(aliases, "aliases", "entity", at), required(mentions, "mentions", "entity", at));
    }

    private Topic topic(JsonReader in) throws IOException {
        String at = in.getPath();
        String id = null;
        String name = null;
        List<Topic.TopicDocument> documents = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "id" -> id = string();
                case "name" -> name = string();
                case "documents" -> documents = list(this::topicDocument);
                default -> in.skipValue();
            }
        }
        in.endObject();
        return new Topic(required(id, "id", "topic", at), required(name, "name", "topic", at),
                required(documents, "documents", "topic", at));
    }

    private Topic.TopicDocument topicDocument(JsonReader in) throws IOException {
        String at = in.getPath();
        String doc = null;
        List<Evidence> evidence = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "doc" -> doc = string();
                case "evidence" -> evidence = list(this::evidence);
                default -> in.skipValue();
            }
        }
        in.endObject();
        return new Topic.TopicDocument(required(doc, "doc", "topic document", at),
                required(evidence, "evidence", "topic document", at));
    }

    private Meeting meeting(JsonReader in) throws IOException {
        String at = in.getPath();
        String id = null;
        String kind = null;
        List<Meeting.Participant> participants = null;
        String place = null;
        DocDate date = null;
        List<String> documents = null;
        List<String> topics = null;
        List<String> quotes = null;
        List<Evidence> evidence = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "id" -> id = string();
                case "kind" -> kind = string();
                case "participants" -> participants = list(this::participant);
                case "place" -> place = string();
                case "date" -> date = nullable(this::date);
                case "documents" -> documents = strings();
                case "topics" -> topics = strings();
                case "quotes" -> quotes = strings();
                case "evidence" -> evidence = list(this::evidence);
                default -> in.skipValue();
            }
        }
        in.endObject();
        return new Meeting(required(id, "id", "meeting", at), kind, required(participants, "participants", "meeting", at),
                place, date, required(documents, "documents", "meeting", at), required(topics, "topics", "meeting", at),
                required(quotes, "quotes", "meeting", at), required(evidence, "evidence", "meeting", at));
    }

    private Meeting.Participant participant(JsonReader in) throws IOException {
        String at = in.getPath();
        String person = null;
        String role = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "person" -> person = string();
                case "role" -> role = string();
                default -> in.skipValue();
            }
        }
        in.endObject();
        return new Meeting.Participant(required(person, "person", "participant", at), role);
    }

    private Quote quote(JsonReader in) throws IOException {
        String at = in.getPath();
        String id = null;
        String doc = null;
        Integer paragraph = null;
        Integer start = null;
        Integer end = null;
        String text = null;
        List<Speaker> speakers = null;
        String speakerText = null;
        String verb = null;
        String how = null;
        Double confidence = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "id" -> id = string();
                case "doc" -> doc = string();
                case "paragraph" -> paragraph = integer();
                case "start" -> start = integer();
                case "end" -> end = integer();
                case "text" -> text = string();
                case "speakers" -> speakers = list(this::speaker);
                // "speaker" is the first of speakers, written for tools that read one speaker
                case "speakerText" -> speakerText = string();
                case "verb" -> verb = string();
                case "how" -> how = string();
                case "confidence" -> confidence = number();
                default -> in.skipValue();
            }
        }
        in.endObject();
        return new Quote(required(id, "id", "quote", at), required(doc, "doc", "quote", at),
                required(paragraph, "paragraph", "quote", at), required(start, "start", "quote", at),
                required(end, "end", "quote", at), required(text, "text", "quote", at), required(speakers, "speakers", "quote", at),
                speakerText, verb, how,
                confidence == null ? 0 : confidence);
    }

    private Speaker speaker(JsonReader in) throws IOException {
        String at = in.getPath();
        String kind = null;
        String id = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "kind" -> kind = string();
                case "id" -> id = string();
                default -> in.skipValue();
            }
        }
        in.endObject();
        kind = required(kind, "kind", "speaker", at);
        if (!kind.equals(Speaker.PERSON) && !kind.equals(Speaker.ORGANISATION)) {
            throw new Invalid("speaker kind '" + kind + "' is neither person nor organisation at " + at);
        }
        return new Speaker(kind, required(id, "id", "speaker", at));
    }

    private Skipped skipped(JsonReader in) throws IOException {
        String file = null;
        String reason = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "file" -> file = string();
                case "reason" -> reason = string();
                default -> in.skipValue();
            }
        }
        in.endObject();
        return new Skipped(file, reason);
    }

    <T> List<T> list(Item<T> item) throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        List<T> out = new ArrayList<>();
        in.beginArray();
        while (in.hasNext()) {
            out.add(item.read(in));
        }
        in.endArray();
        return out;
    }

    List<String> strings() throws IOException {
        return list(r -> string());
    }

    <T> T nullable(Item<T> item) throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        return item.read(in);
    }

    String string() throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        return in.nextString();
    }

    private Integer integer() throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        expectNumber();
        try {
            return in.nextInt();
        } catch (NumberFormatException e) {
            throw new Invalid("expected a whole number at " + in.getPath());
        }
    }

    Double number() throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        expectNumber();
        return in.nextDouble();
    }

    /** JsonReader would read "12" as a number too; a model never has quoted numbers, so they mean a broken file. */
    private void expectNumber() throws IOException {
        JsonToken token = in.peek();
        if (token != JsonToken.NUMBER) {
            throw new Invalid("expected a number at " + in.getPath() + " but found " + describe(token));
        }
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case STRING -> "a string";
            case BEGIN_ARRAY -> "a list";
            case BEGIN_OBJECT -> "an object";
            case BOOLEAN -> "true or false";
            default -> token.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    static <T> T required(T value, String field, String what, String at) {
        if (value == null) {
            throw new Invalid("field '" + field + "' is missing or null in the " + what + " at " + at);
        }
        return value;
    }
}
