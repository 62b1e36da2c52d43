package dev.parley.corpus;

import dev.parley.ingest.SourceFile;
import dev.parley.model.Corpus;
import dev.parley.model.Meeting;
import dev.parley.model.Person;
import dev.parley.testing.Seeds;
import dev.parley.text.Fold;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who met whom, scored over invented diplomatic press items (src/test/resources/fixtures/meetings): each
 * {@code name.txt} has a {@code name.expect} with one gold meeting a line, {@code kind: Surname, Surname}.
 * The whole builder runs (people, places, meetings, merge), as on real articles. A found meeting matches a gold one
 * of its article when both have the same set of participants (by surname); precision and recall count those
 * matches, kind accuracy is over the matched pairs.
 */
class MeetingFixturesScoreTest {
    private static final Path FOLDER = Seeds.root().resolve("src/test/resources/fixtures/meetings");

    record Score(int fixtures, int found, int gold, int matched, int kindRight, List<String> misses) {
        double precision() {
            return found == 0 ? 0 : (double) matched / found;
        }

        double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double kindAccuracy() {
            return matched == 0 ? 0 : (double) kindRight / matched;
        }

        void print() {
            System.out.printf("meetings on %d fixtures: found %d, gold %d, matched %d; P %.3f R %.3f F1 %.3f; kind %d/%d (%.1f %%)%n",
                    fixtures, found, gold, matched, precision(), recall(), f1(), kindRight, matched, 100 * kindAccuracy());
            misses.forEach(s -> System.out.println("  " + s));
        }
    }

    private record Item(String participants, String kind) {
    }

    private static Score score;

    @BeforeAll
    static void run() throws IOException {
        score = score(FOLDER);
        score.print();
    }

    /** Builds a corpus from every item in {@code folder} and scores its meetings against the items' .expect files. */
    static Score score(Path folder) throws IOException {
        List<SourceFile> sources = Seeds.folder(folder);
        Corpus corpus = new CorpusBuilder("test").build(sources, List.of(), CorpusBuilder.Progress.NONE);
        Map<String, String> surname = new TreeMap<>();
        for (Person p : corpus.people()) {
            surname.put(p.id(), surnameKey(p.name()));
        }
        int found = 0;
        int gold = 0;
        int matched = 0;
        int kindRight = 0;
        List<String> misses = new ArrayList<>();
        for (SourceFile source : sources) {
            List<Item> expected = new ArrayList<>();
            for (String line : Files.readAllLines(folder.resolve(source.id() + ".expect"))) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(":", 2);
                expected.add(new Item(key(List.of(parts[1].split(",")).stream().map(MeetingFixturesScoreTest::surnameKey)
                        .toList()), parts[0].trim()));
            }
            List<Item> got = new ArrayList<>();
            for (Meeting m : corpus.meetings()) {
                if (m.documents().contains(source.id())) {
                    got.add(new Item(key(m.participants().stream().map(p -> surname.get(p.person())).toList()), m.kind()));
                }
            }
            found += got.size();
            gold += expected.size();
            // same participants and kind first, so a pair reported and also recalled pairs up right
            List<Item> leftGot = new ArrayList<>(got);
            List<Item> leftGold = new ArrayList<>();
            for (Item g : expected) {
                if (leftGot.remove(g)) {
                    matched++;
                    kindRight++;
                } else {
                    leftGold.add(g);
                }
            }
            for (Item g : leftGold) {
                Item same = leftGot.stream().filter(x -> x.participants.equals(g.participants)).findFirst().orElse(null);
                if (same != null) {
                    leftGot.remove(same);
                    matched++;
                    misses.add(source.id() + ": kind " + same.kind + " for gold " + g.kind + ": " + g.participants);
                } else {
                    misses.add(source.id() + ": missed " + g.kind + ": " + g.participants);
                }
            }
            for (Item x : leftGot) {
                misses.add(source.id() + ": extra " + x.kind + ": " + x.participants);
            }
        }
        return new Score(sources.size(), found, gold, matched, kindRight, misses);
    }

    /** The last word of a name, folded: "Joost de Wit" and "Wit" are both "wit". */
    private static String surnameKey(String name) {
        String[] words = name.trim().split("\\s+");
        return Fold.key(words[words.length - 1]);
    }

    private static String key(List<String> surnames) {
        return surnames.stream().sorted().distinct().collect(Collectors.joining(" "));
    }

    @Test
    void atLeastTwentyFiveFixtures() {
        assertThat(Seeds.folder(FOLDER)).hasSizeGreaterThanOrEqualTo(25);
        assertThat(Seeds.folder(FOLDER)).allSatisfy(s -> assertThat(FOLDER.resolve(s.id() + ".expect")).exists());
    }

    @Test
    void whoMetWhom_f1AtLeast085() {
        assertThat(score.f1()).as("F1 over participant sets; misses: %s", score.misses()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void kindOfMatchedMeetings_atLeast95Percent() {
        assertThat(score.kindAccuracy()).as("kind accuracy; misses: %s", score.misses()).isGreaterThanOrEqualTo(0.95);
    }
}
