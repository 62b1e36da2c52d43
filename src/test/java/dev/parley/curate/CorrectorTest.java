package dev.parley.curate;

import dev.parley.index.CorpusIndex;
import dev.parley.index.FixtureCorpus;
import dev.parley.model.Corpus;
import dev.parley.model.Entity;
import dev.parley.model.Meeting;
import dev.parley.model.Person;
import dev.parley.model.Quote;
import dev.parley.model.Speaker;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CorrectorTest {
    private static final Instant T = Instant.parse("2026-01-02T03:04:05Z");

    /** The fixture with one organisation, so that hiding one and giving it a quote can be tested. */
    static Corpus corpus() {
        Corpus c = FixtureCorpus.corpus();
        Entity ministry = new Entity("ministry-of-foreign-affairs", "Ministry of Foreign Affairs", "organisation",
                List.of("MFA"), List.of());
        return new Corpus(c.schemaVersion(), c.generator(), c.documents(), c.people(), List.of(ministry), c.places(),
                c.topics(), c.meetings(), c.quotes(), c.skipped());
    }

    private static Correction c(String action, String subject, String value) {
        return new Correction(T, action, subject, value, "");
    }

    private static Corrector.Result apply(Correction... cs) {
        return Corrector.apply(corpus(), List.of(cs));
    }

    private static Person person(Corpus c, String id) {
        return c.people().stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    @Test
    void merge_otherBecomesAnAliasAndItsMentionsRolesQuotesAndMeetingsFollow() {
        Corpus before = corpus();
        Person herrera = person(before, "tomas-herrera");
        Person markovic = person(before, "jelena-markovic");
        Corrector.Result r = apply(c("merge", "Jelena Markovic", "Tomás Herrera"));
        assertThat(r.stale()).isEmpty();
        Corpus after = r.corpus();
        assertThat(person(after, "tomas-herrera")).isNull();
        Person kept = person(after, "jelena-markovic");
        assertThat(kept.name()).isEqualTo("Jelena Marković");
        assertThat(kept.aliases()).contains("Tomás Herrera", "Tomas Herrera", "Herrera");
        assertThat(kept.mentions()).hasSize(markovic.mentions().size() + herrera.mentions().size());
        assertThat(kept.roles()).extracting(dev.parley.model.Role::country).contains("Serbia", "Chile");
        assertThat(after.quotes()).extracting(Quote::speaker).doesNotContain("tomas-herrera");
        assertThat(after.quotes().stream().filter(q -> q.speaker().equals("jelena-markovic")).count()).isEqualTo(3);
        // a meeting of the two is now of one person, listed once
        Meeting m1 = after.meetings().stream().filter(m -> m.id().equals("m-1")).findFirst().orElseThrow();
        assertThat(m1.participants()).extracting(Meeting.Participant::person).containsExactly("jelena-markovic", "petar-djuric");
        assertThat(new CorpusIndex(after).quotesBy("jelena-markovic")).hasSize(3);
    }

    @Test
    void laterCorrections_findAMergedPersonByTheNameItWasMergedUnder() {
        Corrector.Result r = apply(c("merge", "Jelena Marković", "Tomás Herrera"),
                c("rename", "Tomás Herrera", "Jelena Marković-Herrera"));
        assertThat(r.stale()).isEmpty();
        assertThat(person(r.corpus(), "jelena-markovic").name()).isEqualTo("Jelena Marković-Herrera");
        assertThat(person(r.corpus(), "jelena-markovic").aliases()).contains("Jelena Marković");
    }

    @Test
    void mergingTwoNamesOfOnePerson_isAlreadyDone() {
        Corrector.Result r = apply(c("merge", "Jelena Marković", "Markovic"));
        assertThat(r.stale()).isEmpty();
        assertThat(r.corpus().people()).hasSize(5);
    }

    @Test
    void rename_keepsTheIdAndTheOldNameAsAlias() {
        Corrector.Result r = apply(c("rename", "anna kowalska", "Anna Kowalska-Nowak"));
        Person p = person(r.corpus(), "anna-kowalska");
        assertThat(p.name()).isEqualTo("Anna Kowalska-Nowak");
        assertThat(p.aliases()).contains("Anna Kowalska");
        assertThat(r.corpus().quotes().get(3).speaker()).isEqualTo("anna-kowalska");
    }

    @Test
    void hide_removesAPersonFromListsQuotesAndMeetings_andOrganisationsAndPlaces() {
        Corrector.Result r = apply(c("hide", "person", "Petar Đurić"), c("hide", "person", "Li Wei"),
                c("hide", "organisation", "MFA"), c("hide", "place", "Warsaw"));
        assertThat(r.stale()).isEmpty();
        Corpus after = r.corpus();
        assertThat(after.people()).extracting(Person::id).doesNotContain("petar-djuric", "li-wei");
        assertThat(after.organisations()).isEmpty();
        assertThat(after.places()).extracting(Entity::name).doesNotContain("Warsaw");
        Quote li = after.quotes().get(4);
        assertThat(li.speaker()).isNull();
        assertThat(after.meetings()).flatExtracting(Meeting::participants).extracting(Meeting.Participant::person)
                .doesNotContain("petar-djuric", "li-wei");
        assertThat(r.changes().entities()).hasSize(2);
    }

    @Test
    void speaker_byPlace_toAPersonAnOrganisationOrNobody() {
        Corpus before = corpus();
        Quote first = before.quotes().get(0);
        Quote second = before.quotes().get(1);
        Quote third = before.quotes().get(2);
        Corrector.Result r = apply(c("speaker", QuoteKey.of(first).toString(), "person:Anna Kowalska"),
                c("speaker", QuoteKey.of(second).toString(), "organisation:Ministry of Foreign Affairs"),
                c("speaker", QuoteKey.of(third).toString(), "none"));
        assertThat(r.stale()).isEmpty();
        List<Quote> q = r.corpus().quotes();
        assertThat(q.get(0).speaker()).isEqualTo("anna-kowalska");
        assertThat(q.get(0).how()).isEqualTo("corrected");
        assertThat(q.get(1).speakers()).containsExactly(Speaker.organisation("ministry-of-foreign-affairs"));
        assertThat(q.get(1).speakerText()).isEqualTo("Ministry of Foreign Affairs");
        assertThat(q.get(2).speaker()).isNull();
        assertThat(q.get(0).id()).isEqualTo(first.id());
        assertThat(r.changes().quotes()).containsKeys(first.id(), second.id(), third.id());
    }

    @Test
    void speaker_thenMergingThatPerson_followsTheMerge() {
        Quote first = corpus().quotes().get(0);
        Corrector.Result r = apply(c("speaker", QuoteKey.of(first).toString(), "person:Petar Đurić"),
                c("merge", "Tomás Herrera", "Petar Đurić"));
        assertThat(r.corpus().quotes().get(0).speaker()).isEqualTo("tomas-herrera");
    }

    @Test
    void role_becomesThePersonsRole() {
        Corrector.Result r = apply(c("role", "Đurić", "Minister of Defence, Serbia"));
        Person p = person(r.corpus(), "petar-djuric");
        assertThat(p.roles()).hasSize(1);
        assertThat(p.roles().get(0).title()).isEqualTo("Minister of Defence");
        assertThat(p.roles().get(0).country()).isEqualTo("Serbia");
        assertThat(p.roles().get(0).documents()).containsExactly(FixtureCorpus.D1);
    }

    @Test
    void aCorrectionWhoseSubjectVanished_isStale_andTheOthersStillApply() {
        Corrector.Result r = apply(c("merge", "Nikola Vanished", "Tomás Herrera"),
                c("rename", "Anna Kowalska", "Anna K."),
                c("speaker", "no-such-doc#1:0-10", "none"),
                c("hide", "organisation", "Not There"));
        assertThat(r.statuses()).hasSize(4);
        assertThat(r.stale()).extracting(s -> s.correction().action()).containsExactly("merge", "speaker", "hide");
        assertThat(r.stale().get(0).problem()).contains("Nikola Vanished");
        assertThat(person(r.corpus(), "anna-kowalska").name()).isEqualTo("Anna K.");
        assertThat(person(r.corpus(), "tomas-herrera")).isNotNull();
    }

    @Test
    void noCorrections_giveTheSameCorpus() {
        Corpus c = corpus();
        assertThat(Corrector.apply(c, List.of()).corpus()).isSameAs(c);
    }

    @Test
    void correctedIndexOverStoredRelations_showsTheCorrectedPeopleQuotesAndMeetingsPerDocument() {
        Corpus c = corpus();
        CorpusIndex stored = new CorpusIndex(c, CorpusIndex.inverted(c));
        Curated.Opened opened = Curated.correct(stored, List.of(c("merge", "Jelena Marković", "Tomás Herrera"),
                c("hide", "person", "Petar Đurić"), c("hide", "place", "Belgrade")));
        CorpusIndex index = opened.index();
        assertThat(index.peopleMentionedIn(FixtureCorpus.D1)).extracting(l -> l.item().id())
                .containsOnly("jelena-markovic");
        assertThat(index.peopleMentionedIn(FixtureCorpus.D1).get(0).item().aliases()).contains("Herrera");
        assertThat(index.placesMentionedIn(FixtureCorpus.D1)).extracting(l -> l.item().name()).doesNotContain("Belgrade");
        assertThat(index.quotesIn(FixtureCorpus.D1)).extracting(Quote::speaker).containsOnly("jelena-markovic");
        assertThat(index.meetingsIn(FixtureCorpus.D1).get(0).participants()).hasSize(1);
    }
}
