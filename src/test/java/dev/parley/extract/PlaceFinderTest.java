package dev.parley.extract;

import dev.parley.model.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceFinderTest {
    private static final PlaceFinder FINDER = new PlaceFinder(Vocabulary.get());

    private static Set<String> canonicals(Document doc) {
        return FINDER.find(doc).stream().map(EntityMention::canonical).collect(Collectors.toSet());
    }

    private static List<EntityMention> find(String text) {
        return FINDER.find(LexiconDocs.of("t", text));
    }

    @Test
    void seedsNameTheirPlaces() {
        Set<String> all = new java.util.HashSet<>();
        for (String seed : List.of("000", "001", "002", "003", "004")) {
            all.addAll(canonicals(LexiconDocs.seed(seed)));
        }
        assertThat(all).contains("Belgrade", "Moscow", "Serbia", "Russia", "Kosovo", "Balkans",
                "Bosnia and Herzegovina", "China");
        assertThat(canonicals(LexiconDocs.seed("000"))).containsExactlyInAnyOrder("Serbia", "Belgrade", "Russia");
    }

    @Test
    void kosovoUnderItsOtherNames() {
        List<EntityMention> found = FINDER.find(LexiconDocs.seed("003"));
        assertThat(found).filteredOn(m -> m.canonical().equals("Kosovo")).extracting(EntityMention::text)
                .contains("Kosovo and Metohija", "Kosmet");
    }

    @Test
    void officialNamesAreOneMentionButAdjectivesAreNone() {
        List<EntityMention> found = find("The Ambassador of the Russian Federation met the Minister of the "
                + "Republic of Serbia. Russian and Serbian officials spoke of the Kingdom of Morocco.");
        assertThat(found).extracting(EntityMention::text)
                .containsExactly("Russian Federation", "Republic of Serbia", "Kingdom of Morocco");
        assertThat(found).extracting(EntityMention::canonical).containsExactly("Russia", "Serbia", "Morocco");
        assertThat(found).extracting(EntityMention::kind).containsOnly("country");
    }

    @Test
    void offsetsPointAtTheNameAndPossessivesStayOutside() {
        String text = "Serbia’s position and Serbia's interest were discussed in Moscow.";
        List<EntityMention> found = find(text);
        assertThat(found).hasSize(3);
        for (EntityMention m : found) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
        assertThat(found).extracting(EntityMention::text).containsExactly("Serbia", "Serbia", "Moscow");
        assertThat(found.get(2).kind()).isEqualTo("city");
    }

    @Test
    void longestNameWinsAndWordBoundariesHold() {
        assertThat(find("Aid reached Papua New Guinea and Guinea-Bissau, not Guinea."))
                .extracting(EntityMention::canonical)
                .containsExactly("Papua New Guinea", "Guinea-Bissau", "Guinea");
        assertThat(find("Serbians and Russians met Nigerians; Euro-Atlantic integration was raised.")).isEmpty();
        assertThat(find("They met in New York City and later in Mexico City.")).extracting(EntityMention::canonical)
                .containsExactly("New York", "Mexico City");
    }

    @Test
    void accentsDoNotMatterButCaseDoes() {
        assertThat(find("Talks in Brasilia, Bogota and São Paulo; Sao Paulo again.")).extracting(EntityMention::canonical)
                .containsExactly("Brasília", "Bogotá", "São Paulo", "São Paulo");
        assertThat(find("we could chad turkey at home with us")).isEmpty();
        assertThat(find("Officials from Turkey, Chad and the US attended.")).extracting(EntityMention::canonical)
                .containsExactly("Turkey", "Chad", "United States");
    }

    @Test
    void personalNamesThatAreAlsoPlacesAreNotPlaces() {
        assertThat(find("Michael Jordan visited Jordan with Paris Hilton and Rosario Murillo."))
                .extracting(EntityMention::text).containsExactly("Jordan");
    }

    @Test
    void agreementsAndCurrenciesNamedAfterPlacesAreNotPlaces() {
        assertThat(find("The Brussels Agreement and the Minsk Protocol cost US$2 billion in Brussels."))
                .extracting(EntityMention::text).containsExactly("Brussels");
    }

    @Test
    void regionsAndCitiesCarryTheirKind() {
        List<EntityMention> found = find("Leaders of the Western Balkans met in Sarajevo and discussed the Sahel.");
        assertThat(found).extracting(EntityMention::canonical).containsExactly("Western Balkans", "Sarajevo", "Sahel");
        assertThat(found).extracting(EntityMention::kind).containsExactly("region", "city", "region");
    }

    @Test
    void fixturesFromOtherRegions() {
        assertThat(canonicals(LexiconDocs.fixture("asean"))).contains("Jakarta", "South China Sea", "China", "Japan",
                "South Korea", "United States", "Philippines", "Vietnam", "Spratly Islands", "Myanmar", "Rakhine",
                "Kuala Lumpur", "Indonesia");
        assertThat(canonicals(LexiconDocs.fixture("african-union"))).contains("Addis Ababa", "Pretoria",
                "South Africa", "Horn of Africa", "Tigray", "Kenya", "Ethiopia", "United States");
        assertThat(canonicals(LexiconDocs.fixture("latin-america"))).contains("Brasília", "Brazil", "Argentina",
                "Paraguay", "Uruguay", "Amazon", "Mato Grosso", "Rio Grande do Sul", "Buenos Aires", "Brussels",
                "Colombia", "Chile", "Bolivia", "Europe");
    }
}
