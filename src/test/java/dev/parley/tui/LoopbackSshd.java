package dev.parley.tui;

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
 * A throwaway sshd on 127.0.0.1 and a free port, with keys generated in a temporary folder, for end-to-end tests
 * of the explorer on the far side of ssh. {@link #stop} ends it.
 */
final class LoopbackSshd {
    private static final String SSHD = "/usr/sbin/sshd";

    private final Path dir;
    private Process sshd;
    private int port;
    private Path clientKey;

    private LoopbackSshd(Path dir) {
        this.dir = dir;
    }

    /** Skips the test (an assumption) when tmux, sshd, ssh or ssh-keygen is missing. */
    static void assumeInstalled() throws Exception {
        assumeTrue(TmuxPane.installed(), "tmux is not installed");
        assumeTrue(Files.isExecutable(Path.of(SSHD)), "sshd is not installed");
        assumeTrue(TmuxPane.run("ssh", "-V").exit() == 0, "ssh is not installed");
        assumeTrue(TmuxPane.run("ssh-keygen", "-?").exit() != 127, "ssh-keygen is not installed");
    }

    static LoopbackSshd start(Path dir) throws Exception {
        LoopbackSshd s = new LoopbackSshd(dir);
        s.launch();
        return s;
    }

    private void launch() throws Exception {
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
                ""));
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

    private static void keygen(Path key) throws Exception {
        TmuxPane.Result r = TmuxPane.run("ssh-keygen", "-q", "-N", "", "-t", "ed25519", "-f", key.toString());
        assertThat(r.exit()).as("ssh-keygen: %s", r.err()).isZero();
    }

    /** The ssh command line up to the remote command; the client's own config is left out so it cannot interfere. */
    List<String> ssh(String... options) {
        List<String> cmd = new ArrayList<>(List.of("ssh", "-F", "/dev/null"));
        cmd.addAll(List.of(options));
        cmd.addAll(List.of("-p", String.valueOf(port), "-i", clientKey.toString(),
                "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes",
                "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
                "root@127.0.0.1"));
        return cmd;
    }

    String log() throws IOException {
        return Files.readString(dir.resolve("sshd.log"));
    }

    void stop() throws InterruptedException {
        if (sshd != null) {
            sshd.destroy();
            if (!sshd.waitFor(10, TimeUnit.SECONDS)) {
                sshd.destroyForcibly();
            }
        }
    }

    /** The remote side runs the same java and jar as the test: the login PATH of the sshd session may not have java. */
    static String remoteParley(Path model, String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = Path.of(System.getProperty("parley.jar", "target/parley.jar")).toAbsolutePath().toString();
        return "TERM=xterm-256color " + java + " -jar " + jar + " --model " + model + (args.length == 0 ? "" : " " + String.join(" ", args));
    }
}
