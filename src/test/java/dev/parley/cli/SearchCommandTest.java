package dev.parley.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.parley.index.FixtureCorpus;
import dev.parley.io.ModelJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SearchCommandTest {
    @TempDir
    Path dir;

    private String out;
    private String err;

    @BeforeEach
    void model() throws Exception {
        ModelJson.write(FixtureCorpus.corpus(), dir.resolve("data/model.json"));
    }

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        Map<String, String> env = Map.of("PARLEY_STDERR_TTY", "0", "XDG_CACHE_HOME", dir.resolve("cache").toString());
        int code = Main.run(args, dir, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), env);
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void searchPrintsRankedHitsWithMarkedWords() {
        assertThat(run("search", "energy", "security")).isZero();
        assertThat(err).startsWith("parley: built the search index in ");
        assertThat(out).startsWith("1. ");
        assertThat(out).contains("[energy] [security]").contains(FixtureCorpus.D3 + " ¶1");
        assertThat(out).contains("quote by Kowalska");

        // the second run finds the index built by the first
        assertThat(run("search", "energy security")).isZero();
        assertThat(err).isEmpty();
    }

    @Test
    void nothingFoundExitsWithOne() {
        assertThat(run("search", "zanzibar")).isEqualTo(1);
        assertThat(out).isEmpty();
    }

    @Test
    void aBadQueryIsAUsageErrorOnOneLine() {
        assertThat(run("search", "author:lavrov")).isEqualTo(2);
        assertThat(out).isEmpty();
        assertThat(err).endsWith("\n").contains("parley search: unknown field 'author:'");
        assertThat(err.lines().filter(l -> !l.startsWith("parley: built"))).hasSize(1);
    }

    @Test
    void aMissingModelIsAUsageError() {
        assertThat(run("search", "-m", "nowhere.json", "energy")).isEqualTo(2);
        assertThat(err.strip()).contains("no model at").doesNotContain("\n");
    }

    @Test
    void jsonHasOffsetsIntoTheParagraph() {
        assertThat(run("search", "--format", "json", "doubled")).isZero();
        JsonObject root = JsonParser.parseString(out).getAsJsonObject();
        assertThat(root.get("query").getAsString()).isEqualTo("doubled");
        JsonArray hits = root.getAsJsonArray("hits");
        assertThat(hits).isNotEmpty();
        for (var e : hits) {
            JsonObject h = e.getAsJsonObject();
            String doc = h.get("doc").getAsString();
            int p = h.get("paragraph").getAsInt();
            String text = FixtureCorpus.corpus().documents().stream().filter(d -> d.id().equals(doc)).findFirst()
                    .orElseThrow().paragraphs().get(p).text();
            assertThat(text.substring(h.get("start").getAsInt(), h.get("end").getAsInt())).isEqualTo("doubled");
            JsonObject s = h.getAsJsonObject("snippet");
            JsonArray first = s.getAsJsonArray("hits").get(0).getAsJsonArray();
            assertThat(s.get("text").getAsString().substring(first.get(0).getAsInt(), first.get(1).getAsInt()))
                    .isEqualTo("doubled");
        }
        assertThat(hits.get(0).getAsJsonObject().get("kind").getAsString()).isIn("doc", "quote");
    }

    @Test
    void tsvHasAHeaderAndOneRowPerHitWithoutControlCharacters() {
        assertThat(run("search", "--format", "tsv", "statement")).isZero();
        List<String> lines = out.lines().toList();
        assertThat(lines.get(0)).startsWith("rank\tkind\tdoc\t");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1).split("\t", -1)).hasSize(13);
        assertThat(out).doesNotContain("\u001b").doesNotContain("\u202E");
    }

    @Test
    void markdownIsATable() {
        assertThat(run("search", "--format", "md", "--limit", "1", "trade")).isZero();
        assertThat(out.lines().toList()).hasSize(3);
        assertThat(out).startsWith("| # | kind |").contains("**trade**");
    }

    @Test
    void limitBoundsTheListAndSaysThereIsMore() {
        assertThat(run("search", "-n", "1", "markovic")).isZero();
        assertThat(out).contains("(1 of ").contains("--limit shows more");
        assertThat(run("search", "-n", "0", "markovic")).isEqualTo(2);
    }

    @Test
    void kwicAlignsTheKeyword() {
        assertThat(run("kwic", "--width", "20", "energy")).isZero();
        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(3);
        for (String l : lines) {
            assertThat(l.substring(22, 28)).isEqualToIgnoringCase("energy");
        }
        assertThat(lines.get(0)).endsWith(FixtureCorpus.D1 + " ¶1");
    }

    @Test
    void kwicSortsByTheWordsAround() {
        assertThat(run("kwic", "--sort", "R1", "--format", "tsv", "energy")).isZero();
        // R1 is the first word of the right context ("" when the paragraph ends)
        List<String> r1 = out.lines().skip(1).map(l -> l.split("\t", -1)[6].replaceAll("^[^\\p{L}]*", "")
                .split("[^\\p{L}]+")[0].toLowerCase(java.util.Locale.ROOT)).toList();
        assertThat(r1).containsExactly("", "security", "security");
        assertThat(run("kwic", "--sort", "X9", "energy")).isEqualTo(2);
        assertThat(err.strip()).contains("--sort").doesNotContain("\n");
    }

    @Test
    void kwicCollocates() {
        assertThat(run("kwic", "--collocates", "--min", "2", "--format", "json", "marković")).isZero();
        JsonObject root = JsonParser.parseString(out).getAsJsonObject();
        assertThat(root.get("keyword").getAsString()).isEqualTo("markovic");
        assertThat(root.getAsJsonArray("collocates")).isNotEmpty();
        assertThat(root.getAsJsonArray("collocates").get(0).getAsJsonObject().get("together").getAsInt())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void kwicOfAbsentWordExitsWithOne() {
        assertThat(run("kwic", "zanzibar")).isEqualTo(1);
        assertThat(run("kwic", "—")).isEqualTo(2);
    }

    @Test
    void buildAlsoBuildsTheIndex() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("in"));
        Files.writeString(seeds.resolve("a.txt"), "Talks in Oslo\n\nThe ministers met in Oslo on 3 March 2016 and spoke about fisheries.\n");
        assertThat(run("build", "in", "-o", "m.json")).isZero();
        assertThat(dir.resolve("m.index")).isDirectory();
        assertThat(run("search", "-m", "m.json", "fisheries")).isZero();
        assertThat(err).isEmpty(); // nothing to build: parley build did it
    }

    @Test
    void theShellSearchPrintsWhatParleySearchPrints() {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        Main.Context context = new Main.Context(dir, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString()), false);
        ModelOptions options = new ModelOptions();
        ShellCommand.Session shell = new ShellCommand.Session(context, options.load(context),
                dir.resolve("data/model.json"));
        shell.run("search energy security");
        shell.run("search author:x");
        shell.run("search zanzibar");
        String shellOut = o.toString(StandardCharsets.UTF_8);
        assertThat(run("search", "-n", "10", "energy", "security")).isZero();
        assertThat(shellOut).isEqualTo(out);
        assertThat(e.toString(StandardCharsets.UTF_8)).contains("unknown field 'author:'").contains("nothing found for zanzibar");
    }
}
