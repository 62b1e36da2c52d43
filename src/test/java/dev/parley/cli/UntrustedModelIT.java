package dev.parley.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar given model and snapshot files built to hurt: the explorer and the query commands answer with
 * one line naming the file and the problem, exit 2 (bad input), and put nothing raw on the terminal.
 */
class UntrustedModelIT {
    private static final Path ROOT = Path.of(System.getProperty("parley.root", ".")).toAbsolutePath();
    private static final Path JAR = Path.of(System.getProperty("parley.jar", "target/parley.jar")).toAbsolutePath();

    @TempDir
    Path dir;

    private BuildIT.Run parley(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(BuildIT.javaBinary(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return BuildIT.run(dir, command);
    }

    private Path model(String name, Consumer<JsonObject> change) throws IOException {
        JsonObject model = JsonParser.parseString(Files.readString(ROOT.resolve("data/model.json"),
                StandardCharsets.UTF_8)).getAsJsonObject();
        change.accept(model);
        Path file = dir.resolve(name);
        Files.writeString(file, model.toString(), StandardCharsets.UTF_8);
        return file;
    }

    private static JsonObject firstQuote(JsonObject model) {
        return model.getAsJsonArray("quotes").get(0).getAsJsonObject();
    }

    private static void assertRefused(BuildIT.Run r, String file, String problem) {
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).as(r.err()).hasSize(1);
        assertThat(r.err()).startsWith("parley: " + file + ": ").contains(problem);
        assertThat(r.err()).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void aQuoteOutsideItsTextIsRefusedByTheCommandsAndTheExplorer() throws Exception {
        model("offsets.json", m -> firstQuote(m).addProperty("end", 1_000_000));

        assertRefused(parley("quotes", "--model", "offsets.json"), "offsets.json", "outside its text");
        assertRefused(parley("show", "quote", "q", "--model", "offsets.json"), "offsets.json", "outside its text");
        assertRefused(parley("--model", "offsets.json"), "offsets.json", "outside its text");
        assertThat(dir.resolve("offsets.json.snapshot")).as("nothing is made of a bad model").doesNotExist();
    }

    @Test
    void aSpeakerThatIsNobodyIsRefused() throws Exception {
        model("ghost.json", m -> firstQuote(m).getAsJsonArray("speakers").get(0).getAsJsonObject()
                .addProperty("id", "ghost"));

        assertRefused(parley("people", "--model", "ghost.json"), "ghost.json", "refers to person 'ghost'");
    }

    @Test
    void escapeSequencesInAModelNeverReachTheTerminal() throws Exception {
        model("escapes.json", m -> firstQuote(m).getAsJsonArray("speakers").get(0).getAsJsonObject()
                .addProperty("kind", "\u001b]52;c;aGVsbG8=\u0007\u001b[2J"));
        assertRefused(parley("quotes", "--model", "escapes.json"), "escapes.json", "speaker kind");

        // a model that is fine but for its text: listed, with the escapes made harmless
        model("text.json", m -> {
            firstQuote(m).addProperty("text", "\u001b[2J\u001b]52;c;aGVsbG8=\u0007cleared");
            m.getAsJsonArray("people").get(0).getAsJsonObject().addProperty("name", "\u001b[31mRed\u001b[0m");
        });
        BuildIT.Run quotes = parley("quotes", "--model", "text.json");
        assertThat(quotes.code()).as(quotes.err()).isZero();
        assertThat(quotes.out()).contains("cleared").doesNotContain("\u001b").doesNotContain("\u0007");
        BuildIT.Run people = parley("people", "--model", "text.json");
        assertThat(people.out()).contains("Red").doesNotContain("\u001b");
    }

    @Test
    void aDeeplyNestedModelIsRefused() throws Exception {
        Files.writeString(dir.resolve("deep.json"), "{\"schemaVersion\": 2, \"x\": " + "[".repeat(100_000)
                + "]".repeat(100_000) + "}", StandardCharsets.UTF_8);

        assertRefused(parley("quotes", "--model", "deep.json"), "deep.json", "Nesting limit");
    }

    /**
     * A snapshot someone hands over with a model is not taken at its word: one made from another file, or
     * garbage, is ignored (and written anew), and the answers are the model's own.
     */
    @Test
    void aSnapshotThatIsNotOfThisModelFileIsIgnored() throws Exception {
        Files.copy(ROOT.resolve("data/model.json"), dir.resolve("model.json"));
        BuildIT.Run expected = parley("quotes", "--model", "model.json");
        assertThat(expected.code()).isZero();
        assertThat(dir.resolve("model.json.snapshot")).isRegularFile();

        // the snapshot of another model (other words in a quote) under this model's name
        model("other.json", m -> firstQuote(m).addProperty("text", "words this model does not have"));
        assertThat(parley("quotes", "--model", "other.json").code()).isZero();
        Files.copy(dir.resolve("other.json.snapshot"), dir.resolve("model.json.snapshot"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(parley("quotes", "--model", "model.json")).isEqualTo(expected);

        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        System.arraycopy("PARLEY".getBytes(StandardCharsets.US_ASCII), 0, garbage, 0, 6);
        Files.write(dir.resolve("model.json.snapshot"), garbage);
        assertThat(parley("quotes", "--model", "model.json")).isEqualTo(expected);
    }
}
