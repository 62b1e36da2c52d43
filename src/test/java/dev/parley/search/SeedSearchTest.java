package dev.parley.search;

import dev.parley.io.ModelJson;
import dev.parley.model.Corpus;
import dev.parley.testing.Seeds;
import dev.parley.text.Fold;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Search over the committed seed model: real extraction output, accents as the sources wrote them. */
class SeedSearchTest {
    private static SearchIndex index;

    @BeforeAll
    static void open() throws Exception {
        Corpus corpus = ModelJson.read(Seeds.root().resolve("data/model.json"));
        index = SearchIndex.inMemory(corpus);
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void dacicFindsBothSpellings() throws QueryException {
        List<Hit> hits = index.search("dacic", 20);
        assertThat(hits).isNotEmpty();
        List<String> words = hits.stream().flatMap(h -> h.snippet().hits().stream()
                .map(s -> h.snippet().text().substring(s.start(), s.end()))).distinct().toList();
        assertThat(words).contains("Dačić", "Dacic");
        assertThat(index.search("Dačić", 20)).hasSameSizeAs(hits);
    }

    @Test
    void personFilterFindsTheQuotesOfTheSpeaker() throws QueryException {
        List<Hit> quotes = index.search("kind:quote person:lavrov", 50);
        assertThat(quotes).isNotEmpty().allMatch(Hit::isQuote);
        assertThat(quotes).allSatisfy(h -> assertThat(h.quote().speaker()).contains("lavrov"));
    }

    @Test
    void sourceFilterAndPhrase() throws QueryException {
        List<Hit> tass = index.search("kind:doc source:tass", 10);
        assertThat(tass).isNotEmpty().allSatisfy(h -> assertThat(Fold.key(h.document().source())).contains("tass"));
        List<Hit> phrase = index.search("\"security council\"", 10);
        assertThat(phrase).isNotEmpty();
        assertThat(phrase).allSatisfy(h -> assertThat(h.snippet().hits()).isNotEmpty());
    }

    @Test
    void collocatesOfSerbiaComeFromTheIndexCounts() throws QueryException {
        SearchIndex.Kwic kwic = index.concordance("serbia", 10_000);
        assertThat(kwic.complete()).isTrue();
        assertThat(kwic.lines()).hasSize((int) kwic.occurrences());
        List<Concordance.Collocate> near = Concordance.collocates(kwic.lines(), 5, 2, index.frequencies());
        assertThat(near).isNotEmpty();
        assertThat(near).allSatisfy(c -> assertThat(c.together()).isLessThanOrEqualTo((int) c.total()));
        assertThat(near).isSortedAccordingTo((a, b) -> Double.compare(b.logLikelihood(), a.logLikelihood()));
    }
}
