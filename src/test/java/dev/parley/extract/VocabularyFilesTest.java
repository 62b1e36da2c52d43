package dev.parley.extract;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The lexicon files are edited by hand: check the shape that the finders rely on. */
class VocabularyFilesTest {
    private final Vocabulary vocab = Vocabulary.get();

    @Test
    void everyUnMemberAndFourMore() {
        List<String> countries = vocab.list("countries");
        assertThat(countries).hasSize(197).doesNotHaveDuplicates()
                .contains("Kosovo", "Palestine", "Taiwan", "Vatican", "Serbia", "Tuvalu", "South Sudan");
    }

    @Test
    void gazetteerKeepsItsApiAndKnowsPlaces() {
        Gazetteer g = Gazetteer.get();
        assertThat(g.country("the Russian Federation")).isEqualTo("Russia");
        assertThat(g.country("Russian")).isEqualTo("Russia");
        assertThat(g.country("Kosmet")).isEqualTo("Kosovo");
        assertThat(g.country("Belgrade")).isNull();
        assertThat(g.place("Russian")).isNull();
        assertThat(g.place("Moscow")).isEqualTo(new Gazetteer.Place("Moscow", "city", "Russia"));
        assertThat(g.place("the Balkans").kind()).isEqualTo("region");
        assertThat(g.place("Kosovo and Metohija").name()).isEqualTo("Kosovo");
    }

    @Test
    void placesNameKnownCountries() {
        Set<String> countries = new HashSet<>(vocab.list("countries"));
        for (List<String> row : vocab.table("places")) {
            assertThat(row.size()).as(row.toString()).isBetween(2, 4);
            assertThat(row.get(1)).as(row.toString()).isIn("city", "region");
            if (row.size() > 2 && !row.get(2).isBlank()) {
                assertThat(countries).as(row.toString()).contains(row.get(2));
            }
        }
    }

    @Test
    void topicsAreWellFormed() {
        Set<String> ids = new HashSet<>();
        for (List<String> row : vocab.table("topics")) {
            assertThat(row).as(row.get(0)).hasSize(4);
            assertThat(ids.add(row.get(0))).as("duplicate " + row.get(0)).isTrue();
            assertThat(row.get(2)).as(row.get(0)).isNotBlank();
            for (String item : (row.get(2) + "|" + row.get(3)).split("[|=]")) {
                assertThat(item.indexOf('*')).as(item).isIn(-1, item.length() - 1);
            }
        }
    }

    @Test
    void organisationsHaveNames() {
        for (List<String> row : vocab.table("organisations")) {
            assertThat(row.get(0)).isNotBlank();
            assertThat(row.size()).isLessThanOrEqualTo(3);
        }
    }
}
