package dev.parley.io;

import com.google.gson.FormattingStyle;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import dev.parley.model.Corpus;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes and reads {@code model.json}.
 *
 * <p>Writing is deterministic (the same corpus gives the same bytes: fields in record order, every field present,
 * doubles as Java prints them) so that models can be committed and diffed, and atomic (a temporary file in the same
 * folder, flushed to disk, then renamed over the old one) so that an interrupted build never leaves a half-written
 * model behind.
 */
public final class ModelJson {
    private ModelJson() {
    }

    /** Replaces {@code file} with the corpus, creating missing parent folders. */
    public static void write(Corpus corpus, Path file) throws ModelException {
        Path absolute = file.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
            AtomicFile.write(absolute, channel -> {
                // not closed here: the channel is flushed to disk and closed by AtomicFile
                write(corpus, new Utf8Writer(Channels.newOutputStream(channel), 1 << 15));
            });
        } catch (IOException e) {
            throw new ModelException(file, "cannot write: " + IoProblem.of(e), e);
        } catch (IllegalArgumentException e) {
            // values JSON cannot hold (NaN, infinities) are refused: a builder bug, but the old model must survive it
            throw new ModelException(file, "cannot write: " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * Writes the model's bytes to {@code out} and flushes it, for a file system other than the local one; the
     * caller closes it. Values JSON cannot hold (NaN) are refused with an {@link IllegalArgumentException}.
     */
    public static void write(Corpus corpus, Writer out) throws IOException {
        write(corpus, out, true);
    }

    /**
     * The model's bytes, pretty-printed with one space a level (the model file) or compact (the parts of a model in
     * parts, which are for programs), then a newline; {@code out} is flushed, not closed.
     */
    static void write(Corpus corpus, Writer out, boolean pretty) throws IOException {
        JsonWriter json = new JsonWriter(out);
        if (pretty) {
            json.setFormattingStyle(FormattingStyle.PRETTY.withIndent(" "));
        }
        json.setHtmlSafe(false);
        json.setSerializeNulls(true);
        json.setStrictness(Strictness.STRICT);
        RecordJson.value(json, corpus);
        json.flush();
        out.write('\n');
        out.flush();
    }

    /** Reads a model written by {@link #write}, refusing files of another schema than this program's. */
    public static Corpus read(Path file) throws ModelException {
        Header header = header(file);
        int version = header.schemaVersion();
        if (version < 1) {
            throw new ModelException(file, "not a Parley model (schemaVersion " + version + ")");
        }
        if (version > Corpus.SCHEMA_VERSION) {
            throw ModelException.whole(file, "model " + file + " has schema " + version + ", newer than this Parley"
                    + " reads (schema " + Corpus.SCHEMA_VERSION + "): update Parley or rebuild it with `parley build`");
        }
        if (version < Corpus.SCHEMA_VERSION) {
            // an older schema is not read half-right (schema 1 had one person per quote): it is built again
            throw ModelException.whole(file, "model " + file + " has schema " + version + ", this Parley reads schema "
                    + Corpus.SCHEMA_VERSION + ": rebuild it with `parley build`");
        }
        if (header.parts()) {
            return ModelPartsReader.read(file);
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return ModelReader.read(in);
        } catch (IOException e) {
            throw wrapRead(file, e);
        } catch (ModelReader.Invalid e) {
            throw new ModelException(file, "not a valid Parley model (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            // A token of the wrong kind ("expected an int but was STRING at ...") or a value a record refuses:
            // the file is JSON, but not what we wrote.
            throw new ModelException(file, "not a valid Parley model (" + jsonProblem(e.getMessage()) + ")", e);
        }
    }

    /**
     * Looks only at the top-level {@code schemaVersion} before decoding the rest, so that a newer file is reported
     * as newer rather than as whatever field first fails to match. It is the first field written, so this is cheap.
     */
    private record Header(int schemaVersion, boolean parts) {
    }

    /** Whether {@code file} is the manifest of a model in parts ({@link ModelParts}) rather than a one-file model. */
    public static boolean isParts(Path file) {
        try {
            return header(file).parts();
        } catch (ModelException e) {
            return false;
        }
    }

    private static Header header(Path file) throws ModelException {
        try (JsonReader json = new JsonReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            json.setStrictness(Strictness.STRICT);
            json.setNestingLimit(ModelReader.MAX_DEPTH);
            if (json.peek() != JsonToken.BEGIN_OBJECT) {
                throw new ModelException(file, "not a Parley model (not a JSON object)");
            }
            json.beginObject();
            boolean parts = false;
            while (json.hasNext()) {
                String name = json.nextName();
                if (name.equals("schemaVersion") && json.peek() == JsonToken.NUMBER) {
                    return new Header(json.nextInt(), parts);
                }
                if (name.equals("format") && json.peek() == JsonToken.STRING) {
                    parts = ModelParts.FORMAT.equals(json.nextString()); // written before schemaVersion
                    continue;
                }
                json.skipValue();
            }
            throw new ModelException(file, "not a Parley model (no schemaVersion)");
        } catch (ModelException e) {
            throw e;
        } catch (IOException e) {
            throw wrapRead(file, e);
        } catch (NumberFormatException | IllegalStateException e) {
            throw new ModelException(file, "not a Parley model (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    private static ModelException wrapRead(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new ModelException(file, "no such file; run `parley build` to create it", e);
        }
        if (e instanceof CharacterCodingException) {
            return new ModelException(file, "not JSON (not UTF-8 text)", e);
        }
        if (e instanceof com.google.gson.stream.MalformedJsonException || e.getClass().getName().startsWith("com.google.gson")
                || e instanceof java.io.EOFException) {
            return new ModelException(file, "not JSON (" + jsonProblem(e.getMessage()) + ")", e);
        }
        return new ModelException(file, "cannot read: " + IoProblem.of(e), e);
    }

    private static final Pattern CONSTRUCTOR = Pattern.compile("Failed to invoke constructor '(?:[\\w$]+\\.)*([\\w$]+)\\(");
    private static final Pattern WHERE = Pattern.compile("at line (\\d+) column (\\d+)(?: path (\\S+))?");

    /** Gson's messages carry advice for programmers; users need what is wrong and where. */
    static String jsonProblem(String message) {
        String first = firstLine(message).replaceFirst("^(?:[\\w$]+\\.)+[\\w$]+(?:Exception|Error): ", "");
        Matcher constructor = CONSTRUCTOR.matcher(first);
        if (constructor.find()) {
            return "a field is missing or null in a " + constructor.group(1);
        }
        Matcher where = WHERE.matcher(first);
        if (!where.find()) {
            return first;
        }
        String path = where.group(3);
        if (path != null && path.length() > 80) {
            path = path.substring(0, 80) + "…"; // a path 100,000 levels deep says nothing more than its start
        }
        String location = "line " + where.group(1) + " column " + where.group(2)
                + (path == null || path.equals("$") ? "" : " at " + path);
        if (first.startsWith("End of input")) {
            return "ends early, " + location;
        }
        if (first.startsWith("Use JsonReader.setStrictness")) {
            return "syntax error at " + location;
        }
        String what = first.substring(0, where.start()).strip();
        return what.isEmpty() ? "syntax error at " + location : what + ", " + location;
    }


    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
