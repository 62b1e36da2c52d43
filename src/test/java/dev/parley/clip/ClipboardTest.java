package dev.parley.clip;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ClipboardTest {
    /** Records what would have run; answers with the exit codes it is told. */
    private static final class FakeRunner implements Clipboard.Runner {
        final List<String> commands = new ArrayList<>();
        final List<String> stdins = new ArrayList<>();
        final Map<String, Clipboard.Run> answers = new HashMap<>();

        @Override
        public Clipboard.Run run(List<String> command, byte[] stdin, boolean capture) {
            String line = String.join(" ", command);
            commands.add(line);
            stdins.add(new String(stdin, StandardCharsets.UTF_8));
            return answers.getOrDefault(line, new Clipboard.Run(0, "", ""));
        }
    }

    private final FakeRunner runner = new FakeRunner();
    private final ByteArrayOutputStream tty = new ByteArrayOutputStream();

    private Clipboard clipboard(Map<String, String> env, Set<String> tools) {
        return clipboard(env, new Properties(), tools);
    }

    private Clipboard clipboard(Map<String, String> env, Properties config, Set<String> tools) {
        return Clipboard.configure(env, config, tools::contains, runner, tty::writeBytes);
    }

    @Test
    void plan_sshSessionOutsideTmux_osc52First() {
        assertThat(clipboard(Map.of("SSH_TTY", "/dev/pts/1", "TERM", "xterm-256color"), Set.of()).plan())
                .containsExactly("OSC 52");
    }

    @Test
    void plan_insideTmux_tmuxThenOsc52() {
        assertThat(clipboard(Map.of("TMUX", "/tmp/tmux-0/default,1,0", "SSH_CONNECTION", "1 2 3 4"), Set.of("xclip")).plan())
                .containsExactly("tmux", "OSC 52"); // no DISPLAY: xclip cannot work
    }

    @Test
    void plan_configuredCommandComesFirst() {
        assertThat(clipboard(Map.of("PARLEY_COPY_COMMAND", "/usr/local/bin/mycopy --in", "TMUX", "x"), Set.of()).plan())
                .containsExactly("mycopy", "tmux", "OSC 52");
    }

    @Test
    void plan_localDesktop_toolBeforeOsc52() {
        assertThat(clipboard(Map.of("DISPLAY", ":0"), Set.of("xclip", "xsel")).plan())
                .containsExactly("xclip", "xsel", "OSC 52");
        assertThat(clipboard(Map.of("WAYLAND_DISPLAY", "wayland-0", "DISPLAY", ":0"), Set.of("wl-copy", "xclip")).plan())
                .containsExactly("wl-copy", "xclip", "OSC 52");
    }

    @Test
    void plan_overSshWithForwardedDisplay_osc52BeforeTool() {
        assertThat(clipboard(Map.of("DISPLAY", "localhost:10.0", "SSH_CONNECTION", "1 2 3 4"), Set.of("xclip")).plan())
                .containsExactly("OSC 52", "xclip");
    }

    @Test
    void plan_noDisplay_xToolsLeftOut_pbcopyKept() {
        assertThat(clipboard(Map.of(), Set.of("xclip", "wl-copy", "pbcopy")).plan()).containsExactly("pbcopy", "OSC 52");
    }

    @Test
    void plan_orderFromEnvironment_overridesConfigFile() {
        Properties config = new Properties();
        config.setProperty("clipboard", "tmux");
        config.setProperty("copy-command", "cfgcopy");
        assertThat(clipboard(Map.of(), config, Set.of()).plan()).containsExactly("tmux");
        assertThat(clipboard(Map.of("PARLEY_CLIPBOARD", "osc52, command"), config, Set.of()).plan())
                .containsExactly("OSC 52", "cfgcopy");
        assertThat(clipboard(Map.of("PARLEY_COPY_COMMAND", "envcopy"), config, Set.of()).plan()).containsExactly("tmux");
    }

    @Test
    void copy_none_saysCopyingIsOff() {
        Clipboard.Outcome o = clipboard(Map.of("PARLEY_CLIPBOARD", "none"), Set.of()).copy("x");
        assertThat(o.copied()).isFalse();
        assertThat(o.message()).isEqualTo("not copied: copying is off (PARLEY_CLIPBOARD=none)");
    }

    @Test
    void copy_tmux_loadsTheBufferWithW() {
        Clipboard.Outcome o = clipboard(Map.of("TMUX", "x"), Set.of()).copy("“Dačić” said");
        assertThat(o.message()).isEqualTo("copied 12 characters (tmux)");
        assertThat(runner.commands).containsExactly("tmux load-buffer -w -");
        assertThat(runner.stdins).containsExactly("“Dačić” said");
        assertThat(tty.size()).isZero();
    }

    @Test
    void copy_olderTmuxWithoutW_retriesWithoutIt() {
        runner.answers.put("tmux load-buffer -w -", new Clipboard.Run(1, "", "unknown flag -w"));
        assertThat(clipboard(Map.of("TMUX", "x"), Set.of()).copy("abc").message()).isEqualTo("copied 3 characters (tmux)");
        assertThat(runner.commands).containsExactly("tmux load-buffer -w -", "tmux load-buffer -");
    }

    @Test
    void copy_tmuxFails_fallsBackToOsc52OnTheTty() {
        runner.answers.put("tmux load-buffer -w -", new Clipboard.Run(1, "", "no server running"));
        runner.answers.put("tmux load-buffer -", new Clipboard.Run(1, "", "no server running"));
        Clipboard.Outcome o = clipboard(Map.of("TMUX", "x"), Set.of()).copy("hello");
        assertThat(o.message()).isEqualTo("copied 5 characters (OSC 52)");
        // inside tmux, tmux's set-clipboard decides whether the bare sequence is taken in (default answer: not "off")
        assertThat(tty.toString(StandardCharsets.UTF_8)).isEqualTo("\u001b]52;c;aGVsbG8=\u0007");
    }

    @Test
    void copy_osc52InsideTmuxWithSetClipboardOff_usesPassthrough() {
        runner.answers.put("tmux show-options -sv set-clipboard", new Clipboard.Run(0, "off", ""));
        clipboard(Map.of("TMUX", "x", "PARLEY_CLIPBOARD", "osc52"), Set.of()).copy("hello");
        assertThat(tty.toString(StandardCharsets.UTF_8)).isEqualTo("\u001bPtmux;\u001b\u001b]52;c;aGVsbG8=\u0007\u001b\\");
    }

    @Test
    void copy_osc52UnderGnuScreen_wrapsForScreen() {
        clipboard(Map.of("STY", "1234.pts-0.host", "TERM", "screen"), Set.of()).copy("hello");
        assertThat(tty.toString(StandardCharsets.UTF_8)).isEqualTo("\u001bP\u001b]52;c;aGVsbG8=\u0007\u001b\\");
    }

    @Test
    void copy_tooLongForOsc52_saysSoAndTriesTheNextWay() {
        String big = "a".repeat(Osc52.MAX_TEXT_BYTES + 6);
        Clipboard.Outcome alone = clipboard(Map.of("SSH_TTY", "x"), Set.of()).copy(big);
        assertThat(alone.copied()).isFalse();
        assertThat(alone.message()).isEqualTo("not copied: 75,000 bytes is more than OSC 52 carries (74,994)");
        assertThat(tty.size()).isZero();
        Clipboard.Outcome withTool = clipboard(Map.of("SSH_TTY", "x", "DISPLAY", "localhost:10"), Set.of("xclip")).copy(big);
        assertThat(withTool.message()).isEqualTo("copied 75000 characters (xclip)");
        assertThat(runner.commands).containsExactly("xclip -selection clipboard -in");
    }

    @Test
    void copy_noTty_reportsWhy() {
        Clipboard c = Clipboard.configure(Map.of(), new Properties(), t -> false, runner, bytes -> {
            throw new IOException("no terminal (/dev/tty: No such device)");
        });
        assertThat(c.copy("x").message()).isEqualTo("not copied: no terminal (/dev/tty: No such device)");
    }

    @Test
    void copy_commandRunsInTheShell_failureNamesIt() {
        runner.answers.put("sh -c mycopy", new Clipboard.Run(3, "", "mycopy: cannot open display"));
        Clipboard.Outcome o = clipboard(Map.of("PARLEY_COPY_COMMAND", "mycopy", "PARLEY_CLIPBOARD", "command"), Set.of())
                .copy("abc");
        assertThat(o.message()).isEqualTo("not copied: mycopy: cannot open display");
    }

    @Test
    void copy_empty_copiesNothing() {
        assertThat(clipboard(Map.of("TMUX", "x"), Set.of()).copy("").message()).isEqualTo("not copied: nothing to copy");
        assertThat(runner.commands).isEmpty();
    }

    @Test
    void configFile_xdgFirstThenHome_andReadsProperties(@TempDir Path dir) throws IOException {
        assertThat(Clipboard.configFile(Map.of("XDG_CONFIG_HOME", "/cfg"), "/home/u"))
                .isEqualTo(Path.of("/cfg/parley/config.properties"));
        assertThat(Clipboard.configFile(Map.of(), "/home/u")).isEqualTo(Path.of("/home/u/.config/parley/config.properties"));
        Path file = dir.resolve("config.properties");
        Files.writeString(file, "copy-command = xclip -sel c\nclipboard=command,osc52\n");
        Properties p = Clipboard.readConfig(file);
        assertThat(p.getProperty("copy-command")).isEqualTo("xclip -sel c");
        assertThat(Clipboard.readConfig(dir.resolve("missing"))).isEmpty();
    }

    @Test
    void runProcess_realCommand_passesStdinAndReportsErrors(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("got.txt");
        Clipboard.Run ok = Clipboard.runProcess(List.of("sh", "-c", "cat > " + out), "“x”".getBytes(StandardCharsets.UTF_8), false);
        assertThat(ok.exit()).isZero();
        assertThat(Files.readString(out)).isEqualTo("“x”");
        Clipboard.Run bad = Clipboard.runProcess(List.of("sh", "-c", "echo nope >&2; exit 4"), new byte[0], false);
        assertThat(bad).isEqualTo(new Clipboard.Run(4, "", "nope"));
        assertThat(Clipboard.runProcess(List.of("sh", "-c", "echo on"), new byte[0], true).output()).isEqualTo("on");
        assertThat(Clipboard.runProcess(List.of("no-such-command-here"), new byte[0], false).exit()).isEqualTo(127);
    }
}
