package dev.parley.corpus;

import dev.parley.testing.Seeds;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who met whom on a held-out set (src/test/resources/fixtures/meetings-unseen): invented press items written
 * without looking at the extraction rules, scored exactly like {@link MeetingFixturesScoreTest}. The score is
 * printed to follow how the rules generalise; no threshold is asserted yet, so tuning on this set stays visible.
 */
class MeetingUnseenScoreTest {
    private static final Path FOLDER = Seeds.root().resolve("src/test/resources/fixtures/meetings-unseen");

    @Test
    void atLeastThirtyFixtures_eachWithGold() {
        assertThat(Seeds.folder(FOLDER)).hasSizeGreaterThanOrEqualTo(30);
        assertThat(Seeds.folder(FOLDER)).allSatisfy(s -> assertThat(FOLDER.resolve(s.id() + ".expect")).exists());
    }

    @Test
    void printsScore() throws IOException {
        MeetingFixturesScoreTest.Score score = MeetingFixturesScoreTest.score(FOLDER);
        score.print();
        assertThat(score.fixtures()).isEqualTo(Seeds.folder(FOLDER).size());
    }
}
