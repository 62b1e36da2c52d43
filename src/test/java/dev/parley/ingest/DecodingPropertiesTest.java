package dev.parley.ingest;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class DecodingPropertiesTest {
    @Property(tries = 300)
    void utf8TextDecodesToItself(@ForAll @StringLength(max = 300) @CharRange(from = ' ', to = '\uD7FF') @Chars({'\n', '\t'}) String text) {
        assertThat(SourceReader.decodeText(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    }

    @Property(tries = 300)
    void windows1252TextDecodesToItself(@ForAll @StringLength(min = 1, max = 300)
                                        @CharRange(from = ' ', to = '~') @CharRange(from = '\u00A0', to = '\u00FF')
                                        @Chars({'\n', '€', '“', '”', '–', 'Š', 'ž'}) String text) {
        Charset cp1252 = Charset.forName("windows-1252");
        byte[] bytes = text.getBytes(cp1252);
        // Some Windows-1252 byte sequences are also valid UTF-8 ("Â" + no-break space is C2 A0): those are read as
        // UTF-8 by design, since nothing in the bytes says otherwise. Everything else must come back unchanged.
        Assume.that(!isUtf8(bytes));
        // "þÿ" and "ÿþ" are the bytes of a UTF-16 byte-order mark, which wins over the Windows-1252 fallback.
        Assume.that(!text.startsWith("þÿ") && !text.startsWith("ÿþ"));
        assertThat(SourceReader.decodeText(bytes)).isEqualTo(text);
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Property(tries = 300)
    void lineEndsBecomeLfAndNothingElseChanges(@ForAll @StringLength(max = 200) @CharRange(from = 'a', to = 'e')
                                               @Chars({'\r', '\n', ' '}) String text) {
        String normalised = SourceReader.normaliseLineEnds(text);
        assertThat(normalised).doesNotContain("\r");
        assertThat(normalised.replace("\n", "")).isEqualTo(text.replace("\r", "").replace("\n", ""));
        assertThat(normalised.chars().filter(c -> c == '\n').count())
                .isEqualTo(text.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count());
    }
}
