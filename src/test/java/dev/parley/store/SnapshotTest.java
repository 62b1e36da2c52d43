package dev.parley.store;

import dev.parley.index.CorpusIndex;
import dev.parley.index.DocumentRelations;
import dev.parley.index.FixtureCorpus;
import dev.parley.io.ModelJson;
import dev.parley.model.Corpus;
import dev.parley.model.DeferredList;
import dev.parley.model.Document;
import dev.parley.model.Person;
import dev.parley.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SnapshotTest {
    @TempDir
    Path dir;

    private Path model(Corpus corpus) throws Exception {
        Path model = dir.resolve("model.json");
        ModelJson.write(corpus, model);
        return model;
    }

    /** Everything the index derives per document must be the same from the snapshot as from the JSON model. */
    static void assertSameRelations(Corpus json, Snapshot snapshot) {
        DocumentRelations expected = CorpusIndex.inverted(json);
        DocumentRelations actual = snapshot.relations();
        for (Document d : json.documents()) {
            assertThat(actual.people(d.id())).as("people in %s", d.id()).isEqualTo(expected.people(d.id()));
            assertThat(actual.places(d.id())).as("places in %s", d.id()).isEqualTo(expected.places(d.id()));
            assertThat(actual.quotes(d.id())).as("quotes in %s", d.id()).isEqualTo(expected.quotes(d.id()));
            assertThat(actual.meetings(d.id())).as("meetings in %s", d.id()).isEqualTo(expected.meetings(d.id()));
        }
        CorpusIndex fromJson = new CorpusIndex(json);
        CorpusIndex fromSnapshot = snapshot.index();
        for (Document d : json.documents()) {
            assertThat(fromSnapshot.meetingsIn(d.id())).as("meetings in %s, timeline order", d.id())
                    .isEqualTo(fromJson.meetingsIn(d.id()));
        }
        assertThat(fromSnapshot.documentsByDate()).isEqualTo(fromJson.documentsByDate());
        assertThat(fromSnapshot.timeline()).isEqualTo(fromJson.timeline());
    }

    @Test
    void seeds_roundTripToTheSameModel() throws Exception {
        Path seeds = Seeds.root().resolve("data/model.json");
        Path model = dir.resolve("model.json");
        Files.copy(seeds, model);
        Corpus json = ModelJson.read(model);
        Snapshot.write(json, model);
        try (Snapshot s = Snapshot.open(model)) {
            assertThat(s).isNotNull();
            assertThat(s.corpus()).isEqualTo(json);
            assertSameRelations(json, s);
        }
        // the JSON model is untouched: still byte for byte the committed one
        assertThat(Files.mismatch(seeds, model)).isEqualTo(-1);
    }

    @Test
    void fixture_roundTripsWithDiacriticsCjkAndNulls() throws Exception {
        Corpus json = FixtureCorpus.corpus();
        Path model = model(json);
        Snapshot.write(json, model);
        try (Snapshot s = Snapshot.open(model)) {
            assertThat(s.corpus()).isEqualTo(json);
            assertSameRelations(json, s);
        }
    }

    @Test
    void opening_readsNoHeavyPart_untilOneIsAskedFor() throws Exception {
        Corpus json = FixtureCorpus.corpus();
        Path model = model(json);
        Snapshot.write(json, model);
        try (Snapshot s = Snapshot.open(model)) {
            CorpusIndex index = s.index();
            index.documentsByDate();
            assertThat(s.cachedBlocks()).isZero();
            Document d = s.corpus().documents().get(0);
            assertThat(d.paragraphs()).isInstanceOf(DeferredList.class);
            assertThat(d.paragraphs().size()).isEqualTo(json.documents().get(0).paragraphs().size());
            assertThat(s.cachedBlocks()).as("size is known without reading").isZero();
            assertThat(d.paragraphs().get(0).text()).isEqualTo(json.documents().get(0).paragraphs().get(0).text());
            assertThat(s.cachedBlocks()).isEqualTo(1);
            Person p = s.corpus().people().get(0);
            assertThat(p.mentions()).isEqualTo(json.people().get(0).mentions());
            assertThat(s.cachedBlocks()).isEqualTo(2);
        }
    }

    @Test
    void theCache_staysWithinItsBound_andEvictedPartsReadAgainTheSame() throws Exception {
        Corpus json = FixtureCorpus.corpus();
        Path model = model(json);
        Snapshot.write(json, model);
        long bound = 600; // bytes as stored: room for one or two documents' paragraphs, not all of them
        try (Snapshot s = Snapshot.open(model, bound)) {
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < json.documents().size(); i++) {
                    assertThat(s.corpus().documents().get(i).paragraphs())
                            .isEqualTo(json.documents().get(i).paragraphs());
                    assertThat(s.cachedBytes()).isLessThanOrEqualTo(bound);
                }
            }
            assertThat(s.cachedBlocks()).isLessThan(json.documents().size());
        }
    }

    @Test
    void aModelChangedOrTouched_makesTheSnapshotStale() throws Exception {
        Corpus json = FixtureCorpus.corpus();
        Path model = model(json);
        Snapshot.write(json, model);
        try (Snapshot fresh = Snapshot.open(model)) {
            assertThat(fresh).isNotNull();
        }
        Files.setLastModifiedTime(model, FileTime.fromMillis(Files.getLastModifiedTime(model).toMillis() + 2000));
        assertThat(Snapshot.open(model)).as("touched").isNull();

        // replaced by a file of the same size and time (a coarse clock): its identity differs
        Snapshot.write(json, model);
        Path twin = dir.resolve("twin.json");
        Files.copy(model, twin);
        Files.setLastModifiedTime(twin, Files.getLastModifiedTime(model));
        Files.move(twin, model, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(Snapshot.open(model)).as("replaced by an identical twin").isNull();

        Snapshot.write(json, model);
        // other content, and size: a model's documents cannot simply go (its people would refer to them)
        Corpus smaller = new Corpus(json.schemaVersion(), json.generator() + " again", json.documents(),
                json.people(), json.organisations(), json.places(), json.topics(), json.meetings(), json.quotes(),
                List.of());
        FileTime time = Files.getLastModifiedTime(model);
        ModelJson.write(smaller, model);
        Files.setLastModifiedTime(model, time); // same time, other content (and size)
        assertThat(Snapshot.open(model)).as("rewritten").isNull();

        CorpusIndex index = ModelStore.open(model, line -> { });
        assertThat(index.corpus()).isEqualTo(smaller);
        try (Snapshot rebuilt = Snapshot.open(model)) {
            assertThat(rebuilt).as("written again on opening").isNotNull();
            assertThat(rebuilt.corpus().generator()).isEqualTo(json.generator() + " again");
        }
    }

    @Test
    void aTruncatedGarbledOrForeignSnapshot_isIgnoredAndRebuilt() throws Exception {
        Corpus json = FixtureCorpus.corpus();
        Path model = model(json);
        Path snapshot = Snapshot.pathFor(model);
        assertThat(snapshot.getFileName().toString()).isEqualTo("model.json.snapshot");

        Snapshot.write(json, model);
        long size = Files.size(snapshot);
        try (RandomAccessFile f = new RandomAccessFile(snapshot.toFile(), "rw")) {
            f.setLength(size - 10);
        }
        assertThat(Snapshot.open(model)).as("cut short").isNull();
        assertThat(ModelStore.open(model, line -> { }).corpus()).isEqualTo(json);
        assertThat(Files.size(snapshot)).isEqualTo(size);

        // a changed byte in the list-level section fails its checksum
        flip(snapshot, size - 5);
        assertThat(Snapshot.open(model)).as("garbled").isNull();
        assertThat(ModelStore.open(model, line -> { }).corpus()).isEqualTo(json);

        // another format version, or a model schema this program does not know
        for (long at : new long[] {8, 12}) {
            Snapshot.write(json, model);
            flip(snapshot, at);
            assertThat(Snapshot.open(model)).as("version at %d", at).isNull();
        }

        Files.write(snapshot, "not a snapshot at all".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(Snapshot.open(model)).as("garbage").isNull();
        Files.write(snapshot, new byte[0]);
        assertThat(Snapshot.open(model)).as("empty").isNull();
        assertThat(ModelStore.open(model, line -> { }).corpus()).isEqualTo(json);
        try (Snapshot s = Snapshot.open(model)) {
            assertThat(s).isNotNull();
        }
    }

    @Test
    void aDamagedHeavyPart_isReportedWhenRead_neverReturnedWrong() throws Exception {
        Corpus json = FixtureCorpus.corpus();
        Path model = model(json);
        Snapshot.write(json, model);
        // the first block (the first document's paragraphs) starts right after the header
        flip(Snapshot.pathFor(model), Snapshot.HEADER_SIZE + 12);
        try (Snapshot s = Snapshot.open(model)) {
            assertThat(s).as("the list-level section is intact").isNotNull();
            List<?> paragraphs = s.corpus().documents().get(0).paragraphs();
            assertThatThrownBy(() -> paragraphs.get(0)).hasMessageContaining("snapshot damaged");
        }
    }

    @Test
    void writing_isAtomic_andLeavesNoTemporaryFiles() throws Exception {
        Corpus json = FixtureCorpus.corpus();
        Path model = model(json);
        // a temporary file of a writer that died (no such process) is cleaned up by the next write
        Path leftover = dir.resolve(".model.json.snapshot." + Long.MAX_VALUE / 3 + ".abc.tmp");
        Files.writeString(leftover, "half");
        Snapshot.write(json, model);
        try (Snapshot open = Snapshot.open(model)) {
            // replaced under a reader: the reader keeps the file it opened, whole
            Snapshot.write(json, model);
            assertThat(open.corpus().documents().get(3).paragraphs()).isEqualTo(json.documents().get(3).paragraphs());
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("model.json", "model.json.snapshot");
        }
    }

    @Test
    void whenTheSnapshotCannotBeWritten_theModelOpensFromJson() throws Exception {
        Corpus json = FixtureCorpus.corpus();
        Path model = model(json);
        // a folder in the way: the rename cannot replace it
        Files.createDirectories(Snapshot.pathFor(model).resolve("blocker"));
        CorpusIndex index = ModelStore.open(model, line -> { });
        assertThat(index.corpus()).isEqualTo(json);
        assertThat(index.peopleMentionedIn(FixtureCorpus.D1)).isNotEmpty();
    }

    @Test
    void aMissingModel_isReportedAsBefore() {
        Path missing = dir.resolve("nothing.json");
        assertThatThrownBy(() -> ModelStore.open(missing, line -> { })).hasMessageContaining("no such file");
    }

    private static void flip(Path file, long at) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(at);
            int b = f.read();
            f.seek(at);
            f.write(b ^ 0x5A);
        }
    }
}
