package dev.parley.io;

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
import dev.parley.model.Role;
import dev.parley.model.Skipped;
import dev.parley.model.Speaker;
import dev.parley.model.Span;
import dev.parley.model.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelJsonTest {
    @TempDir
    Path dir;

    /** A small corpus using every record type, with nulls, non-ASCII text, markup characters and awkward doubles. */
    static Corpus sample(double confidence) {
        String para = "Minister Ana Kovač met Jonas Lindqvist in Vienna. \"We <agree> & move on\", Kovač said.";
        Document doc = new Document("2016/talks", "2016/talks.txt", "Kovač meets Lindqvist", "header", null, "Vienna",
                new DocDate("2016-03-04", "day", "dateline"),
                List.of(new Paragraph(para, List.of(new Span(0, 50), new Span(51, para.length())))),
                List.of("bilateral-relations"), List.of("bilateral relations", "spring meeting"));
        Mention kovac = new Mention("2016/talks", 0, 9, 18, "Ana Kovač");
        Person person = new Person("ana-kovac", "Ana Kovač", List.of("Ana Kovac", "Kovač"),
                List.of(new Role("Minister of Foreign Affairs", "Croatia", null, List.of("2016/talks"))), List.of(kovac));
        Entity vienna = new Entity("vienna", "Vienna", "city", List.of(), List.of(new Mention("2016/talks", 0, 42, 48, "Vienna")));
        Evidence evidence = new Evidence("2016/talks", 0, 0, 50, para.substring(0, 50));
        Topic topic = new Topic("bilateral-relations", "Bilateral relations",
                List.of(new Topic.TopicDocument("2016/talks", List.of(evidence))));
        Quote quote = new Quote("q-2016/talks-1", "2016/talks", 0, 52, 72, "We <agree> & move on",
                List.of(Speaker.person("ana-kovac")),
                "Kovač", "said", "name", confidence);
        Meeting meeting = new Meeting("m-1", "reported",
                List.of(new Meeting.Participant("ana-kovac", "Minister of Foreign Affairs of Croatia"),
                        new Meeting.Participant("jonas-lindqvist", null)),
                "Vienna", null, List.of("2016/talks"), List.of("bilateral-relations"), List.of("q-2016/talks-1"),
                List.of(evidence));
        Person lindqvist = new Person("jonas-lindqvist", "Jonas Lindqvist", List.of(), List.of(),
                List.of(new Mention("2016/talks", 0, 23, 38, "Jonas Lindqvist")));
        return new Corpus(Corpus.SCHEMA_VERSION, "parley test", List.of(doc), List.of(person, lindqvist), List.of(),
                List.of(vienna), List.of(topic), List.of(meeting), List.of(quote),
                List.of(new Skipped("x.txt", "binary file")));
    }

    @Test
    void roundTripGivesEqualRecords() throws IOException {
        Corpus corpus = sample(0.1 + 0.2);
        Path file = dir.resolve("model.json");

        ModelJson.write(corpus, file);

        assertThat(ModelJson.read(file)).isEqualTo(corpus);
    }

    @Test
    void sameCorpusGivesByteIdenticalFiles() throws IOException {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Path c = dir.resolve("c.json");
        ModelJson.write(sample(0.85), a);
        ModelJson.write(sample(0.85), b);
        ModelJson.write(ModelJson.read(a), c);

        assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
        assertThat(Files.readAllBytes(c)).isEqualTo(Files.readAllBytes(a));
    }

    @Test
    void writesEveryFieldReadablyWithNullsAndNoHtmlEscapes() throws IOException {
        Path file = dir.resolve("model.json");
        ModelJson.write(sample(1.0), file);
        String json = Files.readString(file, StandardCharsets.UTF_8);

        assertThat(json).startsWith("{\n \"schemaVersion\": 2,\n \"generator\": \"parley test\",\n");
        assertThat(json).contains("\"source\": null").contains("\"organisation\": null").contains("\"date\": null");
        assertThat(json).contains("We <agree> & move on").contains("Kovač");
        assertThat(json).contains("\"confidence\": 1.0");
        assertThat(json).endsWith("}\n");
    }

    @Test
    void createsMissingParentFoldersAndLeavesNoTemporaryFiles() throws IOException {
        Path file = dir.resolve("data/nested/model.json");

        ModelJson.write(sample(0.5), file);
        ModelJson.write(sample(0.6), file);

        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
        assertThat(ModelJson.read(file).quotes().get(0).confidence()).isEqualTo(0.6);
    }

    @Test
    void failedWriteLeavesThePreviousModelIntact() throws IOException {
        Path file = dir.resolve("model.json");
        ModelJson.write(sample(0.5), file);
        byte[] before = Files.readAllBytes(file);

        // NaN cannot be written as JSON: serialisation fails after most of the file has been written
        assertThatThrownBy(() -> ModelJson.write(sample(Double.NaN), file))
                .isInstanceOf(ModelException.class)
                .hasMessageStartingWith(file + ": cannot write")
                .hasMessageNotContaining("\n");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void removesTemporaryFilesLeftByAKilledBuildButNotThoseOfARunningOne() throws IOException {
        Path file = dir.resolve("model.json");
        Path dead = Files.writeString(dir.resolve(".model.json.999999999.abc.tmp"), "{\"half\": ");
        Path running = Files.writeString(dir.resolve(".model.json." + ProcessHandle.current().pid() + ".def.tmp"), "{");
        Path unrelated = Files.writeString(dir.resolve(".other.json.999999999.abc.tmp"), "{");

        ModelJson.write(sample(0.5), file);

        assertThat(dead).doesNotExist();
        assertThat(running).exists();
        assertThat(unrelated).exists();
    }

    @Test
    void writeIntoAFileInsteadOfAFolderFailsWithOneLine() throws IOException {
        Path notADir = Files.writeString(dir.resolve("plain"), "x");

        assertThatThrownBy(() -> ModelJson.write(sample(0.5), notADir.resolve("model.json")))
                .isInstanceOf(ModelException.class)
                .hasMessageStartingWith(notADir.resolve("model.json") + ": cannot write")
                .hasMessageNotContaining("\n");
    }

    @Test
    void missingFileSaysSo() {
        Path file = dir.resolve("model.json");

        assertThatThrownBy(() -> ModelJson.read(file))
                .isInstanceOf(ModelException.class)
                .hasMessage(file + ": no such file; run `parley build` to create it");
    }

    @Test
    void notJsonSaysSo() throws IOException {
        Path file = Files.writeString(dir.resolve("model.json"), "Minister Kovač met...\n");

        assertThatThrownBy(() -> ModelJson.read(file))
                .isInstanceOf(ModelException.class)
                .hasMessageStartingWith(file + ": not ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void truncatedFileIsNotJson() throws IOException {
        Path file = dir.resolve("model.json");
        ModelJson.write(sample(0.5), file);
        String json = Files.readString(file);
        Files.writeString(file, json.substring(0, json.length() / 2));

        assertThatThrownBy(() -> ModelJson.read(file))
                .isInstanceOf(ModelException.class)
                .hasMessageStartingWith(file + ": not JSON")
                .hasMessageNotContaining("\n");
    }

    @Test
    void jsonThatIsNotAModelSaysSo() throws IOException {
        Path array = Files.writeString(dir.resolve("array.json"), "[1, 2]");
        Path noVersion = Files.writeString(dir.resolve("other.json"), "{\"name\": \"something else\"}");

        assertThatThrownBy(() -> ModelJson.read(array)).hasMessage(array + ": not a Parley model (not a JSON object)");
        assertThatThrownBy(() -> ModelJson.read(noVersion)).hasMessage(noVersion + ": not a Parley model (no schemaVersion)");
    }

    @Test
    void newerSchemaIsRefusedBeforeAnythingElseIsDecoded() throws IOException {
        Path file = Files.writeString(dir.resolve("model.json"),
                "{\"schemaVersion\": 7, \"documents\": {\"a layout\": \"this program does not know\"}}");

        assertThatThrownBy(() -> ModelJson.read(file))
                .isInstanceOf(ModelException.class)
                .hasMessage("model " + file + " has schema 7, newer than this Parley reads (schema 2): update Parley or"
                        + " rebuild it with `parley build`")
                .hasMessageNotContaining("\n");
    }

    @Test
    void missingListIsReportedAsInvalidModel() throws IOException {
        Path file = Files.writeString(dir.resolve("model.json"), "{\"schemaVersion\": 2, \"generator\": \"x\"}");

        assertThatThrownBy(() -> ModelJson.read(file))
                .isInstanceOf(ModelException.class)
                .hasMessageStartingWith(file + ": not a valid Parley model")
                .hasMessageNotContaining("\n");
    }

    @Test
    void writesTheSeedModelBackByteForByte() throws IOException {
        // data/model.json was written by Gson's reflective adapters: the model's own writer must give its bytes
        Path seeds = Path.of("data", "model.json");
        Path again = dir.resolve("model.json");

        ModelJson.write(ModelJson.read(seeds), again);

        assertThat(ModelJson.read(seeds).events()).isNotEmpty();
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(seeds));
    }

    @Test
    void readsTheSeedModelExactlyAsGsonsReflectiveDecoderDoes() throws IOException {
        // Gson's reflective decoding of the records is the reference: the hand-written reader must not drop a field.
        Path seeds = Path.of("data", "model.json");
        Corpus reference;
        try (var in = Files.newBufferedReader(seeds, StandardCharsets.UTF_8)) {
            reference = new com.google.gson.Gson().fromJson(in, Corpus.class);
        }

        Corpus read = ModelJson.read(seeds);

        assertThat(read).isEqualTo(reference);
        assertThat(read.people()).isNotEmpty();
        assertThat(read.quotes()).isNotEmpty();
    }

    @Test
    void skipsFieldsItDoesNotKnow() throws IOException {
        Path file = dir.resolve("model.json");
        ModelJson.write(sample(0.5), file);
        String json = Files.readString(file).replaceFirst("\\{", "{\"comment\": {\"added\": [1, 2]},")
                .replace("\"kind\": \"reported\",", "\"kind\": \"reported\", \"weight\": 3,");
        Files.writeString(file, json);

        assertThat(ModelJson.read(file)).isEqualTo(sample(0.5));
    }

    @Test
    void missingFieldIsNamedWithWhereItWasExpected() throws IOException {
        Path file = dir.resolve("model.json");
        ModelJson.write(sample(0.5), file);
        Files.writeString(file, Files.readString(file).replace("\"aliases\": [\n    \"Ana Kovac\"", "\"aka\": [\n    \"Ana Kovac\""));

        assertThatThrownBy(() -> ModelJson.read(file))
                .isInstanceOf(ModelException.class)
                .hasMessage(file + ": not a valid Parley model (field 'aliases' is missing or null in the person at $.people[0])");
    }

    @Test
    void valueOfTheWrongKindIsReportedWithItsPlace() throws IOException {
        Path file = dir.resolve("model.json");
        ModelJson.write(sample(0.5), file);
        Files.writeString(file, Files.readString(file).replace("\"paragraph\": 0", "\"paragraph\": \"first\""));

        assertThatThrownBy(() -> ModelJson.read(file))
                .isInstanceOf(ModelException.class)
                .hasMessageStartingWith(file + ": not a valid Parley model (")
                .hasMessageContaining("$.")
                .hasMessageNotContaining("\n");
    }

    @Test
    void trailingDataAfterTheModelIsRefused() throws IOException {
        Path file = dir.resolve("model.json");
        ModelJson.write(sample(0.5), file);
        Files.writeString(file, Files.readString(file) + "{}\n");

        assertThatThrownBy(() -> ModelJson.read(file))
                .isInstanceOf(ModelException.class)
                .hasMessageStartingWith(file + ": not JSON")
                .hasMessageNotContaining("\n");
    }
}
