package dev.parley.io;

import com.google.gson.JsonIOException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

import static org.assertj.core.api.Assertions.assertThat;

class IoProblemTest {
    @Test
    void theReasonWithoutTheTemporaryFileItHappenedTo() {
        assertThat(IoProblem.of(new FileSystemException("/m/.model.json.123.abc.tmp", null, "Read-only file system")))
                .isEqualTo("read-only file system");
        assertThat(IoProblem.of(new AccessDeniedException("/m/.model.json.123.abc.tmp"))).isEqualTo("permission denied");
    }

    @Test
    void theCauseAWrapperCarries() {
        assertThat(IoProblem.of(new JsonIOException(new IOException("No space left on device"))))
                .isEqualTo("no space left on device");
        assertThat(IoProblem.of(new IOException("java.io.IOException: No space left on device")))
                .isEqualTo("no space left on device");
    }

    @Test
    void aMessageThatStartsWithAnAcronymKeepsIt() {
        assertThat(IoProblem.of(new IOException("NFS server not responding"))).isEqualTo("NFS server not responding");
        assertThat(IoProblem.of(new IOException())).isEqualTo("IOException");
    }
}
