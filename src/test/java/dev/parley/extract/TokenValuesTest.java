package dev.parley.extract;

import dev.parley.extract.Tokens.Kind;
import dev.parley.extract.Tokens.Token;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What each style puts in a token: the fields the person finder and the quote readers read. */
class TokenValuesTest {
    private static final Set<String> ABBREVIATIONS = Set.of("Mr", "Gen");

    private static Token only(List<Token> tokens, String text) {
        return tokens.stream().filter(t -> t.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void namesDropTheAbbreviationDotFromLowerAndKey() {
        Token mr = only(Tokens.names("Mr. Lavrov", ABBREVIATIONS), "Mr.");
        assertThat(mr.lower()).isEqualTo("mr");
        assertThat(mr.key()).isEqualTo("mr");
        assertThat(mr.isWord()).isTrue();
    }

    @Test
    void namesFoldTheKeyOnlyWhenNotPlainAscii() {
        List<Token> t = Tokens.names("Çavuşoğlu met O'Brien", ABBREVIATIONS);
        assertThat(only(t, "Çavuşoğlu").lower()).isEqualTo("çavuşoğlu");
        assertThat(only(t, "Çavuşoğlu").key()).isEqualTo("cavusoglu");
        assertThat(only(t, "O'Brien").key()).isEqualTo(dev.parley.text.Fold.key("O'Brien"));
        assertThat(only(t, "met").key()).isEqualTo("met");
    }

    @Test
    void namesReadInitialsCapitalsAndContractions() {
        List<Token> t = Tokens.names("John F. Kennedy, K P Sasikala, NATO, al-Assad, I'm A", ABBREVIATIONS);
        assertThat(only(t, "F.").initial()).isTrue();
        assertThat(only(t, "F.").capitalised()).isTrue();
        assertThat(only(t, "K").initial()).isTrue();
        assertThat(only(t, "A").initial()).as("an undotted A is a word, not an initial").isFalse();
        assertThat(only(t, "NATO").allCaps()).isTrue();
        assertThat(only(t, "NATO").capitalised()).as("no lower-case letter").isFalse();
        assertThat(only(t, "al-Assad").capitalised()).isTrue();
        assertThat(only(t, "I'm").capitalised()).isFalse();
        assertThat(only(t, "John").capitalised()).isTrue();
    }

    @Test
    void namesCutThePossessiveAsItsOwnToken() {
        List<Token> t = Tokens.names("Serbia’s minister", ABBREVIATIONS);
        assertThat(t.get(0).text()).isEqualTo("Serbia");
        assertThat(t.get(1).kind()).isEqualTo(Kind.POSSESSIVE);
        assertThat(t.get(1).isWord()).isFalse();
        assertThat(t.get(1).lower()).isEqualTo("'s");
        assertThat(t.get(1).key()).isEqualTo("'s");
        assertThat(t.get(1).start()).isEqualTo(6);
        assertThat(t.get(1).end()).isEqualTo(8);
    }

    @Test
    void quotesKeepTheDotInLowerAndThePossessiveInTheWord() {
        List<Token> t = Tokens.quotes("Mr. Petrov said Croatia’s stance", ABBREVIATIONS);
        Token mr = only(t, "Mr.");
        assertThat(mr.lower()).isEqualTo("mr.");
        assertThat(mr.is("mr.")).isTrue();
        assertThat(mr.is("mr")).isFalse();
        assertThat(mr.capitalised()).isTrue();
        assertThat(only(t, "said").capitalised()).isFalse();
        assertThat(Tokens.withoutPossessive(only(t, "Croatia’s"))).isEqualTo("Croatia");
        assertThat(Tokens.withoutPossessive(only(t, "stance"))).isNull();
    }

    @Test
    void quotesPunctuationIsNoWordAndNamesItsCharacter() {
        List<Token> t = Tokens.quotes("“Yes,” he said.", ABBREVIATIONS);
        assertThat(t.get(0).isWord()).isFalse();
        assertThat(t.get(0).punct()).isEqualTo('“');
        assertThat(only(t, "Yes").punct()).isEqualTo((char) 0);
        assertThat(t.get(t.size() - 1).is(".")).isTrue();
    }

    @Test
    void firstAtOrAfterFindsTheTokenByOffset() {
        List<Token> t = Tokens.quotes("a bb ccc", ABBREVIATIONS);
        assertThat(Tokens.firstAtOrAfter(t, 0)).isZero();
        assertThat(Tokens.firstAtOrAfter(t, 1)).isEqualTo(1);
        assertThat(Tokens.firstAtOrAfter(t, 5)).isEqualTo(2);
        assertThat(Tokens.firstAtOrAfter(t, 99)).isEqualTo(3);
    }

    @Test
    void keysFoldAccentsAndCaseAndGiveAShape() {
        List<Token> t = Tokens.of("Éric NATO 1244th");
        assertThat(t.get(0).key()).isEqualTo("eric");
        assertThat(t.get(0).shape()).isEqualTo(Tokens.Shape.CAPITALIZED);
        assertThat(t.get(1).shape()).isEqualTo(Tokens.Shape.UPPER);
        assertThat(t.get(2).shape()).isEqualTo(Tokens.Shape.LOWER);
        assertThat(t.get(0).isCapitalized()).isTrue();
    }

    @Test
    void aWordReadAsAnInitialKeepsItsText() {
        Token dk = Tokens.names("DK Shivakumar", ABBREVIATIONS).get(0);
        assertThat(dk.allCaps()).isTrue();
        Token initial = dk.asInitial();
        assertThat(initial.text()).isEqualTo("DK");
        assertThat(initial.lower()).isEqualTo("dk");
        assertThat(initial.initial()).isTrue();
        assertThat(initial.capitalised()).isTrue();
        assertThat(initial.allCaps()).isFalse();
        assertThat(initial.start()).isEqualTo(dk.start());
    }
}
