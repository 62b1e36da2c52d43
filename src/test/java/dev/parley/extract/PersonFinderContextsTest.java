package dev.parley.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.parley.extract.PersonFinderFixturesTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * What the words around a capitalised run say about it: a noun beside it that names a kind of place or firm
 * ("the Velmor Ostrana district", "drone firm Skylarke"), and person contexts for names no list knows
 * ("surnamed Quell", a title ending in an organisation's acronym, an irregular past tense after a name).
 */
class PersonFinderContextsTest {
    private final PersonFinder finder = new PersonFinder(Vocabulary.get());

    private List<String> names(String file) {
        return finder.find(fixture(file)).stream().map(LocalPerson::name).toList();
    }

    @Test
    void aNounBesideTheRunMakesItAPlaceOrAFirm() {
        List<String> names = names("river-towns.txt");
        assertThat(names).doesNotContain("Velmor Ostrana", "Karvel Dunmore", "Ostrava Kelm", "Skylarke",
                "Vesna Kuriren", "Halden Marr");
        assertThat(names).contains("Tamsin Orlowe");
    }

    @Test
    void personContextsForUnknownNames() {
        List<String> names = names("river-towns.txt");
        assertThat(names).contains("Quell", "Tavish Kornblum", "Darnell Voskuijlen", "Vashtul Sheikh");
    }

    /** Portfolios of several words and the officials under a minister name the person after them. */
    @Test
    void longPortfoliosAndUndersecretariesNameThePersonAfterThem() {
        assertThat(person("long-portfolios.txt", "Ruudi Kask").roles()).extracting(LocalRole::title)
                .containsExactly("Undersecretary of Political Affairs");
        assertThat(person("long-portfolios.txt", "Joris van den Akker").roles()).extracting(LocalRole::title)
                .containsExactly("Minister of Trade");
        assertThat(person("long-portfolios.txt", "Thandeka Mbeki-Nkosi").roles()).extracting(LocalRole::title)
                .containsExactly("Minister of Foreign Affairs");
        // the portfolio joined by "and" opens six words before the run "Trade Ilona Varkonyi-Szep"
        assertThat(person("long-portfolios.txt", "Ilona Varkonyi-Szep").roles()).extracting(LocalRole::title)
                .containsExactly("Minister of Foreign Affairs");
    }

    /** After a comma that ends a title phrase, a name of two words is the holder of the title; a place is not. */
    @Test
    void aNameAfterTheCommaThatEndsATitlePhrase() {
        List<String> names = names("long-portfolios.txt");
        assertThat(names).contains("Maret Sooaru").doesNotContain("Quellin Harbour");
    }

    private LocalPerson person(String file, String name) {
        return finder.find(fixture(file)).stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aRoleTakesTheCountryTheArticleIsAbout() {
        assertThat(person("one-country.txt", "Bojan Radulic").roles())
                .extracting(LocalRole::title, LocalRole::country)
                .containsExactly(tuple("Minister of Defence", "Serbia"));
        assertThat(person("one-country.txt", "Dragan Velimirac").roles())
                .extracting(LocalRole::title, LocalRole::country)
                .containsExactly(tuple("President", "Serbia"));
    }

    @Test
    void anArticleAboutTwoCountriesLeavesTheRoleWithoutOne() {
        assertThat(person("two-countries.txt", "Bojan Radulic").roles())
                .extracting(LocalRole::title, LocalRole::country)
                .containsExactly(tuple("Minister of Defence", null));
    }

    @Test
    void surnamesThatAreAlsoOrdinaryWordsAfterAnHonorificOrAGivenName() {
        List<String> names = names("word-surnames.txt");
        // "Mr. Lantern", "Ms. Marble": an abbreviated honorific makes the next word a surname, whatever it means
        assertThat(names).contains("Lantern", "Marble");
        // a given name and a person's context ("a lawyer", "the treasurer") make an organisation word the surname
        assertThat(names).contains("Helen Harbor", "Martin Tribe");
        // a given name that is also a place opens the name when an unknown surname follows
        assertThat(names).contains("Sofia Marenko");
        // ... but not a school that governs "of", a valley, or a college after a preposition
        assertThat(names).doesNotContain("Martin School", "Jordan Valley", "Helen College", "Jordan", "Kelmstad");
    }
}
