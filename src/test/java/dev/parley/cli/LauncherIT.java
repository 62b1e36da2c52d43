package dev.parley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The ./parley script: it finds its checkout through symlinks and keeps stdout clean. */
class LauncherIT {
    private static final Path ROOT = Path.of(System.getProperty("parley.root", ".")).toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void runsTheJarWhenCalledThroughASymlinkFromAnotherFolder() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path link = Files.createSymbolicLink(bin.resolve("parley"), ROOT.resolve("parley"));

        BuildIT.Run r = BuildIT.run(dir, List.of("bash", link.toString(), "--version"));
        Files.delete(link); // the temporary folder's cleanup warns about links that point out of it

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).matches("parley \\S+\n");
    }

    @Test
    void passesArgumentsAndExitCodesThrough() throws Exception {
        BuildIT.Run r = BuildIT.run(dir, List.of(ROOT.resolve("parley").toString(), "build", "no such folder"));

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("no such folder");
    }

    /** The JVM's own options line (-XX:+PrintCommandLineFlags) for a command, as the launcher starts it. */
    private String jvmFlags(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("env", "PARLEY_CDS=0",
                "PARLEY_JAVA_OPTS=-XX:+PrintCommandLineFlags", ROOT.resolve("parley").toString()));
        command.addAll(List.of(args));
        BuildIT.Run r = BuildIT.run(dir, command);
        assertThat(r.code()).as(r.err()).isZero();
        return r.out().lines().filter(l -> l.startsWith("-XX:")).findFirst().orElse("");
    }

    @Test
    void theExplorerStartsFast_butABuildGetsBothCompilersAndTheThroughputCollector() throws Exception {
        // --version names no command: the launcher gives it the explorer's options
        assertThat(jvmFlags("--version")).contains("-XX:TieredStopAtLevel=1");
        String build = jvmFlags("build", "--help");
        assertThat(build).contains("-XX:+UseParallelGC").doesNotContain("TieredStopAtLevel");
        assertThat(jvmFlags("curate", "--help")).contains("-XX:+UseParallelGC");
        assertThat(jvmFlags("search", "--help")).doesNotContain("TieredStopAtLevel").doesNotContain("UseParallelGC");
        assertThat(jvmFlags("pick", "--help")).contains("-XX:TieredStopAtLevel=1");
    }

    /** A checkout of its own: the launcher, the built jar and the model, so that its class archive is this test's. */
    private Path checkout() throws Exception {
        Path root = Files.createDirectories(dir.resolve("checkout"));
        Files.copy(ROOT.resolve("parley"), root.resolve("parley"));
        Files.createDirectories(root.resolve("target"));
        Files.copy(ROOT.resolve("target/parley.jar"), root.resolve("target/parley.jar"));
        Files.createDirectories(root.resolve("data"));
        Files.copy(ROOT.resolve("data/model.json"), root.resolve("data/model.json"));
        return root;
    }

    @Test
    void recordsAClassArchiveOnceAndStartsFromIt_withNothingOnStdout() throws Exception {
        Path root = checkout();
        Path archive = root.resolve("target/parley.jsa");

        BuildIT.Run first = BuildIT.run(dir, List.of("bash", root.resolve("parley").toString(), "--version"));

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).matches("parley \\S+\n");
        assertThat(first.err()).isEmpty();
        assertThat(archive).isNotEmptyFile();

        Path loaded = dir.resolve("classes.log");
        BuildIT.Run second = BuildIT.run(dir, List.of("env", "PARLEY_JAVA_OPTS=-Xlog:class+load:file=" + loaded,
                "bash", root.resolve("parley").toString(), "--version"));
        assertThat(second.out()).matches("parley \\S+\n");
        assertThat(Files.readString(loaded)).contains("source: shared objects file (top)");
    }

    @Test
    void aNewerJarGetsANewArchive_andABrokenArchiveIsIgnoredQuietly() throws Exception {
        Path root = checkout();
        Path archive = root.resolve("target/parley.jsa");
        BuildIT.run(dir, List.of("bash", root.resolve("parley").toString(), "--version"));
        Files.setLastModifiedTime(archive, java.nio.file.attribute.FileTime.fromMillis(0));

        BuildIT.run(dir, List.of("bash", root.resolve("parley").toString(), "--version"));
        assertThat(Files.getLastModifiedTime(archive).toMillis()).isGreaterThan(0);

        archive.toFile().setWritable(true);
        Files.writeString(archive, "not an archive");
        BuildIT.Run r = BuildIT.run(dir, List.of("bash", root.resolve("parley").toString(), "--version"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).matches("parley \\S+\n");
        assertThat(r.err()).isEmpty();
    }
}
