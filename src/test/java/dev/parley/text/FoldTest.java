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
}
