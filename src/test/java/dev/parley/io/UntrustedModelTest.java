package dev.parley.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A model file is input like any other: what someone hands over may be built to hurt. Each case must end in one
 * line that names the file and the problem (a {@link ModelException}), never in an error of the JVM, a model whose
 * offsets or ids crash a view later, or escape sequences on the terminal.
 */
class UntrustedModelTest {
    private static final Path ROOT = Path.of(System.getProperty("parley.root", ".")).toAbsolutePath();

    @TempDir
    Path dir;

    private JsonObject seedModel() throws IOException {
        try (Reader in = Files.newBufferedReader(ROOT.resolve("data/model.json"), StandardCharsets.UTF_8)) {
            return JsonParser.parseReader(in).getAsJsonObject();
        }
    }

    /** The seed model changed by {@code change}, written to a file. */
    private Path changed(Consumer<JsonObject> change) throws IOException {
        JsonObject model = seedModel();
        change.accept(model);
        Path file = dir.resolve("bad.json");
        Files.writeString(file, model.toString(), StandardCharsets.UTF_8);
        return file;
    }

    private static JsonObject first(JsonObject model, String list) {
        return model.getAsJsonArray(list).get(0).getAsJsonObject();
    }

    /** The one line a user sees: names the file, says what is wrong, and holds no control character. */
    private static String problem(Path file) {
        ModelException e = org.junit.jupiter.api.Assertions.assertThrows(ModelException.class, () -> ModelJson.read(file));
        String message = e.getMessage();
        assertThat(message).startsWith(file.toString()).doesNotContain("\n");
        assertThat(message.chars()).noneMatch(c -> c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0));
        assertThat(message.length()).as(message).isLessThan(400);
        return message;
    }

    @Test
    void theSeedModelPassesEveryCheck() throws IOException {
        assertThat(ModelJson.read(ROOT.resolve("data/model.json")).quotes()).isNotEmpty();
    }

    @Test
    void deepNestingIsRefusedWithoutAStackOverflow() throws IOException {
        Path file = dir.resolve("deep.json");
        int depth = 100_000;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"schemaVersion\": 2, \"documents\": ");
            out.write("[".repeat(depth));
            out.write("]".repeat(depth));
            out.write("}");
        }
        assertThat(problem(file)).contains("not a valid Parley model");

        // nested inside a field the reader does not know and skips
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"unknown\": " + "[".repeat(depth) + "]".repeat(depth) + ", \"schemaVersion\": 2}");
        }
        assertThat(problem(file)).contains("Nesting limit");
    }

    @Test
    void aHugeStringIsRefusedBeforeItIsInMemory() throws IOException {
        Path file = dir.resolve("huge.json");
        String model = seedModel().toString();
        int at = model.indexOf("\"generator\":") + "\"generator\":".length();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(model, 0, at);
            out.write('"');
            char[] block = new char[1 << 20];
            java.util.Arrays.fill(block, 'a');
            for (int i = 0; i <= BoundedStrings.MAX_STRING_CHARS >> 20; i++) {
                out.write(block);
            }
            out.write(model.substring(model.indexOf('"', model.indexOf('"', at) + 1)));
        }
        assertThat(problem(file)).contains("a string of more than " + BoundedStrings.MAX_STRING_CHARS + " characters");
    }

    @Test
    void boundedStringsCountsWhatIsInsideQuotesAndFollowsEscapes() throws IOException {
        String json = "[\"abc\", \"a\\\"b\", \"abcd\"]";
        char[] all = new char[64];
        BoundedStrings fine = new BoundedStrings(new StringReader("[\"abc\", \"a\\\"b\"]"), 3);
        assertThat(fine.read(all, 0, all.length)).isPositive();
        BoundedStrings tooLong = new BoundedStrings(new StringReader(json), 3);
        assertThatThrownBy(() -> tooLong.read(all, 0, all.length)).isInstanceOf(ModelReader.Invalid.class)
                .hasMessageContaining("more than 3 characters");
    }

    @Test
    void offsetsOutsideTheTextAreRefused() throws IOException {
        Path file = changed(m -> {
            first(m, "quotes").addProperty("start", 999_999);
            first(m, "quotes").addProperty("end", 1_000_000);
        });
        assertThat(problem(file)).contains("quotes[0]").contains("999999..1000000").contains("outside its text");
    }

    @Test
    void aMentionBeforeTheStartIsRefused() throws IOException {
        Path file = changed(m -> first(m, "people").getAsJsonArray("mentions").get(0).getAsJsonObject()
                .addProperty("start", -5));
        assertThat(problem(file)).contains("people[0]").contains("mention spans -5..");
    }

    @Test
    void aParagraphTheDocumentDoesNotHaveIsRefused() throws IOException {
        Path file = changed(m -> first(m, "quotes").addProperty("paragraph", 500));
        assertThat(problem(file)).contains("quotes[0]").contains("paragraph 500");
    }

    @Test
    void aSentenceOutsideItsParagraphIsRefused() throws IOException {
        Path file = changed(m -> first(m, "documents").getAsJsonArray("paragraphs").get(0).getAsJsonObject()
                .getAsJsonArray("sentences").get(0).getAsJsonObject().addProperty("end", 1 << 30));
        assertThat(problem(file)).contains("documents[0]").contains("sentence");
    }

    @Test
    void idsThatPointNowhereAreRefused() throws IOException {
        assertThat(problem(changed(m -> first(m, "quotes").addProperty("doc", "nowhere"))))
                .contains("refers to document 'nowhere', which is not in the model");
        assertThat(problem(changed(m -> {
            JsonArray speakers = new JsonArray();
            JsonObject ghost = new JsonObject();
            ghost.addProperty("kind", "person");
            ghost.addProperty("id", "ghost");
            speakers.add(ghost);
            first(m, "quotes").add("speakers", speakers);
        }))).contains("refers to person 'ghost'");
        assertThat(problem(changed(m -> first(m, "meetings").getAsJsonArray("participants").get(0).getAsJsonObject()
                .addProperty("person", "ghost")))).contains("meetings[0]").contains("refers to person 'ghost'");
        assertThat(problem(changed(m -> first(m, "events").getAsJsonArray("meetings").set(0, new JsonPrimitive("m-999")))))
                .contains("events[0]").contains("refers to meeting 'm-999'");
        assertThat(problem(changed(m -> first(m, "documents").getAsJsonArray("topics").add("no-such-topic"))))
                .contains("refers to topic 'no-such-topic'");
    }

    @Test
    void escapeSequencesFromTheFileNeverReachTheMessage() throws IOException {
        Path file = changed(m -> {
            JsonArray speakers = new JsonArray();
            JsonObject evil = new JsonObject();
            evil.addProperty("kind", "\u001b]52;c;aGVsbG8=\u0007\u001b[2J");
            evil.addProperty("id", "x");
            speakers.add(evil);
            first(m, "quotes").add("speakers", speakers);
        });
        assertThat(problem(file)).contains("speaker kind");

        Path ids = changed(m -> first(m, "quotes").addProperty("doc", "\u001b[31m" + "x".repeat(500)));
        assertThat(problem(ids)).contains("refers to document").contains("…");
    }

    @Test
    void textWithControlCharactersIsReadAsItIs() throws IOException {
        // the model keeps what the article said; every output sanitises it (Sanitize, the explorer's Cells)
        Path file = changed(m -> first(m, "people").addProperty("name", "Evil \u001b[2J Name"));
        assertThat(ModelJson.read(file).people().get(0).name()).isEqualTo("Evil \u001b[2J Name");
    }
}
