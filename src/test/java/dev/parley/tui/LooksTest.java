package dev.parley.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import dev.parley.index.FixtureCorpus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the virtual terminal received beyond the characters: attributes, colours, widths, safety. */
class LooksTest {
    /** Column of the first cell whose character starts {@code text} on a row, or -1. */
    private static int find(Driver d, int row, String text) {
        return d.line(row).indexOf(text);
    }

    @Test
    void noColor_isMonochrome_withTheSelectionInReverseVideo() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30, true)) {
            for (int r = 0; r < 30; r++) {
                for (int c = 0; c < 100; c++) {
                    TextCharacter ch = d.cell(c, r);
                    assertThat(ch.getForegroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
                    assertThat(ch.getBackgroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
                }
            }
            assertThat(d.cell(5, 3).isReversed()).as("selected row").isTrue();
            assertThat(d.cell(5, 4).isReversed()).as("other row").isFalse();
            d.press("j");
            assertThat(d.cell(5, 3).isReversed()).isFalse();
            assertThat(d.cell(5, 4).isReversed()).isTrue();
        }
    }

    @Test
    void colour_peopleAndPlacesAreColoured_theSelectedReferenceIsReversed() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30, false)) {
            d.press("/").type("energy security").press("Enter", "Enter", "Tab", "Tab", "Tab");
            int row = d.text().split("\n").length;
            int kowalskaRow = -1;
            for (int r = 0; r < row; r++) {
                if (d.line(r).startsWith(" Polish Minister")) {
                    kowalskaRow = r;
                }
            }
            assertThat(kowalskaRow).isPositive();
            int col = find(d, kowalskaRow, "Anna Kowalska");
            TextCharacter name = d.cell(col, kowalskaRow);
            assertThat(name.getForegroundColor()).isEqualTo(TextColor.ANSI.GREEN);
            assertThat(name.isReversed()).as("selected by Tab").isTrue();
            int warsaw = find(d, kowalskaRow + 1, "Warsaw");
            assertThat(d.cell(warsaw, kowalskaRow + 1).getForegroundColor()).isEqualTo(TextColor.ANSI.MAGENTA);
            assertThat(d.cell(warsaw, kowalskaRow + 1).isReversed()).isFalse();
        }
    }

    @Test
    void wideCharactersTakeTwoCells_andLinesNeverOverflow() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 60, 15)) {
            d.press("2", "G");
            // the list row "李伟  Vice Minister, China": 李 at column 1 takes columns 1 and 2
            TextCharacter li = d.cell(1, 7);
            assertThat(li.getCharacterString()).isEqualTo("李");
            assertThat(li.isDoubleWidth()).isTrue();
            assertThat(d.cell(3, 7).getCharacterString()).isEqualTo("伟");
            for (String line : d.text().split("\n")) {
                assertThat(Cells.width(line)).isLessThanOrEqualTo(60);
            }
        }
    }

    @Test
    void noControlCharacterFromAnArticleReachesTheTerminal() {
        try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30)) {
            d.press("/").type("odd bytes").press("Enter", "Enter");
            assertThat(d.text()).contains("It contained an escape sequence");
            for (int r = 0; r < 30; r++) {
                for (int c = 0; c < 100; c++) {
                    String s = d.cell(c, r).getCharacterString();
                    for (char ch : s.toCharArray()) {
                        assertThat(ch < 0x20 || ch == 0x7f || (ch >= 0x80 && ch < 0xa0) || (ch >= 0x202a && ch <= 0x202e))
                                .as("cell %d,%d holds U+%04X", c, r, (int) ch).isFalse();
                    }
                }
            }
            assertThat(d.text()).contains("\uFFFD[31m");
        }
    }

    @Test
    void headingsAreBold_inBothThemes() {
        for (boolean mono : new boolean[] {true, false}) {
            try (Driver d = new Driver(FixtureCorpus.corpus(), 100, 30, mono)) {
                d.press("Enter");
                assertThat(d.cell(1, 2).getModifiers()).contains(SGR.BOLD);
            }
        }
    }
}
