package dev.parley.io;

import com.google.gson.stream.JsonReader;
import dev.parley.model.DocDate;
import dev.parley.model.Event;

import java.io.IOException;
import java.util.List;

/** Decodes the model's {@code events} list, the way {@link ModelReader} decodes the rest: field by field. */
final class EventReading {
    private final ModelReader model;
    private final JsonReader in;

    /** Reads with {@code model}'s own value readers, so that both report a broken file the same way. */
    EventReading(ModelReader model, JsonReader in) {
        this.model = model;
        this.in = in;
    }

    /** The events, or null when the field is null. */
    List<Event> events() throws IOException {
        return model.list(r -> event());
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
                case "id" -> id = model.string();
                case "kind" -> kind = model.string();
                case "date" -> date = model.nullable(model::date);
                case "place" -> place = model.string();
                case "participants" -> participants = model.strings();
                case "meetings" -> meetings = model.strings();
                case "reports" -> reports = model.list(r -> report());
                case "quotes" -> quotes = model.list(r -> sharedQuote());
                case "confidence" -> confidence = required(model.number(), "confidence", at);
                case "basis" -> basis = model.string();
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
                case "doc" -> doc = model.string();
                case "meeting" -> meeting = model.string();
                case "kind" -> kind = model.string();
                case "date" -> date = model.nullable(model::date);
                case "place" -> place = model.string();
                case "participants" -> participants = model.strings();
                case "quotes" -> quotes = model.strings();
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
                case "text" -> text = model.string();
                case "quotes" -> quotes = model.strings();
                default -> in.skipValue();
            }
        }
        in.endObject();
        return new Event.SharedQuote(text, required(quotes, "quotes", at));
    }

    private static <T> T required(T value, String field, String at) {
        return ModelReader.required(value, field, "event", at);
    }
}
