package dev.parley.cli;

import com.google.gson.JsonParser;
import dev.parley.testing.Seeds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code parley events} and {@code parley timeline} on a model built from the event fixtures. */
class EventsCommandTest {
    @TempDir
    Path dir;

    private final Map<String, String> env = new HashMap<>(Map.of("PARLEY_STDERR_TTY", "0", "LANG", "C.UTF-8"));
    private String out;
    private String err;
    private String model;

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(args, dir, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), env);
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    @BeforeEach
    void build() {
        model = dir.resolve("model.json").toString();
        assertThat(run("build", "--no-cache", "-o", model,
                Seeds.root().resolve("src/test/resources/fixtures/events").toString())).as(err).isZero();
    }

    @Test
    void events_listsOneRowPerEvent_withItsReportCount() {
        assertThat(run("events", "-m", model)).as(err).isZero();
        assertThat(out.lines().toList()).anySatisfy(l -> assertThat(l).startsWith("e-1").contains("2024-03-21", "Lisbon", "5 reports"));
        assertThat(out.lines().filter(l -> l.contains("Santiago")).toList()).hasSize(1);
    }

    @Test
    void events_withAnId_showsEachOutletAndWhatItOmits() {
        assertThat(run("events", "-m", model, "e-1")).as(err).isZero();
        assertThat(out).contains("== Iberpress (a2_wire)", "== Ministry of Foreign Affairs of Portugal (a1_ministry)",
                "does not name: Rui Costa", "(also: ");
    }

    @Test
    void events_formats_jsonTsvMd() {
        assertThat(run("events", "-m", model, "--format", "json")).isZero();
        var events = JsonParser.parseString(out).getAsJsonArray();
        assertThat(events.get(0).getAsJsonObject().get("reports").getAsJsonArray()).hasSizeGreaterThan(2);
        assertThat(run("events", "-m", model, "--format", "tsv")).isZero();
        assertThat(out.lines().findFirst().orElseThrow()).isEqualTo("id\tdate\tplace\tkind\tparticipants\treports\tconfidence");
        assertThat(run("events", "-m", model, "--format", "md")).isZero();
        assertThat(out).startsWith("| id | date |");
        assertThat(run("events", "-m", model, "--format", "svg")).isEqualTo(2);
    }

    @Test
    void timeline_betweenTwoPeople_chartsEventsPerMonth_andWhoMetWhom() {
        assertThat(run("timeline", "-m", model, "--between", "ferreira", "rojas")).as(err).isZero();
        assertThat(out).startsWith("Ana Ferreira — Tomas Rojas: 4 events").contains("per month", "2024-06 ", "█",
                "who met whom", "4  Ana Ferreira — Tomas Rojas");
    }

    @Test
    void timeline_betweenTwoCountries_andAsciiUnderNoColor() {
        env.put("NO_COLOR", "1");
        assertThat(run("timeline", "-m", model, "--between", "portugal", "chile")).as(err).isZero();
        assertThat(out).startsWith("Portugal — Chile:").contains("#").doesNotContain("█");
    }

    @Test
    void timeline_svg_writesAChartFile() throws Exception {
        Path svg = dir.resolve("chart.svg");
        assertThat(run("timeline", "-m", model, "--between", "ferreira", "rojas", "--format", "svg", "-o", svg.toString()))
                .as(err).isZero();
        String text = Files.readString(svg);
        assertThat(text).startsWith("<svg ").contains("<rect ", "2024-03", "Ana Ferreira — Tomas Rojas").endsWith("</svg>\n");
    }

    @Test
    void timeline_unknownSide_isAUsageError() {
        assertThat(run("timeline", "-m", model, "--between", "ferreira", "nobody-at-all")).isEqualTo(2);
        assertThat(err).contains("parley timeline: no person");
    }
}
