package dev.parley.corpus;

import dev.parley.extract.LocalPerson;
import dev.parley.ingest.SourceFile;
import dev.parley.model.Corpus;
import dev.parley.model.Event;
import dev.parley.model.Meeting;
import dev.parley.testing.Seeds;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cross-document steps taken apart as a cluster engine takes them (people key by key, events part by part,
 * each in any order) give the embedded build's model.
 */
class MergeStepsTest {
    private static List<SourceFile> articles() {
        List<SourceFile> all = new ArrayList<>(Seeds.seeds());
        all.addAll(Seeds.folder(Seeds.root().resolve("src/test/resources/fixtures/events")));
        all.sort(Comparator.comparing(SourceFile::id));
        return all;
    }

    @Test
    void eventsGroupedPartByPart_inAnyOrder_areTheEventsOfTheWholeModel() {
        Corpus c = new CorpusBuilder("parley test").build(articles(), List.of(), CorpusBuilder.Progress.NONE);
        List<int[]> parts = new ArrayList<>(EventGrouper.parts(c));
        assertThat(parts.size()).isGreaterThan(1);

        Set<Integer> seen = new HashSet<>();
        Map<String, Integer> partOfPerson = new HashMap<>();
        for (int p = 0; p < parts.size(); p++) {
            for (int m : parts.get(p)) {
                assertThat(seen.add(m)).as("meeting %d in one part only", m).isTrue();
                for (Meeting.Participant x : c.meetings().get(m).participants()) {
                    assertThat(partOfPerson.putIfAbsent(x.person(), p)).as("%s in one part only", x.person())
                            .isIn(null, p);
                }
            }
        }
        assertThat(seen).hasSize(c.meetings().size());

        Collections.reverse(parts);
        List<EventGrouper.Unnumbered> events = new ArrayList<>();
        for (int[] part : parts) {
            List<Meeting> meetings = new ArrayList<>();
            for (int m : part) {
                meetings.add(c.meetings().get(m));
            }
            Corpus sub = new Corpus(c.schemaVersion(), c.generator(), c.documents(), c.people(), List.of(), List.of(),
                    List.of(), meetings, c.quotes(), List.of());
            events.addAll(EventGrouper.groupPart(sub, part));
        }
        assertThat(EventGrouper.number(events)).isEqualTo(c.events());
        assertThat(c.events()).anySatisfy(e -> assertThat(e.meetings()).hasSizeGreaterThan(1));
    }

    @Test
    void peopleClusteredKeyByKey_inAnyOrder_areThePeopleOfTheEmbeddedBuild() {
        CorpusBuilder builder = new CorpusBuilder("parley test");
        List<CorpusBuilder.Extraction> extractions = articles().stream().map(builder::extract).toList();

        Set<String> hyphenated = new HashSet<>();
        extractions.forEach(e -> hyphenated.addAll(PersonClusters.hyphenated(e)));
        List<PersonClusters.Named> named = new ArrayList<>();
        for (int d = 0; d < extractions.size(); d++) {
            List<LocalPerson> people = extractions.get(d).people();
            for (int i = 0; i < people.size(); i++) {
                named.add(new PersonClusters.Named(new PersonClusters.Ref(d, i), people.get(i).name()));
            }
        }
        // as tasks see them: in no particular order
        Collections.shuffle(named, new Random(7));
        Map<String, List<PersonClusters.Named>> byKey = new HashMap<>();
        named.forEach(n -> byKey.computeIfAbsent(PersonClusters.key(n.name(), hyphenated), k -> new ArrayList<>()).add(n));
        List<PersonClusters.OfKey> keys = new ArrayList<>();
        byKey.forEach((key, people) -> keys.add(PersonClusters.cluster(key, people)));
        Collections.shuffle(keys, new Random(7));
        List<List<PersonClusters.Ref>> clusters = PersonClusters.ordered(keys);

        assertThat(clusters).isEqualTo(PersonClusters.of(extractions));
        Corpus stepwise = builder.merge(extractions, List.of(), new CorpusBuilder.MergeSteps() {
            @Override
            public List<List<PersonClusters.Ref>> personClusters(List<CorpusBuilder.Extraction> e) {
                return clusters;
            }

            @Override
            public List<Event> events(Corpus corpus) {
                return EventGrouper.group(corpus);
            }
        });
        assertThat(stepwise).isEqualTo(builder.merge(extractions, List.of()));
        assertThat(stepwise.people()).anySatisfy(p -> assertThat(p.mentions().stream().map(m -> m.doc()).distinct())
                .hasSizeGreaterThan(1));
    }
}
