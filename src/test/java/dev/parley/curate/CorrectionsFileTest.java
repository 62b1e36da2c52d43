package dev.parley.curate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorrectionsFileTest {
    @TempDir
    Path dir;

    private static Correction c(String subject, String value, String note) {
        return new Correction(Instant.parse("2026-01-02T03:04:05Z"), "rename", subject, value, note);
    }

    @Test
    void besideTheModel_oneLineAnEntry_readBackWithTabsAndNewlinesInFields() throws Exception {
        assertThat(CorrectionsFile.pathFor(dir.resolve("news.json"))).isEqualTo(dir.resolve("news.corrections.tsv"));
        CorrectionsFile f = CorrectionsFile.of(dir.resolve("news.json"));
        assertThat(f.read()).isEmpty();
        f.add(c("Ana\tTab", "Ana \\ New", "line one\nline two"));
        f.add(c("Bo", "Bob", ""));
        List<String> lines = Files.readAllLines(f.path(), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("# Parley corrections");
        assertThat(lines.get(1)).isEqualTo("2026-01-02T03:04:05Z\trename\tAna\\tTab\tAna \\\\ New\tline one\\nline two");
        assertThat(f.read()).containsExactly(c("Ana\tTab", "Ana \\ New", "line one\nline two"), c("Bo", "Bob", ""));
    }

    @Test
    void undo_takesBackTheNewestOnly_andSaysWhenThereIsNothing() throws Exception {
        CorrectionsFile f = CorrectionsFile.of(dir.resolve("m.json"));
        assertThat(f.undo()).isNull();
        f.add(c("A", "B", ""));
        f.add(c("C", "D", ""));
        assertThat(f.undo()).isEqualTo(c("C", "D", ""));
        assertThat(f.read()).containsExactly(c("A", "B", ""));
    }

    @Test
    void aLineThatIsNotACorrection_isReportedWithItsLineNumber() throws Exception {
        CorrectionsFile f = CorrectionsFile.of(dir.resolve("m.json"));
        Files.writeString(f.path(), "# comment\n\nnot a correction\n");
        assertThatThrownBy(f::read).isInstanceOf(CorrectionsFile.Malformed.class).hasMessageContaining("line 3");
    }

    @Test
    void aSecondWriter_waitsForTheFirst_thenGivesUpSayingWhy() throws Exception {
        Path file = dir.resolve("m.corrections.tsv");
        Path lock = dir.resolve("m.corrections.tsv.lock");
        CorrectionsFile f = new CorrectionsFile(file, 300);
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = ch.lock()) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> f.add(c("A", "B", ""))).isInstanceOf(CorrectionsFile.Busy.class)
                    .hasMessageContaining("another parley is changing m.corrections.tsv");
            assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(250);
        }
        f.add(c("A", "B", "")); // free again
        assertThat(f.read()).hasSize(1);
    }

    @Test
    void twoWritersAtOnce_loseNoEntry() throws Exception {
        CorrectionsFile f = CorrectionsFile.of(dir.resolve("m.json"));
        int writers = 4;
        int each = 10;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int w = 0; w < writers; w++) {
            int id = w;
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        f.add(c("w" + id, "n" + i, ""));
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            t.start();
            threads.add(t);
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertThat(failures).isEmpty();
        assertThat(f.read()).hasSize(writers * each);
    }
}
