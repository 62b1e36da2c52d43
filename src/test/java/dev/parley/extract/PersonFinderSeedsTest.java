package dev.parley.extract;

import dev.parley.ingest.ArticleParser;
import dev.parley.model.Document;
import dev.parley.model.Paragraph;
import dev.parley.testing.Seeds;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The people of the five seed articles, and nothing else. */
class PersonFinderSeedsTest {
    private final PersonFinder finder = new PersonFinder(Vocabulary.get());

    private List<LocalPerson> people(String seedPrefix) {
        Document doc = ArticleParser.parse(Seeds.seed(seedPrefix));
        return finder.find(doc);
    }

    private static List<String> names(List<LocalPerson> people) {
        return people.stream().map(LocalPerson::name).toList();
    }

    private static LocalPerson person(List<LocalPerson> people, String name) {
        Optional<LocalPerson> p = people.stream().filter(x -> x.name().equals(name)).findFirst();
        assertThat(p).as(name).isPresent();
        return p.get();
    }

    @Test
    void dacicAndDjordjevicMeetTheRussianAmbassador() {
        List<LocalPerson> people = people("000");
        assertThat(names(people)).containsExactly("Ivica Dacic", "Zoran Djordjevic", "Alexander Chepurin");

        LocalPerson dacic = person(people, "Ivica Dacic");
        assertThat(dacic.roles()).extracting(LocalRole::title, LocalRole::country)
                .contains(org.assertj.core.groups.Tuple.tuple("First Deputy Prime Minister", "Serbia"),
                        org.assertj.core.groups.Tuple.tuple("Minister of Foreign Affairs", "Serbia"));
        assertThat(person(people, "Zoran Djordjevic").roles()).extracting(LocalRole::title)
                .contains("Minister of Defence");
        assertThat(person(people, "Alexander Chepurin").roles()).extracting(LocalRole::title, LocalRole::country)
                .contains(org.assertj.core.groups.Tuple.tuple("Ambassador", "Russia"));
        // "Ministers Dacic and Djordjevic" and "Ambassador Chepurin" are mentions of the same people
        assertThat(dacic.forms()).containsExactly("Ivica Dacic", "Dacic");
        assertThat(person(people, "Alexander Chepurin").mentions()).extracting(PersonMention::form)
                .contains("full", "title");
    }

    @Test
    void defenceMinisterTalksToAmbassador() {
        assertThat(names(people("001"))).containsExactly("Zoran Djordjevic", "Alexander Chepurin");
    }

    @Test
    void dacicInMoscowWithLavrov() {
        List<LocalPerson> people = people("002");
        assertThat(names(people)).containsExactly("Ivica Dacic", "Sergey Lavrov", "Aleksandar Vucic",
                "Tomislav Nikolic", "Dmitry Medvedev", "Dmitry Rogozin", "Sergei Shoigu");
        assertThat(person(people, "Sergey Lavrov").roles()).extracting(LocalRole::title, LocalRole::country)
                .contains(org.assertj.core.groups.Tuple.tuple("Minister of Foreign Affairs", "Russia"));
        assertThat(person(people, "Dmitry Rogozin").roles()).extracting(LocalRole::title, LocalRole::country)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Deputy Prime Minister", "Russia"));
        assertThat(person(people, "Sergei Shoigu").roles()).extracting(LocalRole::title, LocalRole::country)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Minister of Defence", "Russia"));
        assertThat(person(people, "Dmitry Medvedev").roles()).extracting(LocalRole::title, LocalRole::country)
                .contains(org.assertj.core.groups.Tuple.tuple("Prime Minister", "Russia"));
        // "Minister Lavrov said", "Mr. Lavrov added", "Lavrov said" all point to him
        assertThat(person(people, "Sergey Lavrov").mentions()).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void dacicWithDiacritics() {
        List<LocalPerson> people = people("003");
        assertThat(names(people)).containsExactly("Ivica Dačić", "Sergey Lavrov", "Aleksandar Vucic");
        assertThat(person(people, "Aleksandar Vucic").roles()).extracting(LocalRole::title, LocalRole::country)
                .contains(org.assertj.core.groups.Tuple.tuple("President", "Serbia"));
    }

    @Test
    void lavrovInBelgrade() {
        List<LocalPerson> people = people("004");
        assertThat(names(people)).containsExactly("Sergey Lavrov", "Aleksandar Vucic", "Dmitry Medvedev");
        assertThat(person(people, "Aleksandar Vucic").forms()).contains("Vucic");
    }

    @Test
    void everyMentionPointsAtItsTextInItsParagraph() {
        for (var source : Seeds.seeds()) {
            Document doc = ArticleParser.parse(source);
            for (LocalPerson p : finder.find(doc)) {
                for (PersonMention m : p.mentions()) {
                    Paragraph para = doc.paragraphs().get(m.paragraph());
                    assertThat(para.text().substring(m.start(), m.end())).isEqualTo(m.text());
                }
                for (LocalRole r : p.roles()) {
                    assertThat(r.start()).isLessThanOrEqualTo(r.end());
                    assertThat(r.end()).isLessThanOrEqualTo(doc.paragraphs().get(r.paragraph()).text().length());
                }
            }
        }
    }
}
