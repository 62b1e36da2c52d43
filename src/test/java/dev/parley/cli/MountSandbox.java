package dev.parley.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs a shell script in a private mount namespace, where it may mount a small tmpfs (a disk that fills up) or a
 * read-only bind of a folder, without root and without leaving mounts behind: the mounts go with the namespace.
 * Needs {@code unshare} with user namespaces (or root); tests are skipped where neither is available.
 */
final class MountSandbox {
    private static List<String> prefix;

    private MountSandbox() {
    }

    record Run(int code, String out, String err) {
        /** The lines of stderr that say something. */
        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    /** The command that enters a new mount namespace, or a skipped test when this machine has none. */
    static synchronized List<String> enter() throws IOException, InterruptedException {
        if (prefix == null) {
            List<List<String>> candidates = List.of(
                    List.of("unshare", "--user", "--map-root-user", "--mount"),
                    List.of("unshare", "--mount"));
            prefix = List.of();
            for (List<String> candidate : candidates) {
                Path mountPoint = Files.createTempDirectory("parley-mount-probe");
                List<String> probe = new ArrayList<>(candidate);
                probe.addAll(List.of("sh", "-c", "mount -t tmpfs -o size=64k tmpfs \"$0\"", mountPoint.toString()));
                Process p;
                try {
                    p = new ProcessBuilder(probe).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                } catch (IOException noUnshare) {
                    Files.deleteIfExists(mountPoint);
                    break;
                }
                boolean works = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
                p.destroyForcibly();
                Files.deleteIfExists(mountPoint); // the mount went with the namespace
                if (works) {
                    prefix = candidate;
                    break;
                }
            }
        }
        assumeTrue(!prefix.isEmpty(), "cannot mount a tmpfs here: no unshare with user namespaces, and not root");
        return prefix;
    }

    /**
     * Runs {@code script} with sh in {@code cwd}, inside its own mount namespace; {@code env} is added to the
     * environment ($JAVA and $JAR are always set: the java binary and the packaged jar).
     */
    static Run run(Path cwd, String script, Map<String, String> env) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(enter());
        command.addAll(List.of("sh", "-c", script));
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        pb.environment().remove("PARLEY_DEBUG");
        pb.environment().put("PARLEY_STDERR_TTY", "0");
        pb.environment().put("XDG_CACHE_HOME", cwd.resolve(".cache").toString());
        pb.environment().put("XDG_STATE_HOME", cwd.resolve(".state").toString());
        pb.environment().put("JAVA", BuildIT.javaBinary());
        pb.environment().put("JAR", Path.of(System.getProperty("parley.jar", "target/parley.jar")).toAbsolutePath().toString());
        pb.environment().putAll(env);
        Path outFile = Files.createTempFile(cwd, "out", ".txt");
        Path errFile = Files.createTempFile(cwd, "err", ".txt");
        pb.redirectOutput(outFile.toFile()).redirectError(errFile.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished within two minutes").isTrue();
        Run r = new Run(p.exitValue(), Files.readString(outFile, StandardCharsets.UTF_8),
                Files.readString(errFile, StandardCharsets.UTF_8));
        Files.delete(outFile);
        Files.delete(errFile);
        return r;
    }
}
