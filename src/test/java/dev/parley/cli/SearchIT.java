package dev.parley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code parley search} and {@code kwic} from the packaged jar: Lucene finds its codecs through service files,
 * which only a correctly merged shaded jar has.
 */
class SearchIT {
    private static final Path ROOT = Path.of(System.getProperty("parley.root", ".")).toAbsolutePath();
    private static final Path JAR = Path.of(System.getProperty("parley.jar", "target/parley.jar")).toAbsolutePath();

    @TempDir
    Path dir;

    private BuildIT.Run parley(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(BuildIT.javaBinary(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return BuildIT.run(dir, command);
    }

    @Test
    void searchBuildsTheIndexOnceThenFindsAccentFoldedNames() throws Exception {
        Files.copy(ROOT.resolve("data/model.json"), dir.resolve("model.json"));

        BuildIT.Run first = parley("search", "-m", "model.json", "dacic");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).startsWith("parley: built the search index in ");
        assertThat(first.out()).contains("[Dačić]").contains("[Dacic]");
        assertThat(dir.resolve("model.index")).isDirectory();

        BuildIT.Run second = parley("search", "-m", "model.json", "--format", "tsv", "person:lavrov", "kosovo");
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.err()).isEmpty();
        assertThat(second.out()).startsWith("rank\tkind\tdoc\t");

        BuildIT.Run none = parley("search", "-m", "model.json", "zanzibar");
        assertThat(none.code()).isEqualTo(1);
        BuildIT.Run bad = parley("search", "-m", "model.json", "(kosovo");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().strip()).isEqualTo("parley search: missing ')'");
    }

    @Test
    void kwicFromTheJar() throws Exception {
        Files.copy(ROOT.resolve("data/model.json"), dir.resolve("model.json"));
        BuildIT.Run r = parley("kwic", "-m", "model.json", "--sort", "L1", "--width", "30", "serbia");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSizeGreaterThan(3);
        // aligned: the keyword starts in the same column on every line
        assertThat(lines).allSatisfy(l -> assertThat(l.substring(32, 38)).isEqualToIgnoringCase("serbia"));
    }
}
