package dev.parley.tui;

import dev.parley.index.FixtureCorpus;
import dev.parley.io.ModelJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The packaged jar on the far side of ssh, against a throwaway sshd on loopback: the remote explorer draws on the
 * pty that `ssh -t` asks for and gives the terminal back; without -t it says in one line that there is no terminal;
 * `y` on a quote reaches the local tmux's clipboard buffer by OSC 52 across the ssh link.
 */
class ExplorerSshIT {
    @TempDir
    Path dir;

    private TmuxPane pane;
    private LoopbackSshd sshd;
    private Path model;

    @BeforeEach
    void setUp() throws Exception {
        LoopbackSshd.assumeInstalled();
        Path jar = Path.of(System.getProperty("parley.jar", "target/parley.jar"));
        assumeTrue(Files.exists(jar), "no packaged jar at " + jar);
        model = dir.resolve("model.json");
        ModelJson.write(FixtureCorpus.corpus(), model);
        sshd = LoopbackSshd.start(dir);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (pane != null) {
            pane.kill();
        }
        if (sshd != null) {
            sshd.stop();
        }
    }

    private void startOverSshT() throws Exception {
        pane = new TmuxPane(() -> "sshd log:\n" + sshd.log());
        // the pane's shell stays after ssh returns, so the test can read the exit code
        String line = String.join(" ", sshd.ssh("-t")) + " '" + LoopbackSshd.remoteParley(model) + "'; echo EXIT=$?; sleep 600";
        pane.start(line);
    }

    @Test
    void overSshT_browsesAndQuits_terminalRestored() throws Exception {
        startOverSshT();
        pane.browseFixtureThenQuit();
        assertThat(pane.awaitScreen(s -> s.contains("EXIT="))).contains("EXIT=0");
        pane.assertGivenBack();
    }

    @Test
    void overSshT_yOnAQuote_reachesTheLocalTmuxClipboardByOsc52() throws Exception {
        startOverSshT();
        // the local terminal (tmux) takes OSC 52 from what runs in it into a buffer
        pane.tmux("set", "-s", "set-clipboard", "on");
        pane.awaitScreen(s -> s.contains("Documents 5"));
        pane.keys("5", "j", "y");
        assertThat(pane.awaitScreen(s -> s.contains("copied"))).contains("copied 33 characters (OSC 52)");
        assertThat(pane.tmux("save-buffer", "-")).isEqualTo("We came to sign, not only to talk");
        pane.keys("Q");
        assertThat(pane.awaitScreen(s -> s.contains("EXIT="))).contains("EXIT=0");
    }

    @Test
    void overSshWithoutT_saysNoTerminalInOneLine_exit2() throws Exception {
        // -T: no pty even if something asked for one; the remote explorer has no controlling terminal
        List<String> cmd = sshd.ssh("-T");
        cmd.add(LoopbackSshd.remoteParley(model));
        TmuxPane.Result r = TmuxPane.run(cmd.toArray(new String[0]));
        assertThat(r.exit()).as("ssh exit, stderr: %s", r.err()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("no terminal", "ssh -t");
        assertThat(r.out()).isEmpty();
    }
}
