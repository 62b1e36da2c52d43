package dev.parley.extract;

import dev.parley.testing.Seeds;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speaker accuracy over every annotated article (seeds and the quote fixtures of other outlets and styles): the share
 * of the quotes a reader finds that come out with the right speaker, unknown speakers included. A missed quote
 * counts as wrong; a quote found where a reader sees none is counted separately.
 */
class QuoteFinderAccuracyTest {
    /** Floor under the measured accuracy; the target on unseen press items is 0.92. */
    private static final double FLOOR = 0.92;

    @Test
    void attributesAtLeastTheTargetShareOfQuotes() {
        QuoteFinder finder = new QuoteFinder(Vocabulary.get());
        List<QuoteCases.Case> cases = new ArrayList<>(QuoteCases.seeds(Seeds.root()));
        cases.addAll(QuoteCases.folder(Seeds.root().resolve("src/test/resources/fixtures/quotes")));
        int expected = 0;
        int right = 0;
        int missed = 0;
        int extra = 0;
        List<String> errors = new ArrayList<>();
        for (QuoteCases.Case c : cases) {
            QuoteCases.Score s = QuoteCases.score(c, finder.find(c.doc(), c.people()));
            expected += s.expected();
            right += s.rightSpeaker();
            missed += s.missed();
            extra += s.extra();
            errors.addAll(s.errors());
        }
        double accuracy = (double) right / expected;
        System.out.printf("quote attribution: %d articles, %d quotes, %d with the right speaker (%.1f%%), %d missed, %d extra%n",
                cases.size(), expected, right, 100 * accuracy, missed, extra);
        errors.forEach(e -> System.out.println("  " + e));
        assertThat(cases.size()).isGreaterThanOrEqualTo(13);
        assertThat(accuracy).isGreaterThanOrEqualTo(FLOOR);
        assertThat(extra).as("quotes found where a reader sees none").isLessThanOrEqualTo(expected / 20);
    }
}
