package dev.parley.extract;

import dev.parley.ingest.SourceFile;
import dev.parley.ingest.ArticleParser;

import dev.parley.extract.EntityMention;
import dev.parley.extract.LocalPerson;
import dev.parley.extract.Vocabulary;
import dev.parley.model.Document;
import dev.parley.testing.HandPeople;
import dev.parley.testing.Seeds;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingFinderTest {
    private final MeetingFinder finder = new MeetingFinder(Vocabulary.get());

    /** Names of the participants of each meeting found, with its kind, e.g. "reported: Dacic, Chepurin". */
    private static List<String> describe(List<MeetingFinder.LocalMeeting> meetings, List<LocalPerson> people) {
        List<String> out = new ArrayList<>();
        for (var m : meetings) {
            List<String> names = m.participants().stream().map(i -> people.get(i).name()).toList();
            out.add(m.kind() + ": " + String.join(", ", names)
                    + (m.place() == null ? "" : " @ " + m.place()) + (m.date() == null ? "" : " " + m.date().value()));
        }
        return out;
    }

    private static List<EntityMention> places(Document doc, String... names) {
        List<EntityMention> out = new ArrayList<>();
        for (String spec : names) {
            String[] parts = spec.split(":");
            for (int pi = 0; pi < doc.paragraphs().size(); pi++) {
                String text = doc.paragraphs().get(pi).text();
                for (int i = text.indexOf(parts[0]); i >= 0; i = text.indexOf(parts[0], i + 1)) {
                    out.add(new EntityMention(parts[0], parts[1], pi, i, i + parts[0].length(), parts[0]));
                }
            }
        }
        return out;
    }

    @Test
    void leadMeeting_subjectsJoinedByAnd_andObjectAfterVerb() {
        Document doc = ArticleParser.parse(Seeds.seed("000"));
        List<LocalPerson> people = HandPeople.of(doc, "Ivica Dacic|Dacic", "Zoran Djordjevic|Djordjevic",
                "Alexander Chepurin|Chepurin");
        var found = finder.find(doc, people, places(doc, "Belgrade:city"));
        assertThat(describe(found, people)).containsExactly(
                "reported: Ivica Dacic, Zoran Djordjevic, Alexander Chepurin @ Belgrade");
    }

    @Test
    void visitsRecalledWithRespectively_areOneMentionedMeetingEach_andAnInvitationIsPlanned() {
        Document doc = ArticleParser.parse(Seeds.seed("002"));
        List<LocalPerson> people = HandPeople.of(doc, "Ivica Dacic|Dacic", "Sergey Lavrov|Lavrov",
                "Aleksandar Vucic|Vucic", "Tomislav Nikolic|Nikolic", "Dmitry Medvedev|Medvedev",
                "Dmitry Rogozin|Rogozin", "Sergei Shoigu|Shoigu");
        var found = finder.find(doc, people, places(doc, "Moscow:city", "Serbia:country"));
        assertThat(describe(found, people)).containsExactly(
                "reported: Ivica Dacic, Sergey Lavrov @ Moscow",
                "mentioned: Aleksandar Vucic @ Moscow 2015-10",
                "mentioned: Tomislav Nikolic @ Moscow 2016-03",
                "planned: Dmitry Medvedev @ Serbia",
                "mentioned: Ivica Dacic, Dmitry Rogozin, Sergei Shoigu");
    }

    @Test
    void meetingOnTheReportingDay_usesDatelinePlaceAndDate_andPlannedVisitHasItsOwnPlace() {
        Document doc = ArticleParser.parse(Seeds.seed("004"));
        List<LocalPerson> people = HandPeople.of(doc, "Sergey Lavrov|Lavrov", "Aleksandar Vucic|Vucic",
                "Dmitry Medvedev|Medvedev");
        var found = finder.find(doc, people, places(doc, "Belgrade:city", "Moscow:city", "Balkans:region"));
        assertThat(describe(found, people)).contains(
                "reported: Sergey Lavrov, Aleksandar Vucic @ Belgrade --12-04",
                "planned: Dmitry Medvedev @ Belgrade");
    }

    @Test
    void spokeTodayWith_isReported_evenOutsideTheLead() {
        Document doc = ArticleParser.parse(Seeds.seed("003"));
        List<LocalPerson> people = HandPeople.of(doc, "Ivica Dačić|Dačić", "Sergey Lavrov|Lavrov",
                "Aleksandar Vucic|Vucic");
        var found = finder.find(doc, people, List.of());
        assertThat(describe(found, people)).contains("reported: Sergey Lavrov, Aleksandar Vucic")
                .anySatisfy(s -> assertThat(s).startsWith("reported:").contains("Ivica Dačić", "Sergey Lavrov"));
    }

    @Test
    void sentenceWithOnePersonAndNoVisit_isNoMeeting() {
        Document doc = ArticleParser.parse(new SourceFile("x", "x.txt",
                "Title\n\nThe committee met on Monday. Jane Doe received an award.\n"));
        List<LocalPerson> people = HandPeople.of(doc, "Jane Doe");
        assertThat(finder.find(doc, people, List.of())).isEmpty();
    }

    @Test
    void futureTalks_arePlanned() {
        Document doc = ArticleParser.parse(new SourceFile("x", "x.txt",
                "Envoys to meet\n\nForeign Minister Ana Lima will meet her counterpart Kofi Mensah in Accra next week.\n"));
        List<LocalPerson> people = HandPeople.of(doc, "Ana Lima|Lima", "Kofi Mensah|Mensah");
        var found = finder.find(doc, people, places(doc, "Accra:city"));
        assertThat(describe(found, people)).containsExactly("planned: Ana Lima, Kofi Mensah @ Accra");
    }

    @Test
    void aCountryInATitleIsNoMeetingPlace() {
        Document doc = ArticleParser.parse(Seeds.seed("001"));
        List<LocalPerson> people = HandPeople.of(doc, "Zoran Djordjevic|Djordjevic", "Alexander Chepurin|Chepurin");
        var found = finder.find(doc, people, places(doc, "Russian Federation:country"));
        assertThat(describe(found, people)).containsExactly("reported: Zoran Djordjevic, Alexander Chepurin");
    }
}
