package dev.parley.tui;

import dev.parley.index.FixtureCorpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Golden screens of every pane and every kind of detail view, at a comfortable size and at the smallest one. */
class ScreensTest {

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"100,30", "60,15"})
    void panes(int cols, int rows) {
        try (Driver d = new Driver(FixtureCorpus.corpus(), cols, rows)) {
            String[] names = {"documents", "people", "topics", "meetings", "quotes"};
            for (int i = 0; i < names.length; i++) {
                d.press(String.valueOf(i + 1));
                assertThat(d.line(0)).contains(Pane.values()[i].title);
                Golden.check("pane-" + names[i] + "-" + cols + "x" + rows, d.text());
            }
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"100,30", "60,15"})
    void details(int cols, int rows) {
        try (Driver d = new Driver(FixtureCorpus.corpus(), cols, rows)) {
            d.press("2", "/").type("markovic").press("Enter", "Enter");
            assertThat(d.text()).contains("Jelena Marković", "Roles");
            Golden.check("detail-person-" + cols + "x" + rows, d.text());

            d.press("1", "/").type("energy security").press("Enter", "Enter");
            assertThat(d.text()).contains("Kowalska and Marković on energy security");
            Golden.check("detail-document-" + cols + "x" + rows, d.text());

            d.press("3", "Enter");
            Golden.check("detail-topic-" + cols + "x" + rows, d.text());

            d.press("4", "/").type("belgrade").press("Enter", "Enter");
            assertThat(d.text()).contains("Meeting in Belgrade, 2016-03-14");
            Golden.check("detail-meeting-" + cols + "x" + rows, d.text());

            // the first reference of a meeting is its place
            d.press("Enter");
            assertThat(d.text()).contains("Meetings here");
            Golden.check("detail-place-" + cols + "x" + rows, d.text());

            d.press("5", "/").type("iron").press("Enter", "Enter");
            assertThat(d.text()).contains("中塞友谊 is a friendship of iron");
            Golden.check("detail-quote-" + cols + "x" + rows, d.text());
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"100,30", "60,15"})
    void helpAndFilter(int cols, int rows) {
        try (Driver d = new Driver(FixtureCorpus.corpus(), cols, rows)) {
            d.press("?");
            Golden.check("help-" + cols + "x" + rows, d.text());
            d.press("q", "2", "/").type("dj");
            Golden.check("filter-typing-" + cols + "x" + rows, d.text());
        }
    }
}
