package dev.parley.search;

import dev.parley.index.SpeakersCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Quotes are found by who said them: people (also in joint statements) and organisations. */
class SpeakerSearchTest {
    private static SearchIndex index;

    @BeforeAll
    static void open() throws Exception {
        index = SearchIndex.inMemory(SpeakersCorpus.corpus());
    }

    private static List<String> quoteIds(String query) throws Exception {
        return index.search("kind:quote " + query, 20).stream().map(h -> h.quote().id()).sorted().toList();
    }

    @Test
    void speakerField_findsAnOrganisationsQuotes_includingTheHeadline() throws Exception {
        assertThat(quoteIds("speaker:ministry")).containsExactly("q-utopia-talks-1", "q-utopia-talks-2");
    }

    @Test
    void personAndSpeakerFields_findAJointStatementByEitherSpeaker() throws Exception {
        assertThat(quoteIds("person:berg")).containsExactly("q-utopia-talks-3");
        assertThat(quoteIds("person:kovac")).containsExactly("q-utopia-talks-3");
        assertThat(quoteIds("speaker:\"jonas berg\"")).containsExactly("q-utopia-talks-3");
    }

    @Test
    void headlineQuoteHit_pointsIntoTheTitle() throws Exception {
        Hit h = index.search("kind:quote border", 5).get(0);
        assertThat(h.quote().id()).isEqualTo("q-utopia-talks-1");
        assertThat(h.paragraph()).isEqualTo(-1);
        assertThat(SpeakersCorpus.TITLE.substring(h.quote().start(), h.quote().end())).isEqualTo("The border stays open");
    }
}
