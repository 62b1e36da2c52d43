package dev.parley.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConcordanceTest {
    private static final List<String> TEXTS = List.of(
            "Both sides stressed energy security and regional trade.",
            "Energy security is national security, the minister said.",
            "They spoke of food security in the region.",
            "Cooperation in energy was discussed; security was not.",
            "The talks ended with a joint statement on trade.");

    private static List<Concordance.Line> lines(String... keyword) {
        List<Concordance.Line> out = new ArrayList<>();
        for (int i = 0; i < TEXTS.size(); i++) {
            out.addAll(Concordance.find("d" + i, 0, TEXTS.get(i), TextAnalyzer.tokens(TEXTS.get(i)), List.of(keyword)));
        }
        return out;
    }

    private static Concordance.Frequencies frequencies() {
        return Concordance.Frequencies.of(TEXTS.stream().map(TextAnalyzer::tokens).toList());
    }

    @Test
    void everyOccurrenceSplitsItsParagraphAtTheKeyword() {
        List<Concordance.Line> found = lines("security");
        assertThat(found).hasSize(5);
        for (Concordance.Line l : found) {
            assertThat(l.left() + l.keyword() + l.right()).isEqualTo(l.text());
            assertThat(l.keyword()).isEqualToIgnoringCase("security");
        }
        assertThat(found.get(0).left()).isEqualTo("Both sides stressed energy ");
        assertThat(found.get(0).right()).isEqualTo(" and regional trade.");
        assertThat(found.get(2).left()).isEqualTo("Energy security is national ");
    }

    @Test
    void wordsAroundTheKeywordByPosition() {
        Concordance.Line l = lines("security").get(0);
        assertThat(l.word(-1)).isEqualTo("energy");
        assertThat(l.word(-2)).isEqualTo("stressed");
        assertThat(l.word(1)).isEqualTo("and");
        assertThat(l.word(3)).isEqualTo("trade");
        assertThat(l.word(4)).isEmpty(); // past the paragraph
        assertThat(l.word(-9)).isEmpty();
    }

    @Test
    void aPhraseIsOneKeyword() {
        List<Concordance.Line> found = lines("energy", "security");
        assertThat(found).hasSize(2);
        assertThat(found.get(1).keyword()).isEqualTo("Energy security");
        assertThat(found.get(1).word(-1)).isEmpty();
        assertThat(found.get(1).word(1)).isEqualTo("is");
    }

    @Test
    void sortByTheFirstWordToTheRightThenFurtherOut() {
        List<Concordance.Line> sorted = Concordance.sort(lines("security"), Concordance.sortPositions("R1"));
        assertThat(sorted).extracting(l -> l.word(1)).containsExactly("and", "in", "is", "the", "was");
    }

    @Test
    void sortByTheFirstWordToTheLeft() {
        List<Concordance.Line> sorted = Concordance.sort(lines("security"), Concordance.sortPositions("L1"));
        assertThat(sorted).extracting(l -> l.word(-1)).containsExactly("discussed", "energy", "energy", "food", "national");
        // ties keep going outwards: the two "energy" lines are ordered by L2 ("" before "stressed")
        assertThat(sorted.get(1).word(-2)).isEmpty();
        assertThat(sorted.get(2).word(-2)).isEqualTo("stressed");
    }

    @Test
    void sortKeysAreCheckedAndExpanded() {
        assertThat(Concordance.sortPositions("R1")).containsExactly(1, 2, 3);
        assertThat(Concordance.sortPositions("l2")).containsExactly(-2, -3, -4);
        assertThat(Concordance.sortPositions("L1,R1")).containsExactly(-1, 1);
        assertThatThrownBy(() -> Concordance.sortPositions("X1")).hasMessageContaining("not one of L1..L9, R1..R9");
        assertThatThrownBy(() -> Concordance.sortPositions("R0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void collocatesRankTheFaithfulCompanionFirst() {
        List<Concordance.Collocate> c = Concordance.collocates(lines("security"), 5, 2, frequencies());
        assertThat(c).isNotEmpty();
        assertThat(c.get(0).term()).isEqualTo("energy");
        // near three times (the two "security" of one sentence share their "energy": counted once)
        assertThat(c.get(0).together()).isEqualTo(3);
        assertThat(c.get(0).total()).isEqualTo(3);
        assertThat(c.get(0).logLikelihood()).isPositive();
        assertThat(c.get(0).mutualInformation()).isPositive();
        // the keyword itself is not its own collocate, and nothing below the minimum is listed
        assertThat(c).extracting(Concordance.Collocate::term).doesNotContain("security");
        assertThat(c).allSatisfy(x -> assertThat(x.together()).isGreaterThanOrEqualTo(2));
    }

    @Test
    void theWindowBoundsWhatCounts() {
        // "regional" is 2 words right of the first "security": inside a window of 2, outside a window of 1
        assertThat(Concordance.collocates(lines("security"), 2, 1, frequencies()))
                .extracting(Concordance.Collocate::term).contains("regional");
        assertThat(Concordance.collocates(lines("security"), 1, 1, frequencies()))
                .extracting(Concordance.Collocate::term).doesNotContain("regional");
    }

    @Test
    void wordsNoMoreFrequentThanChanceAreLeftOut() {
        // a word everywhere is near the keyword as often as chance says: no association
        List<String> texts = List.of("x a y", "x x x", "x x x", "x x x");
        List<Concordance.Line> found = new ArrayList<>();
        for (String t : texts) {
            found.addAll(Concordance.find("d", 0, t, TextAnalyzer.tokens(t), List.of("a")));
        }
        var f = Concordance.Frequencies.of(texts.stream().map(TextAnalyzer::tokens).toList());
        List<Concordance.Collocate> c = Concordance.collocates(found, 5, 1, f);
        assertThat(c).extracting(Concordance.Collocate::term).containsExactly("y"); // "x" is 10 of the 12 words
    }

    @Test
    void logLikelihoodMatchesAHandComputation() {
        // one line "k a": window holds 1 word (a), corpus of 4 words where a occurs twice
        List<String> texts = List.of("k a", "a b");
        List<Concordance.Line> found = Concordance.find("d", 0, texts.get(0), TextAnalyzer.tokens(texts.get(0)), List.of("k"));
        var f = Concordance.Frequencies.of(texts.stream().map(TextAnalyzer::tokens).toList());
        Concordance.Collocate a = Concordance.collocates(found, 5, 1, f).get(0);
        // table: a=1 (a in window), b=0, c=1 (a elsewhere), d=2; N=4; E11 = 1*2/4 = 0.5
        double g2 = 2 * (1 * Math.log(1 / 0.5) + 1 * Math.log(1 / 1.5) + 2 * Math.log(2 / 1.5));
        assertThat(a.logLikelihood()).isCloseTo(g2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(a.mutualInformation()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }
}
