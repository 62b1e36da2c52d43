package dev.parley.extract;

import dev.parley.model.Document;
import dev.parley.model.Evidence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TopicTaggerTest {
    private static final TopicTagger TAGGER = new TopicTagger(Vocabulary.get());

    @Test
    void taxonomyCoversWhatAnAnalystAsksAbout() {
        assertThat(TAGGER.topics()).extracting(Map.Entry::getKey).contains("kosovo", "nato",
                "eu-integration", "migration", "humanitarian", "defence", "economy", "energy", "health",
                "bosnia-dayton", "osce", "un", "sanctions", "terrorism", "sovereignty", "culture-religion", "climate",
                "elections", "human-rights").doesNotHaveDuplicates();
        assertThat(TAGGER.topics()).allSatisfy(t -> assertThat(t.getValue()).isNotBlank());
    }

    @Test
    void seedTopics() {
        assertThat(TAGGER.tag(LexiconDocs.seed("000"))).containsKeys("humanitarian", "migration", "eu-integration",
                "nato").doesNotContainKeys("kosovo", "health", "bosnia-dayton");
        assertThat(TAGGER.tag(LexiconDocs.seed("002"))).containsKeys("kosovo", "nato", "migration", "defence",
                "eu-integration").doesNotContainKeys("health", "osce");
        assertThat(TAGGER.tag(LexiconDocs.seed("003"))).containsKeys("kosovo", "health", "humanitarian")
                .doesNotContainKeys("nato", "osce");
        assertThat(TAGGER.tag(LexiconDocs.seed("004"))).containsKeys("kosovo", "bosnia-dayton", "osce", "un")
                .doesNotContainKeys("health", "migration");
    }

    @Test
    void evidenceIsTheSentencesWithKeywords() {
        Document doc = LexiconDocs.seed("000");
        List<Evidence> evidence = TAGGER.tag(doc).get("nato");
        assertThat(evidence).isNotEmpty().allSatisfy(e -> {
            assertThat(e.doc()).isEqualTo("000");
            String paragraph = doc.paragraphs().get(e.paragraph()).text();
            assertThat(paragraph.substring(e.start(), e.end())).isEqualTo(e.text());
        });
        assertThat(evidence).anySatisfy(e -> assertThat(e.text()).contains("military neutrality"));
    }

    @Test
    void oneWeakKeywordIsNotEnoughTwoAre() {
        assertThat(TAGGER.tag(LexiconDocs.of("t", "The ministers discussed the humanitarian situation."))
                .keySet()).contains("humanitarian");
        assertThat(TAGGER.tag(LexiconDocs.of("t", "They spoke about humanitarian ties."))).doesNotContainKey(
                "humanitarian");
        Map<String, List<Evidence>> two = TAGGER.tag(LexiconDocs.of("t",
                "They spoke about humanitarian ties. Civilians need more."));
        assertThat(two).containsKey("humanitarian");
        assertThat(two.get("humanitarian")).hasSize(2);
    }

    @Test
    void variantsOfOneKeywordCountOnce() {
        // "EU" and "European Union" are the same clue: still one weak keyword
        assertThat(TAGGER.tag(LexiconDocs.of("t", "The European Union (EU) issued a statement.")))
                .doesNotContainKey("eu-integration");
    }

    @Test
    void prefixesAndCaseRules() {
        assertThat(TAGGER.tag(LexiconDocs.of("t", "Migrants crossed the border."))).containsKey("migration");
        assertThat(TAGGER.tag(LexiconDocs.of("t", "It is an important and useful step."))).doesNotContainKey(
                "economy");
        assertThat(TAGGER.tag(LexiconDocs.of("t", "who knows what the un-named sources meant"))).isEmpty();
    }

    @Test
    void fixturesFromOtherRegions() {
        assertThat(TAGGER.tag(LexiconDocs.fixture("asean"))).containsKeys("humanitarian", "economy", "un");
        assertThat(TAGGER.tag(LexiconDocs.fixture("african-union"))).containsKeys("peace-security", "humanitarian",
                "sovereignty");
        assertThat(TAGGER.tag(LexiconDocs.fixture("latin-america"))).containsKeys("economy", "climate",
                "agriculture-food", "sanctions");
    }
}
