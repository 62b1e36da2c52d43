package dev.parley.io;

import dev.parley.model.Corpus;
import dev.parley.model.Document;
import dev.parley.model.Entity;
import dev.parley.model.Person;
import dev.parley.model.Quote;
import dev.parley.model.Topic;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Reads a model in parts ({@link ModelParts}) into the model it is: every part read (in parallel, they are
 * independent files), the shards' documents and quotes concatenated, each table record given back its mentions from
 * the shards, and the whole checked as a one-file model is.
 */
final class ModelPartsReader {
    private ModelPartsReader() {
    }

    static Corpus read(Path manifest) throws ModelException {
        ModelParts parts;
        try {
            parts = ModelParts.read(manifest);
        } catch (IOException e) {
            throw new ModelException(manifest, "cannot read: " + IoProblem.of(e), e);
        } catch (ModelReader.Invalid | IllegalStateException | NumberFormatException e) {
            throw new ModelException(manifest, "not a valid manifest of model parts (" + ModelJson.jsonProblem(e.getMessage()) + ")", e);
        }
        Path folder = ModelParts.folderOf(manifest);
        List<String> files = parts.files();
        Corpus[] read = new Corpus[files.size()];
        ModelException[] failed = new ModelException[1];
        IntStream.range(0, files.size()).parallel().forEach(i -> {
            try {
                read[i] = part(folder.resolve(files.get(i)), manifest);
            } catch (ModelException e) {
                synchronized (failed) {
                    failed[0] = failed[0] == null ? e : failed[0];
                }
            }
        });
        if (failed[0] != null) {
            throw failed[0];
        }
        try {
            Corpus whole = assemble(parts, read);
            ModelChecks.check(whole);
            return whole;
        } catch (ModelReader.Invalid e) {
            throw new ModelException(manifest, "not a valid Parley model (" + e.getMessage() + ")", e);
        }
    }

    private static Corpus part(Path file, Path manifest) throws ModelException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return ModelParts.readPart(in);
        } catch (NoSuchFileException e) {
            throw new ModelException(file, "missing part of the model " + manifest.getFileName()
                    + "; rebuild it with `parley build`", e);
        } catch (IOException e) {
            throw new ModelException(file, "cannot read this part of the model: " + IoProblem.of(e), e);
        } catch (RuntimeException e) {
            throw new ModelException(file, "not a valid part of a Parley model (" + ModelJson.jsonProblem(e.getMessage()) + ")", e);
        }
    }

    private static Corpus assemble(ModelParts parts, Corpus[] read) {
        int shards = parts.shards().size();
        Map<String, Corpus> tables = new HashMap<>();
        for (int t = 0; t < parts.tables().size(); t++) {
            tables.put(parts.tables().get(t).name(), read[shards + t]);
        }
        for (String name : ModelParts.TABLES) {
            if (!tables.containsKey(name)) {
                throw new ModelReader.Invalid("the manifest names no '" + name + "' part");
            }
        }
        List<Corpus> shardParts = List.of(read).subList(0, shards);
        List<Document> documents = new ArrayList<>(parts.documents());
        List<Quote> quotes = new ArrayList<>();
        for (int s = 0; s < shards; s++) {
            Corpus shard = read[s];
            if (shard.documents().size() != parts.shards().get(s).documents()) {
                throw new ModelReader.Invalid("shard " + parts.shards().get(s).file() + " holds "
                        + shard.documents().size() + " documents, the manifest says " + parts.shards().get(s).documents());
            }
            documents.addAll(shard.documents());
            quotes.addAll(shard.quotes());
        }
        if (documents.size() != parts.documents()) {
            throw new ModelReader.Invalid("the shards hold " + documents.size() + " documents, the manifest says "
                    + parts.documents());
        }
        if (tables.containsKey("quotes")) {
            quotes.addAll(tables.get("quotes").quotes());
        }
        List<Person> people = joined(tables.get("people").people(), shardParts, Corpus::people, Person::id,
                Person::mentions, (p, m) -> new Person(p.id(), p.name(), p.aliases(), p.roles(), m));
        List<Entity> organisations = joined(tables.get("organisations").organisations(), shardParts,
                Corpus::organisations, Entity::id, Entity::mentions,
                (e, m) -> new Entity(e.id(), e.name(), e.kind(), e.aliases(), m));
        List<Entity> places = joined(tables.get("places").places(), shardParts, Corpus::places, Entity::id,
                Entity::mentions, (e, m) -> new Entity(e.id(), e.name(), e.kind(), e.aliases(), m));
        List<Topic> topics = joined(tables.get("topics").topics(), shardParts, Corpus::topics, Topic::id,
                Topic::documents, (t, d) -> new Topic(t.id(), t.name(), d));
        return new Corpus(Corpus.SCHEMA_VERSION, parts.generator(), documents, people, organisations, places, topics,
                tables.get("meetings").meetings(), quotes, tables.get("skipped").skipped(),
                tables.get("events").events());
    }

    /**
     * The table's records, each with its mentions: its own when the table kept them whole, else the pieces the
     * shards hold for it, in shard order. A piece for an id the table does not have is an invalid model.
     */
    private static <T, M> List<T> joined(List<T> table, List<Corpus> shards, Function<Corpus, List<T>> piecesOf,
                                         Function<T, String> id, Function<T, List<M>> mentionsOf,
                                         BiFunction<T, List<M>, T> with) {
        Map<String, List<M>> pieces = new HashMap<>();
        for (T record : table) {
            if (mentionsOf.apply(record).isEmpty()) {
                pieces.put(id.apply(record), new ArrayList<>());
            }
        }
        for (Corpus shard : shards) {
            for (T piece : piecesOf.apply(shard)) {
                List<M> into = pieces.get(id.apply(piece));
                if (into == null) {
                    throw new ModelReader.Invalid("a shard has mentions of '" + dev.parley.text.Sanitize.line(id.apply(piece))
                            + "', which no table of the model has (or has with its mentions)");
                }
                into.addAll(mentionsOf.apply(piece));
            }
        }
        List<T> out = new ArrayList<>(table.size());
        for (T record : table) {
            List<M> fromShards = pieces.get(id.apply(record));
            out.add(fromShards == null || fromShards.isEmpty() ? record : with.apply(record, fromShards));
        }
        return out;
    }
}
