package dev.parley.search;

import dev.parley.index.FixtureCorpus;
import dev.parley.model.Span;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever a user types, search answers or names the problem in one line; snippets always point into their text. */
class SearchPropertiesTest {
    private static SearchIndex index;

    @BeforeContainer
    static void open() throws IOException {
        index = SearchIndex.inMemory(FixtureCorpus.corpus());
    }

    @AfterContainer
    static void close() throws IOException {
        index.close();
    }

    @Property(tries = 400)
    void anyQueryIsAnsweredOrRefusedInOneLine(
            @ForAll @StringLength(max = 40) @Chars({'a', 'e', 'n', 'r', 'g', 'y', 'š', 'ć', ' ', ' ', '"', '(', ')', ':', '-',
                    '*', '1', '2', '0', 'A', 'N', 'D', 'O', 'R', 'T'}) String junk,
            @ForAll("fieldPrefix") String prefix) {
        String query = prefix + junk;
        try {
            List<Hit> hits = index.search(query, 10);
            for (Hit h : hits) {
                String text = h.document().paragraphs().isEmpty() ? "" : h.document().paragraphs().get(h.paragraph()).text();
                Snippet s = h.snippet();
                assertThat(text.substring(s.offset(), s.offset() + s.text().length())).isEqualTo(s.text());
                for (Span sp : s.hits()) {
                    assertThat(sp.end()).isLessThanOrEqualTo(s.text().length());
                }
            }
        } catch (QueryException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> fieldPrefix() {
        return net.jqwik.api.Arbitraries.of("", "person:", "topic:", "before:", "after:", "kind:", "title:", "NOT ", "x OR ");
    }

    @Property(tries = 300)
    void aSnippetIsAPieceOfItsTextAroundTheFirstHit(
            @ForAll @StringLength(min = 1, max = 400) @Chars({'a', 'b', ' ', '.', 'x'}) String text,
            @ForAll @IntRange(min = 10, max = 200) int width) {
        List<Token> tokens = TextAnalyzer.tokens(text);
        List<Span> hits = Highlights.find(tokens, List.of(List.of("x")), List.of());
        Snippet s = Highlights.cut(text, 0, 0, hits, width);
        assertThat(text.substring(s.offset(), s.offset() + s.text().length())).isEqualTo(s.text());
        assertThat(s.cutBefore()).isEqualTo(s.offset() > 0);
        assertThat(s.cutAfter()).isEqualTo(s.offset() + s.text().length() < text.length());
        for (Span h : s.hits()) {
            assertThat(s.text().substring(h.start(), h.end())).isEqualTo("x");
        }
        if (!hits.isEmpty() && hits.get(0).end() - hits.get(0).start() <= width) {
            assertThat(s.hits()).as("the first hit is in the snippet").isNotEmpty();
        }
    }
}
