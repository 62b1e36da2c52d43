package dev.parley.search;

import dev.parley.index.FixtureCorpus;
import dev.parley.io.ModelJson;
import dev.parley.model.Corpus;
import dev.parley.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class IndexStoreTest {
    @TempDir
    Path dir;

    private final Corpus corpus = FixtureCorpus.corpus();

    private Map<String, String> env() {
        return Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString(), "HOME", dir.resolve("home").toString());
    }

    private Path model() throws IOException {
        Path model = dir.resolve("data/model.json");
        ModelJson.write(corpus, model);
        return model;
    }

    private static List<String> found(SearchIndex index, String query) throws QueryException {
        return index.search(query, 20).stream().filter(h -> !h.isQuote()).map(h -> h.document().id()).toList();
    }

    @Test
    void theFirstOpenBuildsTheIndexBesideTheModelAndLaterOnesReuseIt() throws Exception {
        Path model = model();
        try (SearchIndex first = SearchIndex.open(model, corpus, env())) {
            assertThat(first.wasBuilt()).isTrue();
            assertThat(first.location()).isEqualTo(dir.resolve("data/model.index").toAbsolutePath());
            assertThat(found(first, "kowalska")).containsExactly(FixtureCorpus.D3);
        }
        assertThat(dir.resolve("data/model.index/" + IndexStore.STAMP)).isRegularFile();
        try (SearchIndex second = SearchIndex.open(model, corpus, env())) {
            assertThat(second.wasBuilt()).isFalse();
            assertThat(found(second, "kowalska")).containsExactly(FixtureCorpus.D3);
        }
        // nothing but the index itself is left beside the model (no temporary folders)
        try (Stream<Path> files = Files.list(dir.resolve("data"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("model.json", "model.index",
                    "model.json.lock"); // the lock writers of the model take (ModelLock), which locks nothing now
        }
    }

    @Test
    void theSameBytesWrittenAgainKeepTheIndex() throws Exception {
        Path model = model();
        SearchIndex.open(model, corpus, env()).close();
        ModelJson.write(corpus, model); // a rebuild from the same input: new time, same content
        Files.setLastModifiedTime(model, FileTime.fromMillis(Files.getLastModifiedTime(model).toMillis() + 5000));
        try (SearchIndex again = SearchIndex.open(model, corpus, env())) {
            assertThat(again.wasBuilt()).isFalse();
        }
    }

    @Test
    void aChangedModelRebuildsTheIndex() throws Exception {
        Path model = model();
        SearchIndex.open(model, corpus, env()).close();

        List<Document> docs = new ArrayList<>(corpus.documents());
        Document d = docs.get(0);
        docs.set(0, new Document(d.id(), d.file(), "Zanzibar summit", d.titleFrom(), d.source(), d.place(), d.date(),
                d.paragraphs(), d.topics(), d.keyphrases()));
        Corpus changed = new Corpus(corpus.schemaVersion(), corpus.generator(), docs, corpus.people(),
                corpus.organisations(), corpus.places(), corpus.topics(), corpus.meetings(), corpus.quotes(), corpus.skipped());
        ModelJson.write(changed, model);

        try (SearchIndex again = SearchIndex.open(model, changed, env())) {
            assertThat(again.wasBuilt()).isTrue();
            assertThat(found(again, "zanzibar")).containsExactly(d.id());
        }
    }

    @Test
    void anUpdateRewritesOnlyWhatChangedAndKeepsTheConcordanceInCorpusOrder() throws Exception {
        List<Document> docs = new ArrayList<>(corpus.documents());
        Document first = docs.get(0);
        docs.set(0, new Document(first.id(), first.file(), "Zanzibar summit", first.titleFrom(), first.source(),
                first.place(), first.date(), first.paragraphs(), first.topics(), first.keyphrases()));
        docs.remove(docs.size() - 1); // an article gone: it and its quotes are deleted
        Corpus changed = new Corpus(corpus.schemaVersion(), corpus.generator(), docs, corpus.people(),
                corpus.organisations(), corpus.places(), corpus.topics(), corpus.meetings(),
                corpus.quotes().stream().filter(q -> !q.doc().equals(FixtureCorpus.D5)).toList(), corpus.skipped());

        try (org.apache.lucene.store.Directory dir = new org.apache.lucene.store.ByteBuffersDirectory()) {
            IndexStore.write(corpus, dir);
            assertThat(IndexStore.update(corpus, dir)).as("nothing changed").isZero();
            assertThat(IndexStore.update(changed, dir)).as("one title changed, one article gone").isEqualTo(2);
        }

        Path model = model();
        SearchIndex.open(model, corpus, env()).close();
        ModelJson.write(changed, model);
        try (SearchIndex updated = SearchIndex.open(model, changed, env())) {
            assertThat(updated.wasBuilt()).isTrue();
            assertThat(found(updated, "zanzibar")).containsExactly(first.id());
            assertThat(found(updated, "title:discuss")).isEmpty();
            assertThat(found(updated, "statement")).isEmpty();
            assertThat(updated.count("kind:doc")).isEqualTo(docs.size());
            // the replaced first article now sits last in the index; the concordance still starts with it
            assertThat(updated.concordance("energy", 10).lines().get(0).doc()).isEqualTo(first.id());
        }
        // and the updated index is what a fresh build gives
        try (SearchIndex fresh = SearchIndex.inMemory(changed);
             SearchIndex updated = SearchIndex.open(model, changed, env())) {
            for (String q : List.of("zanzibar", "energy", "person:herrera", "kind:quote", "before:2017", "markovic")) {
                assertThat(found(updated, q)).as(q).containsExactlyInAnyOrderElementsOf(found(fresh, q));
            }
        }
    }

    @Test
    void aDamagedIndexIsRebuilt() throws Exception {
        Path model = model();
        SearchIndex.open(model, corpus, env()).close();
        Path index = dir.resolve("data/model.index");
        try (Stream<Path> files = Files.list(index)) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith("segments")).toList()) {
                Files.delete(p);
            }
        }
        try (SearchIndex again = SearchIndex.open(model, corpus, env())) {
            assertThat(again.wasBuilt()).isTrue();
            assertThat(found(again, "kowalska")).containsExactly(FixtureCorpus.D3);
        }
    }

    @Test
    void anIndexWithoutItsStampIsNotTrusted() throws Exception {
        Path model = model();
        SearchIndex.open(model, corpus, env()).close();
        Files.delete(dir.resolve("data/model.index/" + IndexStore.STAMP));
        try (SearchIndex again = SearchIndex.open(model, corpus, env())) {
            assertThat(again.wasBuilt()).isTrue();
        }
    }

    @Test
    void leftoversOfAnInterruptedBuildAreIgnoredAndRemoved() throws Exception {
        Path model = model();
        // what a build killed half-way leaves: a hidden temporary folder named after a process that is gone
        Path leftover = Files.createDirectories(dir.resolve("data/.model.index.2147483646.abc.tmp"));
        Files.writeString(leftover.resolve("_0.cfs"), "half written");
        try (SearchIndex index = SearchIndex.open(model, corpus, env())) {
            assertThat(index.wasBuilt()).isTrue();
            assertThat(index.location().getFileName().toString()).isEqualTo("model.index");
        }
        assertThat(leftover).doesNotExist();
    }

    @Test
    void parleyBuildRefreshesAnExistingIndex() throws Exception {
        Path model = model();
        SearchIndex.open(model, corpus, env()).close();
        Path built = SearchIndex.build(model, corpus, env());
        assertThat(built).isEqualTo(dir.resolve("data/model.index").toAbsolutePath());
        try (SearchIndex index = SearchIndex.open(model, corpus, env())) {
            assertThat(index.wasBuilt()).isFalse();
        }
    }

    @Test
    void parleyBuildKeepsTheIndexOfAnUnchangedModel() throws Exception {
        Path model = model();
        SearchIndex.open(model, corpus, env()).close();
        // a rebuild replaces the whole folder: a file of our own in it tells whether it was replaced
        Path marker = Files.writeString(dir.resolve("data/model.index/marker"), "still here");
        ModelJson.write(corpus, model); // the same bytes again, with a new time
        Files.setLastModifiedTime(model, FileTime.fromMillis(Files.getLastModifiedTime(model).toMillis() + 5000));
        SearchIndex.build(model, corpus, env());
        assertThat(marker).exists();
        Files.delete(marker);
        try (Stream<Path> files = Files.list(dir.resolve("data"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("model.json", "model.index",
                    "model.json.lock"); // the lock writers of the model take (ModelLock), which locks nothing now
        }
    }

    @Test
    void theCacheFolderIsPerModelPathUnderXdgCacheHome() {
        Path a = IndexStore.inCache(dir.resolve("a/model.json"), env());
        Path b = IndexStore.inCache(dir.resolve("b/model.json"), env());
        assertThat(a).startsWithRaw(dir.resolve("cache/parley/search"));
        assertThat(a).isNotEqualTo(b);
        assertThat(a.getFileName().toString()).endsWith("-model.index");
        Path home = IndexStore.inCache(dir.resolve("a/model.json"), Map.of("HOME", "/home/someone"));
        assertThat(home).startsWithRaw(Path.of("/home/someone/.cache/parley/search"));
    }

    @Test
    void somethingElseWhereTheIndexWouldGoIsLeftAloneAndTheCacheIsUsed() throws Exception {
        Path model = model();
        Path inTheWay = dir.resolve("data/model.index");
        Files.writeString(inTheWay, "the user's own file");
        try (SearchIndex index = SearchIndex.open(model, corpus, env())) {
            assertThat(index.location()).startsWithRaw(dir.resolve("cache/parley/search"));
            assertThat(found(index, "kowalska")).containsExactly(FixtureCorpus.D3);
        }
        try (SearchIndex again = SearchIndex.open(model, corpus, env())) {
            assertThat(again.wasBuilt()).isFalse();
            assertThat(again.location()).startsWithRaw(dir.resolve("cache/parley/search"));
        }
        assertThat(Files.readString(inTheWay)).isEqualTo("the user's own file");
    }

    @Test
    void aModelInAFolderThatCannotBeWrittenIsIndexedInTheCache() throws Exception {
        Path model = model();
        Path data = dir.resolve("data");
        assertThat(data.toFile().setWritable(false, false)).isTrue();
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(data),
                    "running as a user who can write anywhere (root): the folder cannot be made read-only");
            try (SearchIndex index = SearchIndex.open(model, corpus, env())) {
                assertThat(index.location()).startsWithRaw(dir.resolve("cache/parley/search"));
                assertThat(found(index, "kowalska")).containsExactly(FixtureCorpus.D3);
            }
            try (SearchIndex again = SearchIndex.open(model, corpus, env())) {
                assertThat(again.wasBuilt()).isFalse();
            }
        } finally {
            data.toFile().setWritable(true, false);
        }
    }
}
