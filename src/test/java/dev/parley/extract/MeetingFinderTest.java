package dev.parley.extract;

import dev.parley.ingest.SourceFile;
import dev.parley.ingest.ArticleParser;

import dev.parley.extract.EntityMention;
import dev.parley.extract.LocalPerson;
import dev.parley.extract.LocalRole;
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
        // "Ministers Dacic and Lavrov discussed", "the two Ministers agreed": the same talks again (merged later)
        assertThat(describe(found, people)).containsExactly(
                "reported: Ivica Dacic, Sergey Lavrov @ Moscow",
                "reported: Ivica Dacic, Sergey Lavrov",
                "reported: Ivica Dacic, Sergey Lavrov",
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
        // the second is "They discussed ...": more of the same meeting, without a place
        assertThat(describe(found, people)).containsExactly("reported: Zoran Djordjevic, Alexander Chepurin",
                "reported: Zoran Djordjevic, Alexander Chepurin");
    }

    private List<String> findIn(String text, String... people) {
        Document doc = ArticleParser.parse(new SourceFile("x", "x.txt", text));
        List<LocalPerson> hand = HandPeople.of(doc, people);
        return describe(finder.find(doc, hand, List.of()), hand);
    }

    private static List<LocalPerson> withRoles(List<LocalPerson> people, LocalRole... roles) {
        List<LocalPerson> out = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            LocalPerson p = people.get(i);
            out.add(new LocalPerson(p.name(), p.forms(), p.mentions(), i < roles.length ? List.of(roles[i]) : List.of()));
        }
        return out;
    }

    @Test
    void phoneAndVideoContacts_areCalls_withoutPlace() {
        assertThat(findIn("Call\n\nMinister Sara Holm had a telephone conversation with Minister Ivo Basic today.\n",
                "Sara Holm|Holm", "Ivo Basic|Basic")).containsExactly("call: Sara Holm, Ivo Basic");
        assertThat(findIn("Call\n\nPresident Ana Ruiz held a video conference with President Ole Berg.\n",
                "Ana Ruiz|Ruiz", "Ole Berg|Berg")).containsExactly("call: Ana Ruiz, Ole Berg");
    }

    @Test
    void aPlanKeepsItsDay_inTheYearOfTheArticle() {
        Document doc = ArticleParser.parse(new SourceFile("x", "x.txt",
                "Visit\n\nRiga, 20 December 2024\n\nMinister Lina Ozola will travel to Oslo on January 9 to meet Minister Per Dahl.\n"));
        List<LocalPerson> people = HandPeople.of(doc, "Lina Ozola|Ozola", "Per Dahl|Dahl");
        // January 9 after an article of December 20: the next year's
        assertThat(describe(finder.find(doc, people, List.of()), people))
                .containsExactly("planned: Lina Ozola, Per Dahl 2025-01-09");
    }

    @Test
    void theSpokespersonWhoAnnounces_andAMonthAreNoParticipants() {
        assertThat(findIn("Plan\n\nIn May, spokesman Tom Reed said Minister Eva Lind will meet Minister Ali Kaya.\n",
                "May", "Tom Reed|Reed", "Eva Lind|Lind", "Ali Kaya|Kaya"))
                .containsExactly("planned: Eva Lind, Ali Kaya");
    }

    @Test
    void bilateralMeetingsWithSeveralMinistersByRole_areOneMeetingEach() {
        Document doc = ArticleParser.parse(new SourceFile("x", "x.txt", "Talks\n\nMinister Eva Lind held bilateral "
                + "meetings with the foreign ministers of Chile and Peru. Chilean Foreign Minister Jorge Soto and Peruvian "
                + "Foreign Minister Rosa Vega thanked her.\n"));
        List<LocalPerson> people = withRoles(HandPeople.of(doc, "Eva Lind|Lind", "Jorge Soto|Soto", "Rosa Vega|Vega"),
                new LocalRole("Minister of Foreign Affairs", "Sweden", null, 0, 0, 0),
                new LocalRole("Minister of Foreign Affairs", "Chile", null, 0, 0, 0),
                new LocalRole("Minister of Foreign Affairs", "Peru", null, 0, 0, 0));
        assertThat(describe(finder.find(doc, people, List.of()), people))
                .containsExactly("reported: Eva Lind, Jorge Soto", "reported: Eva Lind, Rosa Vega");
    }

    @Test
    void theTwoLeadersLastMet_isAnEarlierMeetingOfThePeopleJustNamed() {
        assertThat(findIn("Talks\n\nPresident Ana Ruiz received President Ole Berg today. The two leaders last met in Rome.\n",
                "Ana Ruiz|Ruiz", "Ole Berg|Berg"))
                .containsExactly("reported: Ana Ruiz, Ole Berg", "mentioned: Ana Ruiz, Ole Berg");
    }

    @Test
    void aCommentatorOnTheTalks_isNoParticipant() {
        assertThat(findIn("Talks\n\nThe talks between Minister Eva Lind and Minister Ali Kaya were useful, analyst Tom Reed said.\n",
                "Eva Lind|Lind", "Ali Kaya|Kaya", "Tom Reed|Reed"))
                .containsExactly("reported: Eva Lind, Ali Kaya");
    }
}
