package dev.parley.ingest;

import java.io.IOException;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import dev.parley.model.DocDate;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON Lines (one article object a line) and JSON arrays of article objects, as scrapers and news APIs export
 * them. The parts are looked up by {@link FieldNames}; a text with markup in it is read by {@link WebPageReader}.
 * A line or element that cannot be used is reported with its line or position, the others still count.
 */
final class JsonRecordReader {
    private JsonRecordReader() {
    }

    static Found lines(String text, FieldNames fields) {
        List<Item> items = new ArrayList<>();
        List<Found.Problem> problems = new ArrayList<>();
        int lineNo = 0;
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            lineNo++;
            String line = text.substring(start, end).strip();
            start = end + 1;
            if (line.isEmpty()) {
                if (nl < 0) {
                    break;
                }
                continue;
            }
            JsonElement element;
            try {
                element = parse(line);
            } catch (JsonParseException | IllegalStateException | StackOverflowError e) {
                problems.add(new Found.Problem(":" + lineNo, "not JSON"));
                continue;
            }
            record(element, ":" + lineNo, "#" + lineNo, fields, items, problems);
            if (nl < 0) {
                break;
            }
        }
        return new Found(items, problems);
    }

    static Found array(String text, FieldNames fields) throws Found.NotArticles {
        JsonElement root;
        try {
            root = parse(text);
        } catch (JsonParseException | IllegalStateException | StackOverflowError e) {
            throw new Found.NotArticles("not JSON");
        }
        if (root.isJsonObject()) {
            JsonObject o = root.getAsJsonObject();
            throw new Found.NotArticles(o.has("schemaVersion") && o.has("documents")
                    ? "a Parley model, not articles" : "JSON, but not an array of articles");
        }
        if (!root.isJsonArray()) {
            throw new Found.NotArticles("JSON, but not an array of articles");
        }
        JsonArray array = root.getAsJsonArray();
        if (array.isEmpty()) {
            throw new Found.NotArticles("an empty JSON array");
        }
        List<Item> items = new ArrayList<>();
        List<Found.Problem> problems = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            record(array.get(i), "#" + (i + 1), "#" + (i + 1), fields, items, problems);
        }
        return new Found(items, problems);
    }

    /** Strict JSON (a bare word is not JSON); Gson's reader also refuses nesting deeper than 255 levels. */
    private static JsonElement parse(String text) {
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.LEGACY_STRICT);
        JsonElement element = JsonParser.parseReader(reader);
        try {
            if (reader.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
                throw new JsonParseException("text after the JSON value");
            }
        } catch (java.io.IOException e) {
            throw new JsonParseException(e);
        }
        return element;
    }

    private static void record(JsonElement element, String at, String idSuffix, FieldNames fields, List<Item> items,
                               List<Found.Problem> problems) {
        if (!element.isJsonObject()) {
            problems.add(new Found.Problem(at, "not a JSON object"));
            return;
        }
        JsonObject o = element.getAsJsonObject();
        String body = string(o, fields.of("text"));
        if (body == null || body.isBlank()) {
            problems.add(new Found.Problem(at, "no text (looked for " + String.join(", ", fields.of("text")) + ")"));
            return;
        }
        if (body.length() > SourceReader.MAX_BYTES) {
            problems.add(new Found.Problem(at, SourceReader.TOO_LARGE));
            return;
        }
        String title = string(o, fields.of("title"));
        String url = string(o, fields.of("url"));
        String source = string(o, fields.of("source"));
        DocDate date = date(o, fields.of("date"));
        List<String> paragraphs = null;
        String text = null;
        if (Found.looksLikeHtml(body)) {
            try {
                paragraphs = WebPageReader.read(body, url).paragraphs();
            } catch (IOException unreadable) {
                problems.add(new Found.Problem(at, unreadable.getMessage()));
                return;
            }
        } else {
            text = SourceReader.normaliseLineEnds(body);
        }
        items.add(new Item(at, idSuffix, url, title, title == null ? null : "json", source,
                source == null ? null : "json", date, text, paragraphs));
    }

    private static String string(JsonObject o, List<String> names) {
        for (String name : names) {
            JsonElement e = field(o, name);
            if (e != null && e.isJsonPrimitive()) {
                String s = e.getAsString().strip();
                if (!s.isEmpty()) {
                    return s;
                }
            }
        }
        return null;
    }

    private static DocDate date(JsonObject o, List<String> names) {
        for (String name : names) {
            JsonElement e = field(o, name);
            if (e == null || !e.isJsonPrimitive()) {
                continue;
            }
            JsonPrimitive p = e.getAsJsonPrimitive();
            DocDate d = p.isNumber() ? KnownDates.epoch(p.getAsLong(), "json") : KnownDates.parse(p.getAsString(), "json");
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** The field by name, or by a dotted path into nested objects when no field has the whole name. */
    private static JsonElement field(JsonObject o, String name) {
        if (o.has(name)) {
            return o.get(name);
        }
        JsonElement at = o;
        for (String part : name.split("\\.")) {
            if (at == null || !at.isJsonObject()) {
                return null;
            }
            at = at.getAsJsonObject().get(part);
        }
        return at == o ? null : at;
    }
}
