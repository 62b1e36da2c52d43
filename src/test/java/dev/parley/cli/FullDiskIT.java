package dev.parley.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar writing onto a disk that fills up half-way (a small tmpfs) and into a read-only folder (a
 * read-only bind mount: root ignores permissions, so chmod would prove nothing), each in a private mount
 * namespace. Every writer must fail with one line naming the file and the problem, exit 1, and leave the files
 * that were there byte for byte as they were.
 */
class FullDiskIT {
    private static final Path ROOT = Path.of(System.getProperty("parley.root", ".")).toAbsolutePath();

    @TempDir
    Path dir;

    /** A model with its snapshot, index and one correction, built on an ordinary disk. */
    private Path good;

    @BeforeEach
    void buildAGoodModel() throws Exception {
        MountSandbox.enter();
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        try (Stream<Path> files = Files.list(ROOT.resolve("seeds"))) {
            for (Path p : files.toList()) {
                Files.copy(p, seeds.resolve(p.getFileName()));
            }
        }
        good = dir.resolve("good");
        Path model = good.resolve("model.json");
        assertThat(parley("build", "seeds", "-o", model.toString()).code()).isZero();
        BuildIT.Run people = parley("people", "--model", model.toString());
        String someone = people.out().lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];
        BuildIT.Run renamed = parley("curate", "--model", model.toString(), "rename", someone, "Somebody Else");
        assertThat(renamed.code()).as(renamed.err()).isZero();
        assertThat(good.resolve("model.corrections.tsv")).isRegularFile();
        assertThat(good.resolve("model.json.snapshot")).isRegularFile();
        assertThat(good.resolve("model.index")).isDirectory();
    }

    private BuildIT.Run parley(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(BuildIT.javaBinary(), "-jar",
                Path.of(System.getProperty("parley.jar", "target/parley.jar")).toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return BuildIT.run(dir, command);
    }

    /** Mounts a tmpfs on disk/, copies the good model into it, and fills what is left but {@code freeKb}. */
    private static String fullDisk(int freeKb) {
        return "set -e; mkdir -p disk after; mount -t tmpfs -o size=1m tmpfs disk; cp -a good/. disk/; "
                + "dd if=/dev/zero of=disk/filler bs=1k 2>/dev/null || true; "
                + (freeKb > 0 ? "truncate -s -" + freeKb + "K disk/filler; " : "")
                + "set +e; ";
    }

    /** After the command: removes the filler, copies what is on the tmpfs out, exits with the command's code. */
    private static final String KEEP_WHAT_IS_LEFT = "rc=$?; rm -f disk/filler; cp -a disk/. after/; exit $rc";

    private static final String READ_ONLY = "set -e; mkdir -p ro; cp -a good/. ro/; mount --bind ro ro; "
            + "mount -o remount,bind,ro ro; set +e; ";

    @Test
    void aBuildThatFillsTheDiskKeepsTheEarlierModelSnapshotIndexAndCorrections() throws Exception {
        // 64 KB free: the model (about twice that) is cut off part-way through
        BuildIT.Run r = MountSandbox.run(dir, fullDisk(64)
                + "\"$JAVA\" -jar \"$JAR\" build seeds -o disk/model.json; " + KEEP_WHAT_IS_LEFT, Map.of());

        assertOneLineAndExit1(r, "disk/model.json", "no space left on device");
        assertSameFiles(good, dir.resolve("after"));
    }

    /**
     * Room for the model but not for its snapshot: the model is what the build is for, so it succeeds with a note
     * naming the snapshot, and the model opens (its snapshot is made on first use, or the model is read).
     */
    @Test
    void aBuildWithRoomForTheModelButNotItsSnapshotSaysSoAndTheModelOpens() throws Exception {
        long model = Files.size(good.resolve("model.json")) / 1024;
        long snapshot = Files.size(good.resolve("model.json.snapshot")) / 1024;
        String script = "set -e; mkdir -p disk after; mount -t tmpfs -o size=1m tmpfs disk; "
                + "dd if=/dev/zero of=disk/filler bs=1k 2>/dev/null || true; "
                + "truncate -s -" + (model + snapshot / 2 + 8) + "K disk/filler; set +e; "
                + "\"$JAVA\" -jar \"$JAR\" build seeds -o disk/model.json; rc=$?; "
                + "\"$JAVA\" -jar \"$JAR\" quotes --model disk/model.json > quotes.txt || rc=9; "
                + "rm -f disk/filler; cp -a disk/. after/; exit $rc";
        BuildIT.Run r = MountSandbox.run(dir, script, Map.of());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("parley build: note: cannot write disk/model.json.snapshot: no space left on device;"
                + " the model is written");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain(".tmp");
        assertThat(Files.readAllBytes(dir.resolve("after/model.json")))
                .isEqualTo(Files.readAllBytes(good.resolve("model.json")));
        assertThat(Files.readString(dir.resolve("quotes.txt"), StandardCharsets.UTF_8))
                .isEqualTo(parley("quotes", "--model", good.resolve("model.json").toString()).out());
    }

    @Test
    void aBuildIntoAReadOnlyFolderSaysSoAndChangesNothing() throws Exception {
        BuildIT.Run r = MountSandbox.run(dir, READ_ONLY
                + "\"$JAVA\" -jar \"$JAR\" build seeds -o ro/model.json", Map.of());

        assertOneLineAndExit1(r, "ro/model.json", "read-only file system");
        assertSameFiles(good, dir.resolve("ro"));
    }

    @Test
    void aCorrectionOnAFullDiskKeepsTheEarlierCorrections() throws Exception {
        String someone = firstPerson();
        BuildIT.Run r = MountSandbox.run(dir, fullDisk(0) + "\"$JAVA\" -jar \"$JAR\" curate --model "
                + "disk/model.json hide " + someone + "; " + KEEP_WHAT_IS_LEFT, Map.of());

        assertOneLineAndExit1(r, "disk/model.corrections.tsv", "no space left on device");
        assertSameFiles(good, dir.resolve("after"));
    }

    @Test
    void aCorrectionInAReadOnlyFolderSaysSo() throws Exception {
        String someone = firstPerson();
        BuildIT.Run r = MountSandbox.run(dir, READ_ONLY + "\"$JAVA\" -jar \"$JAR\" curate --model "
                + "ro/model.json hide " + someone, Map.of());

        assertOneLineAndExit1(r, "ro/model.corrections.tsv", "read-only file system");
        assertSameFiles(good, dir.resolve("ro"));
    }

    /**
     * A search on a model without its index, on a full disk where the user's cache is full too: the search still
     * answers, from an index in memory, with one note naming both places and the problem; nothing else changes.
     */
    @Test
    void aSearchWhoseIndexCannotBeWrittenAnswersFromMemoryAndSaysWhy() throws Exception {
        String script = "set -e; mkdir -p disk after; mount -t tmpfs -o size=1m tmpfs disk; cp -a good/. disk/; "
                + "rm -rf disk/model.index; mkdir -p disk/cache; "
                + "dd if=/dev/zero of=disk/filler bs=1k 2>/dev/null || true; set +e; "
                + "\"$JAVA\" -jar \"$JAR\" search minister --model disk/model.json > hits.txt; " + KEEP_WHAT_IS_LEFT;
        BuildIT.Run r = MountSandbox.run(dir, script, Map.of("XDG_CACHE_HOME", dir.resolve("disk/cache").toString()));

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.errLines()).as(r.err()).hasSize(1);
        assertThat(r.errLines().get(0)).startsWith("parley search: note: cannot write the search index ")
                .contains("disk/model.index: no space left on device")
                .contains("disk/cache/parley/search")
                .endsWith("searching an index in memory")
                .doesNotContain("Exception");
        String hits = Files.readString(dir.resolve("hits.txt"), StandardCharsets.UTF_8);
        assertThat(hits).isNotBlank()
                .isEqualTo(parley("search", "minister", "--model", good.resolve("model.json").toString()).out());
        Path after = dir.resolve("after");
        assertThat(after.resolve("model.index")).doesNotExist();
        for (String kept : List.of("model.json", "model.json.snapshot", "model.corrections.tsv")) {
            assertThat(Files.readAllBytes(after.resolve(kept))).as(kept)
                    .isEqualTo(Files.readAllBytes(good.resolve(kept)));
        }
        try (Stream<Path> all = Files.walk(after)) {
            assertThat(all.map(Path::toString)).noneMatch(n -> n.endsWith(".tmp") || n.contains(".tmp/"));
        }
    }

    /**
     * The shell on a terminal (script(1) gives it one) with its history on a full disk: the command still runs,
     * one line says the history is not saved, and the history file keeps what it had.
     */
    @Test
    void theShellHistoryOnAFullDiskIsKeptAsItWas() throws Exception {
        assumeScript();
        String script = "set -e; mkdir -p state; mount -t tmpfs -o size=64k tmpfs state; mkdir -p state/parley; "
                + "printf 'people\\nquotes\\n' > state/parley/history; "
                + "dd if=/dev/zero of=state/filler bs=1k 2>/dev/null || true; set +e; "
                + "printf 'docs\\nquit\\n' | script -qec \"$JAVA -jar $JAR shell --model good/model.json\" /dev/null; "
                + "rc=$?; cp state/parley/history history.after; exit $rc";
        BuildIT.Run r = MountSandbox.run(dir, script, Map.of("XDG_STATE_HOME", dir.resolve("state").toString()));

        assertThat(r.code()).as(r.out() + r.err()).isZero();
        String screen = r.out();
        assertThat(screen).contains("parley shell: cannot save the command history " + dir.resolve("state/parley/history")
                + ": no space left on device");
        assertThat(screen).contains("004_").as("the command ran: the documents are listed");
        assertThat(screen).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.readString(dir.resolve("history.after"), StandardCharsets.UTF_8)).isEqualTo("people\nquotes\n");
    }

    @Test
    void theShellHistoryInAReadOnlyFolderIsKeptAsItWas() throws Exception {
        assumeScript();
        Path history = Files.createDirectories(dir.resolve("state/parley")).resolve("history");
        Files.writeString(history, "people\n", StandardCharsets.UTF_8);
        String script = "set -e; mount --bind state state; mount -o remount,bind,ro state; set +e; "
                + "printf 'docs\\nquit\\n' | script -qec \"$JAVA -jar $JAR shell --model good/model.json\" /dev/null";
        BuildIT.Run r = MountSandbox.run(dir, script, Map.of("XDG_STATE_HOME", dir.resolve("state").toString()));

        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("parley shell: cannot save the command history " + history
                + ": read-only file system");
        assertThat(r.out()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.readString(history, StandardCharsets.UTF_8)).isEqualTo("people\n");
    }

    private static void assumeScript() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/script"))
                || Files.isExecutable(Path.of("/bin/script")), "script(1) is not installed");
    }

    private String firstPerson() throws IOException, InterruptedException {
        BuildIT.Run people = parley("people", "--model", good.resolve("model.json").toString());
        return people.out().lines().skip(2).findFirst().orElseThrow().split("\\s+")[0];
    }

    private static void assertOneLineAndExit1(BuildIT.Run r, String file, String problem) {
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.errLines()).as(r.err()).hasSize(1);
        String line = r.errLines().get(0);
        assertThat(line).startsWith("parley: ").contains(file).contains(problem);
        assertThat(line).doesNotContain("Exception").doesNotContain(".tmp");
        assertThat(r.out()).isEmpty();
    }

    /** Every file of {@code before} is in {@code after} with the same bytes; no temporary file is left. */
    private static void assertSameFiles(Path before, Path after) throws IOException {
        Map<String, byte[]> was = files(before);
        Map<String, byte[]> is = files(after);
        assertThat(is.keySet()).as("no temporary files left").noneMatch(n -> n.endsWith(".tmp") || n.contains(".tmp/"));
        for (var e : was.entrySet()) {
            if (e.getKey().endsWith(".lock")) {
                continue; // holds the id of the last writer, which is all it is for
            }
            assertThat(is).as("still there: " + e.getKey()).containsKey(e.getKey());
            assertThat(is.get(e.getKey())).as("unchanged: " + e.getKey()).isEqualTo(e.getValue());
        }
        // what may be new: the lock files a writer opens before it writes
        assertThat(is.keySet()).allMatch(n -> was.containsKey(n) || n.endsWith(".lock"));
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
