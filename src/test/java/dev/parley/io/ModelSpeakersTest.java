package dev.parley.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.parley.model.Corpus;
import dev.parley.model.Document;
import dev.parley.model.Entity;
import dev.parley.model.Mention;
import dev.parley.model.Paragraph;
import dev.parley.model.Person;
import dev.parley.model.Quote;
import dev.parley.model.Speaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Schema 2: a quote's speakers are people and organisations; older models are refused, not misread. */
class ModelSpeakersTest {
    @TempDir
    Path dir;

    private static final String TITLE = "Ministry: \u201cThe talks will go on\u201d";
    private static final String BODY = "\u201cWe stand together,\u201d the two ministers said in a joint statement. "
            + "\u201cNo comment,\u201d the Foreign Ministry of Utopia said.";

    static Corpus corpus() {
        Document doc = new Document("d1", "d1.txt", TITLE, "header", "Wire", null, null,
                List.of(new Paragraph(BODY, List.of())), List.of(), List.of());
        Person ana = new Person("ana-kovac", "Ana Kovač", List.of(), List.of(), List.of());
        Person jonas = new Person("jonas-berg", "Jonas Berg", List.of(), List.of(), List.of());
        Entity ministry = new Entity("foreign-ministry-of-utopia", "Foreign Ministry of Utopia", "organisation",
                List.of(), List.of(new Mention("d1", 0, BODY.indexOf("Foreign"), BODY.indexOf(" said."), "Foreign Ministry of Utopia")));
        int headlineStart = TITLE.indexOf("The");
        Quote headline = new Quote("q-d1-1", "d1", Quote.HEADLINE, headlineStart, headlineStart + "The talks will go on".length(),
                "The talks will go on", List.of(Speaker.organisation("foreign-ministry-of-utopia")), "Ministry", null,
                "name", 0.8);
        Quote joint = new Quote("q-d1-2", "d1", 0, 1, 18, "We stand together,",
                List.of(Speaker.person("ana-kovac"), Speaker.person("jonas-berg")), "the two ministers", "said", "role", 0.7);
        Quote unknown = new Quote("q-d1-3", "d1", 0, 70, 80, "No comment", List.of(), null, null, null, 0.0);
        return new Corpus(Corpus.SCHEMA_VERSION, "parley test", List.of(doc), List.of(ana, jonas), List.of(ministry),
                List.of(), List.of(), List.of(), List.of(headline, joint, unknown), List.of());
    }

    @Test
    void organisationJointAndHeadlineQuotes_roundTrip() throws IOException {
        Path file = dir.resolve("model.json");
        ModelJson.write(corpus(), file);

        Corpus back = ModelJson.read(file);

        assertThat(back).isEqualTo(corpus());
        assertThat(back.quotes().get(0).inHeadline()).isTrue();
        assertThat(back.quotes().get(1).people()).containsExactly("ana-kovac", "jonas-berg");
    }

    @Test
    void speakerIsWrittenAsTheFirstOfSpeakers_forOneSpeakerReaders() throws IOException {
        Path file = dir.resolve("model.json");
        ModelJson.write(corpus(), file);
        JsonArray quotes = JsonParser.parseString(Files.readString(file)).getAsJsonObject().getAsJsonArray("quotes");

        JsonObject org = quotes.get(0).getAsJsonObject();
        assertThat(org.get("speaker").getAsString()).isEqualTo("foreign-ministry-of-utopia");
        assertThat(org.getAsJsonArray("speakers").get(0).getAsJsonObject().get("kind").getAsString()).isEqualTo("organisation");
        JsonObject joint = quotes.get(1).getAsJsonObject();
        assertThat(joint.get("speaker").getAsString()).isEqualTo("ana-kovac");
        assertThat(joint.getAsJsonArray("speakers")).hasSize(2);
        JsonObject unknown = quotes.get(2).getAsJsonObject();
        assertThat(unknown.get("speaker").isJsonNull()).isTrue();
        assertThat(unknown.getAsJsonArray("speakers")).isEmpty();
        assertThat(joint.keySet()).containsExactly("id", "doc", "paragraph", "start", "end", "text", "speakers", "speaker",
                "speakerText", "verb", "how", "confidence");
    }

    @Test
    void schemaOneModel_isRefusedWithOneLineNamingTheFile() throws IOException {
        Path file = dir.resolve("old-model.json");
        ModelJson.write(corpus(), file);
        // what a schema 1 writer made: one person id per quote and no speakers list
        String v1 = Files.readString(file).replace("\"schemaVersion\": 2", "\"schemaVersion\": 1")
                .replaceAll("(?s)\"speakers\": \\[.*?\\],\\s*", "");
        Files.writeString(file, v1);

        assertThatThrownBy(() -> ModelJson.read(file))
                .isInstanceOf(ModelException.class)
                .hasMessage("model " + file + " has schema 1, this Parley reads schema 2: rebuild it with `parley build`");
    }

    @Test
    void speakerOfAnUnknownKind_isAnInvalidModel() throws IOException {
        Path file = dir.resolve("model.json");
        ModelJson.write(corpus(), file);
        Files.writeString(file, Files.readString(file).replace("\"kind\": \"organisation\",\n", "\"kind\": \"country\",\n"));

        assertThatThrownBy(() -> ModelJson.read(file))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("speaker kind 'country' is neither person nor organisation")
                .hasMessageNotContaining("\n");
    }

    @Test
    void quoteWithoutSpeakersList_isAnInvalidModel() throws IOException {
        Path file = dir.resolve("model.json");
        ModelJson.write(corpus(), file);
        Files.writeString(file, Files.readString(file).replaceFirst("\"speakers\"", "\"talkers\""));

        assertThatThrownBy(() -> ModelJson.read(file))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("field 'speakers' is missing or null in the quote at $.quotes[0]");
    }
}
