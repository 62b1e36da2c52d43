package dev.parley.cli;

import dev.parley.search.Hit;
import dev.parley.search.QueryException;
import dev.parley.search.SearchIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "search", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Search articles and quotes, best matches first.",
                "Words must all match; \"a phrase\" matches as written; OR, NOT (or -word) and ( ) combine;",
                "word* matches words starting so. Filters: person:NAME topic:NAME source:NAME place:NAME title:WORD",
                "kind:doc|quote before:DATE after:DATE (DATE is 2017, 2017-06 or 2017-06-30).",
                "Case and accents do not matter: dacic finds Dačić."},
        footer = {"", "Exit status: 0 found, 1 nothing found, 2 bad query or model."})
final class SearchCommand implements Callable<Integer> {
    @CommandLine.Mixin
    Main.CommonOptions common;

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "the query (several arguments are joined with spaces)")
    List<String> words;

    @Option(names = {"-m", "--model"}, paramLabel = "FILE", description = "model to search (default: ${DEFAULT-VALUE})")
    Path model = Main.DEFAULT_MODEL;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "at most N results (default: ${DEFAULT-VALUE})")
    int limit = 20;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text, json, tsv or md (default: ${DEFAULT-VALUE})")
    SearchOutput.Format format = SearchOutput.Format.text;

    private final Main.Context context;

    SearchCommand(Main.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new Main.UsageError("parley search: --limit must be at least 1");
        }
        String query = String.join(" ", words);
        try (SearchIndex index = ModelLoading.searchIndex(context, model, "search")) {
            List<Hit> hits;
            int total;
            try {
                hits = index.search(query, limit);
                total = index.count(query);
            } catch (QueryException e) {
                throw new Main.UsageError("parley search: " + e.getMessage());
            }
            SearchOutput.hits(context.out(), format, query, hits, total, SearchOutput.highlightOnTerminal(context.env()));
            return hits.isEmpty() ? 1 : 0;
        }
    }
}
