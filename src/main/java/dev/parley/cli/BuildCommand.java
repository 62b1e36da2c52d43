package dev.parley.cli;

import dev.parley.corpus.CorpusBuilder;
import dev.parley.curate.CorrectionsFile;
import dev.parley.curate.Corrector;
import dev.parley.text.Sanitize;
import dev.parley.io.IoProblem;
import dev.parley.io.ModelJson;
import dev.parley.io.ModelLock;
import dev.parley.io.ModelParts;
import dev.parley.io.ModelPartsWriter;
import dev.parley.store.Snapshot;
import dev.parley.io.UserDirs;
import dev.parley.store.ModelStore;
import dev.parley.ingest.FieldNames;
import dev.parley.ingest.SourceReader;
import dev.parley.model.Corpus;
import dev.parley.search.SearchIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Build the model from folders of articles, searched recursively: text (.txt, .md), web pages "
                + "(.html, .htm, .xhtml), RSS and Atom feeds (.rss, .atom, .xml), JSON Lines (.jsonl, .ndjson), JSON "
                + "arrays (.json), WARC archives (.warc), and gzipped copies of each (.gz).",
                "Files and records that cannot be used (empty, binary, too large, broken) are skipped with a warning."})
final class BuildCommand implements Callable<Integer> {

    @CommandLine.Mixin
    Main.CommonOptions common;

    @Parameters(paramLabel = "DIR", arity = "0..*",
            description = "folders (or single files) with articles (default: seeds)")
    List<Path> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "where to write the model (default: ${DEFAULT-VALUE})")
    Path output = Main.DEFAULT_MODEL;

    @Option(names = "--no-cache", description = "extract every article again instead of reusing what earlier builds "
            + "extracted from unchanged ones")
    boolean noCache;

    @Option(names = "--field", paramLabel = "PART=NAME",
            description = "the JSON field that holds an article's PART (title, text, date, url, source) in JSON Lines "
                    + "and JSON inputs, instead of the usual names; repeatable: --field text=body --field date=ts")
    List<String> fields = new ArrayList<>();

    @Option(names = "--parts", paramLabel = "N", arity = "0..1", fallbackValue = "" + ModelPartsWriter.DEFAULT_SHARD_SIZE,
            description = "write the model in parts: FILE becomes a small manifest and FILE.parts/ holds the documents "
                    + "in shards of N (default " + ModelPartsWriter.DEFAULT_SHARD_SIZE + ") and the corpus-wide "
                    + "tables; a rebuild rewrites only the parts that changed. An existing model in parts is rebuilt "
                    + "in parts without this option (docs/model.md)")
    Integer parts;

    @Option(names = "--engine", paramLabel = "ENGINE",
            description = "embedded (the default: this process, on all cores) or spark (Spark tasks on a cluster or "
                    + "local[N]; started by the parley launcher or spark-submit, see docs/scale.md)")
    String engine = "embedded";

    private final Main.Context context;
    private final BuildTimings timings;

    BuildCommand(Main.Context context) {
        this.context = context;
        this.timings = new BuildTimings("1".equals(context.env().get("PARLEY_TIMINGS")));
    }

    @Override
    public Integer call() throws IOException {
        if (engine.equals("spark")) {
            // the Spark engine is a module of its own, so that this jar stays small; the launcher starts it
            throw new Main.UsageError("parley build: --engine spark runs through the ./parley launcher of a source "
                    + "checkout or spark-submit (docs/scale.md), not from this jar");
        }
        if (!engine.equals("embedded")) {
            throw new Main.UsageError("parley build: unknown engine " + Sanitize.line(engine) + " (embedded or spark)");
        }
        return buildModel(inputs.isEmpty() ? List.of(Main.DEFAULT_INPUT) : inputs, output);
    }

    int buildModel(List<Path> given, Path out) throws IOException {
        long started = System.nanoTime();
        if (parts != null && parts < 1) {
            throw new Main.UsageError("parley build: --parts takes a shard size of at least 1 document (was " + parts + ")");
        }
        List<Path> resolved = given.stream().map(context::resolve).toList();
        FieldNames fieldNames;
        try {
            fieldNames = FieldNames.withOverrides(fields);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageError("parley build: " + e.getMessage());
        }
        SourceReader.Result read;
        try {
            long readStarted = System.nanoTime();
            read = SourceReader.read(resolved, fieldNames, context.err()::println);
            timings.accept("read", System.nanoTime() - readStarted);
        } catch (SourceReader.MissingInputException e) {
            String hint = inputs.isEmpty() ? " (name the folder with the articles: parley build DIR)" : "";
            throw new Main.UsageError("parley build: " + e.getMessage() + hint);
        }
        if (read.files().isEmpty()) {
            throw new Main.Failure("no articles to build from in " + String.join(", ", given.stream()
                    .map(Path::toString).toList()) + " (looked for text, web pages, feeds, JSON and WARC files; "
                    + read.skipped().size() + " skipped)");
        }

        Path target = context.resolve(out);
        try (ModelLock lock = lock(target)) {
            return buildLocked(read, target, started);
        }
    }

    /**
     * The lock of the model's files, waited for when another build (or a corrections writer) holds it, so that the
     * model, its snapshot and its index all come from one build.
     */
    private ModelLock lock(Path target) throws IOException {
        ModelLock lock;
        try {
            lock = ModelLock.acquire(target, holder -> context.err().println("parley build: waiting for "
                    + ModelLock.pathFor(target).getFileName() + ", held by " + holder + " (another build of "
                    + target.getFileName() + ")"));
        } catch (IOException e) {
            throw new Main.Failure(target + ": cannot write: " + IoProblem.of(e));
        }
        holdForTest(context.env().get(HOLD_LOCK_HOOK));
        return lock;
    }

    /**
     * Test hook for the tests of concurrent writers: with this variable naming a file, a build that holds the lock
     * waits while that file exists, so that a test can start a second writer at a known moment. Unset, it does
     * nothing; set, it only makes the build wait for a file the user names.
     */
    static final String HOLD_LOCK_HOOK = "PARLEY_TEST_HOLD_LOCK_WHILE";

    private static void holdForTest(String file) {
        if (file == null || file.isEmpty()) {
            return;
        }
        Path gate = Path.of(file);
        while (Files.exists(gate)) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private int buildLocked(SourceReader.Result read, Path target, long started) throws IOException {
        boolean showProgress = Terminal.stderrIsTerminal(context.env());
        ProgressLine progress = new ProgressLine(context.err(), showProgress, System::nanoTime);
        Corpus corpus;
        CorpusBuilder.Built built = null;
        try {
            CorpusBuilder builder = new CorpusBuilder("parley " + Main.version()).timing(timings);
            if (noCache) {
                corpus = builder.build(read.files(), read.skipped(), progress);
            } else {
                Path cache = cacheFile(context.env(), target);
                built = builder.buildIncrementally(read.files(), read.skipped(), progress, cache);
                tidyCaches(cache, target);
                corpus = built.corpus();
            }
        } finally {
            progress.finish();
        }
        long step = System.nanoTime();
        String partsNote = "";
        int shardSize = parts != null ? parts : ModelParts.shardSizeOf(target);
        if (shardSize > 0) {
            ModelPartsWriter.Written w = ModelPartsWriter.write(corpus, target, shardSize);
            partsNote = String.format(Locale.ROOT, " (in parts: %d written, %d unchanged)", w.written(), w.kept());
        } else {
            ModelJson.write(corpus, target);
        }
        step = timings.lap("write", step);
        try {
            ModelStore.writeSnapshot(corpus, target);
        } catch (IOException | RuntimeException e) {
            // the model is written; the explorer writes the snapshot itself when it first opens the model
            context.err().println("parley build: note: cannot write " + Snapshot.pathFor(target) + ": "
                    + IoProblem.of(e) + "; the model is written, its first opening will be slower");
        }
        step = timings.lap("snapshot", step);
        // the model file keeps what extraction found; the corrections beside it apply on top, here for the search
        // index and the summary, and whenever the model is opened (so that an undone correction is gone at once)
        Corrector.Result corrected = corrections(target, corpus);
        try {
            SearchIndex.build(target, corrected.corpus(), context.env());
        } catch (IOException e) {
            // the model is what the build is for; search builds its index on first use when it can
            context.err().println("parley build: note: cannot write the search index of " + target + ": " + IoProblem.of(e)
                    + "; the model is written, search will index it on first use");
        }

        timings.lap("index", step);
        timings.report(context.err());
        double seconds = (System.nanoTime() - started) / 1e9;
        String reused = built == null || built.reused() == 0 ? ""
                : String.format(Locale.ROOT, " (%d unchanged, not extracted again)", built.reused());
        String corrections = corrected.statuses().isEmpty() ? ""
                : String.format(Locale.ROOT, ", %d corrections applied", corrected.statuses().size() - corrected.stale().size())
                + (corrected.stale().isEmpty() ? "" : String.format(Locale.ROOT, " (%d no longer apply)", corrected.stale().size()));
        context.err().println(String.format(Locale.ROOT, "built %s%s: %d documents%s, %d people, %d quotes, %d skipped%s in %.1f s",
                target, partsNote, corpus.documents().size(), reused, corrected.corpus().people().size(),
                corrected.corpus().quotes().size(), corpus.skipped().size(), corrections, seconds));
        for (Corrector.Status stale : corrected.stale()) {
            context.err().println("parley build: correction no longer applies: " + Sanitize.line(stale.correction().describe())
                    + " (" + Sanitize.line(stale.problem()) + "; `parley curate list` shows them all)");
        }
        return 0;
    }

    /** The built corpus with the model's corrections applied; a corrections file that cannot be read fails the build. */
    private static Corrector.Result corrections(Path model, Corpus corpus) throws IOException {
        CorrectionsFile file = CorrectionsFile.of(model);
        try {
            return Corrector.apply(corpus, file.read());
        } catch (IOException e) {
            throw new Main.Failure("cannot read the corrections " + file.path() + ": " + Main.firstLine(e.getMessage()));
        }
    }

    /**
     * The extraction cache of a model: one file per output path under the user's cache folder
     * ($XDG_CACHE_HOME/parley, else ~/.cache/parley), so nothing is written beside the user's files.
     */
    static Path cacheFile(Map<String, String> env, Path model) {
        return UserDirs.cache(env, UserDirs.home(env)).resolve("extractions").resolve(UserDirs.keyOf(model) + ".bin");
    }

    private static final Duration UNUSED_CACHE = Duration.ofDays(30);

    /**
     * Notes which model a cache belongs to (a file beside it), and removes the caches of models that no longer
     * exist and of those not built for 30 days: without this, every build into a temporary folder would leave its
     * cache behind for good. Best effort: the build has succeeded whatever happens here.
     */
    static void tidyCaches(Path cache, Path model) {
        Path dir = cache.getParent();
        String name = cache.getFileName().toString();
        try {
            Files.writeString(dir.resolve(name.replaceFirst("\\.bin$", ".model")),
                    model.toAbsolutePath().normalize() + "\n", StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return; // no cache folder to tidy
        }
        Instant stale = Instant.now().minus(UNUSED_CACHE);
        try (var files = Files.newDirectoryStream(dir, "*.bin")) {
            for (Path other : files) {
                if (other.getFileName().toString().equals(name)) {
                    continue;
                }
                Path owner = dir.resolve(other.getFileName().toString().replaceFirst("\\.bin$", ".model"));
                boolean orphan = Files.isRegularFile(owner)
                        && !Files.exists(Path.of(Files.readString(owner, StandardCharsets.UTF_8).strip()));
                if (orphan || Files.getLastModifiedTime(other).toInstant().isBefore(stale)) {
                    Files.deleteIfExists(other);
                    Files.deleteIfExists(owner);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // tidying is a courtesy
        }
    }
}
