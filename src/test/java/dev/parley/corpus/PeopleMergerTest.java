package dev.parley.corpus;

import dev.parley.extract.LocalPerson;
import dev.parley.extract.PersonMention;
import dev.parley.model.Document;
import dev.parley.model.Person;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One person written many ways across documents becomes one corpus person with every spelling as an alias. */
class PeopleMergerTest {

    /** One document per name, each naming one person, with its own forms. */
    private static List<Person> merge(List<List<String>> peopleForms) {
        List<CorpusBuilder.Extraction> extractions = new ArrayList<>();
        for (int i = 0; i < peopleForms.size(); i++) {
            List<String> forms = peopleForms.get(i);
            Document doc = new Document("d" + i, "d" + i + ".txt", "", "lead", null, null, null, List.of(),
                    List.of(), List.of());
            LocalPerson p = new LocalPerson(forms.get(0), forms,
                    List.of(new PersonMention(0, 0, forms.get(0).length(), forms.get(0), "full")), List.of());
            extractions.add(new CorpusBuilder.Extraction(doc, List.of(p), List.of(), List.of(), List.of(), List.of(),
                    Map.of(), List.of()));
        }
        return new PeopleMerger(extractions).people();
    }

    private static List<String> allNames(Person p) {
        List<String> out = new ArrayList<>(p.aliases());
        out.add(p.name());
        return out;
    }

    @Test
    void serbianSurnameWithAndWithoutDiacriticsAndDj() {
        List<Person> people = merge(List.of(List.of("Zoran Đukić", "Đukić"), List.of("Zoran Djukic"),
                List.of("Zoran Dukic"), List.of("Dukic")));
        assertThat(people).hasSize(1);
        assertThat(people.get(0).name()).isEqualTo("Zoran Đukić");
        assertThat(allNames(people.get(0))).contains("Zoran Đukić", "Zoran Djukic", "Zoran Dukic", "Đukić", "Dukic");
    }

    @Test
    void transliteratedGivenNames() {
        List<Person> people = merge(List.of(List.of("Sergey Varlamov"), List.of("Sergei Varlamov"),
                List.of("Aleksandr Tomin"), List.of("Alexander Tomin"), List.of("Yelena Brusova"),
                List.of("Elena Brusova")));
        assertThat(people).hasSize(3);
        assertThat(people).extracting(p -> allNames(p).size()).containsOnly(2);
    }

    @Test
    void hyphenatedSurnameWrittenWithASpace() {
        List<Person> people = merge(List.of(List.of("Mikhail Kovalenko Smith"), List.of("Mikhail Kovalenko-Smith"),
                List.of("Mikhail Kovalenko-Smith")));
        assertThat(people).hasSize(1);
        assertThat(people.get(0).name()).isEqualTo("Mikhail Kovalenko-Smith");
        assertThat(people.get(0).aliases()).contains("Mikhail Kovalenko Smith");
    }

    @Test
    void differentPeopleStayApart() {
        // a shared last word is not a shared hyphenated surname; other given names are other people
        List<Person> people = merge(List.of(List.of("Anna Smith"), List.of("Mikhail Kovalenko-Smith"),
                List.of("Joe Varlamov"), List.of("Hunter Varlamov"), List.of("Petr Tomin"), List.of("Pavel Tomin")));
        assertThat(people).hasSize(6);
    }
}
