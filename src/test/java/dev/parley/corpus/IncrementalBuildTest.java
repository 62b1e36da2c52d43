package dev.parley.corpus;

import dev.parley.ingest.SourceFile;

import dev.parley.io.ModelJson;
import dev.parley.model.Corpus;
import dev.parley.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A rebuild reuses what earlier builds extracted from unchanged articles, and gives the same model as a fresh build. */
class IncrementalBuildTest {
    @TempDir
    Path dir;

    private static List<SourceFile> articles() {
        List<SourceFile> out = new ArrayList<>(Seeds.seeds());
        out.add(Seeds.fixture("quotes/guillemets.txt"));
        out.add(Seeds.fixture("quotes/mfa-spokesperson.txt"));
        return out;
    }

    private static CorpusBuilder builder() {
        return new CorpusBuilder("parley test");
    }

    private byte[] bytes(Corpus corpus) throws IOException {
        Path file = dir.resolve("m-" + System.nanoTime() + ".json");
        ModelJson.write(corpus, file);
        return Files.readAllBytes(file);
    }

    @Test
    void everyExtractionSurvivesTheCacheEncodingExactly() throws IOException {
        CorpusBuilder b = builder();
        for (SourceFile s : articles()) {
            CorpusBuilder.Extraction e = b.extract(s);
            assertThat(ExtractionCodec.decode(ExtractionCodec.encode(e))).as(s.id()).isEqualTo(e);
        }
    }

    @Test
    void aSecondBuildReusesEveryArticle_andWritesTheSameModel() throws IOException {
        Path cache = dir.resolve("cache.bin");
        List<SourceFile> articles = articles();
        byte[] fresh = bytes(builder().build(articles, List.of(), CorpusBuilder.Progress.NONE));

        CorpusBuilder.Built first = builder().buildIncrementally(articles, List.of(), CorpusBuilder.Progress.NONE, cache);
        CorpusBuilder.Built second = builder().buildIncrementally(articles, List.of(), CorpusBuilder.Progress.NONE, cache);

        assertThat(first.reused()).isZero();
        assertThat(first.extracted()).isEqualTo(articles.size());
        assertThat(second.reused()).isEqualTo(articles.size());
        assertThat(second.extracted()).isZero();
        assertThat(bytes(first.corpus())).isEqualTo(fresh);
        assertThat(bytes(second.corpus())).isEqualTo(fresh);
    }

    @Test
    void aChangedArticleIsExtractedAgain_andOnlyThatOne() throws IOException {
        Path cache = dir.resolve("cache.bin");
        List<SourceFile> articles = articles();
        builder().buildIncrementally(articles, List.of(), CorpusBuilder.Progress.NONE, cache);

        List<SourceFile> changed = new ArrayList<>(articles);
        SourceFile old = changed.get(1);
        changed.set(1, new SourceFile(old.id(), old.file(), old.text().replaceFirst("\\.", ". Minister Ana Kovač of Croatia said \"We agree.\"")));
        changed.remove(2);
        CorpusBuilder.Built rebuilt = builder().buildIncrementally(changed, List.of(), CorpusBuilder.Progress.NONE, cache);

        assertThat(rebuilt.reused()).isEqualTo(changed.size() - 1);
        assertThat(rebuilt.extracted()).isEqualTo(1);
        assertThat(bytes(rebuilt.corpus())).isEqualTo(bytes(builder().build(changed, List.of(), CorpusBuilder.Progress.NONE)));
        // the cache now holds exactly this build's articles: the removed one is gone
        CorpusBuilder.Built again = builder().buildIncrementally(articles, List.of(), CorpusBuilder.Progress.NONE, cache);
        assertThat(again.reused()).isEqualTo(articles.size() - 2);
    }

    @Test
    void anotherProgramVersionReusesNothing() throws IOException {
        Path cache = dir.resolve("cache.bin");
        List<SourceFile> articles = articles();
        builder().buildIncrementally(articles, List.of(), CorpusBuilder.Progress.NONE, cache);

        CorpusBuilder.Built other = new CorpusBuilder("parley other")
                .buildIncrementally(articles, List.of(), CorpusBuilder.Progress.NONE, cache);

        assertThat(other.reused()).isZero();
    }

    @Test
    void aDamagedCacheIsIgnored_andTheModelIsStillRight() throws IOException {
        Path cache = dir.resolve("cache.bin");
        List<SourceFile> articles = articles();
        byte[] fresh = bytes(builder().build(articles, List.of(), CorpusBuilder.Progress.NONE));
        builder().buildIncrementally(articles, List.of(), CorpusBuilder.Progress.NONE, cache);
        byte[] whole = Files.readAllBytes(cache);

        // cut short in the middle of the entries: the whole ones before the cut are still used
        Files.write(cache, java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
        CorpusBuilder.Built cut = builder().buildIncrementally(articles, List.of(), CorpusBuilder.Progress.NONE, cache);
        assertThat(cut.reused()).isBetween(1, articles.size() - 1);
        assertThat(bytes(cut.corpus())).isEqualTo(fresh);

        // one letter changed inside an article's cached text: still decodable, but the checksum catches it
        builder().buildIncrementally(articles, List.of(), CorpusBuilder.Progress.NONE, cache);
        byte[] damaged = Files.readAllBytes(cache);
        String asText = new String(damaged, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = asText.indexOf("Lavrov");
        assertThat(at).isPositive();
        damaged[at] = 'X';
        Files.write(cache, damaged);
        CorpusBuilder.Built afterDamage = builder().buildIncrementally(articles, List.of(), CorpusBuilder.Progress.NONE, cache);
        assertThat(afterDamage.extracted()).isEqualTo(1);
        assertThat(bytes(afterDamage.corpus())).isEqualTo(fresh);

        Files.writeString(cache, "not a cache");
        CorpusBuilder.Built garbage = builder().buildIncrementally(articles, List.of(), CorpusBuilder.Progress.NONE, cache);
        assertThat(garbage.reused()).isZero();
        assertThat(bytes(garbage.corpus())).isEqualTo(fresh);
    }

    @Test
    void aBuildThatDoesNotFinishLeavesThePreviousCacheAsItWas() throws IOException {
        Path cache = dir.resolve("cache.bin");
        List<SourceFile> articles = articles();
        builder().buildIncrementally(articles, List.of(), CorpusBuilder.Progress.NONE, cache);
        byte[] before = Files.readAllBytes(cache);

        try (ExtractionCache unfinished = ExtractionCache.open(cache, builder().fingerprint())) {
            unfinished.put(articles.get(0), builder().extract(articles.get(0)));
        } // closed without commit, as when a build fails

        assertThat(Files.readAllBytes(cache)).isEqualTo(before);
        try (var left = Files.list(dir)) {
            assertThat(left.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void anUnwritableCacheFolderMeansAFullBuild_notAFailure() throws IOException {
        Path blocked = Files.writeString(dir.resolve("a-file"), "in the way");
        List<SourceFile> articles = articles();

        CorpusBuilder.Built built = builder().buildIncrementally(articles, List.of(), CorpusBuilder.Progress.NONE,
                blocked.resolve("cache.bin"));

        assertThat(built.reused()).isZero();
        assertThat(built.corpus().documents()).hasSize(articles.size());
    }
}
