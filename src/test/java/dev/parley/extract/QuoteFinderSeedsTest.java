package dev.parley.extract;

import dev.parley.testing.Seeds;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed articles, with the people their texts name, built by hand: all 22 direct quotes and their speakers. */
class QuoteFinderSeedsTest {
    private final QuoteFinder finder = new QuoteFinder(Vocabulary.get());

    @Test
    void findsEveryQuoteOfTheSeedsWithItsSpeaker() {
        List<String> errors = new ArrayList<>();
        int expected = 0;
        int found = 0;
        for (QuoteCases.Case c : QuoteCases.seeds(Seeds.root())) {
            QuoteCases.Score s = QuoteCases.score(c, finder.find(c.doc(), c.people()));
            errors.addAll(s.errors());
            expected += s.expected();
            found += s.found();
        }
        assertThat(errors).isEmpty();
        assertThat(expected).isEqualTo(22);
        assertThat(found).isEqualTo(22);
    }
}
