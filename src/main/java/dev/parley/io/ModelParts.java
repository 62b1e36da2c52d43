package dev.parley.io;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import dev.parley.model.Corpus;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The model in parts: a small manifest where the one-file model would be, and beside it a folder
 * ({@code news.json.parts/}) of part files, each itself a Parley model in JSON that holds a slice of the whole:
 * a shard of documents with their quotes and their share of people's, organisations', places' and topics' mentions,
 * or one corpus-wide table (people with their roles, organisations, places, topics, meetings, events, skipped files).
 *
 * <p>A part's file name ends in a hash of its bytes, so a rebuild writes only the parts whose content changed and
 * an interrupted one leaves the manifest pointing at complete parts: parts are written first, then the manifest is
 * replaced atomically, then the parts it no longer names are removed. Every command that takes a model file takes
 * the manifest the same way ({@link ModelJson#read} reads either); the assembled model is the one the one-file build
 * writes, byte for byte when written with {@link ModelJson#write}.
 *
 * @param generator the program that wrote it
 * @param documents how many documents in all
 * @param shardSize documents per shard (the last may hold fewer), which a rebuild keeps
 * @param shards    the document shards in document order
 * @param tables    the corpus-wide parts, by name (see {@link #TABLES})
 */
public record ModelParts(String generator, int documents, int shardSize, List<Shard> shards, List<Table> tables) {
    /** The manifest's first field and its value: what tells a manifest from a one-file model. */
    public static final String FORMAT = "parley-model-parts";
    /** Bumped when the layout of the parts changes; the parts themselves are models of {@link Corpus#SCHEMA_VERSION}. */
    public static final int VERSION = 1;
    /** The corpus-wide tables, in the order they are written. */
    public static final List<String> TABLES = List.of("people", "organisations", "places", "topics", "meetings", "events",
            "skipped");

    private static final Pattern PART_NAME = Pattern.compile("[a-z]+(?:-\\d{1,9})?\\.[0-9a-f]{16}\\.json");

    public ModelParts {
        shards = List.copyOf(shards);
        tables = List.copyOf(tables);
    }

    /** @param file part file name in the parts folder; {@code documents} how many documents it holds */
    public record Shard(String file, int documents) {
    }

    /** @param name one of {@link #TABLES}; {@code file} its part file name */
    public record Table(String name, String file) {
    }

    /** The folder of the parts of the model whose manifest is {@code manifest}. */
    public static Path folderOf(Path manifest) {
        Path absolute = manifest.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + ".parts");
    }

    /**
     * The shard size of the model in parts at {@code manifest}, or 0 when it is not one (no file, a one-file model):
     * what a rebuild into it keeps.
     */
    public static int shardSizeOf(Path manifest) {
        if (!ModelJson.isParts(manifest)) {
            return 0;
        }
        try {
            return Math.max(1, read(manifest).shardSize());
        } catch (IOException | RuntimeException e) {
            return ModelPartsWriter.DEFAULT_SHARD_SIZE; // a damaged manifest is rebuilt, in parts still
        }
    }

    /** The part files this manifest names, shards first. */
    public List<String> files() {
        List<String> out = new ArrayList<>();
        shards.forEach(s -> out.add(s.file()));
        tables.forEach(t -> out.add(t.file()));
        return out;
    }

    /** Writes this manifest as JSON ({@code format} first) and flushes {@code out}. */
    public void write(Writer out) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.setFormattingStyle(com.google.gson.FormattingStyle.PRETTY.withIndent(" "));
        json.setHtmlSafe(false);
        json.beginObject();
        json.name("format").value(FORMAT);
        json.name("version").value(VERSION);
        json.name("schemaVersion").value(Corpus.SCHEMA_VERSION);
        json.name("generator").value(generator);
        json.name("documents").value(documents);
        json.name("shardSize").value(shardSize);
        json.name("shards").beginArray();
        for (Shard s : shards) {
            json.beginObject().name("file").value(s.file()).name("documents").value(s.documents()).endObject();
        }
        json.endArray();
        json.name("tables").beginObject();
        for (Table t : tables) {
            json.name(t.name()).value(t.file());
        }
        json.endObject();
        json.endObject();
        json.flush();
        out.write('\n');
        out.flush();
    }

    /**
     * Reads a manifest. Part names are checked to be plain names of the form this program writes, so that a
     * manifest someone hands over cannot point outside its parts folder.
     */
    static ModelParts read(Path manifest) throws IOException, ModelReader.Invalid {
        if (Files.size(manifest) > (16L << 20)) {
            throw new ModelReader.Invalid("manifest larger than 16 MB");
        }
        String text = Files.readString(manifest, StandardCharsets.UTF_8);
        try (JsonReader json = new JsonReader(new StringReader(text))) {
            json.setStrictness(Strictness.STRICT);
            json.setNestingLimit(ModelReader.MAX_DEPTH);
            return read(json);
        }
    }

    private static ModelParts read(JsonReader json) throws IOException, ModelReader.Invalid {
        String format = null;
        Integer version = null;
        String generator = null;
        Integer documents = null;
        Integer shardSize = null;
        List<Shard> shards = null;
        List<Table> tables = null;
        json.beginObject();
        while (json.hasNext()) {
            switch (json.nextName()) {
                case "format" -> format = json.nextString();
                case "version" -> version = json.nextInt();
                case "schemaVersion" -> json.nextInt(); // checked by ModelJson before this is read
                case "generator" -> generator = json.nextString();
                case "documents" -> documents = json.nextInt();
                case "shardSize" -> shardSize = json.nextInt();
                case "shards" -> {
                    shards = new ArrayList<>();
                    json.beginArray();
                    while (json.hasNext()) {
                        String file = null;
                        Integer count = null;
                        json.beginObject();
                        while (json.hasNext()) {
                            switch (json.nextName()) {
                                case "file" -> file = partName(json.nextString());
                                case "documents" -> count = json.nextInt();
                                default -> json.skipValue();
                            }
                        }
                        json.endObject();
                        shards.add(new Shard(ModelReader.required(file, "file", "shard", "shards[" + shards.size() + "]"),
                                ModelReader.required(count, "documents", "shard", "shards[" + shards.size() + "]")));
                    }
                    json.endArray();
                }
                case "tables" -> {
                    tables = new ArrayList<>();
                    json.beginObject();
                    while (json.hasNext()) {
                        String name = json.nextName();
                        tables.add(new Table(name, partName(json.nextString())));
                    }
                    json.endObject();
                }
                default -> json.skipValue();
            }
        }
        json.endObject();
        if (json.peek() != JsonToken.END_DOCUMENT) {
            throw new ModelReader.Invalid("more data after the manifest");
        }
        if (!FORMAT.equals(format)) {
            throw new ModelReader.Invalid("not a manifest of model parts");
        }
        if (version == null || version != VERSION) {
            throw new ModelReader.Invalid("parts layout version " + version + ", this Parley reads version " + VERSION);
        }
        return new ModelParts(ModelReader.required(generator, "generator", "manifest", "manifest"),
                ModelReader.required(documents, "documents", "manifest", "manifest"),
                ModelReader.required(shardSize, "shardSize", "manifest", "manifest"),
                ModelReader.required(shards, "shards", "manifest", "manifest"),
                ModelReader.required(tables, "tables", "manifest", "manifest"));
    }

    /** Whether {@code name} is the name of a part file as this program writes them. */
    static boolean isPartName(String name) {
        return PART_NAME.matcher(name).matches();
    }

    private static String partName(String name) throws ModelReader.Invalid {
        if (!PART_NAME.matcher(name).matches()) {
            throw new ModelReader.Invalid("part file name '" + dev.parley.text.Sanitize.line(name.length() > 60 ? name.substring(0, 60) + "…" : name) + "' is not one this program writes");
        }
        return name;
    }

    /** Reads one part: a model like any other, checked only with the whole (its ids point into other parts). */
    static Corpus readPart(Reader in) throws IOException {
        return ModelReader.readPart(in);
    }
}
