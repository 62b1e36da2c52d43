package dev.parley.clip;

import dev.parley.index.CorpusIndex;
import dev.parley.index.FixtureCorpus;
import dev.parley.model.DocDate;
import dev.parley.model.Document;
import dev.parley.model.Person;
import dev.parley.model.Quote;
import dev.parley.model.Speaker;
import dev.parley.model.Role;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CitationTest {
    private static final Quote Q = new Quote("q-d-0", "d", 0, 1, 10, "We know that Serbia is under pressure.",
            List.of(Speaker.person("sergey-lavrov")), "Lavrov", "said", "name", 0.9);
    private static final Person LAVROV = new Person("sergey-lavrov", "Sergey Lavrov", List.of(),
            List.of(new Role("Minister of Foreign Affairs", "Russia", null, List.of("d"))), List.of());
    private static final Document DOC = doc("Tanjug", "Belgrade", new DocDate("2015-12-04", "day", "dateline"));

    private static Document doc(String source, String place, DocDate date) {
        return new Document("d", "d.txt", "Lavrov in Belgrade", "header", source, place, date, List.of(), List.of(), List.of());
    }

    @Test
    void format_everythingKnown() {
        assertThat(Citation.format(Q, LAVROV, DOC)).isEqualTo(
                "“We know that Serbia is under pressure.” — Sergey Lavrov, Minister of Foreign Affairs of Russia;"
                        + " Tanjug, Belgrade, 4 December 2015");
    }

    @Test
    void format_missingOutletAndPlace_leavesThemOut() {
        assertThat(Citation.format(Q, LAVROV, doc(null, null, new DocDate("2015-12", "month", "header"))))
                .isEqualTo("“We know that Serbia is under pressure.” — Sergey Lavrov, Minister of Foreign Affairs of Russia;"
                        + " December 2015");
    }

    @Test
    void format_noSourceFacts_noSemicolon() {
        assertThat(Citation.format(Q, LAVROV, doc(null, " ", null)))
                .isEqualTo("“We know that Serbia is under pressure.” — Sergey Lavrov, Minister of Foreign Affairs of Russia");
    }

    @Test
    void format_roleFromAnotherDocumentOnly_isNotClaimed() {
        Person later = new Person("sergey-lavrov", "Sergey Lavrov", List.of(),
                List.of(new Role("Ambassador", "Russia", null, List.of("other"))), List.of());
        assertThat(Citation.format(Q, later, DOC))
                .isEqualTo("“We know that Serbia is under pressure.” — Sergey Lavrov; Tanjug, Belgrade, 4 December 2015");
    }

    @Test
    void format_unknownSpeaker_sourceInParentheses() {
        assertThat(Citation.format(Q, null, DOC))
                .isEqualTo("“We know that Serbia is under pressure.” (Tanjug, Belgrade, 4 December 2015)");
        assertThat(Citation.format(Q, null, null)).isEqualTo("“We know that Serbia is under pressure.”");
    }

    @Test
    void format_organisationRole_andPartialDates() {
        Person p = new Person("p", "Ana Ruiz", List.of(),
                List.of(new Role("Secretary-General", null, "United Nations", List.of("d"))), List.of());
        assertThat(Citation.format(Q, p, doc("AP", null, new DocDate("--12-04", "month-day", "text"))))
                .endsWith("— Ana Ruiz, Secretary-General, United Nations; AP, 4 December");
        assertThat(Citation.format(Q, p, doc("AP", null, new DocDate("2016", "year", "text")))).endsWith("; AP, 2016");
    }

    @Test
    void format_sanitisesControlsKeepsTypographicQuotes() {
        Quote q = new Quote("q", "d", 0, 0, 1, "He said \u201cno\u201d\u001b[31m and \u2018yes\u2019\u202E.", List.of(), null,
                null, null, 0.5);
        String c = Citation.format(q, null, null);
        assertThat(c).isEqualTo("“He said “no”\uFFFD[31m and ‘yes’.”");
        assertThat(c.chars()).noneMatch(ch -> ch < 0x20 || ch == 0x7f);
    }

    @Test
    void format_nfc() {
        Quote q = new Quote("q", "d", 0, 0, 1, "Dac\u030cic\u0301", List.of(), null, null, null, 0.5);
        assertThat(Citation.format(q, null, null)).isEqualTo("“Dačić”");
    }

    @Test
    void of_fixtureQuote_usesItsDocumentAndRole() {
        CorpusIndex index = new CorpusIndex(FixtureCorpus.corpus());
        Quote q = index.quotesBy("tomas-herrera").stream().filter(x -> x.doc().equals(FixtureCorpus.D1)).findFirst().orElseThrow();
        assertThat(Citation.of(index, q)).startsWith("“We came to sign, not only to talk” — Tomás Herrera, Minister of Foreign Affairs of Chile");
    }

    @Test
    void itemText_personDocumentMeeting() {
        assertThat(ItemText.person(LAVROV)).isEqualTo("Sergey Lavrov, Minister of Foreign Affairs of Russia");
        assertThat(ItemText.person(new Person("x", "X Y", List.of(), List.of(), List.of()))).isEqualTo("X Y");
        assertThat(ItemText.document(DOC)).isEqualTo("Lavrov in Belgrade — Tanjug, Belgrade, 4 December 2015");
        assertThat(ItemText.document(doc(null, null, null))).isEqualTo("Lavrov in Belgrade");
        CorpusIndex index = new CorpusIndex(FixtureCorpus.corpus());
        assertThat(ItemText.meeting(index, index.meeting("m-1").orElseThrow()))
                .startsWith("Meeting, Belgrade, 14 March 2016: Jelena Marković");
    }

    @Test
    void organisationSpeaker_isNamedWithoutARole() {
        assertThat(Citation.of(Q, List.of(Citation.Cited.organisation("Russian Foreign Ministry")),
                doc("TASS", null, new DocDate("2024-03-21", "day", "dateline"))))
                .isEqualTo("“We know that Serbia is under pressure.” — Russian Foreign Ministry; TASS, 21 March 2024");
    }

    @Test
    void jointStatement_namesEverySpeaker_withoutRolesBetweenThem() {
        Person other = new Person("ana-kovac", "Ana Kovač", List.of(), List.of(), List.of());
        assertThat(Citation.of(Q, List.of(Citation.Cited.of(LAVROV), Citation.Cited.of(other)), DOC))
                .isEqualTo("“We know that Serbia is under pressure.” — Sergey Lavrov and Ana Kovač;"
                        + " Tanjug, Belgrade, 4 December 2015");
    }

    @Test
    void ofAModel_resolvesOrganisationAndJointSpeakers() {
        CorpusIndex index = new CorpusIndex(dev.parley.index.SpeakersCorpus.corpus());
        assertThat(Citation.of(index, index.quote("q-utopia-talks-1").orElseThrow()))
                .isEqualTo("“The border stays open” — Foreign Ministry of Utopia; Wire, Capital City, 21 March 2024");
        assertThat(Citation.of(index, index.quote("q-utopia-talks-3").orElseThrow()))
                .endsWith("” — Ana Kovač and Jonas Berg; Wire, Capital City, 21 March 2024");
        assertThat(Citation.of(index, index.quote("q-utopia-talks-4").orElseThrow()))
                .isEqualTo("“It is too early to say” (Wire, Capital City, 21 March 2024)");
    }
}
