package dev.parley.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.parley.index.FixtureCorpus;
import dev.parley.io.ModelJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The scriptable commands on the hand-made fixture model: every format against golden files, filters, exit codes. */
class QueriesTest {
    @TempDir
    Path dir;

    @BeforeEach
    void model() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        ModelJson.write(FixtureCorpus.corpus(), dir.resolve("data/model.json"));
    }

    private CliRun.Result run(String... args) {
        return CliRun.run(dir, args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "tsv", "md"})
    void eachFormat_matchesItsGolden(String format) {
        String ext = format.equals("text") ? "txt" : format;
        String[][] cases = {
                {"people"}, {"docs"}, {"topics"}, {"meetings"}, {"quotes", "--person", "markovic"},
                {"show", "person", "markovic"}, {"show", "doc", "unsafe"}, {"show", "meeting", "m-2"},
                {"show", "topic", "trade"}, {"show", "quote", "invitation stands"},
        };
        for (String[] c : cases) {
            String[] args = new String[c.length + 2];
            System.arraycopy(c, 0, args, 0, c.length);
            args[c.length] = "--format";
            args[c.length + 1] = format;
            CliRun.Result r = run(args);
            assertThat(r.code()).as(String.join(" ", c) + ": " + r.err()).isZero();
            assertThat(r.err()).isEmpty();
            // nothing from an article reaches the terminal as a control character, in any format
            assertThat(r.out()).doesNotContain("\u001b", "\u0007", "\u202E");
            CliRun.golden(String.join("-", c).replace(' ', '_') + "." + ext, r.out());
        }
    }

    @Test
    void json_isStable_andHasWhatScriptsNeed() {
        CliRun.Result r = run("quotes", "--doc", FixtureCorpus.D2, "--format", "json");
        JsonArray a = JsonParser.parseString(r.out()).getAsJsonArray();
        assertThat(a).hasSize(1);
        JsonObject q = a.get(0).getAsJsonObject();
        assertThat(q.keySet()).containsExactly("id", "text", "speaker", "speakerName", "speakers", "speakerText", "document",
                "file", "paragraph", "start", "end", "verb", "how", "confidence");
        assertThat(q.get("text").getAsString()).isEqualTo("The invitation stands");
        assertThat(q.get("speakerName").getAsString()).isEqualTo("Tomás Herrera");

        JsonObject p = JsonParser.parseString(run("show", "person", "herrera", "--format", "json").out()).getAsJsonObject();
        assertThat(p.keySet()).startsWith("id", "name", "aliases", "role", "roles", "quoteCount", "documentCount")
                .contains("documents", "meetings", "quotes", "metMost");
    }

    @Test
    void filters_narrowTheLists() {
        assertThat(run("docs", "--person", "herrera").out()).contains(FixtureCorpus.D1, FixtureCorpus.D2)
                .doesNotContain(FixtureCorpus.D4);
        assertThat(run("meetings", "--since", "2017", "--format", "tsv").out().lines().skip(1))
                .allSatisfy(l -> assertThat(l.split("\t")[1]).startsWith("2017"));
        assertThat(run("docs", "--until", "2016", "--format", "tsv").out().lines().skip(1))
                .allSatisfy(l -> assertThat(l.split("\t")[1]).startsWith("2016"));
        assertThat(run("people", "--topic", "energy", "--format", "tsv").out().lines().skip(1))
                .extracting(l -> l.split("\t")[0]).contains("anna-kowalska").doesNotContain("li-wei", "petar-djuric");
        assertThat(run("quotes", "--limit", "2", "--format", "tsv").out().lines()).hasSize(3);
        assertThat(run("topics", "--doc", FixtureCorpus.D3, "--format", "tsv").out()).contains("energy");
    }

    @Test
    void exitCodes_foundNothingUsage_andNothingHalfWritten() {
        CliRun.Result none = run("quotes", "--person", "djuric");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.out()).isEmpty();
        assertThat(none.err()).isEqualTo("parley: no quotes match\n");
        assertThat(run("quotes", "--person", "djuric", "--format", "json").out()).isEqualTo("[]\n");

        CliRun.Result unknown = run("show", "person", "markvic");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err()).isEqualTo("parley: no person 'markvic' — did you mean Jelena Marković?\n");

        CliRun.Result badDate = run("docs", "--since", "May");
        assertThat(badDate.code()).isEqualTo(2);
        assertThat(badDate.out()).isEmpty();
        CliRun.Result badFormat = run("people", "--format", "xml");
        assertThat(badFormat.code()).isEqualTo(2);
        assertThat(badFormat.out()).isEmpty();
        assertThat(badFormat.err()).contains("--format must be text, json, tsv or md");
        CliRun.Result badKind = run("show", "place", "x");
        assertThat(badKind.code()).isEqualTo(2);
        assertThat(run("people", "--bogus").code()).isEqualTo(2);

        CliRun.Result noModel = CliRun.run(dir.resolve("nowhere"), "people");
        assertThat(noModel.code()).isEqualTo(2);
        assertThat(noModel.out()).isEmpty();
        assertThat(noModel.err()).contains("no model at");
    }

    @Test
    void shellAndCli_giveTheSameAnswer() {
        java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream e = new java.io.ByteArrayOutputStream();
        Main.Context context = new Main.Context(dir, new java.io.PrintStream(o, true, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintStream(e, true, java.nio.charset.StandardCharsets.UTF_8), java.util.Map.of(), false);
        ModelOptions options = new ModelOptions();
        ShellCommand.Session shell = new ShellCommand.Session(context, options.load(context));
        shell.run("person markovic");
        shell.run("docs --topic trade --format json");
        String shellOut = o.toString(java.nio.charset.StandardCharsets.UTF_8);
        String cliOut = run("show", "person", "markovic").out() + run("docs", "--topic", "trade", "--format", "json").out();
        assertThat(shellOut).isEqualTo(cliOut);
    }
}
