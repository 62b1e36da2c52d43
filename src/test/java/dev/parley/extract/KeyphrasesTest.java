package dev.parley.extract;

import dev.parley.model.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KeyphrasesTest {
    private static final Keyphrases KEYPHRASES = new Keyphrases(Vocabulary.get());

    @Test
    void seedPhrasesAreMultiWordAndSalient() {
        List<String> phrases = KEYPHRASES.extract(LexiconDocs.seed("000"), 10);
        assertThat(phrases).hasSize(10).doesNotHaveDuplicates()
                .contains("policy of military neutrality", "EU accession process")
                .allSatisfy(p -> assertThat(p.split(" ")).hasSizeBetween(2, 5));
    }

    @Test
    void noPersonNamesNoTitlesNoHangingVerbs() {
        List<String> phrases = KEYPHRASES.extract(LexiconDocs.seed("002"), 30);
        assertThat(phrases).noneMatch(p -> p.contains("Lavrov") || p.contains("Dacic") || p.contains("Minister"))
                .noneMatch(p -> p.endsWith("said") || p.endsWith("ed"));
    }

    @Test
    void deterministicAndBounded() {
        Document doc = LexiconDocs.fixture("african-union");
        assertThat(KEYPHRASES.extract(doc, 5)).hasSize(5).isEqualTo(KEYPHRASES.extract(doc, 5))
                .isEqualTo(KEYPHRASES.extract(doc, 8).subList(0, 5));
        assertThat(KEYPHRASES.extract(doc, 0)).isEmpty();
        assertThat(KEYPHRASES.extract(LexiconDocs.of("e", ""), 5)).isEmpty();
    }

    @Test
    void repeatedPhrasesRankFirst() {
        Document doc = LexiconDocs.of("t", "The humanitarian corridors opened. Food reached the corridors late. "
                + "The humanitarian corridors stayed open, and the humanitarian corridors were safe. A quiet day.");
        assertThat(KEYPHRASES.extract(doc, 3).get(0)).isEqualTo("humanitarian corridors");
    }
}
