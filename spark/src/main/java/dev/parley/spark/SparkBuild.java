package dev.parley.spark;

import dev.parley.cli.Main;
import dev.parley.io.ModelJson;
import dev.parley.io.ModelParts;
import dev.parley.io.ModelPartsWriter;
import dev.parley.ingest.FieldNames;
import dev.parley.model.Corpus;
import dev.parley.store.ModelStore;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code parley build --engine spark}: the model built by Spark tasks, the same model the embedded engine writes
 * for the same input. Inputs and output are Hadoop file system paths (a plain path is the default file system's:
 * the local one for local[N]), so the same command runs on a cluster through spark-submit.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the model with Spark: each article extracted in a task, people merged and meetings "
                + "grouped into events in Spark steps. Inputs and output are Hadoop paths (local, hdfs://, s3a://).")
public final class SparkBuild implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", arity = "0..*", description = "folders (or single files) with articles (default: seeds)")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "where to write the model (default: ${DEFAULT-VALUE})")
    String output = "data/model.json";

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[N], spark://HOST:7077, yarn, k8s://… (default: spark-submit's, else local[*])")
    String master;

    @Option(names = "--engine", paramLabel = "ENGINE", description = "spark (this program is the Spark engine)")
    String engine = "spark";

    @Option(names = "--field", paramLabel = "PART=NAME", description = "the JSON field of an article's PART, as for the embedded build")
    List<String> fields = new ArrayList<>();

    @Option(names = "--parts", paramLabel = "N", arity = "0..1", fallbackValue = "" + ModelPartsWriter.DEFAULT_SHARD_SIZE,
            description = "write the model in parts (a manifest and FILE.parts/, shards of N documents), each part by a "
                    + "Spark task; the same parts as the embedded build's --parts")
    Integer parts;

    @Option(names = "--timings", description = "one more line: the seconds each step took (for sizing a cluster)")
    boolean timings;

    @Option(names = "--no-cache", description = "accepted for the embedded build's sake: the Spark engine keeps no extraction cache")
    boolean noCache;

    private final PrintStream err;

    SparkBuild(PrintStream err) {
        this.err = err;
    }

    public static void main(String[] args) {
        PrintStream err = System.err;
        CommandLine cli = new CommandLine(new SparkBuild(err));
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("parley build: " + e.getMessage() + " (parley build --engine spark --help)");
            return 2;
        });
        System.exit(cli.execute(args));
    }

    /** Usage errors: one line, exit 2. */
    static final class Usage extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Usage(String message) {
            super(message);
        }
    }

    @Override
    public Integer call() {
        try {
            return run();
        } catch (Usage e) {
            err.println(e.getMessage());
            return 2;
        } catch (SparkEngine.NoArticles e) {
            err.println("parley: no articles to build from in " + String.join(", ", inputs()) + " (" + e.skipped + " skipped)");
            return 1;
        } catch (IOException | RuntimeException e) {
            err.println("parley build: " + firstLine(e));
            return 1;
        }
    }

    private List<String> inputs() {
        return inputs.isEmpty() ? List.of("seeds") : inputs;
    }

    private int run() throws IOException {
        if (parts != null && parts < 1) {
            throw new Usage("parley build: --parts takes a shard size of at least 1 document (was " + parts + ")");
        }
        if (!engine.equals("spark")) {
            throw new Usage("parley build: this is the Spark engine; for --engine " + engine + " run parley build without the Spark module");
        }
        FieldNames fieldNames;
        try {
            fieldNames = FieldNames.withOverrides(fields);
        } catch (IllegalArgumentException e) {
            throw new Usage("parley build: " + e.getMessage());
        }
        long started = System.nanoTime();
        SparkConf conf = new SparkConf().setAppName("parley build").setIfMissing("spark.master", "local[*]");
        if (master != null) {
            conf.setMaster(master);
        }
        if (conf.get("spark.master").startsWith("local")) {
            // a local build has its summary line; on a cluster the UI shows the steps' progress
            conf.setIfMissing("spark.ui.enabled", "false");
        }
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            long contextStarted = System.nanoTime();
            SparkEngine.Built built;
            try {
                built = SparkEngine.build(sc, inputs(), fieldNames, "parley " + Main.version(), err::println);
            } catch (Listing.MissingInput e) {
                throw new Usage("parley build: " + e.getMessage());
            }
            Corpus corpus = built.corpus();
            long writing = System.nanoTime();
            if (parts != null) {
                writeParts(sc, corpus, output, parts, err);
            } else {
                write(corpus, output, sc.hadoopConfiguration(), err);
            }
            long end = System.nanoTime();
            err.println(String.format(Locale.ROOT, "built %s: %d documents, %d people, %d quotes, %d meetings, %d events, "
                            + "%d skipped in %.1f s (spark, %s)", output, corpus.documents().size(), corpus.people().size(),
                    corpus.quotes().size(), corpus.meetings().size(), corpus.events().size(), corpus.skipped().size(),
                    (end - started) / 1e9, sc.master()));
            if (timings) {
                err.println(String.format(Locale.ROOT, "steps: start Spark %.1f s, %s, write %.1f s",
                        (contextStarted - started) / 1e9, built.phases(), (end - writing) / 1e9));
            }
        }
        return 0;
    }

    /** The model of the inputs, as {@code parley build} writes it. */
    public static Corpus build(JavaSparkContext sc, List<String> inputs, FieldNames fields, PrintStream warnings)
            throws IOException {
        return SparkEngine.build(sc, inputs, fields, "parley " + Main.version(), warnings::println).corpus();
    }

    /**
     * Writes the model: on the local file system as the embedded build does (atomically, with the snapshot the
     * explorer opens fast), elsewhere to a temporary file beside the target, then renamed over it.
     */
    public static void write(Corpus corpus, String output, Configuration conf, PrintStream err) throws IOException {
        Path target = new Path(output);
        FileSystem fs = target.getFileSystem(conf);
        if (fs instanceof LocalFileSystem local) {
            java.nio.file.Path file = local.pathToFile(fs.makeQualified(target)).toPath();
            ModelJson.write(corpus, file);
            snapshotOrNote(corpus, file, err);
            return;
        }
        replace(fs, target, stream -> {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
                ModelJson.write(corpus, out);
            }
        });
    }

    /** What {@link #replace} writes to the temporary file; closes the stream. */
    @FunctionalInterface
    private interface Content {
        void write(java.io.OutputStream out) throws IOException;
    }

    /**
     * Writes {@code target} anew through a temporary file beside it, renamed over it when complete, so that a
     * reader sees the old file or the new one (Hadoop file systems have no atomic replace: the old one is deleted
     * just before the rename).
     */
    private static void replace(FileSystem fs, Path target, Content content) throws IOException {
        Path tmp = new Path(target.getParent(), "." + target.getName() + ".tmp-" + System.nanoTime());
        content.write(fs.create(tmp, true));
        if (fs.exists(target) && !fs.delete(target, false)) {
            fs.delete(tmp, false);
            throw new IOException("cannot replace " + target);
        }
        if (!fs.rename(tmp, target)) {
            fs.delete(tmp, false);
            throw new IOException("cannot rename " + tmp + " to " + target);
        }
    }

    /** The snapshot beside a model on the local file system; one note when it cannot be written. */
    private static void snapshotOrNote(Corpus corpus, java.nio.file.Path model, PrintStream err) {
        try {
            ModelStore.writeSnapshot(corpus, model);
        } catch (IOException | RuntimeException e) {
            err.println("parley build: note: no snapshot written next to the model (" + firstLine(e)
                    + "); the first opening will be slower");
        }
    }

    /**
     * Writes the model in parts ({@code docs/model.md}): the driver splits it, Spark tasks encode, hash and write the
     * parts (each to a temporary name, then renamed; a part already there under its name is kept), and the driver
     * writes the manifest last, then removes the parts it no longer names. The files are those the embedded build
     * writes with {@code --parts} for the same articles.
     */
    public static void writeParts(JavaSparkContext sc, Corpus corpus, String output, int shardSize, PrintStream err)
            throws IOException {
        Path target = new Path(output);
        FileSystem fs = withoutChecksums(target.getFileSystem(sc.hadoopConfiguration()));
        Path qualified = fs.makeQualified(target);
        Path folder = new Path(qualified.getParent(), qualified.getName() + ".parts");
        fs.mkdirs(folder);
        List<ModelPartsWriter.Part> split = ModelPartsWriter.split(corpus, shardSize);
        Map<String, String> settings = new HashMap<>();
        sc.hadoopConfiguration().forEach(e -> settings.put(e.getKey(), e.getValue()));
        String folderName = folder.toString();
        List<String> names = sc.parallelize(split, Math.max(1, Math.min(split.size(), sc.defaultParallelism() * 4)))
                .map(part -> writePart(part, folderName, settings))
                .collect();
        ModelParts manifest = ModelPartsWriter.manifest(corpus, shardSize, split, names);
        replace(fs, qualified, stream -> {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
                manifest.write(out);
            }
        });
        java.util.Set<String> listed = new java.util.HashSet<>(manifest.files());
        for (org.apache.hadoop.fs.FileStatus f : fs.listStatus(folder)) {
            String name = f.getPath().getName();
            if (name.endsWith(".json") && !listed.contains(name)) {
                fs.delete(f.getPath(), false);
            }
        }
        if ("file".equals(qualified.toUri().getScheme())) {
            snapshotOrNote(corpus, java.nio.file.Path.of(qualified.toUri()), err);
        }
    }

    /** The local file system without its hidden checksum files: parts carry their own hash, and the folder stays tidy. */
    private static FileSystem withoutChecksums(FileSystem fs) {
        return fs instanceof LocalFileSystem local ? local.getRawFileSystem() : fs;
    }

    /** In a task: one part's bytes to {@code folder}, unless a part of that name (so those bytes) is there. */
    private static String writePart(ModelPartsWriter.Part part, String folder, Map<String, String> settings)
            throws IOException {
        Configuration conf = new Configuration();
        settings.forEach(conf::set);
        byte[] bytes = part.bytes();
        String name = part.fileName(bytes);
        Path file = new Path(folder, name);
        FileSystem fs = withoutChecksums(file.getFileSystem(conf));
        if (fs.exists(file) && fs.getFileStatus(file).getLen() == bytes.length) {
            return name;
        }
        replace(fs, file, stream -> {
            try (stream) {
                stream.write(bytes);
            }
        });
        return name;
    }

    static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getMessage() == null) {
            root = root.getCause();
        }
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
