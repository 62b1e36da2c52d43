package dev.parley.tui;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.parley.clip.Citation;
import dev.parley.clip.ItemText;
import dev.parley.index.Count;
import dev.parley.index.CorpusIndex;
import dev.parley.model.Document;
import dev.parley.model.Meeting;
import dev.parley.model.Person;
import dev.parley.model.Quote;
import dev.parley.model.Speaker;
import dev.parley.model.Topic;
import dev.parley.text.Fold;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code parley pick}: which list to pick from, narrowed how, and how the picked things are printed on stdout.
 * Everything printed is sanitised one-line text (JSON escapes the rest), so stdout never carries a control
 * character or an escape sequence, whatever the corpus holds.
 */
public final class Pick {
    /** The lists one can pick from. */
    public enum Kind {
        QUOTES(Pane.QUOTES), PEOPLE(Pane.PEOPLE), DOCS(Pane.DOCUMENTS), MEETINGS(Pane.MEETINGS), TOPICS(Pane.TOPICS);

        final Pane pane;

        Kind(Pane pane) {
            this.pane = pane;
        }
    }

    /**
     * How picked things are printed: TEXT their natural text (a quote's words), CITE a quote with its citation,
     * MD a Markdown line each, JSON one array of objects, PATH a document's file (for a quote, its document's).
     */
    public enum Format { TEXT, JSON, MD, CITE, PATH }

    /**
     * @param person limit to what concerns the people with this name or alias (accent- and case-insensitive), or null
     * @param topic  limit to what concerns the topic with this name or id, or null
     * @param query  the list's filter to start with (the same as typing it after /), or null
     */
    public record Request(Kind kind, String person, String topic, String query, Format format) {
    }

    /** The narrowing left nothing to pick (exit 1), or named something the model does not have. */
    public static final class NothingToPick extends Exception {
        private static final long serialVersionUID = 1L;

        NothingToPick(String message) {
            super(message);
        }
    }

    private Pick() {
    }

    /** The ids the pane may list; an empty map when nothing narrows it. */
    static Map<Pane, Set<String>> restrict(CorpusIndex index, Request r) throws NothingToPick {
        Set<String> ids = null;
        if (r.person() != null && !r.person().isBlank()) {
            List<Person> people = people(index, r.person());
            if (people.isEmpty()) {
                throw new NothingToPick("no person matches “" + ItemText.clean(r.person()) + "”");
            }
            ids = forPeople(index, r.kind(), people);
        }
        if (r.topic() != null && !r.topic().isBlank()) {
            List<Topic> topics = topics(index, r.topic());
            if (topics.isEmpty()) {
                throw new NothingToPick("no topic matches “" + ItemText.clean(r.topic()) + "”");
            }
            Set<String> onTopic = forTopics(index, r.kind(), topics);
            if (ids == null) {
                ids = onTopic;
            } else {
                ids.retainAll(onTopic);
            }
        }
        Map<Pane, Set<String>> out = new EnumMap<>(Pane.class);
        if (ids != null) {
            if (ids.isEmpty()) {
                throw new NothingToPick("no " + r.kind().name().toLowerCase(Locale.ROOT) + " for "
                        + describe(r));
            }
            out.put(r.kind().pane, Set.copyOf(ids));
        }
        return out;
    }

    private static String describe(Request r) {
        List<String> parts = new ArrayList<>();
        if (r.person() != null && !r.person().isBlank()) {
            parts.add("--person “" + ItemText.clean(r.person()) + "”");
        }
        if (r.topic() != null && !r.topic().isBlank()) {
            parts.add("--topic “" + ItemText.clean(r.topic()) + "”");
        }
        return String.join(" ", parts);
    }

    /** People named so (name or alias); failing that, those whose name or aliases hold every word. */
    private static List<Person> people(CorpusIndex index, String name) {
        List<Person> exact = index.peopleNamed(name);
        if (!exact.isEmpty()) {
            return exact;
        }
        List<String> terms = Match.terms(name);
        List<Person> out = new ArrayList<>();
        for (Person p : index.corpus().people()) {
            StringBuilder hay = new StringBuilder(Fold.key(p.name())).append(' ').append(p.id());
            p.aliases().forEach(a -> hay.append(' ').append(Fold.key(a)));
            if (!terms.isEmpty() && Match.allIn(hay.toString(), terms)) {
                out.add(p);
            }
        }
        return out;
    }

    private static List<Topic> topics(CorpusIndex index, String name) {
        String key = Fold.key(name).strip();
        List<Topic> out = new ArrayList<>();
        for (Topic t : index.corpus().topics()) {
            if (t.id().equals(name.strip()) || Fold.key(t.name()).equals(key)) {
                return List.of(t);
            }
            if (Fold.key(t.name()).contains(key)) {
                out.add(t);
            }
        }
        return out;
    }

    private static Set<String> forPeople(CorpusIndex index, Kind kind, List<Person> people) {
        Set<String> ids = new LinkedHashSet<>();
        for (Person p : people) {
            switch (kind) {
                case QUOTES -> index.quotesBy(p.id()).forEach(q -> ids.add(q.id()));
                case PEOPLE -> ids.add(p.id());
                case DOCS -> index.documentsMentioning(p.id()).forEach(d -> ids.add(d.id()));
                case MEETINGS -> index.meetingsWith(p.id()).forEach(m -> ids.add(m.id()));
                case TOPICS -> index.topicsSpokenOnBy(p.id()).forEach(c -> ids.add(c.item().id()));
            }
        }
        return ids;
    }

    private static Set<String> forTopics(CorpusIndex index, Kind kind, List<Topic> topics) {
        Set<String> ids = new LinkedHashSet<>();
        for (Topic t : topics) {
            switch (kind) {
                case QUOTES -> index.documentsOn(t.id()).forEach(d -> index.quotesIn(d.id()).forEach(q -> ids.add(q.id())));
                case PEOPLE -> index.speakersOn(t.id()).stream().map(Count::item).forEach(p -> ids.add(p.id()));
                case DOCS -> index.documentsOn(t.id()).forEach(d -> ids.add(d.id()));
                case MEETINGS -> index.meetingsOn(t.id()).forEach(m -> ids.add(m.id()));
                case TOPICS -> ids.add(t.id());
            }
        }
        return ids;
    }

    // ---- printing

    /** What goes to stdout: one line per thing, or one JSON array; "" for nothing. */
    static String print(CorpusIndex index, List<Ref> refs, Format format) {
        if (refs.isEmpty()) {
            return "";
        }
        if (format == Format.JSON) {
            JsonArray array = new JsonArray();
            refs.forEach(r -> array.add(json(index, r)));
            Gson gson = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();
            return gson.toJson(array) + "\n";
        }
        StringBuilder out = new StringBuilder();
        Content content = new Content(index);
        for (Ref r : refs) {
            String line;
            switch (format) {
                case CITE -> line = content.text(r, true);
                case MD -> line = (r.kind() == Ref.Kind.QUOTE ? "> " : "- ") + content.text(r, true);
                case PATH -> line = path(index, r);
                default -> line = content.text(r, false);
            }
            if (!line.isEmpty()) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * A document's file as the model records it (relative to the folder it was built from), with the record inside
     * it where the file holds several ({@code news.jsonl:17}); a quote's document's.
     */
    private static String path(CorpusIndex index, Ref r) {
        String doc = r.kind() == Ref.Kind.DOCUMENT ? r.id()
                : r.kind() == Ref.Kind.QUOTE ? index.quote(r.id()).map(Quote::doc).orElse(null) : null;
        return doc == null ? "" : index.document(doc).map(d -> ItemText.clean(d.where())).orElse("");
    }

    private static JsonObject json(CorpusIndex index, Ref r) {
        JsonObject o = new JsonObject();
        o.addProperty("kind", r.kind().name().toLowerCase(Locale.ROOT));
        o.addProperty("id", ItemText.clean(r.id()));
        switch (r.kind()) {
            case QUOTE -> index.quote(r.id()).ifPresent(q -> {
                o.addProperty("text", ItemText.quote(q));
                // "speaker": who said it as one phrase ("A and B" for a joint statement); "speakers": each of them
                String who = index.speakers(q);
                o.addProperty("speaker", who == null ? null : ItemText.clean(who));
                JsonArray speakers = new JsonArray();
                for (Speaker sp : q.speakers()) {
                    JsonObject so = new JsonObject();
                    so.addProperty("kind", sp.kind());
                    so.addProperty("id", ItemText.clean(sp.id()));
                    so.addProperty("name", ItemText.clean(index.name(sp)));
                    speakers.add(so);
                }
                o.add("speakers", speakers);
                index.document(q.doc()).ifPresent(d -> document(o, "document", d));
                o.addProperty("citation", Citation.of(index, q));
            });
            case PERSON -> index.person(r.id()).ifPresent(p -> {
                o.addProperty("name", ItemText.clean(p.name()));
                o.addProperty("text", ItemText.person(p));
            });
            case DOCUMENT -> index.document(r.id()).ifPresent(d -> {
                document(o, null, d);
                o.addProperty("text", ItemText.document(d));
            });
            case MEETING -> index.meeting(r.id()).ifPresent(m -> {
                o.addProperty("kindOfMeeting", ItemText.clean(m.kind()));
                o.addProperty("date", m.date() == null ? null : ItemText.clean(m.date().value()));
                o.addProperty("place", m.place() == null ? null : ItemText.clean(m.place()));
                JsonArray who = new JsonArray();
                for (Meeting.Participant part : m.participants()) {
                    who.add(index.person(part.person()).map(Person::name).map(ItemText::clean).orElse(ItemText.clean(part.person())));
                }
                o.add("participants", who);
                o.addProperty("text", ItemText.meeting(index, m));
            });
            case TOPIC -> index.topic(r.id()).ifPresent(t -> o.addProperty("text", ItemText.topic(t)));
            case ORGANISATION -> index.organisation(r.id()).ifPresent(e -> o.addProperty("text", ItemText.place(e)));
            default -> index.place(r.id()).ifPresent(p -> o.addProperty("text", ItemText.place(p)));
        }
        return o;
    }

    private static void document(JsonObject o, String prefix, Document d) {
        JsonObject target = o;
        if (prefix != null) {
            target = new JsonObject();
            o.add(prefix, target);
            target.addProperty("id", ItemText.clean(d.id()));
        }
        target.addProperty("title", ItemText.clean(d.title()));
        target.addProperty("source", d.source() == null ? null : ItemText.clean(d.source()));
        target.addProperty("place", d.place() == null ? null : ItemText.clean(d.place()));
        target.addProperty("date", d.date() == null ? null : ItemText.clean(d.date().value()));
        target.addProperty("file", ItemText.clean(d.file()));
        if (d.origin() != null && !d.origin().equals(d.file())) {
            target.addProperty("origin", ItemText.clean(d.origin()));
        }
        if (d.url() != null) {
            target.addProperty("url", ItemText.clean(d.url()));
        }
    }
}
