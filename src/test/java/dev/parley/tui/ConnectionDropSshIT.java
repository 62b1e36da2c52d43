package dev.parley.tui;

import dev.parley.command.CommandHistory;
import dev.parley.index.FixtureCorpus;
import dev.parley.io.ModelJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The connection drops under an open explorer: over ssh -t to a loopback sshd inside tmux, the window is resized
 * (the new size must travel through ssh), a quote is copied, then the ssh client is killed with SIGKILL. Nothing
 * of Parley may stay running on the server side, and the explorer's state (its command history) must still
 * read, holding either what it held before or the new commands.
 */
class ConnectionDropSshIT {
    @TempDir
    Path dir;

    private TmuxPane pane;
    private LoopbackSshd sshd;
    private Path model;
    private Path state;

    @BeforeEach
    void setUp() throws Exception {
        LoopbackSshd.assumeInstalled();
        Path jar = Path.of(System.getProperty("parley.jar", "target/parley.jar"));
        assumeTrue(Files.exists(jar), "no packaged jar at " + jar);
        model = dir.resolve("model.json");
        ModelJson.write(FixtureCorpus.corpus(), model);
        state = dir.resolve("state");
        Files.createDirectories(state.resolve("parley"));
        Files.writeString(state.resolve("parley/history"), "person before\n", StandardCharsets.UTF_8);
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

    @Test
    void killingTheSshClient_leavesNoParleyRunning_andItsStateReadable() throws Exception {
        pane = new TmuxPane(() -> "sshd log:\n" + sshd.log());
        String remote = "XDG_STATE_HOME=" + state + " " + LoopbackSshd.remoteParley(model);
        pane.start(String.join(" ", sshd.ssh("-t")) + " '" + remote + "'; echo EXIT=$?; sleep 600");
        String first = pane.awaitScreen(s -> s.contains("Documents 5"));
        assertThat(widest(first)).isLessThanOrEqualTo(100);
        assertThat(serverSide()).as("the explorer runs on the server side").hasSize(1);

        // a new size reaches the far side through ssh (SIGWINCH, window-change, the remote pty): a full redraw
        pane.tmux("resize-window", "-x", "150", "-y", "40");
        String wide = pane.awaitScreen(s -> widest(s) > 100 && s.lines().count() >= 40 && s.contains("Documents 5"));
        assertThat(wide.lines().toList().get(0)).endsWith("model.json");
        assertThat(widest(wide)).isBetween(140, 150);
        assertThat(wide.lines().filter(l -> l.contains("Enter open")).findFirst()).as("footer on the last row")
                .isPresent();
        assertThat(wide.lines().toList().get(39)).contains("open");

        pane.keys(":", "p", "e", "r", "s", "o", "n", " ", "j", "e", "l", "Enter");
        pane.awaitScreen(s -> s.contains("Met most"));
        pane.keys("5", "j", "y");
        assertThat(pane.awaitScreen(s -> s.contains("copied"))).contains("copied");

        long client = sshClient();
        assertThat(TmuxPane.run("kill", "-9", String.valueOf(client)).exit()).isZero();

        List<ProcessHandle> left = serverSide();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            left = serverSide();
        }
        assertThat(left).as("Parley processes left on the server side after the client died").isEmpty();

        Path history = state.resolve("parley/history");
        List<String> lines = CommandHistory.load(history).lines();
        assertThat(lines).isIn(List.of("person before"), List.of("person before", "person jel"));
        assertThat(Files.readString(history, StandardCharsets.UTF_8)).isIn("person before\n", "person before\nperson jel\n");
        try (Stream<Path> files = Files.list(state.resolve("parley"))) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .as("no crash log: losing the terminal is a way out, not an error").noneMatch(n -> n.contains("crash"));
        }
    }

    /** The longest line on screen, in characters. */
    private static int widest(String screen) {
        return screen.lines().mapToInt(l -> l.stripTrailing().length()).max().orElse(0);
    }

    /** Java processes running the packaged jar on this test's model: the explorer the sshd session started. */
    private List<ProcessHandle> serverSide() {
        String marker = model.toString();
        List<ProcessHandle> out = new ArrayList<>();
        ProcessHandle.allProcesses().forEach(p -> {
            String cmd = commandLine(p);
            // the java itself, not the shells, sshd session and tmux whose command lines hold the same words
            String program = cmd.split(" ", 2)[0];
            if (program.endsWith("/java") && cmd.contains("parley.jar") && cmd.contains(marker)) {
                out.add(p);
            }
        });
        return out;
    }

    private static String commandLine(ProcessHandle p) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", String.valueOf(p.pid()), "cmdline")),
                    StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException | RuntimeException gone) {
            return "";
        }
    }

    /** The ssh client the pane's shell started (its child named ssh). */
    private long sshClient() throws Exception {
        long shell = Long.parseLong(pane.tmux("display", "-p", "#{pane_pid}").strip());
        return ProcessHandle.of(shell).orElseThrow().children()
                .filter(c -> commandLine(c).startsWith("ssh "))
                .findFirst().orElseThrow(() -> new AssertionError("no ssh client under the pane's shell")).pid();
    }
}
