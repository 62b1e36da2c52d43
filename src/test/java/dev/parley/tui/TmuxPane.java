package dev.parley.tui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** One tmux pane on a private server, for end-to-end tests: start a command, type, read the screen. */
final class TmuxPane {
    record Result(int exit, String out, String err) {
    }

    private final String socket = "parley-it-" + UUID.randomUUID().toString().substring(0, 8);
    private final Callable<String> diagnostics;

    /** @param diagnostics what to add to the message when the screen never gets ready (e.g. a server log) */
    TmuxPane(Callable<String> diagnostics) {
        this.diagnostics = diagnostics;
    }

    TmuxPane() {
        this(() -> "");
    }

    static boolean installed() throws Exception {
        return run("tmux", "-V").exit() == 0;
    }

    /** A 100x30 pane running {@code shellCommand}. */
    void start(String shellCommand) throws Exception {
        assertThat(run("tmux", "-L", socket, "new-session", "-d", "-x", "100", "-y", "30", shellCommand).exit()).isZero();
    }

    void kill() throws Exception {
        run("tmux", "-L", socket, "kill-server");
    }

    String tmux(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
        cmd.addAll(List.of(args));
        Result r = run(cmd.toArray(new String[0]));
        assertThat(r.exit()).as("tmux %s: %s", String.join(" ", args), r.err()).isZero();
        return r.out();
    }

    void keys(String... keys) throws Exception {
        for (String k : keys) {
            tmux("send-keys", k);
            Thread.sleep(60);
        }
    }

    /**
     * The walk both terminal tests take over the fixture corpus: first screen, People, filter to one person,
     * open her, then q q to leave.
     */
    void browseFixtureThenQuit() throws Exception {
        awaitScreen(s -> s.contains("1 Documents") && s.contains("Documents 5"));
        assertThat(tmux("display", "-p", "#{alternate_on}").strip()).isEqualTo("1");
        keys("2");
        assertThat(awaitScreen(s -> s.contains("People 5"))).contains("Jelena Marković", "Petar Đurić");
        keys("/", "m", "a", "r", "k", "o", "v", "i", "c", "Enter", "Enter");
        // the list's preview has "Met most" too: wait for the detail page itself, whatever the machine's load
        assertThat(awaitScreen(s -> s.contains("People › Jelena Marković"))).contains("Met most");
        keys("q", "q");
    }

    /** The terminal is back to normal: main screen, cursor shown. */
    void assertGivenBack() throws Exception {
        assertThat(tmux("display", "-p", "#{alternate_on}").strip()).isEqualTo("0");
        assertThat(tmux("display", "-p", "#{cursor_flag}").strip()).as("cursor visible").isEqualTo("1");
    }

    /**
     * Waits until the screen is ready and has stopped changing: a frame can arrive in pieces (over ssh above all),
     * so the line that says it is ready can be on screen before the rest of the frame.
     */
    String awaitScreen(Predicate<String> ready) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String screen = "";
        String before = null;
        while (System.nanoTime() < deadline) {
            screen = tmux("capture-pane", "-p");
            if (ready.test(screen) && screen.equals(before)) {
                return screen;
            }
            before = ready.test(screen) ? screen : null;
            Thread.sleep(100);
        }
        throw new AssertionError("the screen never got ready:\n" + screen + "\n" + diagnostics.call());
    }

    /** Runs a command to its end (at most a minute); exit 127 when it cannot be started. */
    static Result run(String... cmd) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(cmd).start();
        } catch (IOException e) {
            return new Result(127, "", e.getMessage());
        }
        p.getOutputStream().close();
        boolean done = p.waitFor(60, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(done ? p.exitValue() : -1, out, err);
    }
}
