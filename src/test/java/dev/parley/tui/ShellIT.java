package dev.parley.tui;

import dev.parley.testing.Seeds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code parley shell} from the packaged jar on the seed model: through a pipe, and typed in tmux with completion, and under TERM=dumb. */
class ShellIT {
    @TempDir
    Path state;

    private TmuxPane pane;

    private final Path jar = Path.of(System.getProperty("parley.jar", "target/parley.jar"));
    private final Path model = Seeds.root().resolve("data/model.json");

    @AfterEach
    void tearDown() throws Exception {
        if (pane != null) {
            pane.kill();
        }
    }

    @Test
    void throughAPipe_printsOnlyAnswers_andEndsAtEndOfInput() throws Exception {
        assumeTrue(Files.exists(jar), "no packaged jar at " + jar);
        ProcessBuilder pb = new ProcessBuilder("java", "-jar", jar.toString(), "shell", "--model", model.toString());
        pb.environment().put("TERM", "dumb");
        pb.environment().put("XDG_STATE_HOME", state.toString());
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write("person lavrov\nperson lavorv\nquotes --person dacic --format tsv --limit 1\nback\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).isZero();
        assertThat(out).startsWith("person Sergey Lavrov (sergey-lavrov)\n")
                .contains("id\tspeaker\tdocument\ttext\nq-002_c9be8e4e78eecbf3-1\tIvica Dačić")
                .doesNotContain("parley>").doesNotContain("\u001b");
        assertThat(err).contains("no person 'lavorv' — did you mean Sergey Lavrov?", "nothing to go back to");
    }

    @Test
    void inTmux_tabCompletes_enterShows_ctrlDLeaves_historyKept() throws Exception {
        assumeTrue(TmuxPane.installed(), "tmux is not installed");
        assumeTrue(Files.exists(jar), "no packaged jar at " + jar);
        pane = new TmuxPane();
        pane.start("env TERM=xterm-256color XDG_STATE_HOME=" + state + " sh -c 'java -jar " + jar + " shell --model "
                + model + "; echo EXIT=$?; sleep 600'");
        pane.awaitScreen(s -> s.contains("parley>"));
        pane.keys("person chep", "Tab");
        pane.awaitScreen(s -> s.contains("parley> person Alexander Chepurin"));
        pane.keys("Enter");
        assertThat(pane.awaitScreen(s -> s.contains("person Alexander Chepurin (alexander-chepurin)") && s.trim().endsWith("parley>")))
                .contains("Ambassador, Russia");
        pane.keys("C-d");
        pane.awaitScreen(s -> s.contains("EXIT=0"));
        assertThat(Files.readString(state.resolve("parley/history"), StandardCharsets.UTF_8)).contains("person Alexander Chepurin");
    }

    @Test
    void inTmux_withTermDumb_stillReadsLines() throws Exception {
        assumeTrue(TmuxPane.installed(), "tmux is not installed");
        assumeTrue(Files.exists(jar), "no packaged jar at " + jar);
        pane = new TmuxPane();
        pane.start("env TERM=dumb XDG_STATE_HOME=" + state + " sh -c 'java -jar " + jar + " shell --model "
                + model + "; echo EXIT=$?; sleep 600'");
        pane.awaitScreen(s -> s.contains("parley>"));
        pane.keys("topic kosovo", "Enter");
        pane.awaitScreen(s -> s.contains("topic Kosovo (kosovo)"));
        pane.keys("C-d");
        pane.awaitScreen(s -> s.contains("EXIT=0"));
    }
}
