package dev.parley.store;

import dev.parley.io.AtomicFile;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.parley.index.CorpusIndex;
import dev.parley.index.Located;
import dev.parley.index.DocumentRelations;
import dev.parley.model.Corpus;
import dev.parley.model.DeferredList;
import dev.parley.model.DocDate;
import dev.parley.model.Document;
import dev.parley.model.Entity;
import dev.parley.model.Evidence;
import dev.parley.model.Meeting;
import dev.parley.model.Mention;
import dev.parley.model.Paragraph;
import dev.parley.model.Person;
import dev.parley.model.Quote;
import dev.parley.model.Role;
import dev.parley.model.Skipped;
import dev.parley.model.Speaker;
import dev.parley.model.Span;
import dev.parley.model.Topic;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;

/**
 * A compact binary copy of a model, written next to its {@code model.json} as {@code model.json.snapshot}, that
 * opens without reading the heavy parts (document paragraphs, mentions, evidence). Those stay in the file and
 * are read one item at a time when something asks for them, behind a cache of bounded size. The JSON model stays
 * the model; the snapshot is only ever a faster way to open it, and one that does not match the model file
 * exactly (size, modification time, schema and format version) or fails its checks is not used.
 * See docs/snapshot.md for the format and the reasons.
 */
public final class Snapshot implements Closeable {
    static final byte[] MAGIC = "PARLEYSN".getBytes(StandardCharsets.US_ASCII);
    /** Bumped whenever the layout changes; a snapshot of another version is rebuilt. */
    static final int FORMAT_VERSION = 5;
    static final int HEADER_SIZE = 72;
    /** Bytes of heavy parts (as stored) kept decoded in memory: some thousands of documents' paragraphs. */
    public static final long DEFAULT_CACHE_BYTES = 32L << 20;

    private enum Kind { PARAGRAPHS, MENTIONS, LOCATED, EVIDENCE }

    private record InDocument(List<Located<Person>> people, List<Located<Entity>> places, List<Quote> quotes,
                              List<Meeting> meetings) {
        static final InDocument NONE = new InDocument(List.of(), List.of(), List.of(), List.of());
    }

    private final FileChannel channel;
    /** Decoded heavy parts by block offset, weighed by their stored size. */
    private final Cache<Long, Loaded> blocks;
    private String[] strings;
    private Corpus corpus;
    private long[] mentionBlocks;
    private final Map<String, Integer> documentIndex = new HashMap<>();

    private Snapshot(FileChannel channel, long cacheBytes) {
        this.channel = channel;
        this.blocks = Caffeine.newBuilder()
                .maximumWeight(cacheBytes)
                .weigher((Long offset, Loaded value) -> value.weight())
                .executor(Runnable::run) // evict on the caller's thread: no pool threads for a terminal program
                .build();
    }

    private record Loaded(Object value, int weight) {
    }

    /** Where the snapshot of {@code model} lives: beside it, named after it. */
    public static Path pathFor(Path model) {
        return model.resolveSibling(model.getFileName() + ".snapshot");
    }

    /**
     * Writes the snapshot of {@code corpus}, which must be what {@code model} holds, keyed by the model file as it
     * is now. Atomic: readers see the old snapshot or the new one, never a part.
     */
    public static void write(Corpus corpus, Path model) throws IOException {
        write(corpus, model, Files.readAttributes(model, BasicFileAttributes.class));
    }

    /** As {@link #write(Corpus, Path)}, keyed by attributes taken before the model was read. */
    static void write(Corpus corpus, Path model, BasicFileAttributes key) throws IOException {
        AtomicFile.write(pathFor(model), channel ->
                SnapshotWriter.write(corpus, channel, Key.of(key)));
    }

    /**
     * Opens the snapshot of {@code model} when there is one made from the model file as it is now and it passes its
     * checks; null otherwise (missing, stale, of another version, cut short or damaged).
     */
    public static Snapshot open(Path model) {
        return open(model, DEFAULT_CACHE_BYTES);
    }

    static Snapshot open(Path model, long cacheBytes) {
        BasicFileAttributes key;
        try {
            key = Files.readAttributes(model, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
        return open(model, key, cacheBytes);
    }

    static Snapshot open(Path model, BasicFileAttributes key, long cacheBytes) {
        FileChannel channel;
        try {
            channel = FileChannel.open(pathFor(model), StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
        Snapshot s = new Snapshot(channel, cacheBytes);
        try {
            if (s.load(Key.of(key))) {
                return s;
            }
        } catch (IOException | RuntimeException e) {
            // damaged in a way the checksums let through, or unreadable: never trusted, rebuilt from the model
        }
        s.close();
        return null;
    }

    /**
     * What a snapshot is valid for: the model file's size, modification time (nanoseconds, as precise as the file
     * system keeps it) and identity (a hash of its device and inode where the system has them). The identity
     * catches what a coarse clock would miss: Parley and most editors save by renaming a new file over the old.
     */
    record Key(long size, long time, long identity) {
        static Key of(BasicFileAttributes attributes) {
            Object fileKey = attributes.fileKey();
            long identity = 0;
            if (fileKey != null) {
                identity = 0xcbf29ce484222325L; // FNV-1a, 64 bits
                for (char c : fileKey.toString().toCharArray()) {
                    identity = (identity ^ c) * 0x100000001b3L;
                }
            }
            return new Key(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), identity);
        }
    }

    /** The model, with its heavy parts read on demand. */
    public Corpus corpus() {
        return corpus;
    }

    /** People, places, quotes and meetings per document, precomputed, read one document at a time. */
    public DocumentRelations relations() {
        return new DocumentRelations() {
            @Override
            public List<Located<Person>> people(String docId) {
                return inDocument(docId).people();
            }

            @Override
            public List<Located<Entity>> places(String docId) {
                return inDocument(docId).places();
            }

            @Override
            public List<Quote> quotes(String docId) {
                return inDocument(docId).quotes();
            }

            @Override
            public List<Meeting> meetings(String docId) {
                return inDocument(docId).meetings();
            }
        };
    }

    /** An index over the snapshot that reads no heavy part to be built. */
    public CorpusIndex index() {
        return new CorpusIndex(corpus, relations());
    }

    /** Heavy parts held decoded now (for tests of the bound). */
    long cachedBlocks() {
        blocks.cleanUp();
        return blocks.estimatedSize();
    }

    long cachedBytes() {
        blocks.cleanUp();
        return blocks.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // read-only; nothing is lost
        }
    }

    // ---- opening: header and the list-level section ----

    private boolean load(Key key) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(HEADER_SIZE);
        if (readFully(header, 0) < HEADER_SIZE) {
            return false;
        }
        header.flip();
        byte[] magic = new byte[MAGIC.length];
        header.get(magic);
        if (!Arrays.equals(magic, MAGIC) || header.getInt() != FORMAT_VERSION || header.getInt() != Corpus.SCHEMA_VERSION
                || header.getLong() != key.size() || header.getLong() != key.time()
                || header.getLong() != key.identity()) {
            return false;
        }
        long sectionOffset = header.getLong();
        long sectionLength = header.getLong();
        long sectionCrc = header.getLong();
        long fileLength = header.getLong();
        if (fileLength != channel.size() || sectionOffset < HEADER_SIZE || sectionLength < 0
                || sectionOffset + sectionLength != fileLength || sectionLength > Integer.MAX_VALUE) {
            return false;
        }
        ByteBuffer section = channel.map(FileChannel.MapMode.READ_ONLY, sectionOffset, sectionLength);
        // checked while it is decoded (on another core): nothing decoded is handed out before the check passed
        CompletableFuture<Boolean> intact = supplyAsync(() -> {
            CRC32C crc = new CRC32C();
            crc.update(section.duplicate());
            return crc.getValue() == sectionCrc;
        });
        boolean decoded;
        try {
            decode(new Bytes.In(section.duplicate()), sectionOffset);
            decoded = true;
        } catch (RuntimeException e) {
            decoded = false;
        }
        if (!join(intact) || !decoded) {
            corpus = null;
            return false;
        }
        return true;
    }

    private void decode(Bytes.In in, long sectionOffset) {
        int stringCount = in.count();
        strings = new String[stringCount];
        for (int i = 0; i < stringCount; i++) {
            strings[i] = in.inline();
        }
        long meetingsAt = in.fixed64();
        long quotesAt = in.fixed64();
        Bytes.In meetingsIn = in.at(meetingsAt);
        Bytes.In quotesIn = in.at(quotesAt);
        CompletableFuture<List<Meeting>> meetingsPart = supplyAsync(() -> meetings(meetingsIn, sectionOffset));
        CompletableFuture<Object[]> quotesPart = supplyAsync(() -> quotesAndSkipped(quotesIn));
        int schemaVersion = in.signed();
        String generator = ref(in);
        int n = in.count();
        List<Document> documents = new ArrayList<>(n);
        mentionBlocks = new long[n];
        for (int i = 0; i < n; i++) {
            Document d = document(in, sectionOffset);
            mentionBlocks[i] = block(in, sectionOffset);
            documents.add(d);
            documentIndex.putIfAbsent(d.id(), i);
        }
        n = in.count();
        List<Person> people = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            people.add(person(in, sectionOffset));
        }
        List<Entity> organisations = entities(in, sectionOffset);
        List<Entity> places = entities(in, sectionOffset);
        n = in.count();
        List<Topic> topics = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            topics.add(topic(in, sectionOffset));
        }
        List<Meeting> meetings = join(meetingsPart);
        Object[] quotesAndSkipped = join(quotesPart);
        @SuppressWarnings("unchecked")
        List<Quote> quotes = (List<Quote>) quotesAndSkipped[0];
        @SuppressWarnings("unchecked")
        List<Skipped> skipped = (List<Skipped>) quotesAndSkipped[1];
        @SuppressWarnings("unchecked")
        List<dev.parley.model.Event> events = (List<dev.parley.model.Event>) quotesAndSkipped[2];
        corpus = new Corpus(schemaVersion, generator, documents, people, organisations, places, topics, meetings,
                quotes, skipped, events);
    }

    private List<Meeting> meetings(Bytes.In in, long sectionOffset) {
        int n = in.count();
        List<Meeting> meetings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            meetings.add(meeting(in, sectionOffset));
        }
        return meetings;
    }

    private Object[] quotesAndSkipped(Bytes.In in) {
        int n = in.count();
        List<Quote> quotes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = ref(in);
            String doc = ref(in);
            int paragraph = in.signed();
            int start = in.signed();
            int end = in.signed();
            String text = ref(in);
            int speakerCount = in.count();
            List<Speaker> speakers = new ArrayList<>(speakerCount);
            for (int j = 0; j < speakerCount; j++) {
                speakers.add(new Speaker(ref(in), ref(in)));
            }
            quotes.add(new Quote(id, doc, paragraph, start, end, text, speakers, ref(in), ref(in), ref(in), in.f64()));
        }
        n = in.count();
        List<Skipped> skipped = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            skipped.add(new Skipped(ref(in), ref(in)));
        }
        return new Object[] {quotes, skipped, SnapshotEvents.read(in, this::ref, this::date)};
    }

    /**
     * Runs a part of the opening on a thread of its own: there are few parts, they run once, and a pool would
     * only add its own start-up.
     */
    private static <T> CompletableFuture<T> supplyAsync(java.util.function.Supplier<T> part) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(part.get());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        }, "parley-snapshot");
        t.setDaemon(true);
        t.start();
        return f;
    }

    /** The part's result; its failure (damaged bytes, out of memory) as if it had happened on this thread. */
    private static <T> T join(CompletableFuture<T> part) {
        try {
            return part.join();
        } catch (java.util.concurrent.CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private Document document(Bytes.In in, long sectionOffset) {
        String id = ref(in);
        String file = ref(in);
        String origin = ref(in);
        String url = ref(in);
        String title = ref(in);
        String titleFrom = ref(in);
        String source = ref(in);
        String sourceFrom = ref(in);
        String place = ref(in);
        DocDate date = date(in);
        int paragraphCount = in.count();
        long paragraphBlock = block(in, sectionOffset);
        List<Paragraph> paragraphs = deferred(paragraphBlock, paragraphCount, Kind.PARAGRAPHS);
        return new Document(id, file, origin, url, title, titleFrom, source, sourceFrom, place, date, paragraphs,
                refs(in), refs(in));
    }

    private Person person(Bytes.In in, long sectionOffset) {
        String id = ref(in);
        String name = ref(in);
        List<String> aliases = refs(in);
        int n = in.count();
        List<Role> roles = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            roles.add(new Role(ref(in), ref(in), ref(in), refs(in)));
        }
        int mentionCount = in.count();
        List<Mention> mentions = deferred(block(in, sectionOffset), mentionCount, Kind.MENTIONS);
        return new Person(id, name, aliases, roles, mentions);
    }

    private List<Entity> entities(Bytes.In in, long sectionOffset) {
        int n = in.count();
        List<Entity> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = ref(in);
            String name = ref(in);
            String kind = ref(in);
            List<String> aliases = refs(in);
            int mentionCount = in.count();
            List<Mention> mentions = deferred(block(in, sectionOffset), mentionCount, Kind.MENTIONS);
            out.add(new Entity(id, name, kind, aliases, mentions));
        }
        return out;
    }

    private Topic topic(Bytes.In in, long sectionOffset) {
        String id = ref(in);
        String name = ref(in);
        int n = in.count();
        List<Topic.TopicDocument> documents = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String doc = ref(in);
            int evidenceCount = in.count();
            documents.add(new Topic.TopicDocument(doc, deferred(block(in, sectionOffset), evidenceCount, Kind.EVIDENCE)));
        }
        return new Topic(id, name, documents);
    }

    private Meeting meeting(Bytes.In in, long sectionOffset) {
        String id = ref(in);
        String kind = ref(in);
        int n = in.count();
        List<Meeting.Participant> participants = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            participants.add(new Meeting.Participant(ref(in), ref(in)));
        }
        String place = ref(in);
        DocDate date = date(in);
        List<String> documents = refs(in);
        List<String> topics = refs(in);
        List<String> quotes = refs(in);
        int evidenceCount = in.count();
        List<Evidence> evidence = deferred(block(in, sectionOffset), evidenceCount, Kind.EVIDENCE);
        return new Meeting(id, kind, participants, place, date, documents, topics, quotes, evidence);
    }

    private DocDate date(Bytes.In in) {
        int present = in.u8();
        if (present == 0) {
            return null;
        }
        if (present != 1) {
            throw new Bytes.Damaged("bad date flag");
        }
        return new DocDate(ref(in), ref(in), ref(in));
    }

    private List<String> refs(Bytes.In in) {
        int n = in.count();
        if (n == 0) {
            return List.of();
        }
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = ref(in);
        }
        return Arrays.asList(out); // copied by the record's constructor
    }

    private String ref(Bytes.In in) {
        int r = in.count();
        if (r == 0) {
            return null;
        }
        if (r > strings.length) {
            throw new Bytes.Damaged("string " + r + " of " + strings.length);
        }
        return strings[r - 1];
    }

    /** A block offset, which must lie between the header and the list-level section (0: no block). */
    private long block(Bytes.In in, long sectionOffset) {
        long at = in.unsigned();
        if (at != 0 && (at < HEADER_SIZE || at >= sectionOffset)) {
            throw new Bytes.Damaged("block offset " + at);
        }
        return at;
    }

    private <E> List<E> deferred(long block, int size, Kind kind) {
        if (size == 0) {
            return List.of();
        }
        if (block == 0) {
            throw new Bytes.Damaged("no block for " + size + " items");
        }
        return new Deferred<>(this, block, size, kind);
    }

    /** A heavy list: its size is known, its elements are read from the snapshot on first need. */
    private static final class Deferred<E> extends DeferredList<E> {
        private final Snapshot store;
        private final long block;
        private final int size;
        private final Kind kind;

        Deferred(Snapshot store, long block, int size, Kind kind) {
            this.store = store;
            this.block = block;
            this.size = size;
            this.kind = kind;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        @SuppressWarnings("unchecked")
        protected List<E> load() {
            List<E> list = (List<E>) store.read(block, kind);
            if (list.size() != size) {
                throw new IllegalStateException("snapshot damaged: " + kind + " at " + block + " holds " + list.size()
                        + " items, not " + size);
            }
            return list;
        }
    }

    // ---- heavy parts ----

    private InDocument inDocument(String docId) {
        Integer i = docId == null ? null : documentIndex.get(docId);
        if (i == null || mentionBlocks[i] == 0) {
            return InDocument.NONE;
        }
        return (InDocument) read(mentionBlocks[i], Kind.LOCATED);
    }

    private Object read(long block, Kind kind) {
        return loaded(block, kind).value();
    }

    private Loaded loaded(long block, Kind kind) {
        return blocks.get(block, at -> {
            try {
                return decodeBlock(at, kind);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the model's snapshot: " + e.getMessage(), e);
            }
        });
    }

    private Loaded decodeBlock(long at, Kind kind) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(14);
        int got = readFully(head, at);
        head.flip();
        Bytes.In h = new Bytes.In(head);
        long length = h.unsigned();
        int check = 0;
        for (int i = 0; i < 4; i++) {
            check |= h.u8() << (8 * i);
        }
        long start = at + h.position();
        if (got < h.position() || length > Integer.MAX_VALUE || start + length > channel.size()) {
            throw new IllegalStateException("snapshot damaged: block at " + at);
        }
        ByteBuffer payload = ByteBuffer.allocate((int) length);
        if (readFully(payload, start) < length) {
            throw new IllegalStateException("snapshot damaged: block at " + at + " cut short");
        }
        payload.flip();
        CRC32C crc = new CRC32C();
        crc.update(payload.duplicate());
        if ((int) crc.getValue() != check) {
            throw new IllegalStateException("snapshot damaged: block at " + at + " fails its checksum");
        }
        Bytes.In in = new Bytes.In(payload);
        Object value = switch (kind) {
            case PARAGRAPHS -> paragraphs(in);
            case MENTIONS -> mentionList(in);
            case LOCATED -> located(in);
            case EVIDENCE -> evidenceList(in);
        };
        return new Loaded(value, (int) Math.max(1, length));
    }

    private List<Paragraph> paragraphs(Bytes.In in) {
        int n = in.count();
        List<Paragraph> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String text = in.inline();
            int spans = in.count();
            List<Span> sentences = new ArrayList<>(spans);
            for (int j = 0; j < spans; j++) {
                sentences.add(new Span(in.signed(), in.signed()));
            }
            out.add(new Paragraph(text, sentences));
        }
        return List.copyOf(out);
    }

    private List<Mention> mentionList(Bytes.In in) {
        int n = in.count();
        List<Mention> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(mention(in));
        }
        return List.copyOf(out);
    }

    private Mention mention(Bytes.In in) {
        return new Mention(ref(in), in.signed(), in.signed(), in.signed(), in.inline());
    }

    private InDocument located(Bytes.In in) {
        List<Person> people = corpus.people();
        List<Entity> places = corpus.places();
        int n = in.count();
        List<Located<Person>> inPeople = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int p = in.count();
            if (p >= people.size()) {
                throw new Bytes.Damaged("person " + p);
            }
            inPeople.add(new Located<>(people.get(p), mention(in)));
        }
        n = in.count();
        List<Located<Entity>> inPlaces = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int p = in.count();
            if (p >= places.size()) {
                throw new Bytes.Damaged("place " + p);
            }
            inPlaces.add(new Located<>(places.get(p), mention(in)));
        }
        List<Quote> inQuotes = byPosition(in, corpus.quotes());
        List<Meeting> inMeetings = byPosition(in, corpus.meetings());
        return new InDocument(List.copyOf(inPeople), List.copyOf(inPlaces), inQuotes, inMeetings);
    }

    private static <T> List<T> byPosition(Bytes.In in, List<T> all) {
        int n = in.count();
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int at = in.count();
            if (at >= all.size()) {
                throw new Bytes.Damaged("position " + at + " of " + all.size());
            }
            out.add(all.get(at));
        }
        return List.copyOf(out);
    }

    private List<Evidence> evidenceList(Bytes.In in) {
        int n = in.count();
        List<Evidence> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new Evidence(ref(in), in.signed(), in.signed(), in.signed(), in.inline()));
        }
        return List.copyOf(out);
    }

    private int readFully(ByteBuffer into, long position) throws IOException {
        int total = 0;
        while (into.hasRemaining()) {
            int n = channel.read(into, position + total);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }
}
