package dev.parley.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.parley.index.SpeakersCorpus;
import dev.parley.io.ModelJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `parley quotes` and `parley show` with organisation, joint and unknown speakers; an old model refused. */
class SpeakersOutputTest {
    @TempDir
    Path dir;

    @BeforeEach
    void model() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        ModelJson.write(SpeakersCorpus.corpus(), dir.resolve("data/model.json"));
    }

    @Test
    void quotesJson_listsEverySpeakerWithKindIdAndName() {
        CliRun.Result r = CliRun.run(dir, "quotes", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonArray a = JsonParser.parseString(r.out()).getAsJsonArray();

        JsonObject org = a.get(0).getAsJsonObject();
        assertThat(org.get("speaker").getAsString()).isEqualTo("foreign-ministry-of-utopia");
        assertThat(org.get("speakerName").getAsString()).isEqualTo("Foreign Ministry of Utopia");
        assertThat(org.get("paragraph").getAsInt()).isEqualTo(-1);
        JsonObject orgSpeaker = org.getAsJsonArray("speakers").get(0).getAsJsonObject();
        assertThat(orgSpeaker.get("kind").getAsString()).isEqualTo("organisation");
        JsonObject joint = a.get(2).getAsJsonObject();
        assertThat(joint.get("speaker").getAsString()).isEqualTo("ana-kovac");
        assertThat(joint.get("speakerName").getAsString()).isEqualTo("Ana Kovač and Jonas Berg");
        assertThat(joint.getAsJsonArray("speakers")).hasSize(2);
        JsonObject unknown = a.get(3).getAsJsonObject();
        assertThat(unknown.get("speaker").isJsonNull()).isTrue();
        assertThat(unknown.getAsJsonArray("speakers")).isEmpty();
    }

    @Test
    void quotesTsv_namesOrganisationsAndJointSpeakers() {
        CliRun.Result r = CliRun.run(dir, "quotes", "--format", "tsv");

        assertThat(r.out().lines()).containsExactly(
                "id\tspeaker\tdocument\ttext",
                "q-utopia-talks-1\tForeign Ministry of Utopia\tutopia-talks\tThe border stays open",
                "q-utopia-talks-2\tForeign Ministry of Utopia\tutopia-talks\tWe are ready to resume negotiations without"
                        + " preconditions at any level",
                "q-utopia-talks-3\tAna Kovač and Jonas Berg\tutopia-talks\tOur two countries share one view of the crisis"
                        + " and of the way out of it",
                "q-utopia-talks-4\t\tutopia-talks\tIt is too early to say");
    }

    @Test
    void quotesOfAPerson_includeTheirJointStatements() {
        CliRun.Result r = CliRun.run(dir, "quotes", "--person", "berg", "--format", "tsv");

        assertThat(r.out().lines()).hasSize(2).last().asString().startsWith("q-utopia-talks-3\tAna Kovač and Jonas Berg");
    }

    @Test
    void showQuote_textNamesBothSpeakers() {
        CliRun.Result r = CliRun.run(dir, "show", "quote", "q-utopia-talks-3");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("speakerName: Ana Kovač and Jonas Berg")
                .contains("Ana Kovač · person · [ana-kovac]").contains("Jonas Berg · person · [jonas-berg]");
    }

    @Test
    void meetingsList_showsACall() {
        assertThat(CliRun.run(dir, "meetings").out()).contains("call");
    }

    @Test
    void schemaOneModel_isRefusedWithOneLine_exit2() throws Exception {
        Path model = dir.resolve("data/model.json");
        Files.writeString(model, Files.readString(model).replace("\"schemaVersion\": 2", "\"schemaVersion\": 1"));

        CliRun.Result r = CliRun.run(dir, "quotes");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).endsWith("has schema 1, this Parley reads schema 2: rebuild it with `parley build`")
                .contains("data/model.json").doesNotContain("\n").doesNotContain("Exception");
    }
}
