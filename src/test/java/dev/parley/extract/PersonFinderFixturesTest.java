package dev.parley.extract;

import dev.parley.model.Document;
import dev.parley.model.Paragraph;
import dev.parley.model.Span;
import dev.parley.testing.Seeds;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Names the seeds do not show: particles, hyphens, apostrophes, initials, diacritics, East Asian order, a capitals
 * headline, possessives; and capitalised words that are not people. Documents are built from blank-line paragraphs
 * so that every line, headline included, is a paragraph.
 */
class PersonFinderFixturesTest {
    private final PersonFinder finder = new PersonFinder(Vocabulary.get());

    static Document fixture(String name) {
        String text = Seeds.fixture("people/" + name).text();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String block : text.split("\n\\s*\n")) {
            String p = block.strip().replaceAll("\\s+", " ");
            if (!p.isEmpty()) {
                paragraphs.add(new Paragraph(p, List.of(new Span(0, p.length()))));
            }
        }
        return new Document(name, name, "", "lead", null, null, null, paragraphs, List.of(), List.of());
    }

    private static List<String> names(List<LocalPerson> people) {
        return people.stream().map(LocalPerson::name).toList();
    }

    private static LocalPerson person(List<LocalPerson> people, String name) {
        Optional<LocalPerson> p = people.stream().filter(x -> x.name().equals(name)).findFirst();
        assertThat(p).as(name + " in " + names(people)).isPresent();
        return p.get();
    }

    @Test
    void particlesHyphensAndCapitalsHeadline() {
        List<LocalPerson> people = finder.find(fixture("eu-summit.txt"));
        assertThat(names(people)).containsExactly("Ursula von der Leyen", "Luiz Inácio Lula da Silva",
                "Mohammed bin Salman", "Abdel-Fattah el-Sisi", "Ban Ki-moon", "Jean-Pierre Raffarin");
        LocalPerson vdl = person(people, "Ursula von der Leyen");
        // the capitals headline repeats her name; the lower-case particle opens a later mention
        assertThat(vdl.mentions()).extracting(PersonMention::paragraph).contains(0, 1, 2);
        assertThat(vdl.forms()).contains("von der Leyen");
        assertThat(person(people, "Luiz Inácio Lula da Silva").forms()).contains("Lula");
        assertThat(person(people, "Ban Ki-moon").forms()).contains("Ban");
        assertThat(person(people, "Jean-Pierre Raffarin").roles()).extracting(LocalRole::title, LocalRole::country)
                .containsExactly(tuple("Prime Minister", "France"));
        assertThat(person(people, "Mohammed bin Salman").roles()).extracting(LocalRole::title)
                .containsExactly("Crown Prince");
    }

    @Test
    void eastAsianNamesAreReferredToByTheFamilyNameWrittenFirst() {
        List<LocalPerson> people = finder.find(fixture("asia-talks.txt"));
        assertThat(names(people)).containsExactly("Wang Yi", "Moon Jae-in", "Xi Jinping", "Fumio Kishida",
                "John Lee");
        assertThat(person(people, "Wang Yi").forms()).containsExactly("Wang Yi", "Wang");
        assertThat(person(people, "Wang Yi").roles()).extracting(LocalRole::title, LocalRole::country)
                .containsExactly(tuple("Minister of Foreign Affairs", "China"));
        assertThat(person(people, "Moon Jae-in").forms()).contains("Moon");
        // "Kishida's spokesman": the possessive is not part of the name
        assertThat(person(people, "Fumio Kishida").mentions()).extracting(PersonMention::text)
                .containsExactly("Fumio Kishida", "Kishida");
        assertThat(person(people, "John Lee").roles()).extracting(LocalRole::title).containsExactly("Chief Executive");
    }

    @Test
    void diacriticsApostrophesAndPlacesThatAreNotPeople() {
        List<LocalPerson> people = finder.find(fixture("balkan-visit.txt"));
        assertThat(names(people)).containsExactly("Nebojša Stefanović", "Péter Szijjártó", "Aleksandar Vučić",
                "Viktor Orbán", "Kolinda Grabar-Kitarović", "Seán O'Brien");
        assertThat(person(people, "Nebojša Stefanović").roles()).extracting(LocalRole::title, LocalRole::country)
                .containsExactly(tuple("Minister of Defence", "Serbia"));
        // "Mr. Stefanović" is a surname mention; "Szijjártó's visit" a possessive one
        assertThat(person(people, "Nebojša Stefanović").mentions()).extracting(PersonMention::form)
                .containsExactly("full", "surname", "surname");
        assertThat(person(people, "Péter Szijjártó").mentions()).hasSize(3);
        assertThat(person(people, "Péter Szijjártó").roles()).extracting(LocalRole::title)
                .containsExactly("Minister of Foreign Affairs");
    }

    @Test
    void initialsAndOrganisationsNamedAfterPeople() {
        List<LocalPerson> people = finder.find(fixture("us-history.txt"));
        // the library is named after Kennedy; the storm, the police and the exhibition are not people
        assertThat(names(people)).containsExactly("Maria Gonzalez", "Alan Price");
        assertThat(person(people, "Maria Gonzalez").forms()).containsExactly("Maria Gonzalez", "Gonzalez");
        assertThat(person(people, "Alan Price").roles()).extracting(LocalRole::title).containsExactly("Director");
    }

    @Test
    void initialsStayInsideTheName() {
        Document doc = new Document("k", "k", "", "lead", null, null, null,
                List.of(new Paragraph("President John F. Kennedy spoke in Berlin in June 1963.", List.of()),
                        new Paragraph("Kennedy said the city was a symbol of freedom.", List.of())),
                List.of(), List.of());
        List<LocalPerson> people = finder.find(doc);
        assertThat(names(people)).containsExactly("John F. Kennedy");
        assertThat(people.get(0).forms()).containsExactly("John F. Kennedy", "Kennedy");
    }

    @Test
    void aSurnameAloneIsAPersonWhenTheContextSaysSo() {
        Document doc = new Document("s", "s", "", "lead", null, null, null,
                List.of(new Paragraph("The talks in Geneva ended without a deal on Friday.", List.of()),
                        new Paragraph("\"We will meet again,\" Minister Okonkwo said after the session.", List.of()),
                        new Paragraph("Okonkwo added that Geneva would host the next round in May.", List.of())),
                List.of(), List.of());
        List<LocalPerson> people = finder.find(doc);
        assertThat(names(people)).containsExactly("Okonkwo");
        assertThat(people.get(0).mentions()).extracting(PersonMention::form).containsExactly("title", "surname");
    }

    @Test
    void unknownWordsReadAsANameByTheirSurroundingsAndOrdinaryWordsDoNot() {
        List<LocalPerson> people = finder.find(fixture("valley-water.txt"));
        // no list knows "Ravelo" or "Quintash"; "Varnel Oskatra" follows a noun, "Tulu Tulu" repeats itself,
        // "Quellen Varo" comes before a noun, "Sirelu Danpo" stands in quotes; "Growers", "Supreme Court" and
        // "Central Water Board" are ordinary words
        assertThat(names(people)).containsExactly("Lin Pei-wen", "Ravelo Quintash");
        // a title that starts before the capitalised run: "Minister of Economic Affairs Lin Pei-wen"
        assertThat(person(people, "Lin Pei-wen").roles()).extracting(LocalRole::title)
                .containsExactly("Minister of Economy");
    }
}
