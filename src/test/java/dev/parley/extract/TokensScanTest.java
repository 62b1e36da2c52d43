package dev.parley.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TokensScanTest {
    private static final Set<String> ABBREVIATIONS = Set.of("Mr", "Gen");

    /** The scan written out: words as they stand, possessives as {'s}, punctuation in brackets. */
    private static List<String> cut(String text, Tokens.Style style) {
        List<String> out = new ArrayList<>();
        Tokens.scan(text, style, ABBREVIATIONS, new Tokens.Cuts() {
            @Override
            public void word(int start, int end, boolean withDot) {
                out.add(text.substring(start, end));
            }

            @Override
            public void possessive(int start, int end) {
                out.add("{" + text.substring(start, end) + "}");
            }

            @Override
            public void punct(int start, int end) {
                out.add("[" + text.substring(start, end) + "]");
            }
        });
        return out;
    }

    @Test
    void namesJoinHyphensAndApostrophesAndCutThePossessive() {
        assertThat(cut("Mr. Moon Jae-in met O'Brien's aide, U.S. envoy", Tokens.Style.NAMES)).containsExactly(
                "Mr.", "Moon", "Jae-in", "met", "O'Brien", "{'s}", "aide", "[,]", "U.", "S.", "envoy"); // initials keep their dots
    }

    @Test
    void quotesAlsoJoinTheDotAndKeepThePossessive() {
        assertThat(cut("Gen. Petrov’s U.S. visit", Tokens.Style.QUOTES))
                .containsExactly("Gen.", "Petrov’s", "U.S", "[.]", "visit");
    }

    @Test
    void keysJoinNothingAndDropEverySpace() {
        assertThat(cut("post-war\u00a0Serbia's", Tokens.Style.KEYS))
                .containsExactly("post", "[-]", "war", "Serbia", "[']", "s");
    }

    @Test
    void aNoBreakSpaceIsPunctuationOnlyForNames() {
        assertThat(cut("A\u00a0B", Tokens.Style.NAMES)).containsExactly("A", "[\u00a0]", "B");
        assertThat(cut("a\u00a0b", Tokens.Style.QUOTES)).containsExactly("a", "b");
    }

    @Test
    void aCombiningMarkOpensAWordOnlyForQuotesAndKeys() {
        String text = "\u0301a";
        assertThat(cut(text, Tokens.Style.NAMES)).containsExactly("[\u0301]", "a");
        assertThat(cut(text, Tokens.Style.QUOTES)).containsExactly(text);
        assertThat(cut(text, Tokens.Style.KEYS)).containsExactly(text);
    }

    @Test
    void aSurrogatePairOutsideWordsStaysTogetherExceptForNames() {
        String emoji = "\ud83d\ude00";
        assertThat(cut(emoji, Tokens.Style.QUOTES)).containsExactly("[" + emoji + "]");
        assertThat(cut(emoji, Tokens.Style.KEYS)).containsExactly("[" + emoji + "]");
        assertThat(cut(emoji, Tokens.Style.NAMES)).containsExactly("[\ud83d]", "[\ude00]");
    }
}
