package dev.parley.tui;

import dev.parley.testing.Seeds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The packaged jar in tmux on the seed model: ':person lav', Tab, Enter opens the person; the command is kept. */
class CommandBarTmuxIT {
    @TempDir
    Path state;

    private TmuxPane pane;

    @AfterEach
    void tearDown() throws Exception {
        if (pane != null) {
            pane.kill();
        }
    }

    @Test
    void personLavTabEnter_opensThePerson_andTheHistoryIsKept() throws Exception {
        assumeTrue(TmuxPane.installed(), "tmux is not installed");
        Path jar = Path.of(System.getProperty("parley.jar", "target/parley.jar"));
        assumeTrue(Files.exists(jar), "no packaged jar at " + jar);
        Path model = Seeds.root().resolve("data/model.json");
        pane = new TmuxPane();
        pane.start("env TERM=xterm-256color XDG_STATE_HOME=" + state + " sh -c 'java -jar " + jar + " --model " + model
                + "; echo EXIT=$?; sleep 600'");
        pane.awaitScreen(s -> s.contains("1 Documents") && s.contains("Documents 5"));
        // several people: Tab opens the list, with groups and descriptions; Ctrl-G closes it, then the bar
        pane.keys(":", "person d", "Tab");
        assertThat(pane.awaitScreen(s -> s.contains("People · 1/"))).contains("Ivica Dačić", "Dmitry Medvedev");
        pane.keys("C-g", "C-g"); // Ctrl-G cancels like Esc, without the escape-sequence timing
        pane.awaitScreen(s -> !s.contains("People · 1/") && !s.contains(":person"));
        // one person: Tab completes the whole name in place, Enter opens them
        pane.keys(":", "person lav", "Tab");
        pane.awaitScreen(s -> s.contains(":person Sergey Lavrov"));
        pane.keys("Enter");
        String person = pane.awaitScreen(s -> s.contains("Documents › Sergey Lavrov"));
        assertThat(person).contains("Roles");
        pane.keys("h");
        pane.awaitScreen(s -> s.contains("Documents 5") && !s.contains("› Sergey Lavrov"));
        pane.keys("q");
        pane.awaitScreen(s -> s.contains("EXIT=0"));
        assertThat(Files.readAllLines(state.resolve("parley/history"), StandardCharsets.UTF_8))
                .containsExactly("person Sergey Lavrov");
    }
}
