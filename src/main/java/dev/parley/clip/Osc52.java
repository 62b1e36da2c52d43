package dev.parley.clip;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Builds the OSC 52 "set clipboard" sequence: {@code ESC ] 52 ; c ; <base64 of UTF-8> BEL}. Pure: it only makes
 * bytes; writing them to the terminal is {@link Clipboard}'s job. Terminals drop oversized sequences without a
 * word, so text above {@link #MAX_TEXT_BYTES} is refused with a {@link TooLong} result the caller can report.
 */
public final class Osc52 {
    /** The cap k9s and hterm use: 74,994 bytes of text make about 100,000 bytes of base64. */
    public static final int MAX_TEXT_BYTES = 74_994;

    /** GNU screen passes a DCS string of at most this many bytes on, so the base64 goes in chunks of this size. */
    static final int SCREEN_CHUNK = 76;

    private static final String ESC = "\u001b";
    private static final String BEL = "\u0007";
    private static final String ST = ESC + "\\";

    /** How the sequence ends: BEL is understood most widely, ST (ESC \) is the standard's own. */
    public enum Terminator { BEL, ST }

    /**
     * What the sequence travels through. SCREEN wraps it in DCS chunks that GNU screen passes to the outer
     * terminal; TMUX wraps it in tmux's passthrough DCS (needs {@code allow-passthrough on}), for when tmux's own
     * {@code set-clipboard} is off and would swallow a bare OSC 52.
     */
    public enum Wrap { NONE, SCREEN, TMUX }

    /** The result of encoding. */
    public sealed interface Result permits Sequence, TooLong {
    }

    /** The bytes to write to the terminal. */
    public record Sequence(byte[] bytes) implements Result {
        public String asString() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** The text is more than OSC 52 can be trusted to carry. */
    public record TooLong(int textBytes, int limit) implements Result {
        public String message() {
            return String.format(java.util.Locale.ROOT, "%,d bytes is more than OSC 52 carries (%,d)", textBytes, limit);
        }
    }

    private Osc52() {
    }

    public static Result encode(String text, Wrap wrap, Terminator terminator) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (utf8.length > MAX_TEXT_BYTES) {
            return new TooLong(utf8.length, MAX_TEXT_BYTES);
        }
        String b64 = Base64.getEncoder().encodeToString(utf8);
        String end = terminator == Terminator.BEL ? BEL : ST;
        String seq;
        switch (wrap) {
            case SCREEN: {
                // ESC P starts each chunk, ESC \ ends it; screen strips them and passes the inside through
                StringBuilder b = new StringBuilder(ESC + "P" + ESC + "]52;c;");
                for (int i = 0; i < b64.length(); i += SCREEN_CHUNK) {
                    if (i > 0) {
                        b.append(ST).append(ESC).append('P');
                    }
                    b.append(b64, i, Math.min(b64.length(), i + SCREEN_CHUNK));
                }
                // inside a DCS an ST would end the DCS itself, so the OSC always ends with BEL here
                b.append(BEL).append(ST);
                seq = b.toString();
                break;
            }
            case TMUX:
                // tmux passes the DCS payload on after undoubling its escapes
                seq = ESC + "Ptmux;" + (ESC + "]52;c;" + b64 + end).replace(ESC, ESC + ESC) + ST;
                break;
            default:
                seq = ESC + "]52;c;" + b64 + end;
        }
        return new Sequence(seq.getBytes(StandardCharsets.US_ASCII));
    }
}
