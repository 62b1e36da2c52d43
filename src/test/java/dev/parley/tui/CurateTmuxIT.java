package dev.parley.tui;

import dev.parley.index.FixtureCorpus;
import dev.parley.io.ModelJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The correction keys in the packaged jar on a real terminal (tmux): m with completion, x, u; the file beside
 * the model records them, and the query commands and a new explorer see the corrected model.
 */
class CurateTmuxIT {
    @TempDir
    Path dir;

    private TmuxPane pane;
    private Path model;
    private String jar;

    @BeforeEach
    void setUp() throws Exception {
        assumeTrue(TmuxPane.installed(), "tmux is not installed");
        jar = System.getProperty("parley.jar", "target/parley.jar");
        assumeTrue(Files.exists(Path.of(jar)), "no packaged jar at " + jar);
        pane = new TmuxPane();
        model = dir.resolve("model.json");
        ModelJson.write(FixtureCorpus.corpus(), model);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (pane != null) {
            pane.kill();
        }
    }

    private void explorer() throws Exception {
        pane.start("env TERM=tmux-256color XDG_CACHE_HOME=" + dir.resolve(".cache") + " java -jar " + jar
                + " --model " + model + "; echo EXIT=$?; sleep 600");
        pane.awaitScreen(s -> s.contains("Documents 5"));
    }

    @Test
    void mergeWithCompletion_hide_andUndo_showAtOnce_andStayForTheNextOpening() throws Exception {
        explorer();
        pane.keys("2", "/", "h", "e", "r", "r", "Enter", "m");
        assertThat(pane.awaitScreen(s -> s.contains("merge into Tomás Herrera:"))).contains("Tab completes");
        pane.keys("k", "o", "w", "Tab");
        pane.awaitScreen(s -> s.contains("person Anna Kowalska"));
        pane.keys("Enter");
        assertThat(pane.awaitScreen(s -> s.contains("u undoes")))
                .contains("Merge “Anna Kowalska” into “Tomás Herrera”");
        pane.keys("Escape");
        assertThat(pane.awaitScreen(s -> s.contains("People 4"))).doesNotContain("Anna Kowalska  Minister");

        pane.keys("/", "d", "j", "u", "r", "Enter", "x");
        assertThat(pane.awaitScreen(s -> s.contains("Hide person “Petar Đurić”"))).contains("u undoes");
        pane.keys("Escape");
        pane.awaitScreen(s -> s.contains("People 3"));
        pane.keys("u");
        assertThat(pane.awaitScreen(s -> s.contains("Undone: hide person"))).contains("People 4");
        pane.keys("?");
        pane.awaitScreen(s -> s.contains("Keys"));
        String help = "";
        for (int i = 0; i < 4 && !help.contains("undo the last correction"); i++) {
            pane.keys("NPage");
            help = pane.awaitScreen(s -> s.contains("Keys") || s.contains("│"));
        }
        assertThat(help).contains("undo the last correction");
        assertThat(help).contains("hide a person or place");
        pane.keys("Escape", "Q");
        assertThat(pane.awaitScreen(s -> s.contains("EXIT="))).contains("EXIT=0");

        String corrections = Files.readString(dir.resolve("model.corrections.tsv"), StandardCharsets.UTF_8);
        assertThat(corrections.lines().filter(l -> !l.startsWith("#"))).singleElement().asString()
                .contains("\tmerge\tTomás Herrera\tAnna Kowalska\t");
        TmuxPane.Result people = TmuxPane.run("java", "-jar", jar, "people", "--model", model.toString());
        assertThat(people.out()).contains("Tomás Herrera").doesNotContain("Anna Kowalska");

        // a new explorer opens the corrected model (through the snapshot written the first time)
        pane.kill();
        pane = new TmuxPane();
        explorer();
        pane.keys("2");
        assertThat(pane.awaitScreen(s -> s.contains("People 4"))).contains("Tomás Herrera");
        pane.keys("Q");
    }
}
