package dev.parley.tui;

import dev.parley.index.FixtureCorpus;
import dev.parley.io.ModelJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
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
 * The packaged jar on the far side of ssh, against a throwaway sshd on loopback: the remote explorer draws on the
 * pty that `ssh -t` asks for and gives the terminal back; without -t it says in one line that there is no terminal.
 */
class ExplorerSshIT {
    private static final String SSHD = "/usr/sbin/sshd";

    @TempDir
    Path dir;

    private String socket;
    private Process sshd;
    private int port;
    private Path clientKey;
    private Path model;

    @BeforeEach
    void setUp() throws Exception {
        assumeTrue(run("tmux", "-V").exit == 0, "tmux is not installed");
        assumeTrue(Files.isExecutable(Path.of(SSHD)), "sshd is not installed");
        assumeTrue(run("ssh", "-V").exit == 0, "ssh is not installed");
        assumeTrue(run("ssh-keygen", "-?").exit != 127, "ssh-keygen is not installed");
        Path jar = Path.of(System.getProperty("parley.jar", "target/parley.jar"));
        assumeTrue(Files.exists(jar), "no packaged jar at " + jar);
        model = dir.resolve("model.json");
        ModelJson.write(FixtureCorpus.corpus(), model);
        startSshd();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (socket != null) {
            run("tmux", "-L", socket, "kill-server");
        }
        if (sshd != null) {
            sshd.destroy();
            if (!sshd.waitFor(10, TimeUnit.SECONDS)) {
                sshd.destroyForcibly();
            }
        }
    }

    private void startSshd() throws Exception {
        Path hostKey = dir.resolve("host_key");
        clientKey = dir.resolve("client_key");
        keygen(hostKey);
        keygen(clientKey);
        Path authorized = dir.resolve("authorized_keys");
        Files.copy(dir.resolve("client_key.pub"), authorized);
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Path config = dir.resolve("sshd_config");
        Files.writeString(config, String.join("\n",
                "ListenAddress 127.0.0.1",
                "Port " + port,
                "HostKey " + hostKey,
                "AuthorizedKeysFile " + authorized,
                "PidFile " + dir.resolve("sshd.pid"),
                "StrictModes no",
                "PermitRootLogin prohibit-password",
                "UsePAM no",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "") );
        // sshd's privilege separation directory; a machine that never ran the system sshd may not have it
        Files.createDirectories(Path.of("/run/sshd"));
        Path log = dir.resolve("sshd.log");
        sshd = new ProcessBuilder(SSHD, "-D", "-e", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!sshd.isAlive()) {
                throw new AssertionError("sshd stopped: " + Files.readString(log));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new AssertionError("sshd never listened on " + port + ": " + Files.readString(log));
    }

    private void keygen(Path key) throws Exception {
        Result r = run("ssh-keygen", "-q", "-N", "", "-t", "ed25519", "-f", key.toString());
        assertThat(r.exit).as("ssh-keygen: %s", r.err).isZero();
    }

    /** The ssh command line up to the remote command; the client's own config is left out so it cannot interfere. */
    private List<String> ssh(String... options) {
        List<String> cmd = new ArrayList<>(List.of("ssh", "-F", "/dev/null"));
        cmd.addAll(List.of(options));
        cmd.addAll(List.of("-p", String.valueOf(port), "-i", clientKey.toString(),
                "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes",
                "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
                "root@127.0.0.1"));
        return cmd;
    }

    /** The remote side runs the same java as the test: the login PATH of the sshd session may not have one. */
    private String remoteExplorer() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = Path.of(System.getProperty("parley.jar", "target/parley.jar")).toAbsolutePath().toString();
        return "TERM=xterm-256color " + java + " -jar " + jar + " --model " + model;
    }

    @Test
    void overSshT_browsesAndQuits_terminalRestored() throws Exception {
        socket = "parley-ssh-it-" + UUID.randomUUID().toString().substring(0, 8);
        // the pane's shell stays after ssh returns, so the test can read the exit code
        String line = String.join(" ", ssh("-t")) + " '" + remoteExplorer() + "'; echo EXIT=$?; sleep 600";
        assertThat(run("tmux", "-L", socket, "new-session", "-d", "-x", "100", "-y", "30", line).exit).isZero();
        awaitScreen(s -> s.contains("1 Documents") && s.contains("Documents 5"));
        assertThat(tmux("display", "-p", "#{alternate_on}").strip()).isEqualTo("1");
        keys("2");
        assertThat(awaitScreen(s -> s.contains("People 5"))).contains("Jelena Marković", "Petar Đurić");
        keys("/", "m", "a", "r", "k", "o", "v", "i", "c", "Enter", "Enter");
        assertThat(awaitScreen(s -> s.contains("Met most"))).contains("People › Jelena Marković");
        keys("q", "q");
        assertThat(awaitScreen(s -> s.contains("EXIT="))).contains("EXIT=0");
        assertThat(tmux("display", "-p", "#{alternate_on}").strip()).isEqualTo("0");
        assertThat(tmux("display", "-p", "#{cursor_flag}").strip()).as("cursor visible").isEqualTo("1");
    }

    @Test
    void overSshWithoutT_saysNoTerminalInOneLine_exit2() throws Exception {
        // -T: no pty even if something asked for one; the remote explorer has no controlling terminal
        List<String> cmd = ssh("-T");
        cmd.add(remoteExplorer());
        Result r = run(cmd.toArray(new String[0]));
        assertThat(r.exit).as("ssh exit, stderr: %s", r.err).isEqualTo(2);
        assertThat(r.err.strip().lines()).hasSize(1);
        assertThat(r.err).contains("no terminal", "ssh -t");
        assertThat(r.out).isEmpty();
    }

    private void keys(String... keys) throws Exception {
        for (String k : keys) {
            tmux("send-keys", k);
            Thread.sleep(60);
        }
    }

    /**
     * Waits until the screen is ready and has stopped changing: over ssh a frame arrives in pieces, so the line
     * that says it is ready can be on screen before the rest of the frame.
     */
    private String awaitScreen(Predicate<String> ready) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String screen = "";
        String before = null;
        while (System.nanoTime() < deadline) {
            screen = tmux("capture-pane", "-p");
            if (ready.test(screen) && screen.equals(before)) {
                return screen;
            }
            before = ready.test(screen) ? screen : null;
            Thread.sleep(150);
        }
        throw new AssertionError("the screen never got ready:\n" + screen + "\nsshd log:\n"
                + Files.readString(dir.resolve("sshd.log")));
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
        if (!done) {
            p.destroyForcibly();
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(done ? p.exitValue() : -1, out, err);
    }
}
