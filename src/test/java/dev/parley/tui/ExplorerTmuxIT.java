package dev.parley.tui;

import dev.parley.index.FixtureCorpus;
import dev.parley.io.ModelJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The packaged jar in a real terminal (tmux): what the virtual terminal cannot show: /dev/tty, stty, the
 * alternate screen, and the terminal given back after q, Ctrl-C and SIGTERM.
 */
class ExplorerTmuxIT {
    @TempDir
    Path dir;

    private TmuxPane pane;
    private Path model;

    @BeforeEach
    void setUp() throws Exception {
        assumeTrue(TmuxPane.installed(), "tmux is not installed");
        Path jar = Path.of(System.getProperty("parley.jar", "target/parley.jar"));
        assumeTrue(Files.exists(jar), "no packaged jar at " + jar);
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

    private String launch(String term) {
        String jar = System.getProperty("parley.jar", "target/parley.jar");
        // the shell stays after the explorer exits, so the test can read the exit code and the tty settings
        return "env TERM=" + term + " sh -c 'java -jar " + jar + " --model " + model
                + " & echo PID=$!; wait $!; echo EXIT=$?; stty -a | tr \"\\n\" \" \"; echo; sleep 600'";
    }

    private void start(String term) throws Exception {
        pane.start(launch(term));
        pane.awaitScreen(s -> s.contains("1 Documents") && s.contains("Documents 5"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xterm-256color", "tmux-256color", "vt100"})
    void browsesAndQuitsWithQ_terminalRestored(String term) throws Exception {
        start(term);
        pane.browseFixtureThenQuit();
        assertRestored("EXIT=0");
    }

    @Test
    void ctrlC_quitsAndRestores() throws Exception {
        start("screen-256color");
        pane.keys("Enter");
        pane.awaitScreen(s -> s.contains("references"));
        pane.keys("C-c");
        assertRestored("EXIT=0");
    }

    @Test
    void sigterm_restoresTheTerminal() throws Exception {
        start("linux");
        TmuxPane.Result pid = TmuxPane.run("pgrep", "-f", "^java -jar .* --model " + model);
        assertThat(pid.exit()).as("the explorer's pid").isZero();
        assertThat(TmuxPane.run("kill", "-TERM", pid.out().strip().lines().findFirst().orElseThrow()).exit()).isZero();
        assertRestored("EXIT=143");
    }

    @Test
    void noTerminal_saysSoInOneLine_exit2() throws Exception {
        assumeTrue(TmuxPane.run("setsid", "--version").exit() == 0, "setsid is not installed");
        String jar = System.getProperty("parley.jar", "target/parley.jar");
        TmuxPane.Result r = TmuxPane.run("setsid", "-w", "java", "-jar", jar, "--model", model.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("no terminal", "ssh -t", "parley --help");
        assertThat(r.out()).isEmpty();
    }

    private void assertRestored(String exit) throws Exception {
        // the shell prints the exit code, then the tty settings: wait for both (stty's line names the line discipline)
        String after = pane.awaitScreen(s -> s.contains("EXIT=") && s.substring(s.indexOf("EXIT=")).contains("icanon"));
        assertThat(after).contains(exit);
        pane.assertGivenBack();
        String stty = after.substring(after.indexOf("EXIT="));
        assertThat(stty).containsPattern("[^-]icanon").containsPattern("[^-]echo ").containsPattern("[^-]isig");
    }
}
