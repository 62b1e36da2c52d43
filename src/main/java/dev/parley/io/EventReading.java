package dev.parley.io;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.parley.model.DocDate;
import dev.parley.model.Event;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Decodes the model's {@code events} list, the way {@link ModelReader} decodes the rest: field by field. */
final class EventReading {
    @FunctionalInterface
    private interface Item<T> {
        T read() throws IOException;
    }

    private final JsonReader in;

    EventReading(JsonReader in) {
        this.in = in;
    }

    /** The events, or null when the field is null. */
    List<Event> events() throws IOException {
        return list(this::event);
    }

    private Event event() throws IOException {
        String at = in.getPath();
        String id = null;
        String kind = null;
        DocDate date = null;
        String place = null;
        List<String> participants = null;
        List<String> meetings = null;
        List<Event.Report> reports = null;
        List<Event.SharedQuote> quotes = null;
        double confidence = 1;
        String basis = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "id" -> id = string();
                case "kind" -> kind = string();
                case "date" -> date = date();
                case "place" -> place = string();
                case "participants" -> participants = strings();
                case "meetings" -> meetings = strings();
                case "reports" -> reports = list(this::report);
                case "quotes" -> quotes = list(this::sharedQuote);
                case "confidence" -> confidence = number();
                case "basis" -> basis = string();
                default -> in.skipValue();
            }
        }
        in.endObject();
        return new Event(required(id, "id", at), kind, date, place, required(participants, "participants", at),
                required(meetings, "meetings", at), required(reports, "reports", at), required(quotes, "quotes", at),
                confidence, basis);
    }

    private Event.Report report() throws IOException {
        String at = in.getPath();
        String doc = null;
        String meeting = null;
        String kind = null;
        DocDate date = null;
        String place = null;
        List<String> participants = null;
        List<String> quotes = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "doc" -> doc = string();
                case "meeting" -> meeting = string();
                case "kind" -> kind = string();
                case "date" -> date = date();
                case "place" -> place = string();
                case "participants" -> participants = strings();
                case "quotes" -> quotes = strings();
                default -> in.skipValue();
            }
        }
        in.endObject();
        return new Event.Report(required(doc, "doc", at), meeting, kind, date, place,
                required(participants, "participants", at), required(quotes, "quotes", at));
    }

    private Event.SharedQuote sharedQuote() throws IOException {
        String at = in.getPath();
        String text = null;
        List<String> quotes = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "text" -> text = string();
                case "quotes" -> quotes = strings();
                default -> in.skipValue();
            }
        }
        in.endObject();
        return new Event.SharedQuote(text, required(quotes, "quotes", at));
    }

    private DocDate date() throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
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

    private <T> List<T> list(Item<T> item) throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        List<T> out = new ArrayList<>();
        in.beginArray();
        while (in.hasNext()) {
            out.add(item.read());
        }
        in.endArray();
        return out;
    }

    private List<String> strings() throws IOException {
        return list(this::string);
    }

    private String string() throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        return in.nextString();
    }

    private double number() throws IOException {
        if (in.peek() != JsonToken.NUMBER) {
            throw new ModelReader.Invalid("expected a number at " + in.getPath());
        }
        return in.nextDouble();
    }

    private static <T> T required(T value, String field, String at) {
        if (value == null) {
            throw new ModelReader.Invalid("field '" + field + "' is missing or null in the event at " + at);
        }
        return value;
    }
}
