package dev.parley.command;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CommandHistoryTest {
    @TempDir
    Path dir;

    @Test
    void location_followsXdgStateHome_elseHome() {
        assertThat(CommandHistory.location(Map.of("XDG_STATE_HOME", "/x/state"), "/home/u"))
                .isEqualTo(Path.of("/x/state/parley/history"));
        assertThat(CommandHistory.location(Map.of("XDG_STATE_HOME", "relative"), "/home/u"))
                .as("a relative XDG path is ignored, as the spec says").isEqualTo(Path.of("/home/u/.local/state/parley/history"));
        assertThat(CommandHistory.location(Map.of(), "/home/u")).isEqualTo(Path.of("/home/u/.local/state/parley/history"));
    }

    @Test
    void add_savesAcrossLoads_skipsRepeatsAndBlanks() throws Exception {
        Path file = dir.resolve("state/parley/history");
        CommandHistory h = CommandHistory.load(file);
        assertThat(h.lines()).isEmpty();
        h.add("person lavrov");
        h.add("person lavrov");
        h.add("  ");
        h.add("doc a\\b");
        assertThat(CommandHistory.load(file).lines()).containsExactly("person lavrov", "doc a\\b");
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).containsExactly("person lavrov", "doc a\\\\b");
    }

    @Test
    void bounded_keepsTheNewest() {
        Path file = dir.resolve("history");
        CommandHistory h = CommandHistory.load(file);
        for (int i = 0; i < CommandHistory.LIMIT + 20; i++) {
            h.add("topic " + i);
        }
        assertThat(CommandHistory.load(file).lines()).hasSize(CommandHistory.LIMIT)
                .startsWith("topic 20").endsWith("topic " + (CommandHistory.LIMIT + 19));
    }

    @Test
    void unwritablePlace_keepsTheHistoryInMemory() throws Exception {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "x");
        CommandHistory h = CommandHistory.load(blocker.resolve("parley/history"));
        h.add("help");
        assertThat(h.lines()).containsExactly("help");
    }
}
