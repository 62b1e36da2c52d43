package dev.parley.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class StartTest {
    private static Start.ExplorerLine line(String... args) {
        return Start.explorerLine(args);
    }

    @Test
    void plainParleyOpensTheDefaultModel() {
        assertThat(line()).isEqualTo(new Start.ExplorerLine(Path.of("data", "model.json"), false, false));
    }

    @Test
    void everySpellingOfTheModelOptionIsTaken() {
        Start.ExplorerLine expected = new Start.ExplorerLine(Path.of("news.json"), false, false);
        assertThat(line("-m", "news.json")).isEqualTo(expected);
        assertThat(line("--model", "news.json")).isEqualTo(expected);
        assertThat(line("--model=news.json")).isEqualTo(expected);
        assertThat(line("-mnews.json")).isEqualTo(expected);
        assertThat(line("--debug", "--model", "a b.json", "--first-frame-exit"))
                .isEqualTo(new Start.ExplorerLine(Path.of("a b.json"), true, true));
    }

    @Test
    void warmUpIsTheLaunchersRehearsal() {
        assertThat(line("--model", "m.json", "--warm-up"))
                .isEqualTo(new Start.ExplorerLine(Path.of("m.json"), false, false, true));
    }

    @Test
    void anythingElseIsLeftToTheFullParser() {
        // subcommands, help, version, unknown options and mistakes all get picocli's parsing and messages
        assertThat(line("build")).isNull();
        assertThat(line("build", "seeds")).isNull();
        assertThat(line("--help")).isNull();
        assertThat(line("-V")).isNull();
        assertThat(line("--modle", "x.json")).isNull();
        assertThat(line("--model")).isNull();
        assertThat(line("--model", "--debug")).isNull();
        assertThat(line("--model=")).isNull();
        assertThat(line("-m", "a.json", "-m", "b.json")).isNull();
        assertThat(line("news.json")).isNull();
    }
}
