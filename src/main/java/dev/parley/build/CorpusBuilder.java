package dev.parley.build;

import dev.parley.model.Corpus;
import dev.parley.model.Skipped;

import java.util.List;

/** Builds the corpus model from decoded articles: extraction per document in parallel, then a deterministic merge. */
public final class CorpusBuilder {

    /** Told after each document so long builds can show progress; called from worker threads. */
    public interface Progress {
        void documentDone(int done, int total);

        Progress NONE = (done, total) -> { };
    }

    private final String generator;

    public CorpusBuilder(String generator) {
        this.generator = generator;
    }

    public Corpus build(List<SourceFile> sources, List<Skipped> skipped, Progress progress) {
        // TEMPORARY: documents only. Extraction and merging are being written.
        var docs = sources.stream().map(ArticleParser::parse).toList();
        return new Corpus(Corpus.SCHEMA_VERSION, generator, docs, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), skipped);
    }
}
