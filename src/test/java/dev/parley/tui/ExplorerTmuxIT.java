package dev.parley.tui;

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
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The packaged jar in a real terminal (tmux): what the virtual terminal cannot show: /dev/tty, stty, the
 * alternate screen, and the terminal given back after q, Ctrl-C and SIGTERM.
 */
class ExplorerTmuxIT {
    @TempDir
    Path dir;

    private String socket;
    private Path model;

    @BeforeEach
    void setUp() throws Exception {
        assumeTrue(run("tmux", "-V").exit == 0, "tmux is not installed");
        Path jar = Path.of(System.getProperty("parley.jar", "target/parley.jar"));
        assumeTrue(Files.exists(jar), "no packaged jar at " + jar);
        socket = "parley-it-" + UUID.randomUUID().toString().substring(0, 8);
        model = dir.resolve("model.json");
        ModelJson.write(FixtureCorpus.corpus(), model);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (socket != null) {
            run("tmux", "-L", socket, "kill-server");
        }
    }

    private String launch(String term) {
        String jar = System.getProperty("parley.jar", "target/parley.jar");
        // the shell stays after the explorer exits, so the test can read the exit code and the tty settings
        return "env TERM=" + term + " sh -c 'java -jar " + jar + " --model " + model
                + " & echo PID=$!; wait $!; echo EXIT=$?; stty -a | tr \"\\n\" \" \"; echo; sleep 600'";
    }

    private void start(String term) throws Exception {
        assertThat(run("tmux", "-L", socket, "new-session", "-d", "-x", "100", "-y", "30", launch(term)).exit).isZero();
        awaitScreen(s -> s.contains("1 Documents") && s.contains("Documents 5"));
    }

    @Test
    void browsesAndQuitsWithQ_terminalRestored() throws Exception {
        start("xterm-256color");
        assertThat(tmux("display", "-p", "#{alternate_on}").strip()).isEqualTo("1");
        keys("2");
        assertThat(awaitScreen(s -> s.contains("People 5"))).contains("Jelena Marković", "Petar Đurić");
        keys("/", "m", "a", "r", "k", "o", "v", "i", "c", "Enter", "Enter");
        assertThat(awaitScreen(s -> s.contains("Met most"))).contains("People › Jelena Marković");
        keys("q", "q");
        assertRestored("EXIT=0");
    }

    @Test
    void ctrlC_quitsAndRestores() throws Exception {
        start("screen-256color");
        keys("Enter");
        awaitScreen(s -> s.contains("references"));
        keys("C-c");
        assertRestored("EXIT=0");
    }

    @Test
    void sigterm_restoresTheTerminal() throws Exception {
        start("linux");
        Result pid = run("pgrep", "-f", "^java -jar .* --model " + model);
        assertThat(pid.exit).as("the explorer's pid").isZero();
        assertThat(run("kill", "-TERM", pid.out.strip().lines().findFirst().orElseThrow()).exit).isZero();
        assertRestored("EXIT=143");
    }

    @Test
    void noTerminal_saysSoInOneLine_exit2() throws Exception {
        assumeTrue(run("setsid", "--version").exit == 0, "setsid is not installed");
        String jar = System.getProperty("parley.jar", "target/parley.jar");
        Result r = run("setsid", "-w", "java", "-jar", jar, "--model", model.toString());
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err.strip().lines()).hasSize(1);
        assertThat(r.err).contains("no terminal", "ssh -t", "parley --help");
        assertThat(r.out).isEmpty();
    }

    private void assertRestored(String exit) throws Exception {
        // the shell prints the exit code, then the tty settings: wait for both (stty's line names the line discipline)
        String after = awaitScreen(s -> s.contains("EXIT=") && s.substring(s.indexOf("EXIT=")).contains("icanon"));
        assertThat(after).contains(exit);
        assertThat(tmux("display", "-p", "#{alternate_on}").strip()).isEqualTo("0");
        assertThat(tmux("display", "-p", "#{cursor_flag}").strip()).as("cursor visible").isEqualTo("1");
        String stty = after.substring(after.indexOf("EXIT="));
        assertThat(stty).containsPattern("[^-]icanon").containsPattern("[^-]echo ").containsPattern("[^-]isig");
    }

    private void keys(String... keys) throws Exception {
        for (String k : keys) {
            tmux("send-keys", k);
            Thread.sleep(60);
        }
    }

    private String capture() throws Exception {
        return tmux("capture-pane", "-p");
    }

    private String awaitScreen(Predicate<String> ready) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = capture();
            if (ready.test(screen)) {
                return screen;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the screen never got ready:\n" + screen);
    }

    private String tmux(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
        cmd.addAll(List.of(args));
        Result r = run(cmd.toArray(new String[0]));
        assertThat(r.exit).as("tmux %s: %s", String.join(" ", args), r.err).isZero();
        return r.out;
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... cmd) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(cmd).start();
        } catch (IOException e) {
            return new Result(127, "", e.getMessage());
        }
        p.getOutputStream().close();
        boolean done = p.waitFor(60, TimeUnit.SECONDS);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(done ? p.exitValue() : -1, out, err);
    }
}
