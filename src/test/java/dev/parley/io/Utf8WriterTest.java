package dev.parley.io;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Utf8WriterTest {
    /** ASCII, Latin, Cyrillic, CJK and characters outside the BMP, in pieces of every size across small buffers. */
    @Test
    void writesTheBytesOfTheJdkEncoder() throws IOException {
        String[] alphabet = {"a", "{", "\n", " ", "é", "ć", "Đ", "Ж", "中", "\u2010", "😀", "𝄞"};
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            ByteArrayOutputStream mine = new ByteArrayOutputStream();
            ByteArrayOutputStream jdk = new ByteArrayOutputStream();
            try (Writer a = new Utf8Writer(mine, 16 + random.nextInt(8));
                 Writer b = new OutputStreamWriter(jdk, StandardCharsets.UTF_8.newEncoder())) {
                for (int piece = 0; piece < 50; piece++) {
                    StringBuilder sb = new StringBuilder();
                    for (int k = random.nextInt(40); k > 0; k--) {
                        sb.append(alphabet[random.nextInt(alphabet.length)]);
                    }
                    String s = sb.toString();
                    switch (random.nextInt(4)) {
                        case 0 -> { a.write(s); b.write(s); }
                        case 1 -> { a.write(s.toCharArray(), 0, s.length()); b.write(s.toCharArray(), 0, s.length()); }
                        case 2 -> { a.append(s); b.append(s); }
                        default -> s.chars().forEach(c -> { try { a.write(c); b.write(c); } catch (IOException e) { throw new AssertionError(e); } });
                    }
                }
            }
            assertThat(mine.toByteArray()).isEqualTo(jdk.toByteArray());
        }
    }

    @Test
    void aLoneSurrogateIsRefusedAsTheReportingEncoderRefusesIt() {
        assertThatThrownBy(() -> {
            try (Writer w = new Utf8Writer(new ByteArrayOutputStream(), 16)) {
                w.write("ok \uDC00 then");
                w.flush();
            }
        }).isInstanceOf(MalformedInputException.class);
        assertThatThrownBy(() -> {
            try (Writer w = new Utf8Writer(new ByteArrayOutputStream(), 16)) {
                w.write("high then not low \uD83Dx");
                w.flush();
            }
        }).isInstanceOf(MalformedInputException.class);
    }
}
