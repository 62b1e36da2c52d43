package dev.parley.text;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SanitizeTest {
    @Test
    void line_replacesControlsAndEscapes_keepsOrdinaryText() {
        assertThat(Sanitize.line("a\u001b[2Jb\u0007c")).isEqualTo("a\uFFFD[2Jb\uFFFDc");
        assertThat(Sanitize.line("tab\there\nnext")).isEqualTo("tab here next");
        assertThat(Sanitize.line("Dačić „quoted“ 中文")).isEqualTo("Dačić „quoted“ 中文");
    }

    @Test
    void text_keepsNewlinesAndTabs_dropsCarriageReturnAndBidiOverrides() {
        assertThat(Sanitize.text("one\r\ntwo\tthree")).isEqualTo("one\ntwo\tthree");
        assertThat(Sanitize.text("abc\u202Edef\u2066")).isEqualTo("abcdef");
    }

    @Test
    void c1ControlsAndDel_areReplaced() {
        assertThat(Sanitize.line("x\u009bq\u007fy")).isEqualTo("x\uFFFDq\uFFFDy");
    }

    @Test
    void combiningMarksAreComposed() {
        assertThat(Sanitize.line("Dac\u030Cic\u0301")).isEqualTo("Dačić");
    }

    @Property
    void line_neverLetsAControlCharacterThrough(@ForAll String s) {
        String out = Sanitize.line(s);
        assertThat(out.chars()).noneMatch(c -> c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069));
    }

    /** The fast path is only taken for text the whole way would return unchanged: checked on every pair. */
    @Test
    void alreadyClean_onlyForTextThatIsNfcAndHasNothingToReplace() {
        StringBuilder chars = new StringBuilder();
        for (char c = 0; c < 0x3000; c++) {
            if (Sanitize.alreadyClean(String.valueOf(c))) {
                chars.append(c);
            }
        }
        assertThat(chars.length()).isGreaterThan(500);
        for (int i = 0; i < chars.length(); i++) {
            for (int j = 0; j < chars.length(); j++) {
                String pair = "" + chars.charAt(i) + chars.charAt(j);
                if (!java.text.Normalizer.isNormalized(pair, java.text.Normalizer.Form.NFC)) {
                    throw new AssertionError("not NFC: U+" + Integer.toHexString(pair.charAt(0)) + " U+"
                            + Integer.toHexString(pair.charAt(1)));
                }
            }
            String one = String.valueOf(chars.charAt(i));
            assertThat(Sanitize.line(one + "\u0301")).as("the whole way with a mark after U+%04x", (int) chars.charAt(i))
                    .isEqualTo(java.text.Normalizer.normalize(one + "\u0301", java.text.Normalizer.Form.NFC));
        }
    }

    @Property(tries = 1000)
    void alreadyClean_impliesNfcWithoutControls(@ForAll String s) {
        if (Sanitize.alreadyClean(s)) {
            assertThat(java.text.Normalizer.isNormalized(s, java.text.Normalizer.Form.NFC)).isTrue();
            assertThat(s.chars().noneMatch(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f))).isTrue();
        }
    }
}
