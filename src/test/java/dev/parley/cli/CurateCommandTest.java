package dev.parley.cli;

import dev.parley.curate.Correction;
import dev.parley.curate.CorrectionsFile;
import dev.parley.index.FixtureCorpus;
import dev.parley.io.ModelJson;
import dev.parley.model.Corpus;
import dev.parley.model.Entity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** `parley curate` in-process over a small invented model, and corrections surviving `parley build`. */
class CurateCommandTest {
    @TempDir
    Path dir;

    private Path model;

    @BeforeEach
    void setUp() throws Exception {
        Corpus c = FixtureCorpus.corpus();
        Entity ministry = new Entity("ministry-of-foreign-affairs", "Ministry of Foreign Affairs", "organisation",
                List.of("MFA"), List.of());
        model = dir.resolve("model.json");
        ModelJson.write(new Corpus(c.schemaVersion(), c.generator(), c.documents(), c.people(), List.of(ministry),
                c.places(), c.topics(), c.meetings(), c.quotes(), c.skipped()), model);
    }

    private CliRun.Result run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(args, dir, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8),
                Map.of("PARLEY_STDERR_TTY", "0", "XDG_CACHE_HOME", dir.resolve(".cache").toString()));
        return new CliRun.Result(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    private CliRun.Result curate(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "curate";
        all[1] = "--model";
        all[2] = "model.json";
        System.arraycopy(args, 0, all, 3, args.length);
        return run(all);
    }

    @Test
    void merge_byAnyNameForm_theQueriesSeeOnePerson() throws Exception {
        CliRun.Result r = curate("merge", "markovic", "Herrera", "--note", "same minister, test");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("merge “Tomás Herrera” into “Jelena Marković”");
        CliRun.Result people = run("people", "--model", "model.json");
        assertThat(people.out()).contains("Jelena Marković").doesNotContain("Tomás Herrera");
        CliRun.Result quotes = run("quotes", "--model", "model.json", "--person", "herrera");
        assertThat(quotes.code()).isZero();
        assertThat(quotes.out()).contains("We came to sign").contains("Jelena Marković");
        List<Correction> kept = CorrectionsFile.of(model).read();
        assertThat(kept).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo("merge");
            assertThat(c.subject()).isEqualTo("Jelena Marković");
            assertThat(c.value()).isEqualTo("Tomás Herrera");
            assertThat(c.note()).isEqualTo("same minister, test");
        });
        // the search index is stamped with the corrections: the old one is not served
        CliRun.Result search = run("search", "--model", "model.json", "person:herrera trade");
        assertThat(search.code()).as(search.err()).isZero();
        assertThat(search.out()).contains("Marković");
    }

    @Test
    void nothingMatched_isExit1WithDidYouMean_andUsageIsExit2() {
        CliRun.Result r = curate("merge", "Markovicc", "Herrera");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("did you mean").contains("Marković");
        assertThat(curate("merge", "Markovic").code()).isEqualTo(2);
        assertThat(curate().code()).isEqualTo(2);
        assertThat(curate("hide", "Kowalska", "--kind", "thing").code()).isEqualTo(2);
        assertThat(run("curate", "--model", "missing.json", "list").code()).isEqualTo(2);
        assertThat(curate("merge", "Markovic", "Jelena Markovic").code()).isEqualTo(1);
        assertThat(CorrectionsFile.of(model).path()).doesNotExist();
    }

    @Test
    void rename_role_hide_andSpeaker_areSeenByTheQueryCommands() {
        assertThat(curate("rename", "kowalska", "Anna Kowalska-Nowak").code()).isZero();
        assertThat(curate("role", "Đurić", "Minister of Defence, Serbia").code()).isZero();
        assertThat(curate("hide", "Li Wei").code()).isZero();
        assertThat(curate("speaker", "q-" + FixtureCorpus.D1 + "-1", "Kowalska-Nowak").code()).isZero();
        CliRun.Result org = curate("speaker", "came to sign", "Ministry of Foreign Affairs");
        assertThat(org.code()).as(org.err()).isZero();
        assertThat(curate("speaker", "q-" + FixtureCorpus.D2 + "-1", "none").code()).isZero();
        assertThat(curate("hide", "mfa").out()).contains("hide organisation “Ministry of Foreign Affairs”");
        String people = run("people", "--model", "model.json").out();
        assertThat(people).contains("Anna Kowalska-Nowak", "Minister of Defence, Serbia").doesNotContain("李伟");
        String quotes = run("quotes", "--model", "model.json", "--format", "tsv").out();
        assertThat(quotes).contains("Anna Kowalska-Nowak\t" + FixtureCorpus.D1);
        assertThat(run("quotes", "--model", "model.json", "--person", "herrera").out())
                .doesNotContain("We came to sign").doesNotContain("The invitation stands");
        assertThat(run("show", "--model", "model.json", "person", "li wei").code()).isEqualTo(1);
        CliRun.Result list = curate("list");
        assertThat(list.out().lines()).hasSize(7);
        assertThat(list.out()).doesNotContain("NO LONGER APPLIES");
    }

    @Test
    void undo_takesBackTheNewest_andAStaleEntryIsListedNotDropped() throws Exception {
        assertThat(curate("hide", "Kowalska").code()).isZero();
        assertThat(run("people", "--model", "model.json").out()).doesNotContain("Kowalska");
        CliRun.Result undone = curate("undo");
        assertThat(undone.code()).isZero();
        assertThat(undone.out()).contains("undone: hide person “Anna Kowalska”");
        assertThat(run("people", "--model", "model.json").out()).contains("Kowalska");
        assertThat(curate("undo").code()).isEqualTo(1);

        CorrectionsFile.of(model).add(new Correction(Instant.parse("2026-01-01T00:00:00Z"), "merge",
                "Someone Gone", "Tomás Herrera", "from an older build"));
        CliRun.Result list = curate("list");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("2026-01-01T00:00:00Z", "merge “Tomás Herrera” into “Someone Gone”",
                "from an older build", "NO LONGER APPLIES: no person “Someone Gone” in the model");
        assertThat(list.err()).contains("1 of 1 corrections no longer apply");
    }

    @Test
    void aSecondWriter_saysWhyItCannot() throws Exception {
        Path lock = dir.resolve("model.corrections.tsv.lock");
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = ch.lock()) {
            CliRun.Result r = curate("hide", "Kowalska");
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).contains("another parley is changing model.corrections.tsv");
        }
        assertThat(curate("hide", "Kowalska").code()).isZero();
    }

    @Test
    void correctionsSurviveBuild_withAndWithoutTheCache_andVanishedOnesAreReported() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("a1.txt"), "Minister of Foreign Affairs of Norway Ingrid Halvorsen met in"
                + " Oslo the Minister of Foreign Affairs of Peru Mateo Quispe.\n\n\"We agreed to open a new consulate"
                + " next year,\" Halvorsen said after the talks.\n\nQuispe said that Peru values the partnership."
                + " \"Norway is a trusted friend,\" Quispe said.\n");
        Files.writeString(articles.resolve("a2.txt"), "Norwegian Foreign Minister Ingrid Halvorsen visited Lima on"
                + " Tuesday.\n\n\"Our trade keeps growing,\" Halvorsen told reporters in Lima.\n");
        assertThat(run("build", "articles", "-o", "built.json").code()).isZero();
        String[] m = {"--model", "built.json"};
        assertThat(run("curate", m[0], m[1], "rename", "Quispe", "Mateo Quispe Huamán").code()).isZero();
        assertThat(run("curate", m[0], m[1], "speaker", "consulate", "none").code()).isZero();
        for (String[] build : List.of(new String[] {"build", "articles", "-o", "built.json"},
                new String[] {"build", "articles", "-o", "built.json", "--no-cache"})) {
            CliRun.Result b = run(build);
            assertThat(b.code()).as(b.err()).isZero();
            assertThat(b.err()).contains("2 corrections applied").doesNotContain("no longer");
            assertThat(run("people", m[0], m[1]).out()).contains("Mateo Quispe Huamán");
            assertThat(run("quotes", m[0], m[1], "--person", "halvorsen").out()).doesNotContain("consulate");
        }
        Files.delete(articles.resolve("a1.txt"));
        CliRun.Result b = run("build", "articles", "-o", "built.json");
        assertThat(b.code()).as(b.err()).isZero();
        assertThat(b.err()).contains("0 corrections applied (2 no longer apply)")
                .contains("correction no longer applies: rename “Mateo Quispe” to “Mateo Quispe Huamán”");
        assertThat(run("curate", m[0], m[1], "list").out()).contains("NO LONGER APPLIES");
        assertThat(CorrectionsFile.of(dir.resolve("built.json")).read()).hasSize(2);
    }
}
