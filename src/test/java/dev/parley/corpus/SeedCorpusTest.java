package dev.parley.corpus;

import dev.parley.model.Corpus;
import dev.parley.model.Meeting;
import dev.parley.model.Person;
import dev.parley.model.Quote;
import dev.parley.model.Role;
import dev.parley.text.Fold;
import dev.parley.testing.Seeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The quality bar on the five seed articles, through the whole builder (extraction and merge). */
class SeedCorpusTest {
    private static Corpus corpus;

    @BeforeAll
    static void build() {
        corpus = new CorpusBuilder("test").build(Seeds.seeds(), List.of(), CorpusBuilder.Progress.NONE);
    }

    private static Person person(String surname) {
        return corpus.people().stream().filter(p -> Fold.key(p.name()).endsWith(Fold.key(surname))).findFirst()
                .orElseThrow(() -> new AssertionError("no person " + surname + " in " + names()));
    }

    private static List<String> names() {
        return corpus.people().stream().map(Person::name).toList();
    }

    private static String surname(String personId) {
        if (personId == null) {
            return null;
        }
        String name = corpus.people().stream().filter(p -> p.id().equals(personId)).findFirst().orElseThrow().name();
        return Fold.key(name.substring(name.lastIndexOf(' ') + 1));
    }

    @Test
    void exactlyTheNinePeople() {
        assertThat(corpus.people()).extracting(p -> Fold.key(p.name())).containsExactlyInAnyOrder(
                "ivica dacic", "zoran djordjevic", "alexander chepurin", "sergey lavrov", "aleksandar vucic",
                "tomislav nikolic", "dmitry medvedev", "dmitry rogozin", "sergei shoigu");
    }

    @Test
    void canonicalNameKeepsDiacritics_andAliasesHoldOtherSpellingsAndSurname() {
        Person dacic = person("Dacic");
        assertThat(dacic.name()).isEqualTo("Ivica Dačić");
        assertThat(dacic.aliases()).contains("Ivica Dacic", "Dacic", "Dačić");
        assertThat(person("Lavrov").aliases()).contains("Lavrov");
    }

    @Test
    void rolesCarryCountryAndDocuments_andChangeOverTime() {
        Person lavrov = person("Lavrov");
        assertThat(lavrov.roles()).anySatisfy(r -> {
            assertThat(r.title()).isEqualTo("Minister of Foreign Affairs");
            assertThat(r.country()).isEqualTo("Russia");
            assertThat(r.documents()).hasSizeGreaterThanOrEqualTo(2);
        });
        Person vucic = person("Vucic");
        assertThat(vucic.roles()).extracting(Role::title).contains("Prime Minister", "President");
        assertThat(vucic.roles()).allSatisfy(r -> assertThat(r.country()).isEqualTo("Serbia"));
        assertThat(person("Chepurin").roles()).extracting(Role::title, Role::country)
                .contains(org.assertj.core.groups.Tuple.tuple("Ambassador", "Russia"));
    }

    @Test
    void all22QuotesWithTheRightSpeaker() {
        Map<String, List<String>> speakersByDoc = corpus.quotes().stream().collect(Collectors.groupingBy(
                q -> q.doc().substring(0, 3), java.util.TreeMap::new,
                Collectors.mapping(q -> String.valueOf(surname(q.speaker())), Collectors.toList())));
        assertThat(speakersByDoc).containsEntry("001", List.of("djordjevic"));
        assertThat(speakersByDoc).containsEntry("002", List.of("dacic", "dacic", "lavrov", "lavrov", "lavrov", "lavrov",
                "lavrov", "lavrov", "lavrov", "lavrov"));
        assertThat(speakersByDoc).containsEntry("003", List.of("dacic", "dacic"));
        assertThat(speakersByDoc).containsEntry("004", List.of("lavrov", "lavrov", "lavrov", "lavrov", "lavrov",
                "lavrov", "lavrov", "lavrov", "lavrov"));
        assertThat(corpus.quotes()).hasSize(22);
        assertThat(corpus.quotes()).noneMatch(q -> q.text().equals("either Russia or the EU"));
        assertThat(corpus.quotes()).anyMatch(q -> q.text().equals("sees nothing unusual"));
    }

    @Test
    void quoteOffsetsPointAtTheQuotedText() {
        for (Quote q : corpus.quotes()) {
            var doc = corpus.documents().stream().filter(d -> d.id().equals(q.doc())).findFirst().orElseThrow();
            assertThat(doc.paragraphs().get(q.paragraph()).text().substring(q.start(), q.end())).isEqualTo(q.text());
        }
    }

    @Test
    void reportedMeetingsWithTheirParticipants() {
        List<String> reported = corpus.meetings().stream().filter(m -> m.kind().equals("reported"))
                .map(SeedCorpusTest::participants).toList();
        assertThat(reported).contains("chepurin dacic djordjevic", "chepurin djordjevic", "dacic lavrov", "lavrov vucic");
        assertThat(corpus.meetings()).filteredOn(m -> m.kind().equals("planned")).extracting(SeedCorpusTest::participants)
                .contains("medvedev");
        assertThat(corpus.meetings()).filteredOn(m -> m.kind().equals("mentioned")).extracting(SeedCorpusTest::participants)
                .contains("vucic", "nikolic", "dacic rogozin shoigu");
    }

    @Test
    void dacicAndLavrovMeetingsInTwoUndatedArticlesStaySeparate() {
        long count = corpus.meetings().stream().filter(m -> m.kind().equals("reported"))
                .filter(m -> participants(m).equals("dacic lavrov")).count();
        assertThat(count).isEqualTo(2);
    }

    private static String participants(Meeting m) {
        return m.participants().stream().map(p -> surname(p.person())).sorted().collect(Collectors.joining(" "));
    }

    @Test
    void nothingThatIsAPlaceOrAgreementOrOrganisationIsAPerson() {
        assertThat(names()).noneMatch(n -> n.matches(
                "(?i).*(kosovo|metohija|herzegovina|dayton|partnership|council|security|europe|union|brussels|pristina|nato).*"));
    }

    @Test
    void topicsHaveEvidenceInTheirDocuments() {
        assertThat(corpus.topics()).isNotEmpty();
        assertThat(corpus.topics()).allSatisfy(t -> assertThat(t.documents()).allSatisfy(d ->
                assertThat(d.evidence()).isNotEmpty()));
        var seed004 = corpus.documents().stream().filter(d -> d.id().startsWith("004")).findFirst().orElseThrow();
        assertThat(seed004.topics()).isNotEmpty();
    }

    @Test
    void placesAndOrganisationsWithAliases() {
        assertThat(corpus.places()).anySatisfy(p -> {
            assertThat(p.name()).isEqualTo("Kosovo");
            assertThat(p.aliases()).contains("Kosmet");
        });
        assertThat(corpus.places()).anySatisfy(p -> {
            assertThat(p.name()).isEqualTo("Russia");
            assertThat(p.aliases()).contains("Russian Federation");
        });
        assertThat(corpus.organisations()).extracting(e -> e.name()).contains("NATO", "OSCE");
    }
}
