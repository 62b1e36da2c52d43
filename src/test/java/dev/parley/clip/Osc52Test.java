package dev.parley.clip;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class Osc52Test {
    private static String seq(String text, Osc52.Wrap wrap, Osc52.Terminator t) {
        Osc52.Result r = Osc52.encode(text, wrap, t);
        assertThat(r).isInstanceOf(Osc52.Sequence.class);
        return ((Osc52.Sequence) r).asString();
    }

    @Test
    void encode_plainWithBel_isEscBracket52Base64Bel() {
        assertThat(seq("hello", Osc52.Wrap.NONE, Osc52.Terminator.BEL)).isEqualTo("\u001b]52;c;aGVsbG8=\u0007");
    }

    @Test
    void encode_plainWithSt_endsWithEscBackslash() {
        assertThat(seq("hello", Osc52.Wrap.NONE, Osc52.Terminator.ST)).isEqualTo("\u001b]52;c;aGVsbG8=\u001b\\");
    }

    @Test
    void encode_utf8Text_base64OfItsUtf8Bytes() {
        String text = "“Dačić” 中塞";
        String b64 = Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        assertThat(seq(text, Osc52.Wrap.NONE, Osc52.Terminator.BEL)).isEqualTo("\u001b]52;c;" + b64 + "\u0007");
    }

    @Test
    void encode_forScreen_wrapsInDcsChunksOf76() {
        String text = "x".repeat(100); // 136 base64 characters: one full chunk of 76 and one of 60
        String b64 = Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        assertThat(b64).hasSize(136);
        String expected = "\u001bP\u001b]52;c;" + b64.substring(0, 76) + "\u001b\\" + "\u001bP" + b64.substring(76)
                + "\u0007\u001b\\";
        assertThat(seq(text, Osc52.Wrap.SCREEN, Osc52.Terminator.BEL)).isEqualTo(expected);
        // the terminator asked for cannot be ST inside a DCS: BEL is used either way
        assertThat(seq(text, Osc52.Wrap.SCREEN, Osc52.Terminator.ST)).isEqualTo(expected);
    }

    @Test
    void encode_forTmuxPassthrough_doublesTheInnerEscapes() {
        assertThat(seq("hello", Osc52.Wrap.TMUX, Osc52.Terminator.ST))
                .isEqualTo("\u001bPtmux;\u001b\u001b]52;c;aGVsbG8=\u001b\u001b\\\u001b\\");
        assertThat(seq("hello", Osc52.Wrap.TMUX, Osc52.Terminator.BEL))
                .isEqualTo("\u001bPtmux;\u001b\u001b]52;c;aGVsbG8=\u0007\u001b\\");
    }

    @Test
    void encode_atTheCap_fits_oneByteMore_isTooLong() {
        assertThat(Osc52.encode("a".repeat(Osc52.MAX_TEXT_BYTES), Osc52.Wrap.NONE, Osc52.Terminator.BEL))
                .isInstanceOf(Osc52.Sequence.class);
        Osc52.Result r = Osc52.encode("a".repeat(Osc52.MAX_TEXT_BYTES + 1), Osc52.Wrap.NONE, Osc52.Terminator.BEL);
        assertThat(r).isEqualTo(new Osc52.TooLong(74_995, 74_994));
        assertThat(((Osc52.TooLong) r).message()).isEqualTo("74,995 bytes is more than OSC 52 carries (74,994)");
    }

    @Test
    void encode_capCountsUtf8BytesNotCharacters() {
        // 37,498 two-byte letters are 74,996 bytes
        assertThat(Osc52.encode("č".repeat(37_498), Osc52.Wrap.NONE, Osc52.Terminator.BEL)).isInstanceOf(Osc52.TooLong.class);
    }

    @Test
    void encode_textWithEscape_neverLeaksItRaw() {
        String s = seq("a\u001b]0;evil\u0007b", Osc52.Wrap.NONE, Osc52.Terminator.BEL);
        assertThat(s.chars().filter(c -> c == 0x1b)).hasSize(1); // only the sequence's own
    }
}
