package dev.parley.command;

import dev.parley.index.CorpusIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding people, documents, topics, meetings and quotes of the seed model from what a user types. */
class ResolverTest {
    private final Resolver resolver = SeedModel.resolver();

    @ParameterizedTest
    @ValueSource(strings = {"dacic", "Dačić", "DACIC", "ivica", "Ivica Dacic", "ivica dačić", "iv", "dacic iv"})
    void person_accentCaseAndPrefixInsensitive(String typed) {
        Resolver.Resolution r = resolver.resolve(Kind.PERSON, typed);
        assertThat(r.found()).as(r.problem()).isTrue();
        assertThat(r.target().id()).isEqualTo("ivica-dacic");
    }

    @Test
    void person_surnamePrefix_andMultiWordWithoutQuotes() {
        assertThat(resolver.resolve(Kind.PERSON, "lavr").target().value()).isEqualTo("Sergey Lavrov");
        assertThat(resolver.resolve(Kind.PERSON, "lav").target().id()).isEqualTo("sergey-lavrov");
        assertThat(resolver.resolve(Kind.PERSON, "Sergey Lavrov").level()).isEqualTo(Resolver.EXACT);
        assertThat(resolver.resolve(Kind.PERSON, "  sergey   lav ").target().id()).isEqualTo("sergey-lavrov");
    }

    @Test
    void alias_leadsToTheCanonicalPerson() {
        Resolver.Resolution r = resolver.resolve(Kind.PERSON, "Vucic");
        assertThat(r.level()).isEqualTo(Resolver.EXACT);
        assertThat(r.target().value()).isEqualTo("Aleksandar Vucic");
        assertThat(resolver.resolve(Kind.PERSON, "Djordjevic").target().id()).isEqualTo("zoran-djordjevic");
    }

    @Test
    void severalMatches_areNotFound_andTheProblemNamesThem() {
        Resolver.Resolution r = resolver.resolve(Kind.PERSON, "dmitry");
        assertThat(r.found()).isFalse();
        assertThat(r.matches()).extracting(Target::id).containsExactlyInAnyOrder("dmitry-medvedev", "dmitry-rogozin");
        assertThat(r.problem()).startsWith("2 people match 'dmitry': ").contains("Dmitry Medvedev", "Dmitry Rogozin");
    }

    @Test
    void misspelling_offersTheClosest() {
        Resolver.Resolution r = resolver.resolve(Kind.PERSON, "lavorv");
        assertThat(r.found()).isFalse();
        assertThat(r.closest()).extracting(Target::id).first().isEqualTo("sergey-lavrov");
        assertThat(r.problem()).isEqualTo("no person 'lavorv' — did you mean Sergey Lavrov?");
        assertThat(resolver.resolve(Kind.PERSON, "medvedv").closest()).extracting(Target::id).contains("dmitry-medvedev");
        assertThat(resolver.resolve(Kind.PERSON, "zzzzzz").problem()).isEqualTo("no person 'zzzzzz'");
    }

    @Test
    void document_byIdPrefix_orTitleWords() {
        assertThat(resolver.resolve(Kind.DOCUMENT, "003").target().id()).startsWith("003_");
        assertThat(resolver.resolve(Kind.DOCUMENT, "russia supports").target().id()).startsWith("004_");
        assertThat(resolver.resolve(Kind.DOCUMENT, "djordjevic chepurin").target().id()).startsWith("001_");
    }

    @Test
    void topic_byNameWords_andMeeting_byIdOrPlaceAndPerson() {
        assertThat(resolver.resolve(Kind.TOPIC, "kosovo").target().id()).isEqualTo("kosovo");
        assertThat(resolver.resolve(Kind.TOPIC, "migr").target().id()).isEqualTo("migration");
        assertThat(resolver.resolve(Kind.MEETING, "m-4").target().id()).isEqualTo("m-4");
        assertThat(resolver.resolve(Kind.MEETING, "2015-10").target().id()).isEqualTo("m-1");
        assertThat(resolver.resolve(Kind.MEETING, "belgrade chepurin").target().id()).isEqualTo("m-4");
    }

    @Test
    void quote_byWordsItContains() {
        Resolver.Resolution r = resolver.resolve(Kind.QUOTE, "sovereign right");
        assertThat(r.matches()).isNotEmpty();
        assertThat(r.level()).isEqualTo(Resolver.CONTAINS);
        r.matches().forEach(t -> assertThat(SeedModel.corpus().quotes().stream()
                .filter(q -> q.id().equals(t.id())).findFirst().orElseThrow().text().toLowerCase())
                .contains("sovereign", "right"));
    }

    @Test
    void quote_byItsOnlyMatch() {
        assertThat(resolver.resolve(Kind.QUOTE, "under pressure").target().id()).isEqualTo("q-002_c9be8e4e78eecbf3-3");
    }

    @Test
    void candidates_rankBestLevelFirst_andListEveryoneWhenBlank() {
        assertThat(resolver.candidates(Kind.PERSON, "", 100)).hasSize(SeedModel.corpus().people().size());
        assertThat(resolver.candidates(Kind.PERSON, "d", 100)).extracting(Target::id)
                .contains("ivica-dacic", "dmitry-medvedev", "dmitry-rogozin", "zoran-djordjevic");
        assertThat(resolver.candidates(Kind.PERSON, "d", 2)).hasSize(2);
        assertThat(resolver.all(Kind.PERSON).get(0).description()).isNotBlank();
    }

    @Test
    void everyThing_isReachable_byWhatCompletionInserts_onTheSeedsAndTheFixture() {
        for (Resolver r : java.util.List.of(resolver, new Resolver(new CorpusIndex(dev.parley.index.FixtureCorpus.corpus())))) {
            for (Kind k : Kind.values()) {
                for (Target t : r.all(k)) {
                    Resolver.Resolution res = r.resolve(k, t.value());
                    assertThat(res.found()).as("%s %s: %s", k, t.value(), res.problem()).isTrue();
                    assertThat(res.target()).isEqualTo(t);
                }
            }
        }
    }

    @Test
    void everyPerson_isACompletionOfTheStartOfTheirSurname() {
        for (Target t : resolver.all(Kind.PERSON)) {
            String surname = t.value().substring(t.value().lastIndexOf(' ') + 1);
            String start = surname.substring(0, Math.min(4, surname.length()));
            assertThat(resolver.candidates(Kind.PERSON, start, 5)).as(start).contains(t);
        }
    }

    @Test
    void emptyModel_findsNothing_andSaysSo() {
        Resolver empty = new Resolver(new CorpusIndex(SeedModel.empty()));
        for (Kind k : Kind.values()) {
            assertThat(empty.candidates(k, "", 10)).isEmpty();
            Resolver.Resolution r = empty.resolve(k, "lavrov");
            assertThat(r.found()).isFalse();
            assertThat(r.problem()).isEqualTo("no " + k.noun() + " 'lavrov'");
        }
    }

    @Test
    void distance_countsSwapsAsOne() {
        assertThat(Resolver.distance("lavorv", "lavrov")).isEqualTo(1);
        assertThat(Resolver.distance("abc", "abc")).isZero();
        assertThat(Resolver.distance("kitten", "sitting")).isEqualTo(3);
    }
}
