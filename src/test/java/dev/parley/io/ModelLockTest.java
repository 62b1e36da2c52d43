package dev.parley.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lock beside a model, between writers of one process (ConcurrentWritersIT has two processes). */
class ModelLockTest {
    @TempDir
    Path dir;

    @Test
    void theHolderWritesItsProcessIdBesideTheModel() throws IOException {
        Path model = dir.resolve("out/model.json");
        try (ModelLock ignored = ModelLock.acquire(model, holder -> { })) {
            assertThat(ModelLock.pathFor(model)).hasFileName("model.json.lock");
            assertThat(Files.readString(ModelLock.pathFor(model), StandardCharsets.US_ASCII).strip())
                    .isEqualTo(String.valueOf(ProcessHandle.current().pid()));
        }
    }

    @Test
    void aSecondWriterThatWillNotWaitIsToldWhoHoldsIt() throws IOException {
        Path model = dir.resolve("model.json");
        try (ModelLock ignored = ModelLock.acquire(model, holder -> { })) {
            assertThatThrownBy(() -> ModelLock.tryFor(model, 0, holder -> new IOException("busy: " + holder)))
                    .hasMessage("busy: pid " + ProcessHandle.current().pid());
        }
        try (ModelLock again = ModelLock.tryFor(model, 0, holder -> new IOException("busy: " + holder))) {
            assertThat(again).as("free once the first is done").isNotNull();
        }
    }

    @Test
    void aSecondWriterThatWaitsSaysSoAndGetsItWhenTheFirstIsDone() throws Exception {
        Path model = dir.resolve("model.json");
        CountDownLatch told = new CountDownLatch(1);
        String[] holder = new String[1];
        CompletableFuture<Boolean> second;
        try (ModelLock first = ModelLock.acquire(model, h -> { })) {
            second = CompletableFuture.supplyAsync(() -> {
                try (ModelLock lock = ModelLock.acquire(model, h -> {
                    holder[0] = h;
                    told.countDown();
                })) {
                    return lock != null;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertThat(told.await(60, TimeUnit.SECONDS)).as("told it waits").isTrue();
            assertThat(second).as("still waiting while the first holds it").isNotDone();
        }
        assertThat(second.get(60, TimeUnit.SECONDS)).isTrue();
        assertThat(holder[0]).isEqualTo("pid " + ProcessHandle.current().pid());
    }

    @Test
    void whoHoldsItIsAnotherParleyWhenTheFileSaysNothingUseful() throws IOException {
        Path model = dir.resolve("model.json");
        Files.writeString(ModelLock.pathFor(model), "\u001b[2J not a pid", StandardCharsets.UTF_8);
        assertThat(ModelLock.holder(model)).isEqualTo("another parley");
    }
}
