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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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

    private TmuxPane pane;
    private Process sshd;
    private int port;
    private Path clientKey;
    private Path model;

    @BeforeEach
    void setUp() throws Exception {
        assumeTrue(TmuxPane.installed(), "tmux is not installed");
        assumeTrue(Files.isExecutable(Path.of(SSHD)), "sshd is not installed");
        assumeTrue(TmuxPane.run("ssh", "-V").exit() == 0, "ssh is not installed");
        assumeTrue(TmuxPane.run("ssh-keygen", "-?").exit() != 127, "ssh-keygen is not installed");
        Path jar = Path.of(System.getProperty("parley.jar", "target/parley.jar"));
        assumeTrue(Files.exists(jar), "no packaged jar at " + jar);
        model = dir.resolve("model.json");
        ModelJson.write(FixtureCorpus.corpus(), model);
        startSshd();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (pane != null) {
            pane.kill();
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
        TmuxPane.Result r = TmuxPane.run("ssh-keygen", "-q", "-N", "", "-t", "ed25519", "-f", key.toString());
        assertThat(r.exit()).as("ssh-keygen: %s", r.err()).isZero();
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
        pane = new TmuxPane(() -> "sshd log:\n" + Files.readString(dir.resolve("sshd.log")));
        // the pane's shell stays after ssh returns, so the test can read the exit code
        String line = String.join(" ", ssh("-t")) + " '" + remoteExplorer() + "'; echo EXIT=$?; sleep 600";
        pane.start(line);
        pane.browseFixtureThenQuit();
        assertThat(pane.awaitScreen(s -> s.contains("EXIT="))).contains("EXIT=0");
        pane.assertGivenBack();
    }

    @Test
    void overSshWithoutT_saysNoTerminalInOneLine_exit2() throws Exception {
        // -T: no pty even if something asked for one; the remote explorer has no controlling terminal
        List<String> cmd = ssh("-T");
        cmd.add(remoteExplorer());
        TmuxPane.Result r = TmuxPane.run(cmd.toArray(new String[0]));
        assertThat(r.exit()).as("ssh exit, stderr: %s", r.err()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("no terminal", "ssh -t");
        assertThat(r.out()).isEmpty();
    }
}
