package dev.parley.tui;

import dev.parley.corpus.CorpusBuilder;
import dev.parley.index.CorpusIndex;
import dev.parley.index.FixtureCorpus;
import dev.parley.model.Corpus;
import dev.parley.testing.Seeds;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every row of every pane and everything reachable from it opens, fits its width, and points to something real. */
class CrawlTest {
    private static Set<Ref.Kind> crawl(Corpus corpus, int width) {
        Content content = new Content(new CorpusIndex(corpus));
        Deque<Ref> todo = new ArrayDeque<>();
        for (Pane p : Pane.values()) {
            content.rows(p).forEach(r -> todo.add(r.ref()));
        }
        Set<Ref> seen = new HashSet<>();
        Set<Ref.Kind> kinds = EnumSet.noneOf(Ref.Kind.class);
        while (!todo.isEmpty()) {
            Ref ref = todo.poll();
            if (!seen.add(ref)) {
                continue;
            }
            kinds.add(ref.kind());
            Detail d = content.detail(ref, width);
            assertThat(d.lines()).as("%s", ref).isNotEmpty();
            assertThat(d.lines().get(0).text()).as("%s", ref).doesNotStartWith("Not in this model");
            for (Detail.Line line : d.lines()) {
                assertThat(Cells.width(line.text())).as("%s: %s", ref, line.text()).isLessThanOrEqualTo(width);
            }
            for (Detail.Link link : d.links()) {
                assertThat(link.line()).isBetween(0, d.lines().size() - 1);
                todo.add(link.target());
            }
        }
        return kinds;
    }

    @Test
    void fixture_everyKindOfReferenceIsReachable() {
        for (int width : List.of(40, 98)) {
            java.util.Set<Ref.Kind> kinds = new java.util.HashSet<>(crawl(FixtureCorpus.corpus(), width));
            // the fixture's speakers are people; organisations speak in the speakers' corpus
            kinds.addAll(crawl(dev.parley.index.SpeakersCorpus.corpus(), width));
            // the fixture has no events; a relationship is opened by :between, not by a reference
            assertThat(kinds).containsExactlyInAnyOrderElementsOf(
                    EnumSet.complementOf(EnumSet.of(Ref.Kind.EVENT, Ref.Kind.RELATION)));
        }
    }

    @Test
    void eventFixtures_eventViewsOpenAndFit_atEveryWidth() {
        Corpus events = new CorpusBuilder("test").build(
                Seeds.folder(Seeds.root().resolve("src/test/resources/fixtures/events")), List.of(),
                CorpusBuilder.Progress.NONE);
        for (int width : List.of(40, 98, 170)) {
            assertThat(crawl(events, width)).contains(Ref.Kind.EVENT, Ref.Kind.MEETING);
        }
    }

    @Test
    void seeds_everyReachableViewOpens() {
        Corpus seeds = new CorpusBuilder("test").build(Seeds.seeds(), List.of(), CorpusBuilder.Progress.NONE);
        Set<Ref.Kind> kinds = crawl(seeds, 98);
        assertThat(kinds).contains(Ref.Kind.DOCUMENT);
    }
}
