package dev.parley.tui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The packaged jar in tmux while `parley build` rebuilds its model: the explorer goes on showing what it opened,
 * the status line says a newer model is on disk, and R shows the new one in the same pane.
 */
class ReloadTmuxIT {
    @TempDir
    Path dir;

    private TmuxPane pane;
    private String jar;

    @BeforeEach
    void setUp() throws Exception {
        assumeTrue(TmuxPane.installed(), "tmux is not installed");
        jar = Path.of(System.getProperty("parley.jar", "target/parley.jar")).toAbsolutePath().toString();
        assumeTrue(Files.exists(Path.of(jar)), "no packaged jar at " + jar);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (pane != null) {
            pane.kill();
        }
    }

    private void build(Path in, Path model, String... more) throws Exception {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("env",
                "XDG_CACHE_HOME=" + dir.resolve(".cache"), "java", "-jar", jar, "build", in.toString(), "-o",
                model.toString()));
        args.addAll(java.util.List.of(more));
        TmuxPane.Result r = TmuxPane.run(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
    }

    /** The explorer on {@code model} in a new pane, its first screen drawn; the pane says EXIT= when it ends. */
    private void open(Path model) throws Exception {
        pane = new TmuxPane();
        pane.start("env TERM=tmux-256color XDG_CACHE_HOME=" + dir.resolve(".cache") + " java -jar " + jar
                + " --model " + model + "; echo EXIT=$?; sleep 600");
        pane.awaitScreen(s -> s.contains("Documents 1"));
    }

    /**
     * A model in parts: the explorer opens its manifest as a model, and a rebuild (which rewrites the manifest and
     * only the parts that changed) is announced and reloaded as a one-file rebuild is.
     */
    @Test
    void aModelInParts_opensAndReloadsLikeOneFile() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("2024-05-02-talks.txt"), "Envoys meet in Tallow\n\n"
                + "TALLOW, May 2 - Foreign Minister Ines Varga met Foreign Minister Oskar Brandt in Tallow"
                + " on Thursday.\n\n\"We will meet again,\" Varga told reporters.\n");
        Path model = dir.resolve("news.json");
        build(in, model, "--parts", "1");
        assertThat(dir.resolve("news.json.parts")).isDirectory();
        open(model);
        pane.keys("2");
        assertThat(pane.awaitScreen(s -> s.contains("People 2"))).contains("Ines Varga");

        Files.writeString(in.resolve("2024-05-03-visit.txt"), "Visit to Quellin\n\n"
                + "QUELLIN, May 3 - Foreign Minister Ines Varga met Prime Minister Tomas Reuter in Quellin"
                + " on Friday.\n");
        build(in, model); // stays in parts
        pane.awaitScreen(s -> s.contains("model changed on disk"));
        pane.keys("R");
        assertThat(pane.awaitScreen(s -> s.contains("Reloaded"))).contains("Reloaded: 2 documents", "Tomas Reuter");
        pane.keys("Q");
        assertThat(pane.awaitScreen(s -> s.contains("EXIT="))).contains("EXIT=0");
    }

    @Test
    void aRebuildWhileOpen_isAnnounced_andRShowsTheNewModelInTheSamePane() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("2024-03-21-talks.txt"), "Ministers hold talks in Warsaw\n\n"
                + "WARSAW, March 21 - Foreign Minister Marta Kowalczyk met Foreign Minister Arvid Lindqvist in Warsaw"
                + " on Thursday.\n\n\"We agreed to meet again,\" Kowalczyk told reporters.\n");
        Path model = dir.resolve("model.json");
        build(in, model);
        open(model);
        pane.keys("2");
        String before = pane.awaitScreen(s -> s.contains("People 2"));
        assertThat(before).contains("Marta Kowalczyk").doesNotContain("Tomasz Nowicki");

        Files.writeString(in.resolve("2024-03-22-visit.txt"), "Visit to Vilnius\n\n"
                + "VILNIUS, March 22 - Foreign Minister Marta Kowalczyk met Prime Minister Tomasz Nowicki in Vilnius"
                + " on Friday.\n\n\"Our neighbours are our friends,\" Nowicki said.\n");
        build(in, model);

        String announced = pane.awaitScreen(s -> s.contains("model changed on disk"));
        assertThat(announced).contains("model changed on disk — press R to reload")
                .contains("People 2").doesNotContain("Tomasz Nowicki"); // still what it opened
        pane.keys("j"); // keys go on working on the old model, and the notice stays
        assertThat(pane.awaitScreen(s -> s.contains("People 2"))).contains("press R to reload");

        pane.keys("R");
        String reloaded = pane.awaitScreen(s -> s.contains("Reloaded"));
        assertThat(reloaded).contains("Reloaded: 2 documents", "People 3", "Tomasz Nowicki")
                .doesNotContain("press R to reload");
        pane.keys("1");
        assertThat(pane.awaitScreen(s -> s.contains("Documents 2"))).contains("Visit to Vilnius");
        pane.keys("Q");
        assertThat(pane.awaitScreen(s -> s.contains("EXIT="))).contains("EXIT=0");
    }
}
