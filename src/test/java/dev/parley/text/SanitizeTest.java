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

    /** Found by the property below: a dropped bidi control or carriage return left a mark next to its letter. */
    @Test
    void aMarkThatADroppedControlSeparatedIsComposedToo() {
        assertThat(Sanitize.line("e\u202E\u0301")).isEqualTo("é");
        assertThat(Sanitize.text("c\r\u030C")).isEqualTo("č");
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

    /** Control characters C0 (tab and newline aside), DEL, C1 and the bidi controls; the rest may pass. */
    private static boolean control(int c, boolean keepLines) {
        if (keepLines && (c == '\n' || c == '\t')) {
            return false;
        }
        return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> wild() {
        return dev.parley.testing.WildText.text();
    }

    @Property(tries = 300)
    void neitherWayLetsAControlThrough_andTheResultIsNfcAndStable(@ForAll("wild") String s) {
        String text = Sanitize.text(s);
        String line = Sanitize.line(s);
        assertThat(text.chars()).noneMatch(c -> control(c, true));
        assertThat(line.chars()).noneMatch(c -> control(c, false));
        assertThat(java.text.Normalizer.isNormalized(line, java.text.Normalizer.Form.NFC)).isTrue();
        // sanitising twice changes nothing more: what is shown is what was sanitised
        assertThat(Sanitize.text(text)).isEqualTo(text);
        assertThat(Sanitize.line(line)).isEqualTo(line);
    }
}
