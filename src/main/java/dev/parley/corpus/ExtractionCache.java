package dev.parley.corpus;

import dev.parley.ingest.SourceFile;

import dev.parley.io.AtomicFile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32C;

/**
 * What earlier builds extracted, so that a rebuild extracts only the articles that changed.
 *
 * <p>An entry is keyed by the SHA-256 of the extractor's fingerprint (the program and its word lists), the
 * article's id, its decoded text and what its format stated (origin, address, title, outlet, date); any change to either gives a new key, so a stale entry can never be used. The
 * cache is one file: a header, then entries (key, length, CRC-32C, encoded extraction); an entry whose bytes do not
 * match its checksum is extracted again, since damaged text could otherwise decode into a wrong extraction. Opening reads only the keys and
 * where their bytes are; an entry is read from the file when a build asks for it, so memory does not grow with the
 * corpus. Each build writes a new file holding exactly its own articles (reused entries are copied, new ones
 * appended as they are extracted) and renames it over the old one at the end: the cache never outgrows the
 * corpus, and an interrupted build leaves the previous cache as it was. A damaged or foreign file is ignored.
 */
final class ExtractionCache implements AutoCloseable {
    private static final byte[] MAGIC = "PARLEY-EXTRACTIONS-3\n".getBytes(StandardCharsets.US_ASCII);
    private static final int KEY_BYTES = 32;

    private record Where(long offset, int length, int checksum) {
    }

    private final Path file;
    private final String fingerprint;
    private final FileChannel old;
    private final Map<String, Where> entries;
    private final Path tmp;
    private final FileChannel next;
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger extracted = new AtomicInteger();
    private boolean done;

    private ExtractionCache(Path file, String fingerprint, FileChannel old, Map<String, Where> entries, Path tmp,
                            FileChannel next) {
        this.file = file;
        this.fingerprint = fingerprint;
        this.old = old;
        this.entries = entries;
        this.tmp = tmp;
        this.next = next;
    }

    /**
     * Opens the cache in {@code file} for a build by the extractor with this fingerprint.
     *
     * @throws IOException when the new cache file cannot be created (the build can go on without a cache)
     */
    static ExtractionCache open(Path file, String fingerprint) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileChannel old = null;
        Map<String, Where> entries = new HashMap<>();
        try {
            old = FileChannel.open(file, StandardOpenOption.READ);
            entries = index(old, fingerprint);
        } catch (IOException | RuntimeException missingOrDamaged) {
            entries.clear(); // start afresh; the file is replaced at the end
        }
        Path tmp = AtomicFile.temporaryFor(file);
        FileChannel next = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            next.write(ByteBuffer.wrap(header(fingerprint)));
        } catch (IOException e) {
            next.close();
            Files.deleteIfExists(tmp);
            throw e;
        }
        return new ExtractionCache(file, fingerprint, old, entries, tmp, next);
    }

    /** The extraction of an unchanged article, or null (a new or changed article, or an unreadable entry). */
    CorpusBuilder.Extraction get(SourceFile source) {
        String key = key(source);
        Where where = entries.get(key);
        if (where == null) {
            return null;
        }
        try {
            ByteBuffer buffer = ByteBuffer.allocate(where.length());
            while (buffer.hasRemaining()) {
                if (old.read(buffer, where.offset() + buffer.position()) < 0) {
                    return null;
                }
            }
            CRC32C crc = new CRC32C();
            crc.update(buffer.array());
            if ((int) crc.getValue() != where.checksum()) {
                return null;
            }
            CorpusBuilder.Extraction e = ExtractionCodec.decode(buffer.array());
            if (!e.doc().id().equals(source.id())) {
                return null;
            }
            append(key, buffer.array());
            reused.incrementAndGet();
            return e;
        } catch (IOException | RuntimeException damaged) {
            return null;
        }
    }

    /** Remembers what was extracted from an article, for the next build. */
    void put(SourceFile source, CorpusBuilder.Extraction extraction) {
        try {
            append(key(source), ExtractionCodec.encode(extraction));
            extracted.incrementAndGet();
        } catch (IOException e) {
            // the cache is an optimisation: a write failure only means more work next time
        }
    }

    int reused() {
        return reused.get();
    }

    int extracted() {
        return extracted.get();
    }

    /** Makes this build's entries the cache (call when the build has succeeded). */
    void commit() throws IOException {
        synchronized (this) {
            next.force(false);
            next.close();
            done = true;
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        AtomicFile.removeLeftovers(file); // those of builds that were killed while extracting
    }

    /** Closes the files; without {@link #commit} the previous cache stays. */
    @Override
    public void close() {
        try {
            if (old != null) {
                old.close();
            }
        } catch (IOException ignored) {
            // read-only; nothing to lose
        }
        synchronized (this) {
            if (!done) {
                try {
                    next.close();
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a stray hidden file named after the process; harmless
                }
                done = true;
            }
        }
    }

    private synchronized void append(String key, byte[] encoded) throws IOException {
        if (done) {
            return;
        }
        CRC32C crc = new CRC32C();
        crc.update(encoded);
        ByteBuffer b = ByteBuffer.allocate(KEY_BYTES + 8 + encoded.length);
        b.put(HexFormat.of().parseHex(key)).putInt(encoded.length).putInt((int) crc.getValue()).put(encoded).flip();
        while (b.hasRemaining()) {
            next.write(b);
        }
    }

    /**
     * Every part of the article goes into the key, the metadata its format gave as well as its text: a feed item
     * whose date or outlet changed must be extracted again. Each part is length-prefixed, so parts cannot run into
     * one another, and null is told from an empty string.
     */
    private String key(SourceFile source) {
        MessageDigest sha = sha256();
        part(sha, fingerprint);
        part(sha, source.id());
        part(sha, source.file());
        part(sha, source.origin());
        part(sha, source.url());
        part(sha, source.title());
        part(sha, source.titleFrom());
        part(sha, source.source());
        part(sha, source.sourceFrom());
        part(sha, source.date() == null ? null : source.date().value());
        part(sha, source.date() == null ? null : source.date().precision());
        part(sha, source.date() == null ? null : source.date().from());
        part(sha, source.text());
        if (source.paragraphs() == null) {
            part(sha, null);
        } else {
            part(sha, Integer.toString(source.paragraphs().size()));
            for (String p : source.paragraphs()) {
                part(sha, p);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void part(MessageDigest sha, String value) {
        if (value == null) {
            sha.update(new byte[] {-1, -1, -1, -1});
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        sha.update(bytes);
    }

    private static byte[] header(String fingerprint) {
        byte[] f = fingerprint.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(MAGIC.length + 4 + f.length).put(MAGIC).putInt(f.length).put(f).array();
    }

    /** Where each entry's bytes are; an empty map when the file is from another extractor. */
    private static Map<String, Where> index(FileChannel in, String fingerprint) throws IOException {
        Map<String, Where> out = new HashMap<>();
        byte[] expected = header(fingerprint);
        ByteBuffer head = ByteBuffer.allocate(expected.length);
        in.read(head, 0);
        if (head.position() != expected.length || !java.util.Arrays.equals(head.array(), expected)) {
            return out;
        }
        long size = in.size();
        long pos = expected.length;
        ByteBuffer entry = ByteBuffer.allocate(KEY_BYTES + 8);
        while (pos < size) {
            entry.clear();
            while (entry.hasRemaining()) {
                if (in.read(entry, pos + entry.position()) < 0) {
                    return out; // cut short: keep what is whole
                }
            }
            entry.flip();
            byte[] key = new byte[KEY_BYTES];
            entry.get(key);
            int length = entry.getInt();
            int checksum = entry.getInt();
            long start = pos + KEY_BYTES + 8;
            if (length < 0 || start + length > size) {
                return out;
            }
            out.put(HexFormat.of().formatHex(key), new Where(start, length, checksum));
            pos = start + length;
        }
        return out;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
