package dev.parley.io;

import dev.parley.model.Corpus;
import dev.parley.model.Document;
import dev.parley.model.Entity;
import dev.parley.model.Mention;
import dev.parley.model.Person;
import dev.parley.model.Quote;
import dev.parley.model.Topic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Writes a model as {@link ModelParts}: documents in shards of a fixed size with their quotes and their share of the
 * mentions, and one part per corpus-wide table. A part whose bytes are already in the parts folder (same name, so
 * same hash) is not written again: a rebuild after a few changed articles rewrites their shards and the tables
 * that changed, and keeps the rest.
 */
public final class ModelPartsWriter {
    /** Documents per shard when the user gives no number: shards of a few megabytes in news. */
    public static final int DEFAULT_SHARD_SIZE = 1000;

    /** @param written parts written by this call; {@code kept} parts already there with the same bytes */
    public record Written(int written, int kept, int removed) {
    }

    /**
     * One part before it is written: its file name's stem ({@code docs-000001}, {@code people}) and its content.
     * Serializable, so that a cluster engine can write parts from its tasks.
     */
    public record Part(String stem, Corpus content) implements java.io.Serializable {
        /** The part's bytes: compact JSON (parts are for programs; the one-file model stays pretty-printed). */
        public byte[] bytes() throws IOException {
            return ModelPartsWriter.bytes(content);
        }

        /** The file name of a part with these bytes: the stem, then a hash of them. */
        public String fileName(byte[] bytes) {
            return stem + "." + hash(bytes) + ".json";
        }
    }

    private ModelPartsWriter() {
    }

    /** Replaces the model at {@code manifest} (a manifest or nothing yet) with {@code corpus} in parts. */
    public static Written write(Corpus corpus, Path manifest, int shardSize) throws ModelException {
        if (shardSize < 1) {
            throw new IllegalArgumentException("shard size must be at least 1, was " + shardSize);
        }
        Path folder = ModelParts.folderOf(manifest);
        try {
            Files.createDirectories(folder);
            List<Part> parts = split(corpus, shardSize);
            String[] names = new String[parts.size()];
            boolean[] wrote = new boolean[parts.size()];
            // parts are independent files: written in parallel, each atomically
            IntStream.range(0, parts.size()).parallel().forEach(i -> {
                try {
                    byte[] bytes = parts.get(i).bytes();
                    names[i] = parts.get(i).fileName(bytes);
                    Path file = folder.resolve(names[i]);
                    if (!(Files.isRegularFile(file) && Files.size(file) == bytes.length)) {
                        AtomicFile.write(file, channel -> {
                            ByteBuffer buffer = ByteBuffer.wrap(bytes);
                            while (buffer.hasRemaining()) {
                                channel.write(buffer);
                            }
                        });
                        wrote[i] = true;
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            ModelParts written = manifest(corpus, shardSize, parts, List.of(names));
            Path absolute = manifest.toAbsolutePath();
            AtomicFile.write(absolute, channel -> written.write(new Utf8Writer(Channels.newOutputStream(channel), 1 << 12)));
            int removed = removeUnlisted(folder, Set.copyOf(written.files()));
            int count = 0;
            for (boolean w : wrote) {
                count += w ? 1 : 0;
            }
            return new Written(count, parts.size() - count, removed);
        } catch (java.io.UncheckedIOException e) {
            throw new ModelException(manifest, "cannot write: " + IoProblem.of(e.getCause()), e.getCause());
        } catch (IOException e) {
            throw new ModelException(manifest, "cannot write: " + IoProblem.of(e), e);
        } catch (IllegalArgumentException e) {
            throw new ModelException(manifest, "cannot write: " + e.getMessage(), e);
        }
    }

    /** The manifest of {@code parts} of {@code corpus} written under {@code names}, in the order of {@link #split}. */
    public static ModelParts manifest(Corpus corpus, int shardSize, List<Part> parts, List<String> names) {
        int shards = shards(corpus.documents().size(), shardSize);
        List<ModelParts.Shard> shardList = new ArrayList<>();
        for (int s = 0; s < shards; s++) {
            shardList.add(new ModelParts.Shard(names.get(s), parts.get(s).content().documents().size()));
        }
        List<ModelParts.Table> tables = new ArrayList<>();
        for (int t = shards; t < parts.size(); t++) {
            tables.add(new ModelParts.Table(parts.get(t).stem(), names.get(t)));
        }
        return new ModelParts(corpus.generator(), corpus.documents().size(), shardSize, shardList, tables);
    }

    private static int shards(int documents, int shardSize) {
        return Math.max(1, (documents + shardSize - 1) / shardSize);
    }

    /**
     * The parts of {@code corpus}: shards first, then the tables of {@link ModelParts#TABLES} (and "quotes" when
     * the quotes are not in document order, which the builder never writes but a hand-made model may).
     * A person's (organisation's, place's, topic's) mentions go to the shards of their documents when they are in
     * document order, as the builder writes them, so that concatenating the shards' pieces gives them back; else
     * they stay whole in the table.
     */
    public static List<Part> split(Corpus corpus, int shardSize) {
        if (shardSize < 1) {
            throw new IllegalArgumentException("shard size must be at least 1, was " + shardSize);
        }
        List<Document> docs = corpus.documents();
        int shards = shards(docs.size(), shardSize);
        Map<String, Integer> shardOf = new HashMap<>(docs.size() * 2);
        for (int i = 0; i < docs.size(); i++) {
            shardOf.putIfAbsent(docs.get(i).id(), i / shardSize);
        }
        Pieces<Person> people = new Pieces<>(shards);
        List<Person> peopleTable = new ArrayList<>();
        for (Person p : corpus.people()) {
            List<List<Mention>> bySharded = byShard(p.mentions(), Mention::doc, shardOf, shards);
            if (bySharded == null) {
                peopleTable.add(p);
                continue;
            }
            peopleTable.add(new Person(p.id(), p.name(), p.aliases(), p.roles(), List.of()));
            people.add(bySharded, m -> new Person(p.id(), p.name(), List.of(), List.of(), m));
        }
        Pieces<Entity> orgs = new Pieces<>(shards);
        List<Entity> orgTable = entities(corpus.organisations(), orgs, shardOf, shards);
        Pieces<Entity> places = new Pieces<>(shards);
        List<Entity> placeTable = entities(corpus.places(), places, shardOf, shards);
        Pieces<Topic> topics = new Pieces<>(shards);
        List<Topic> topicTable = new ArrayList<>();
        for (Topic t : corpus.topics()) {
            List<List<Topic.TopicDocument>> bySharded = byShard(t.documents(), Topic.TopicDocument::doc, shardOf, shards);
            if (bySharded == null) {
                topicTable.add(t);
                continue;
            }
            topicTable.add(new Topic(t.id(), t.name(), List.of()));
            topics.add(bySharded, d -> new Topic(t.id(), t.name(), d));
        }
        List<List<Quote>> quotes = byShard(corpus.quotes(), Quote::doc, shardOf, shards);

        List<Part> parts = new ArrayList<>();
        String generator = corpus.generator();
        for (int s = 0; s < shards; s++) {
            List<Document> shardDocs = docs.subList(Math.min(docs.size(), s * shardSize),
                    Math.min(docs.size(), (s + 1) * shardSize));
            parts.add(new Part(String.format(java.util.Locale.ROOT, "docs-%06d", s + 1),
                    new Corpus(Corpus.SCHEMA_VERSION, generator, shardDocs, people.of(s), orgs.of(s), places.of(s),
                            topics.of(s), List.of(), quotes == null ? List.of() : quotes.get(s), List.of(), List.of())));
        }
        parts.add(table("people", generator, c -> c.people = peopleTable));
        parts.add(table("organisations", generator, c -> c.organisations = orgTable));
        parts.add(table("places", generator, c -> c.places = placeTable));
        parts.add(table("topics", generator, c -> c.topics = topicTable));
        parts.add(table("meetings", generator, c -> c.meetings = corpus.meetings()));
        parts.add(table("events", generator, c -> c.events = corpus.events()));
        parts.add(table("skipped", generator, c -> c.skipped = corpus.skipped()));
        if (quotes == null) {
            parts.add(table("quotes", generator, c -> c.quotes = corpus.quotes()));
        }
        return parts;
    }

    private static List<Entity> entities(List<Entity> all, Pieces<Entity> pieces, Map<String, Integer> shardOf,
                                         int shards) {
        List<Entity> table = new ArrayList<>();
        for (Entity e : all) {
            List<List<Mention>> bySharded = byShard(e.mentions(), Mention::doc, shardOf, shards);
            if (bySharded == null) {
                table.add(e);
                continue;
            }
            table.add(new Entity(e.id(), e.name(), e.kind(), e.aliases(), List.of()));
            pieces.add(bySharded, m -> new Entity(e.id(), e.name(), e.kind(), List.of(), m));
        }
        return table;
    }

    /**
     * The items split by the shard of their document, or null when they are not in shard order (or name a
     * document the model lacks): then concatenating the shards' pieces would not give them back.
     */
    private static <T> List<List<T>> byShard(List<T> items, Function<T, String> doc, Map<String, Integer> shardOf,
                                             int shards) {
        List<List<T>> out = new ArrayList<>(shards);
        for (int s = 0; s < shards; s++) {
            out.add(new ArrayList<>());
        }
        int last = 0;
        for (T item : items) {
            Integer shard = shardOf.get(doc.apply(item));
            if (shard == null || shard < last) {
                return null;
            }
            last = shard;
            out.get(shard).add(item);
        }
        return out;
    }

    /** Per shard, the records that carry a table record's share of mentions in that shard. */
    private static final class Pieces<T> {
        private final List<List<T>> perShard = new ArrayList<>();

        Pieces(int shards) {
            for (int s = 0; s < shards; s++) {
                perShard.add(new ArrayList<>());
            }
        }

        <M> void add(List<List<M>> bySharded, Function<List<M>, T> piece) {
            for (int s = 0; s < bySharded.size(); s++) {
                if (!bySharded.get(s).isEmpty()) {
                    perShard.get(s).add(piece.apply(bySharded.get(s)));
                }
            }
        }

        List<T> of(int shard) {
            return perShard.get(shard);
        }
    }

    /** A table part: a model holding that one list. */
    private static final class Lists {
        List<Person> people = List.of();
        List<Entity> organisations = List.of();
        List<Entity> places = List.of();
        List<Topic> topics = List.of();
        List<dev.parley.model.Meeting> meetings = List.of();
        List<Quote> quotes = List.of();
        List<dev.parley.model.Skipped> skipped = List.of();
        List<dev.parley.model.Event> events = List.of();
    }

    private static Part table(String name, String generator, java.util.function.Consumer<Lists> fill) {
        Lists l = new Lists();
        fill.accept(l);
        return new Part(name, new Corpus(Corpus.SCHEMA_VERSION, generator, List.of(), l.people, l.organisations,
                l.places, l.topics, l.meetings, l.quotes, l.skipped, l.events));
    }

    private static byte[] bytes(Corpus part) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        ModelJson.write(part, new Utf8Writer(out, 1 << 15), false);
        return out.toByteArray();
    }

    private static String hash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Removes the part files of earlier builds that the new manifest does not name. */
    private static int removeUnlisted(Path folder, Set<String> listed) {
        int removed = 0;
        try (var files = Files.newDirectoryStream(folder, "*.json")) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (!listed.contains(name) && ModelParts.isPartName(name)) {
                    Files.deleteIfExists(f);
                    removed++;
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // an old part left behind costs room, not correctness: the manifest names what the model is
        }
        return removed;
    }
}
