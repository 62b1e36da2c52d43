package dev.parley.search;

import dev.parley.io.UserDirs;
import dev.parley.model.Corpus;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.Version;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Where the index of a model lives on disk and whether it is still the index of that model.
 *
 * <p>Next to {@code model.json} is {@code model.index/}; when the model's folder is not writable, a folder under
 * {@code $XDG_CACHE_HOME/parley/search} (or {@code ~/.cache/parley/search}) named after the model's path. A stamp
 * file in the index records the model's SHA-256 (and size and modification time, so that an unchanged model is not
 * hashed again), the index schema and the Lucene version; any difference means the index is rebuilt.
 *
 * <p>When the index there is of the same schema, a build starts from a copy of it and rewrites only the articles
 * and quotes that changed (see {@link #update}).
 *
 * <p>An index is built in a hidden temporary folder beside its final place and renamed into place when complete,
 * stamp included; an interrupted build leaves only the temporary folder (removed by a later build once its process
 * is gone), never a half-written index under the real name.
 */
final class IndexStore {
    static final String STAMP = "parley-search.properties";

    private IndexStore() {
    }

    /** The index folder next to a model: {@code data/model.json} gives {@code data/model.index}. */
    static Path besideModel(Path model) {
        Path abs = model.toAbsolutePath();
        String name = abs.getFileName().toString();
        String base = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        return abs.resolveSibling(base + ".index");
    }

    /** The fallback folder in the user's cache, one per model path. */
    static Path inCache(Path model, Map<String, String> env) {
        return UserDirs.cache(env, UserDirs.home(env)).resolve("search")
                .resolve(UserDirs.keyOf(model) + "-" + besideModel(model).getFileName());
    }

    /** What a model is, for comparing with the stamp. */
    record ModelStamp(String sha256, long size, long modified, String corrections) {
        static ModelStamp of(Path model) throws IOException {
            long size = Files.size(model);
            long modified = Files.getLastModifiedTime(model).toMillis();
            return new ModelStamp(hash(model), size, modified, correctionsOf(model));
        }
    }

    /**
     * The digest of the model's corrections file, "" without one: the index holds the corrected model (people's
     * names, speakers), so a changed correction makes it stale like a changed model.
     */
    static String correctionsOf(Path model) throws IOException {
        Path file = dev.parley.curate.CorrectionsFile.pathFor(model);
        return Files.isRegularFile(file) ? hash(file) : "";
    }

    /**
     * Whether {@code dir} holds a complete index of this model. The model is hashed only when its size or time
     * differs from the stamp's (a rebuild that wrote the same bytes keeps its index, and the stamp is renewed).
     */
    static boolean isFresh(Path dir, Path model) {
        Path stampFile = dir.resolve(STAMP);
        if (!Files.isRegularFile(stampFile)) {
            return false;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(stampFile)) {
            p.load(in);
            if (!String.valueOf(Schema.VERSION).equals(p.getProperty("schema"))
                    || !Version.LATEST.toString().equals(p.getProperty("lucene"))
                    || !correctionsOf(model).equals(p.getProperty("corrections", ""))) {
                return false;
            }
            long size = Files.size(model);
            long modified = Files.getLastModifiedTime(model).toMillis();
            if (String.valueOf(size).equals(p.getProperty("model.size"))
                    && String.valueOf(modified).equals(p.getProperty("model.modified"))) {
                return true;
            }
            if (!String.valueOf(size).equals(p.getProperty("model.size"))) {
                return false;
            }
            if (!hash(model).equals(p.getProperty("model.sha256"))) {
                return false;
            }
            try {
                writeStamp(dir, new ModelStamp(p.getProperty("model.sha256"), size, modified,
                        p.getProperty("corrections", ""))); // renew the time
            } catch (IOException readOnly) {
                // still fresh; the hash will be computed again next time
            }
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Builds the index of the corpus into {@code target}, replacing what is there only once the new one is complete. */
    static void build(Corpus corpus, Path model, Path target) throws IOException {
        build(corpus, model, target, SearchIndex.Progress.NONE);
    }

    /** The same, telling {@code progress} of each item; a build it stops leaves nothing behind. */
    static void build(Corpus corpus, Path model, Path target, SearchIndex.Progress progress) throws IOException {
        if (!replaceable(target)) {
            throw new IOException(target + " is in the way and is not a search index");
        }
        ModelStamp stamp = ModelStamp.of(model);
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        removeLeftovers(parent, target.getFileName().toString());
        String tag = ProcessHandle.current().pid() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong());
        Path tmp = parent.resolve("." + target.getFileName() + "." + tag + ".tmp");
        boolean done = false;
        try {
            Files.createDirectory(tmp);
            boolean update = sameSchema(target) && copyIndex(target, tmp);
            try (Directory dir = FSDirectory.open(tmp)) {
                if (!update || update(corpus, dir, progress) < 0) {
                    write(corpus, dir, progress);
                }
            }
            writeStamp(tmp, stamp);
            swapIn(tmp, target, parent.resolve("." + target.getFileName() + "." + tag + ".old"));
            done = true;
        } finally {
            if (!done) {
                deleteTree(tmp);
            }
        }
    }

    /** Only an index (or nothing) is ever replaced: a user's own file or folder of that name is left alone. */
    private static boolean replaceable(Path target) throws IOException {
        if (!Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        if (!Files.isDirectory(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> files = Files.list(target)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            return names.isEmpty() || names.contains(STAMP) || names.stream().anyMatch(n -> n.startsWith("segments"));
        }
    }

    /** Whether the index there was written by this schema and Lucene version (its model may differ). */
    private static boolean sameSchema(Path dir) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(dir.resolve(STAMP))) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return String.valueOf(Schema.VERSION).equals(p.getProperty("schema"))
                && Version.LATEST.toString().equals(p.getProperty("lucene"));
    }

    /** Copies an index's files (Lucene never changes a file once written) to start an update from. */
    private static boolean copyIndex(Path from, Path to) {
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (Files.isRegularFile(f) && !name.equals(STAMP) && !name.equals("write.lock")) {
                    Files.copy(f, to.resolve(name));
                }
            }
            return true;
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /**
     * Brings a copy of an older index of the same schema up to the corpus: items whose digest changed are replaced,
     * new ones added, gone ones deleted. After changing a few articles this costs a digest of the corpus instead of
     * analysing all of it again. Returns how many items were added, replaced or deleted; -1 when the copy cannot be
     * read (the caller then writes the index anew).
     */
    static int update(Corpus corpus, Directory dir) throws IOException {
        return update(corpus, dir, SearchIndex.Progress.NONE);
    }

    static int update(Corpus corpus, Directory dir, SearchIndex.Progress progress) throws IOException {
        Map<String, BytesRef> before = new java.util.HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
                org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
                org.apache.lucene.index.SortedDocValues keys = org.apache.lucene.index.DocValues.getSorted(leaf.reader(), Schema.KEY);
                org.apache.lucene.index.BinaryDocValues digests = org.apache.lucene.index.DocValues.getBinary(leaf.reader(), Schema.DIGEST);
                for (int doc = keys.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = keys.nextDoc()) {
                    if ((live == null || live.get(doc)) && digests.advanceExact(doc)) {
                        before.put(keys.lookupOrd(keys.ordValue()).utf8ToString(), BytesRef.deepCopyOf(digests.binaryValue()));
                    }
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            return -1;
        }
        int[] changed = {0};
        IndexWriterConfig config = new IndexWriterConfig(TextAnalyzer.INSTANCE)
                .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
                .setRAMBufferSizeMB(64);
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            Schema.forEach(corpus, Schema.counted(corpus, progress, (key, ld) -> {
                seen.add(key);
                BytesRef digest = ld.getBinaryValue(Schema.DIGEST);
                if (!digest.equals(before.get(key))) {
                    writer.updateDocument(new org.apache.lucene.index.Term(Schema.KEY, key), ld);
                    changed[0]++;
                }
            }));
            for (String key : before.keySet()) {
                if (!seen.contains(key)) {
                    writer.deleteDocuments(new org.apache.lucene.index.Term(Schema.KEY, key));
                    changed[0]++;
                }
            }
            writer.commit();
        }
        return changed[0];
    }

    static void write(Corpus corpus, Directory dir) throws IOException {
        write(corpus, dir, SearchIndex.Progress.NONE);
    }

    static void write(Corpus corpus, Directory dir, SearchIndex.Progress progress) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(TextAnalyzer.INSTANCE)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(true);
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            Schema.addAll(corpus, writer, progress);
            writer.commit();
        }
    }

    /** Opens the index in {@code dir}; fails when it is not a complete Lucene index. */
    static DirectoryReader read(Path dir) throws IOException {
        return DirectoryReader.open(FSDirectory.open(dir));
    }

    /**
     * Puts the complete index in place. A folder cannot be renamed over a non-empty one, so an old index is first
     * moved aside; a reader that looks in between finds no index and builds its own, never a broken one.
     */
    private static void swapIn(Path tmp, Path target, Path aside) throws IOException {
        for (int attempt = 0; ; attempt++) {
            boolean movedAside = false;
            if (Files.exists(target)) {
                try {
                    move(target, aside);
                    movedAside = true;
                } catch (java.nio.file.NoSuchFileException goneMeanwhile) {
                    // another process swapped it away; just put ours in place
                }
            }
            try {
                move(tmp, target);
                if (movedAside) {
                    deleteTree(aside);
                }
                return;
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException raced) {
                // another build put its index there meanwhile; try again (ours is as fresh as theirs)
                if (movedAside) {
                    deleteTree(aside);
                }
                if (attempt >= 3) {
                    throw raced;
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void writeStamp(Path dir, ModelStamp stamp) throws IOException {
        Properties p = new Properties();
        p.setProperty("schema", String.valueOf(Schema.VERSION));
        p.setProperty("lucene", Version.LATEST.toString());
        p.setProperty("model.sha256", stamp.sha256());
        p.setProperty("model.size", String.valueOf(stamp.size()));
        p.setProperty("model.modified", String.valueOf(stamp.modified()));
        p.setProperty("corrections", stamp.corrections());
        Path tmp = dir.resolve(STAMP + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, "index of a Parley model; rebuilt when the model changes");
        }
        move(tmp, dir.resolve(STAMP));
    }

    /** Temporary folders of builds whose process is gone (killed mid-way) are removed. */
    private static void removeLeftovers(Path parent, String name) {
        String prefix = "." + name + ".";
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path p : siblings.toList()) {
                String n = p.getFileName().toString();
                if (!n.startsWith(prefix) || !(n.endsWith(".tmp") || n.endsWith(".old"))) {
                    continue;
                }
                String middle = n.substring(prefix.length());
                int dot = middle.indexOf('.');
                try {
                    long pid = Long.parseLong(dot < 0 ? middle : middle.substring(0, dot));
                    if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                        deleteTree(p);
                    }
                } catch (NumberFormatException notOurs) {
                    // leave it
                }
            }
        } catch (IOException | UncheckedIOException ignored) {
            // tidying is a courtesy
        }
    }

    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException ignored) {
            // best effort
        }
    }

    static String hash(Path file) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
