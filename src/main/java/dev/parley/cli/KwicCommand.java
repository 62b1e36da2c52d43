package dev.parley.cli;

import dev.parley.search.Concordance;
import dev.parley.search.QueryException;
import dev.parley.search.SearchIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "kwic", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Concordance: every occurrence of a word or phrase in the articles, aligned on it,",
                "with the words before and after; or, with --collocates, the words found near it more often than chance."},
        footer = {"", "Exit status: 0 found, 1 not found, 2 usage or model error."})
final class KwicCommand implements Callable<Integer> {
    @CommandLine.Mixin
    Main.CommonOptions common;

    @Parameters(paramLabel = "TERM", arity = "1..*", description = "a word, or several for a phrase")
    List<String> words;

    @Option(names = {"-m", "--model"}, paramLabel = "FILE", description = "model to read (default: ${DEFAULT-VALUE})")
    Path model = Main.DEFAULT_MODEL;

    @Option(names = "--sort", paramLabel = "KEYS",
            description = "sort by the words around it: L1 (first word to the left), R1 (first to the right), ... "
                    + "One key also sorts by the next two on that side (R1 = R1,R2,R3); L1,R1 gives the order. "
                    + "Default: corpus order")
    String sort;

    @Option(names = {"-w", "--width"}, paramLabel = "N", description = "characters of context on each side (default: ${DEFAULT-VALUE})")
    int width = 40;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "at most N lines (default: ${DEFAULT-VALUE})")
    int limit = 1000;

    @Option(names = "--collocates", description = "list the collocates instead of the lines")
    boolean collocates;

    @Option(names = "--window", paramLabel = "N", description = "collocates: words on each side (default: ${DEFAULT-VALUE})")
    int window = 5;

    @Option(names = "--min", paramLabel = "N", description = "collocates: seen at least N times near it (default: ${DEFAULT-VALUE})")
    int min = 3;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, json, tsv or md (default: ${DEFAULT-VALUE})")
    SearchOutput.Format format = SearchOutput.Format.text;

    /** Collocates are counted over this many lines at most; enough for stable scores, bounded in time. */
    private static final int COLLOCATE_LINES = 100_000;

    private final Main.Context context;

    KwicCommand(Main.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (limit < 1 || width < 1 || window < 1 || min < 1) {
            throw new Main.UsageError("parley kwic: --limit, --width, --window and --min must be at least 1");
        }
        List<Integer> positions = List.of();
        if (sort != null) {
            try {
                positions = Concordance.sortPositions(sort);
            } catch (IllegalArgumentException e) {
                throw new Main.UsageError("parley kwic: --sort: " + e.getMessage());
            }
        }
        String term = String.join(" ", words);
        try (SearchIndex index = ModelLoading.searchIndex(context, model, "kwic")) {
            SearchIndex.Kwic kwic;
            try {
                kwic = index.concordance(term, collocates ? Math.max(limit, COLLOCATE_LINES) : limit);
            } catch (QueryException e) {
                throw new Main.UsageError("parley kwic: " + e.getMessage());
            }
            if (collocates) {
                List<Concordance.Collocate> found = Concordance.collocates(kwic.lines(), window, min, index.frequencies());
                found = found.subList(0, Math.min(limit, found.size()));
                SearchOutput.collocates(context.out(), format, kwic, found);
                return found.isEmpty() ? 1 : 0;
            }
            List<Concordance.Line> lines = positions.isEmpty() ? kwic.lines() : Concordance.sort(kwic.lines(), positions);
            SearchOutput.concordance(context.out(), format, kwic, lines, width);
            return lines.isEmpty() ? 1 : 0;
        }
    }
}
