package dev.parley.search;

import dev.parley.index.FixtureCorpus;
import dev.parley.model.Document;
import dev.parley.model.Span;
import dev.parley.text.Fold;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static dev.parley.index.FixtureCorpus.D1;
import static dev.parley.index.FixtureCorpus.D2;
import static dev.parley.index.FixtureCorpus.D3;
import static dev.parley.index.FixtureCorpus.D4;
import static dev.parley.index.FixtureCorpus.D5;
import static org.assertj.core.api.Assertions.assertThat;

class SearchIndexTest {
    private static SearchIndex index;

    @BeforeAll
    static void open() throws IOException {
        index = SearchIndex.inMemory(FixtureCorpus.corpus());
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    /** Documents (not quotes) hit, in rank order. */
    private static List<String> docs(String query) throws QueryException {
        return index.search(query, 50).stream().filter(h -> !h.isQuote()).map(h -> h.document().id()).toList();
    }

    private static List<String> quotes(String query) throws QueryException {
        return index.search(query, 50).stream().filter(Hit::isQuote).map(h -> h.quote().id()).toList();
    }

    @Test
    void accentsAndCaseDoNotMatter() throws QueryException {
        List<String> plain = docs("markovic");
        assertThat(plain).containsExactlyInAnyOrder(D1, D2, D3, D4, D5);
        assertThat(docs("MARKOVIĆ")).containsExactlyInAnyOrderElementsOf(plain);
        // Đ folds as the rest of Parley folds it: Đurić is found as djuric
        assertThat(docs("djuric")).containsExactly(D1);
        assertThat(docs("Đurić")).containsExactly(D1);
    }

    @Test
    void moreMatchingWordsRankHigher() throws QueryException {
        List<String> ranked = docs("energy security");
        // only D3 has both words; D1 has energy alone and must not match (words are all required)
        assertThat(ranked).containsExactly(D3);
        List<String> either = docs("energy OR security");
        assertThat(either).containsExactlyInAnyOrder(D1, D3);
        assertThat(either.get(0)).isEqualTo(D3);
    }

    @Test
    void aWordInTheTitleCountsMore() throws QueryException {
        // "Santiago" is in D2's title and text, and in D1? no: only D2. "Beijing" is in D4's title and body, and in m-4 only.
        List<Hit> hits = index.search("trade", 10);
        assertThat(hits.get(0).document().id()).isEqualTo(D1); // in the title and twice in the text
    }

    @Test
    void phrasesMatchWordsTogetherOnly() throws QueryException {
        assertThat(docs("\"energy security\"")).containsExactly(D3);
        assertThat(quotes("\"energy security\"")).containsExactly("q-" + D3 + "-1");
        assertThat(docs("\"security energy\"")).isEmpty();
        assertThat(docs("\"trade and energy\"")).containsExactly(D1);
    }

    @Test
    void phrasesDoNotRunAcrossParagraphs() throws QueryException {
        // D1's first paragraph ends with "energy." and the next starts with "Our trade": not a phrase
        assertThat(docs("\"energy our\"")).isEmpty();
    }

    @Test
    void personFilterUsesNamesAndAliases() throws QueryException {
        assertThat(docs("person:kowalska")).containsExactly(D3);
        assertThat(quotes("person:kowalska")).containsExactly("q-" + D3 + "-1");
        assertThat(docs("person:\"tomas herrera\"")).containsExactlyInAnyOrder(D1, D2, D3);
        assertThat(quotes("person:herrera")).containsExactlyInAnyOrder("q-" + D1 + "-2", "q-" + D2 + "-1");
        assertThat(docs("person:djuric")).containsExactly(D1);
        assertThat(docs("person:\"li wei\"")).containsExactly(D4);
        // a phrase inside one name, never across two people of the same article
        assertThat(docs("person:\"herrera petar\"")).isEmpty();
    }

    @Test
    void topicSourcePlaceTitleAndKindFilters() throws QueryException {
        assertThat(docs("topic:energy")).containsExactlyInAnyOrder(D1, D3);
        assertThat(docs("topic:trade")).containsExactlyInAnyOrder(D1, D4);
        assertThat(docs("source:xinhua")).containsExactly(D4);
        assertThat(quotes("source:xinhua")).containsExactly("q-" + D4 + "-1");
        assertThat(docs("source:\"foreign affairs\"")).containsExactly(D1);
        assertThat(docs("place:warsaw")).containsExactly(D3);
        assertThat(docs("title:santiago")).containsExactly(D2);
        assertThat(index.search("kind:quote energy", 10)).allMatch(Hit::isQuote).hasSize(1);
        assertThat(index.search("kind:doc energy", 10)).noneMatch(Hit::isQuote).hasSize(2);
    }

    @Test
    void dateFiltersAreHalfOpenAndPartialDatesOverlap() throws QueryException {
        // D1 2016-03-14, D2 2016-03, D3 2017-05-02, D4 undated, D5 2017
        assertThat(docs("kind:doc before:2017")).containsExactlyInAnyOrder(D1, D2);
        assertThat(docs("kind:doc after:2017")).containsExactlyInAnyOrder(D3, D5);
        assertThat(docs("kind:doc after:2016-04")).containsExactlyInAnyOrder(D3, D5);
        assertThat(docs("kind:doc after:2016-03-15")).containsExactlyInAnyOrder(D2, D3, D5);
        assertThat(docs("kind:doc before:2016-03-14")).containsExactly(D2);
        assertThat(docs("kind:doc after:2016 before:2016-04")).containsExactlyInAnyOrder(D1, D2);
        assertThat(docs("kind:doc after:2017-06")).containsExactly(D5);
        assertThat(quotes("before:2017")).containsExactlyInAnyOrder("q-" + D1 + "-1", "q-" + D1 + "-2", "q-" + D2 + "-1");
    }

    @Test
    void booleanOperators() throws QueryException {
        assertThat(docs("trade AND energy")).containsExactly(D1);
        assertThat(docs("trade energy")).containsExactly(D1);
        // quoted words are in their article's text too
        assertThat(docs("invitation OR iron")).containsExactlyInAnyOrder(D2, D4);
        assertThat(quotes("invitation OR iron")).containsExactlyInAnyOrder("q-" + D2 + "-1", "q-" + D4 + "-1");
        assertThat(docs("trade NOT energy")).containsExactly(D4);
        assertThat(docs("trade -energy")).containsExactly(D4);
        assertThat(docs("kind:doc NOT markovic")).isEmpty();
        assertThat(docs("kind:doc -(trade OR energy)")).containsExactlyInAnyOrder(D2, D5);
        assertThat(docs("(belgrade OR warsaw) energy")).containsExactlyInAnyOrder(D1, D3);
        assertThat(docs("energ*")).containsExactlyInAnyOrder(D1, D3);
        // lower-case operators are plain words
        assertThat(docs("\"trade and energy\"")).containsExactly(D1);
    }

    @Test
    void hitsPointAtTheWordInTheParagraph() throws QueryException {
        for (Hit h : index.search("security", 10)) {
            Document d = h.document();
            String text = d.paragraphs().get(h.paragraph()).text();
            assertThat(Fold.key(text.substring(h.start(), h.end()))).isEqualTo("security");
            // the snippet is that paragraph's text at its offset, and its hits are the word too
            Snippet s = h.snippet();
            assertThat(s.paragraph()).isEqualTo(h.paragraph());
            assertThat(text.substring(s.offset(), s.offset() + s.text().length())).isEqualTo(s.text());
            assertThat(s.hits()).isNotEmpty();
            for (Span sp : s.hits()) {
                assertThat(Fold.key(s.text().substring(sp.start(), sp.end()))).isEqualTo("security");
            }
        }
    }

    @Test
    void theBestParagraphIsTheOneWithMostQueryWords() throws QueryException {
        Hit h = docs2("herrera chile").get(0);
        assertThat(h.document().id()).isEqualTo(D1);
        String text = h.document().paragraphs().get(h.paragraph()).text();
        assertThat(text).contains("Chile").contains("Herrera");
        assertThat(h.paragraph()).isZero();
    }

    private static List<Hit> docs2(String q) throws QueryException {
        return index.search(q, 10).stream().filter(h -> !h.isQuote()).toList();
    }

    @Test
    void aTitleOnlyOrFilterOnlyMatchOpensAtTheStart() throws QueryException {
        Hit h = index.search("kind:doc place:beijing", 5).get(0);
        assertThat(h.paragraph()).isZero();
        assertThat(h.start()).isZero();
        assertThat(h.snippet().hits()).isEmpty();
        Hit titled = index.search("title:discuss", 5).get(0);
        assertThat(titled.titleHits()).hasSize(1);
        Span t = titled.titleHits().get(0);
        assertThat(titled.document().title().substring(t.start(), t.end())).isEqualTo("discuss");
    }

    @Test
    void quoteHitsPointIntoTheirParagraph() throws QueryException {
        Hit h = index.search("doubled", 5).stream().filter(Hit::isQuote).findFirst().orElseThrow();
        String text = h.document().paragraphs().get(h.paragraph()).text();
        assertThat(text.substring(h.start(), h.end())).isEqualTo("doubled");
        assertThat(text.substring(h.snippet().offset(), h.snippet().offset() + h.snippet().text().length()))
                .isEqualTo(h.snippet().text());
    }

    @Test
    void limitAndCount() throws QueryException {
        assertThat(index.search("markovic", 2)).hasSize(2);
        assertThat(index.count("kind:doc markovic")).isEqualTo(5);
    }

    @Test
    void concordanceFindsEveryOccurrenceInCorpusOrder() throws QueryException {
        SearchIndex.Kwic kwic = index.concordance("Energy", 100);
        assertThat(kwic.complete()).isTrue();
        assertThat(kwic.lines()).extracting(Concordance.Line::doc).containsExactly(D1, D3, D3);
        assertThat(kwic.lines()).extracting(Concordance.Line::paragraph).containsExactly(0, 0, 1);
        assertThat(kwic.occurrences()).isEqualTo(3);
        assertThat(kwic.lines()).allSatisfy(l -> assertThat(l.keyword()).isEqualToIgnoringCase("energy"));
        SearchIndex.Kwic phrase = index.concordance("foreign minister", 100);
        assertThat(phrase.lines()).extracting(Concordance.Line::doc).containsExactly(D2, D3);
        SearchIndex.Kwic cut = index.concordance("marković", 2);
        assertThat(cut.lines()).hasSize(2);
        assertThat(cut.complete()).isFalse();
        assertThat(cut.occurrences()).isGreaterThan(2);
    }

    @Test
    void indexFrequenciesCountTheParagraphs() {
        Concordance.Frequencies f = index.frequencies();
        assertThat(f.count("energy")).isEqualTo(3);
        assertThat(f.count("markovic")).isGreaterThanOrEqualTo(5);
        assertThat(f.total()).isGreaterThan(100);
    }
}
