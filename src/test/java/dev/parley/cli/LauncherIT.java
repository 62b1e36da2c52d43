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
}
