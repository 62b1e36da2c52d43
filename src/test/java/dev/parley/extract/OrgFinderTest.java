package dev.parley.extract;

import dev.parley.model.Document;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class OrgFinderTest {
    private static final OrgFinder FINDER = new OrgFinder(Vocabulary.get());

    private static Set<String> canonicals(Document doc) {
        return FINDER.find(doc).stream().map(EntityMention::canonical).collect(Collectors.toSet());
    }

    private static List<EntityMention> find(String text) {
        return FINDER.find(LexiconDocs.of("t", text));
    }

    @Test
    void seedsNameTheirOrganisations() {
        Set<String> all = new HashSet<>();
        for (String seed : List.of("000", "001", "002", "003", "004")) {
            all.addAll(canonicals(LexiconDocs.seed(seed)));
        }
        assertThat(all).contains("United Nations", "UN Security Council", "European Union", "NATO", "OSCE",
                "Council of Europe", "Parliamentary Assembly of the Council of Europe",
                "Intergovernmental Committee on Trade and Economic Cooperation", "Serbian Armed Forces");
        assertThat(all).noneMatch(name -> name.contains("Agreement") || name.contains("Resolution")
                || name.contains("Declaration") || name.contains("Dayton"));
        assertThat(all).doesNotContain("Russian Federation", "Serbia", "Russia");
    }

    @Test
    void paceIsFoundByNameAndAcronymAndNamesTheCouncilOfEurope() {
        List<EntityMention> found = FINDER.find(LexiconDocs.seed("004"));
        assertThat(found).filteredOn(m -> m.canonical().equals("Parliamentary Assembly of the Council of Europe"))
                .extracting(EntityMention::text)
                .containsExactly("Parliamentary Assembly of the Council of Europe", "PACE");
        assertThat(found).filteredOn(m -> m.canonical().equals("Council of Europe")).hasSize(1);
    }

    @Test
    void longestKnownNameWins() {
        assertThat(find("The UN Security Council and the U.N. General Assembly; the UN itself."))
                .extracting(EntityMention::canonical)
                .containsExactly("UN Security Council", "UN General Assembly", "United Nations");
    }

    @Test
    void contextualNamesNeedTheOrganisationNamedOtherwise() {
        assertThat(find("Serbia did not join the Alliance.")).isEmpty();
        assertThat(find("NATO held talks. Serbia did not join the Alliance.")).extracting(EntityMention::canonical)
                .containsExactly("NATO", "NATO");
        // "the Union" could be the EU or the AU: with both named it stands for neither
        assertThat(find("The EU and the AU met. The Union said nothing.")).extracting(EntityMention::text)
                .containsExactly("EU", "AU");
    }

    @Test
    void unknownOrganisationsByStructure() {
        List<EntityMention> found = find("Minister of Defence Zoran Djordjevic visited the Ministry of Defence. "
                + "The Intergovernmental Committee on Trade and Economic Cooperation met, and the Union of Serb "
                + "Municipalities was discussed with the Serbian Orthodox Church.");
        assertThat(found).extracting(EntityMention::canonical).containsExactly("Ministry of Defence",
                "Intergovernmental Committee on Trade and Economic Cooperation", "Union of Serb Municipalities",
                "Serbian Orthodox Church");
        assertThat(found).extracting(EntityMention::kind).containsOnly("organisation");
    }

    @Test
    void structureStopsAtPeopleTitlesAndAtASecondName() {
        assertThat(find("Speaker of the National Assembly Maja Novak met Deputy Prime Minister Ivan Horvat."))
                .extracting(EntityMention::canonical).containsExactly("National Assembly");
        assertThat(find("Shares of Lotus Holdings and United States investors rose."))
                .extracting(EntityMention::canonical).containsExactly("Lotus Holdings");
        assertThat(find("The Russian Federation and China agreed.")).isEmpty();
    }

    @Test
    void acronymsIntroducedInBracketsStandForTheLongName() {
        List<EntityMention> found = find("The Joint Monitoring Commission (JMC) met. Later the JMC reported.");
        assertThat(found).extracting(EntityMention::canonical).containsOnly("Joint Monitoring Commission");
        assertThat(found).extracting(EntityMention::text).containsExactly("Joint Monitoring Commission", "JMC", "JMC");
    }

    @Test
    void lowerCaseWordsAreNotAcronyms() {
        assertThat(find("Who said the eu and nato were allies? We asked who.")).isEmpty();
    }

    @Test
    void fixturesFromOtherRegions() {
        assertThat(canonicals(LexiconDocs.fixture("asean"))).contains("ASEAN", "ASEAN Regional Forum",
                "United Nations", "Regional Comprehensive Economic Partnership",
                "ASEAN Coordinating Centre for Humanitarian Assistance on Disaster Management");
        assertThat(canonicals(LexiconDocs.fixture("african-union"))).contains("African Union Commission",
                "African Union", "United Nations", "World Food Programme", "IGAD", "European Union",
                "Tigray People's Liberation Front", "Ministry of Foreign Affairs");
        assertThat(canonicals(LexiconDocs.fixture("latin-america"))).contains("Mercosur", "European Union",
                "CELAC", "Inter-American Development Bank", "Argentine Foreign Ministry");
    }
}
