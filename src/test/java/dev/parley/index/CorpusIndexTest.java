package dev.parley.index;

import dev.parley.corpus.CorpusBuilder;
import dev.parley.model.Corpus;
import dev.parley.model.Document;
import dev.parley.model.Meeting;
import dev.parley.model.Person;
import dev.parley.model.Quote;
import dev.parley.model.Topic;
import dev.parley.testing.Seeds;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusIndexTest {
    private final CorpusIndex index = new CorpusIndex(FixtureCorpus.corpus());

    @Test
    void byId_findsEveryKind_andNothingForUnknownOrNull() {
        assertThat(index.person("jelena-markovic")).map(Person::name).contains("Jelena Marković");
        assertThat(index.document(FixtureCorpus.D3)).map(Document::title).contains("Kowalska and Marković on energy security");
        assertThat(index.topic("trade")).map(Topic::name).contains("Trade");
        assertThat(index.meeting("m-2")).map(Meeting::place).contains("Warsaw");
        assertThat(index.quote("q-" + FixtureCorpus.D2 + "-1")).map(Quote::text).contains("The invitation stands");
        assertThat(index.place("warsaw")).isPresent();
        assertThat(index.person("nobody")).isEmpty();
        assertThat(index.document(null)).isEmpty();
    }

    @Test
    void peopleNamed_isAccentAndCaseInsensitive_andUsesAliases() {
        assertThat(index.peopleNamed("jelena markovic")).extracting(Person::id).containsExactly("jelena-markovic");
        assertThat(index.peopleNamed("MARKOVIĆ")).extracting(Person::id).containsExactly("jelena-markovic");
        assertThat(index.peopleNamed("djuric")).extracting(Person::id).containsExactly("petar-djuric");
        assertThat(index.peopleNamed("Li Wei")).extracting(Person::id).containsExactly("li-wei");
        assertThat(index.peopleNamed("Lavrov")).isEmpty();
    }

    @Test
    void quotesBySpeakerAndDocument() {
        assertThat(index.quotesBy("tomas-herrera")).extracting(Quote::doc)
                .containsExactly(FixtureCorpus.D1, FixtureCorpus.D2);
        assertThat(index.quotesIn(FixtureCorpus.D1)).extracting(Quote::speaker)
                .containsExactly("jelena-markovic", "tomas-herrera");
        assertThat(index.quotesBy("petar-djuric")).isEmpty();
    }

    @Test
    void meetingsWith_areInTimelineOrder_partialDatesBeforeFullOnes_undatedLast() {
        assertThat(index.meetingsWith("jelena-markovic")).extracting(Meeting::id)
                .containsExactly("m-3", "m-1", "m-2", "m-4");
        assertThat(index.timeline()).extracting(Meeting::id).containsExactly("m-3", "m-1", "m-2", "m-4");
        assertThat(index.meetingsIn(FixtureCorpus.D3)).extracting(Meeting::id).containsExactly("m-1", "m-2");
        assertThat(index.meetingsOn("trade")).extracting(Meeting::id).containsExactly("m-1", "m-4");
        assertThat(index.meetingsAt("belgrade")).extracting(Meeting::id).containsExactly("m-1");
    }

    @Test
    void documentsByTopic_andTopicsByDocument() {
        assertThat(index.documentsOn("energy")).extracting(Document::id).containsExactly(FixtureCorpus.D1, FixtureCorpus.D3);
        assertThat(index.topicsOf(FixtureCorpus.D1)).extracting(Topic::id).containsExactly("trade", "energy");
        assertThat(index.documentsOn("unknown")).isEmpty();
    }

    @Test
    void coParticipants_countMeetingsTogether_mostFirst() {
        List<Count<Person>> met = index.coParticipants("jelena-markovic");
        assertThat(met).extracting(c -> c.item().id() + "=" + c.count())
                .containsExactly("tomas-herrera=2", "anna-kowalska=1", "petar-djuric=1", "li-wei=1");
        assertThat(index.coParticipants("petar-djuric")).extracting(c -> c.item().id())
                .containsExactly("jelena-markovic", "tomas-herrera");
    }

    @Test
    void topicsSpokenOn_andSpeakersOnTopic() {
        assertThat(index.topicsSpokenOnBy("jelena-markovic")).extracting(c -> c.item().id() + "=" + c.count())
                .containsExactly("energy=1", "trade=1");
        assertThat(index.speakersOn("trade")).extracting(c -> c.item().id() + "=" + c.count())
                .containsExactly("jelena-markovic=1", "tomas-herrera=1", "li-wei=1");
    }

    @Test
    void mentionsInDocument_areInTextOrder() {
        var people = index.peopleMentionedIn(FixtureCorpus.D1);
        assertThat(people).extracting(l -> l.item().id()).startsWith("jelena-markovic", "tomas-herrera");
        for (int i = 1; i < people.size(); i++) {
            var a = people.get(i - 1).mention();
            var b = people.get(i).mention();
            assertThat(a.paragraph() < b.paragraph() || (a.paragraph() == b.paragraph() && a.start() < b.start())).isTrue();
        }
        assertThat(index.placesMentionedIn(FixtureCorpus.D1)).extracting(l -> l.item().id()).containsOnly("belgrade");
        assertThat(index.documentsMentioningPlace("warsaw")).extracting(Document::id).containsExactly(FixtureCorpus.D3);
        assertThat(index.documentsMentioning("anna-kowalska")).extracting(Document::id).containsExactly(FixtureCorpus.D3);
    }

    @Test
    void documentsByDate_datedFirst() {
        assertThat(index.documentsByDate()).extracting(Document::id).containsExactly(
                FixtureCorpus.D2, FixtureCorpus.D1, FixtureCorpus.D5, FixtureCorpus.D3, FixtureCorpus.D4);
    }

    @Test
    void returnedListsCannotBeChanged() {
        List<Quote> quotes = index.quotesBy("tomas-herrera");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> quotes.clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void seeds_everyRelationPointsToSomethingInTheCorpus() {
        Corpus seeds = new CorpusBuilder("test").build(Seeds.seeds(), List.of(), CorpusBuilder.Progress.NONE);
        CorpusIndex seedIndex = new CorpusIndex(seeds);
        assertThat(seedIndex.documentsByDate()).hasSameSizeAs(seeds.documents());
        assertThat(seedIndex.timeline()).hasSameSizeAs(seeds.meetings());
        for (Person p : seeds.people()) {
            assertThat(seedIndex.peopleNamed(p.name())).contains(p);
            for (Meeting m : seedIndex.meetingsWith(p.id())) {
                assertThat(m.participants()).anyMatch(x -> x.person().equals(p.id()));
            }
            for (Count<Person> c : seedIndex.coParticipants(p.id())) {
                assertThat(c.item().id()).isNotEqualTo(p.id());
                assertThat(c.count()).isPositive();
            }
        }
        for (Document d : seeds.documents()) {
            assertThat(seedIndex.document(d.id())).contains(d);
            for (Quote q : seedIndex.quotesIn(d.id())) {
                assertThat(q.doc()).isEqualTo(d.id());
            }
        }
    }
}
