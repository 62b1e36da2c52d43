package dev.parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

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
    static BuildIT.Run run(Path cwd, String script, Map<String, String> env)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(enter());
        command.addAll(List.of("sh", "-c", script));
        Map<String, String> all = new HashMap<>();
        all.put("XDG_STATE_HOME", cwd.resolve(".state").toString());
        all.put("JAVA", BuildIT.javaBinary());
        all.put("JAR", Path.of(System.getProperty("parley.jar", "target/parley.jar")).toAbsolutePath().toString());
        all.putAll(env);
        return BuildIT.run(cwd, command, all, 120);
    }
}
