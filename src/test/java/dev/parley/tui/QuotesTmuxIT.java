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
 * Quotes out of the packaged jar in a real terminal (tmux): `y` puts a quote in tmux's clipboard buffer by OSC 52
 * and by `tmux load-buffer`; `parley pick` with stdout redirected writes exactly the picked quotes to the file.
 */
class QuotesTmuxIT {
    private static final String CAME = "We came to sign, not only to talk";
    private static final String TRADE = "Our trade has doubled in two years and we want to double it again";

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

    /** The explorer in the pane; the shell stays after it exits, so the test can read the exit code. */
    private void explorer(String env) throws Exception {
        pane.start("env TERM=tmux-256color " + env + " java -jar " + jar + " --model " + model + "; echo EXIT=$?; sleep 600");
        pane.awaitScreen(s -> s.contains("Documents 5"));
    }

    private String copyTheSecondQuote() throws Exception {
        pane.keys("5", "j", "y");
        return pane.awaitScreen(s -> s.contains("copied") || s.contains("not copied"));
    }

    @Test
    void setClipboardOn_yByOsc52_putsExactlyTheQuoteInTheBuffer() throws Exception {
        explorer("PARLEY_CLIPBOARD=osc52");
        pane.tmux("set", "-s", "set-clipboard", "on");
        assertThat(copyTheSecondQuote()).contains("copied 33 characters (OSC 52)");
        assertThat(pane.tmux("save-buffer", "-")).isEqualTo(CAME);
        pane.keys("Q");
        assertThat(pane.awaitScreen(s -> s.contains("EXIT="))).contains("EXIT=0");
    }

    @Test
    void defaultSetClipboard_yByTmuxLoadBuffer_putsExactlyTheQuoteInTheBuffer() throws Exception {
        explorer("");
        assertThat(pane.tmux("show", "-sv", "set-clipboard").strip()).isEqualTo("external");
        assertThat(copyTheSecondQuote()).contains("copied 33 characters (tmux)");
        assertThat(pane.tmux("save-buffer", "-")).isEqualTo(CAME);
    }

    @Test
    void capitalY_copiesTheCitation() throws Exception {
        explorer("");
        pane.keys("5", "j", "Y");
        pane.awaitScreen(s -> s.contains("copied"));
        assertThat(pane.tmux("save-buffer", "-")).isEqualTo(
                "“" + CAME + "” — Tomás Herrera, Minister of Foreign Affairs of Chile; Ministry of Foreign Affairs, Belgrade, 14 March 2016");
    }

    @Test
    void p_printsQueuedQuotesOnStdoutAfterTheTerminalIsBack() throws Exception {
        Path out = dir.resolve("queued.txt");
        pane.start("java -jar " + jar + " --model " + model + " > " + out + "; echo EXIT=$?; sleep 600");
        pane.awaitScreen(s -> s.contains("Documents 5"));
        pane.keys("5", "p", "j", "p");
        pane.awaitScreen(s -> s.contains("2 items to print"));
        pane.keys("Q");
        assertThat(pane.awaitScreen(s -> s.contains("EXIT="))).contains("EXIT=0");
        assertThat(Files.readString(out)).isEqualTo(TRADE + "\n" + CAME + "\n");
    }

    /** `parley pick quotes > FILE` in the pane; returns the exit code line and the file's bytes. */
    private String[] pick(String args, String... keys) throws Exception {
        Path out = dir.resolve("picked.txt");
        Files.deleteIfExists(out);
        pane.start("java -jar " + jar + " pick quotes --model " + model + " " + args + " > " + out
                + "; echo EXIT=$?; sleep 600");
        pane.awaitScreen(s -> s.contains("Enter print"));
        pane.keys(keys);
        String screen = pane.awaitScreen(s -> s.contains("EXIT="));
        String exit = screen.substring(screen.indexOf("EXIT=")).lines().findFirst().orElseThrow();
        byte[] bytes = Files.readAllBytes(out);
        for (byte b : bytes) {
            assertThat(b).as("a control byte on stdout").isNotEqualTo((byte) 0x1b);
        }
        return new String[] {exit, new String(bytes, StandardCharsets.UTF_8)};
    }

    @Test
    void pick_enter_fileHoldsExactlyThePickedQuote_exit0() throws Exception {
        String[] r = pick("", "j", "Enter");
        assertThat(r[0]).isEqualTo("EXIT=0");
        assertThat(r[1]).isEqualTo(CAME + "\n");
        pane.assertGivenBack();
    }

    @Test
    void pick_spaceMarksSeveral_fileHoldsThemOnePerLine() throws Exception {
        String[] r = pick("", "Space", "Space", "Enter");
        assertThat(r[0]).isEqualTo("EXIT=0");
        assertThat(r[1]).isEqualTo(TRADE + "\n" + CAME + "\n");
    }

    @Test
    void pick_json_isOneArray() throws Exception {
        String[] r = pick("--format json --person herrera", "Space", "Space", "Enter");
        assertThat(r[0]).isEqualTo("EXIT=0");
        assertThat(com.google.gson.JsonParser.parseString(r[1]).getAsJsonArray()).hasSize(2);
    }

    @Test
    void pick_qOrEsc_exit1_fileEmpty() throws Exception {
        String[] q = pick("", "j", "q");
        assertThat(q[0]).isEqualTo("EXIT=1");
        assertThat(q[1]).isEmpty();
        pane.kill();
        pane = new TmuxPane();
        String[] esc = pick("", "Escape");
        assertThat(esc[0]).isEqualTo("EXIT=1");
        assertThat(esc[1]).isEmpty();
    }

    @Test
    void pick_ctrlC_exit130_fileEmpty() throws Exception {
        String[] r = pick("", "Space", "C-c");
        assertThat(r[0]).isEqualTo("EXIT=130");
        assertThat(r[1]).isEmpty();
        pane.assertGivenBack();
    }

    @Test
    void pick_nothingToPick_exit1_oneLineOnStderr_noTerminalUsed() throws Exception {
        TmuxPane.Result r = TmuxPane.run("java", "-jar", jar, "pick", "quotes", "--model", model.toString(), "--person", "nobody");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).isEqualTo("parley pick: no person matches “nobody”");
    }
}
