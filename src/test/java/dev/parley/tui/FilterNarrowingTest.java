package dev.parley.tui;

import dev.parley.index.CorpusIndex;
import dev.parley.index.FixtureCorpus;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Filtering from the last result while typing on gives exactly what filtering the whole list gives. */
class FilterNarrowingTest {
    private static final CorpusIndex INDEX = new CorpusIndex(FixtureCorpus.corpus());

    @Property(tries = 200)
    void typingAndErasing_givesTheSameRowsAsAFreshFilter(
            @ForAll @StringLength(max = 12) @Chars({'a', 'e', 'r', 'k', 'o', 'v', 'i', 'c', 'ć', ' ', 'M', 'B', '\b'})
            String keys) {
        Content typing = new Content(INDEX);
        for (Pane pane : List.of(Pane.DOCUMENTS, Pane.PEOPLE, Pane.QUOTES)) {
            StringBuilder filter = new StringBuilder();
            for (char k : keys.toCharArray()) {
                if (k == '\b') {
                    if (filter.length() > 0) {
                        filter.setLength(filter.length() - 1);
                    }
                } else {
                    filter.append(k);
                }
                assertThat(typing.rows(pane, filter.toString())).as("%s filtered by '%s'", pane, filter)
                        .isEqualTo(new Content(INDEX).rows(pane, filter.toString()));
            }
        }
    }

    @Test
    void narrows_onlyWhenEveryOldWordIsPartOfANewOne() {
        assertThat(Filters.narrows(List.of("mar"), List.of("mark"))).isTrue();
        assertThat(Filters.narrows(List.of("mar"), List.of("mar", "bel"))).isTrue();
        assertThat(Filters.narrows(List.of("mark"), List.of("mar"))).isFalse();
        assertThat(Filters.narrows(List.of("mar", "bel"), List.of("mar"))).isFalse();
        assertThat(Filters.narrows(List.of(), List.of("x"))).isTrue();
    }
}
