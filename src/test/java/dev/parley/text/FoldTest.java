package dev.parley.text;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FoldTest {
    @Test
    void key_foldsAccentsAndCase() {
        assertThat(Fold.key("Dačić")).isEqualTo(Fold.key("Dacic")).isEqualTo("dacic");
        assertThat(Fold.key("ŠOJGU")).isEqualTo("sojgu");
        assertThat(Fold.key("Inácio")).isEqualTo("inacio");
    }

    @Test
    void key_mapsLettersThatDoNotDecompose() {
        assertThat(Fold.key("Đorđević")).isEqualTo(Fold.key("Djordjevic"));
        assertThat(Fold.key("Łukasz Øster")).isEqualTo("lukasz oster");
        assertThat(Fold.key("O’Brien")).isEqualTo(Fold.key("O'Brien"));
    }

    @Test
    void hasDiacritics_onlyForFoldedLetters() {
        assertThat(Fold.hasDiacritics("Dačić")).isTrue();
        assertThat(Fold.hasDiacritics("Đukić")).isTrue();
        assertThat(Fold.hasDiacritics("Dacic")).isFalse();
        assertThat(Fold.hasDiacritics("DACIC")).isFalse();
    }

    @Property
    void key_isIdempotentAndLowerCase(@ForAll String s) {
        String k = Fold.key(s);
        assertThat(Fold.key(k)).isEqualTo(k);
        assertThat(k).isEqualTo(k.toLowerCase(java.util.Locale.ROOT));
    }

    @Property(tries = 2000)
    void key_charByCharEqualsTheWholeStringDefinition(@ForAll String s) {
        assertThat(Fold.key(s)).isEqualTo(Fold.wholeKey(s));
    }

    @Property(tries = 2000)
    void key_onLatinGreekCyrillicAndPunctuation_equalsTheDefinition(
            @ForAll @net.jqwik.api.constraints.CharRange(from = 'A', to = 'z')
            @net.jqwik.api.constraints.CharRange(from = '\u00C0', to = '\u052F')
            @net.jqwik.api.constraints.CharRange(from = '\u1E00', to = '\u1FFF')
            @net.jqwik.api.constraints.CharRange(from = '\u2000', to = '\u206F')
            @net.jqwik.api.constraints.Chars({' ', '\'', 'İ', 'ẞ', 'Σ', 'ς'}) String s) {
        assertThat(Fold.key(s)).isEqualTo(Fold.wholeKey(s));
    }

    @Test
    void key_contextsThatNeedTheWholeString() {
        assertThat(Fold.key("ΟΔΥΣΣΕΥΣ")).isEqualTo(Fold.wholeKey("ΟΔΥΣΣΕΥΣ")).endsWith("ς");
        assertThat(Fold.key("İstanbul Ž")).isEqualTo("istanbul z");
        assertThat(Fold.key("\uD801\uDC00é")).isEqualTo(Fold.wholeKey("\uD801\uDC00é"));
    }
}
