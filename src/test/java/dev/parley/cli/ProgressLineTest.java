package dev.parley.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressLineTest {
    @Test
    void rendersRateAndEta() {
        assertThat(ProgressLine.render(500, 20_000, 2.0)).isEqualTo("building 500/20000 documents, 250 files/s, ETA 1:18");
        assertThat(ProgressLine.render(10, 100_000, 1.0)).isEqualTo("building 10/100000 documents, 10 files/s, ETA 2:46:39");
        assertThat(ProgressLine.render(0, 10, 0.0)).endsWith("ETA ?");
    }

    @Test
    void redrawsAtMostTenTimesASecondAndClearsAtTheEnd() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong now = new AtomicLong();
        ProgressLine line = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, now::get);

        for (int done = 1; done <= 100; done++) {
            now.addAndGet(10_000_000L); // 10 ms per document
            line.documentDone(done, 100);
        }
        line.finish();

        String drawn = bytes.toString(StandardCharsets.UTF_8);
        long redraws = drawn.chars().filter(c -> c == '\r').count() - 2; // the final clear uses two
        assertThat(redraws).isBetween(10L, 12L);
        assertThat(drawn).contains("building 100/100 documents").endsWith("\r");
    }

    @Test
    void drawsNothingWhenDisabled() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressLine line = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, System::nanoTime);
        line.documentDone(1, 1);
        line.finish();
        assertThat(bytes.size()).isZero();
    }
}
