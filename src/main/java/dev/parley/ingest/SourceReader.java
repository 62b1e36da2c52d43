package dev.parley.ingest;

import dev.parley.model.Skipped;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds the articles under the input folders and decodes them.
 *
 * <p>Every candidate file (one whose name says a format of {@link InputFormat}, or a file named directly) ends up
 * as its articles ({@link SourceFile}s: one for a text file or a web page, one per record for feeds, JSON exports
 * and WARC archives) or as a {@link Skipped} with a reason; a record that cannot be used is skipped on its own
 * ({@code news.jsonl:17}). Each skip is reported once to the warning sink. {@link FileDecoder} reads the formats.
 * The order of both lists depends only on the inputs and the file names, never on the file system's listing order
 * or on thread timing, so that the model built from them is reproducible.
 */
public final class SourceReader {
    /** Articles are a few kilobytes; anything this large is a dump or a mistake, and would dominate memory. */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    static final String EMPTY = "empty file";
    static final String BINARY = "binary file";
    static final String TOO_LARGE = "larger than 10 MB";
    static final String CANNOT_READ = "cannot read: ";
    static final String OUTSIDE = "symbolic link leads outside the input folder";

    /** The decoded articles and the files that were left out, both in input order. */
    public record Result(List<SourceFile> files, List<Skipped> skipped) {
        public Result {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
        }
    }

    /** Raised when an input named on the command line does not exist; the caller treats it as a usage error. */
    public static final class MissingInputException extends IOException {
        private static final long serialVersionUID = 1L;

        MissingInputException(String input) {
            super("no such file or folder: " + input);
        }
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private SourceReader() {
    }

    /**
     * Reads the articles under {@code inputs} (folders or single files).
     *
     * @param warnings told one line per skipped file, e.g. {@code "parley: skipped seeds/x.txt: binary file"}
     * @throws MissingInputException when an input does not exist
     */
    public static Result read(List<Path> inputs, Consumer<String> warnings) throws IOException {
        return read(inputs, FieldNames.DEFAULT, warnings);
    }

    /** As {@link #read(List, Consumer)}, with the JSON field names to use. */
    public static Result read(List<Path> inputs, FieldNames fields, Consumer<String> warnings) throws IOException {
        List<Input> resolved = resolveInputs(inputs);
        boolean labelled = resolved.size() > 1;

        List<Candidate> candidates = new ArrayList<>();
        List<Outcome> early = new ArrayList<>();
        Set<Path> seenRealFiles = new HashSet<>();
        for (Input input : resolved) {
            List<Candidate> plain = new ArrayList<>();
            List<Candidate> linked = new ArrayList<>();
            if (input.isFile) {
                plain.add(new Candidate(input, input.displayName, input.real, false));
            } else {
                walk(input, input.real, plain, linked, early);
            }
            // A real file reached both directly and through links inside the folder is read once, under its own
            // path; input order then name order decide otherwise.
            plain.sort((a, b) -> a.rel.compareTo(b.rel));
            linked.sort((a, b) -> a.rel.compareTo(b.rel));
            for (Candidate c : plain) {
                if (seenRealFiles.add(c.real)) {
                    candidates.add(c);
                }
            }
            for (Candidate c : linked) {
                if (seenRealFiles.add(c.real)) {
                    candidates.add(c);
                }
            }
        }

        List<Outcome> outcomes = new ArrayList<>(early);
        // Decoding dominates for large corpora and each file is independent; the list keeps its order.
        outcomes.addAll(candidates.parallelStream().map(c -> decode(c, fields)).toList());
        outcomes.sort((a, b) -> {
            int byInput = Integer.compare(a.candidate.input.index, b.candidate.input.index);
            return byInput != 0 ? byInput : a.candidate.rel.compareTo(b.candidate.rel);
        });

        List<String> rels = new ArrayList<>(outcomes.size());
        List<List<String>> suffixes = new ArrayList<>(outcomes.size());
        for (Outcome o : outcomes) {
            rels.add(o.candidate.rel);
            suffixes.add(o.items.stream().map(Item::idSuffix).toList());
        }
        List<List<String>> ids = ArticleFiles.ids(rels, suffixes);
        List<SourceFile> files = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome o = outcomes.get(i);
            String file = modelPath(o.candidate, labelled);
            if (o.reason != null) {
                skipped.add(new Skipped(file, o.reason));
                warnings.accept("parley: skipped " + o.candidate.displayPath() + ": " + o.reason);
                continue;
            }
            for (Found.Problem p : o.problems) {
                skipped.add(new Skipped(file + p.record(), p.reason()));
                warnings.accept("parley: skipped " + o.candidate.displayPath() + p.record() + ": " + p.reason());
            }
            files.addAll(new ArticleFiles.Decoded(new FileDecoder.Decoded(o.items, o.problems, null)).articles(file, ids.get(i)));
        }
        return new Result(files, skipped);
    }

    static String naturalId(String rel) {
        if (rel.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            rel = rel.substring(0, rel.length() - 3);
        }
        int slash = rel.lastIndexOf('/');
        int dot = rel.lastIndexOf('.');
        return dot > slash + 1 ? rel.substring(0, dot) : rel;
    }

    private static String modelPath(Candidate c, boolean labelled) {
        if (!labelled || c.input.isFile) {
            return c.rel;
        }
        return c.input.label + "/" + c.rel;
    }

    // ---------------------------------------------------------------- finding files

    private static final class Input {
        final int index;
        final Path given;
        final Path real;
        final boolean isFile;
        final String displayName;
        String label;

        Input(int index, Path given, Path real, boolean isFile) {
            this.index = index;
            this.given = given;
            this.real = real;
            this.isFile = isFile;
            Path name = real.getFileName();
            this.displayName = name == null ? "" : name.toString();
        }
    }

    private static final class Candidate {
        final Input input;
        final String rel;
        final Path real;
        final boolean isLink;

        Candidate(Input input, String rel, Path real, boolean isLink) {
            this.input = input;
            this.rel = rel;
            this.real = real;
            this.isLink = isLink;
        }

        String displayPath() {
            String given = slashes(input.given.normalize());
            if (input.isFile) {
                return given;
            }
            return given.isEmpty() || given.equals(".") ? rel : given + "/" + rel;
        }
    }

    /** The articles of a file and its records left out, or the reason the whole file is left out. */
    private record Outcome(Candidate candidate, List<Item> items, List<Found.Problem> problems, String reason) {
        Outcome(Candidate candidate, String reason) {
            this(candidate, List.of(), List.of(), reason);
        }
    }

    private static List<Input> resolveInputs(List<Path> inputs) throws IOException {
        List<Input> out = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        for (Path given : inputs) {
            Path real;
            try {
                real = given.toRealPath();
            } catch (NoSuchFileException e) {
                throw new MissingInputException(slashes(given));
            }
            Input input = new Input(out.size(), given, real, !Files.isDirectory(real));
            String label = input.displayName.isEmpty() ? "root" : input.displayName;
            String unique = label;
            for (int n = 2; !labels.add(unique); n++) {
                unique = label + "~" + n;
            }
            input.label = unique;
            out.add(input);
        }
        return out;
    }

    /**
     * Walks the real tree under {@code dir} without following directory links: every real folder inside the input
     * is reached this way anyway, and not following them rules out cycles. File links are collected separately
     * so that a file's own path wins over a link to it.
     */
    private static void walk(Input input, Path dir, List<Candidate> plain, List<Candidate> linked, List<Outcome> skipped) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            skipped.add(new Outcome(new Candidate(input, rel(input, dir), dir, false), CANNOT_READ + describe(e)));
            return;
        }
        Collections.sort(entries);
        for (Path entry : entries) {
            String rel = rel(input, entry);
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                if (isArticleName(entry)) {
                    skipped.add(new Outcome(new Candidate(input, rel, entry, false), CANNOT_READ + describe(e)));
                }
                continue;
            }
            if (attrs.isSymbolicLink()) {
                followLink(input, entry, rel, linked, skipped);
            } else if (attrs.isDirectory()) {
                walk(input, entry, plain, linked, skipped);
            } else if (isArticleName(entry)) {
                if (attrs.isRegularFile()) {
                    plain.add(new Candidate(input, rel, entry, false));
                } else {
                    skipped.add(new Outcome(new Candidate(input, rel, entry, false), CANNOT_READ + "not a regular file"));
                }
            }
        }
    }

    private static void followLink(Input input, Path link, String rel, List<Candidate> linked, List<Outcome> skipped) {
        Path target;
        try {
            target = link.toRealPath();
        } catch (IOException e) {
            if (isArticleName(link)) {
                skipped.add(new Outcome(new Candidate(input, rel, link, true), CANNOT_READ + "broken symbolic link"));
            }
            return;
        }
        boolean isDir = Files.isDirectory(target);
        if (!target.startsWith(input.real)) {
            // Never read outside what the user pointed at: a link to /etc or a home folder must not leak into the model.
            if (isDir || isArticleName(link)) {
                skipped.add(new Outcome(new Candidate(input, rel, link, true), OUTSIDE));
            }
            return;
        }
        if (!isDir && isArticleName(link) && Files.isRegularFile(target)) {
            linked.add(new Candidate(input, rel, target, true));
        }
    }

    private static boolean isArticleName(Path p) {
        return InputFormat.of(p.getFileName().toString()) != null;
    }

    private static String rel(Input input, Path p) {
        return slashes(input.real.relativize(p));
    }

    private static String slashes(Path p) {
        return p.toString().replace(p.getFileSystem().getSeparator(), "/");
    }

    static String describe(IOException e) {
        String simple = e.getClass().getSimpleName();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        String msg = e.getMessage();
        return msg == null ? simple : msg.replaceAll("\\s+", " ");
    }

    // ---------------------------------------------------------------- decoding

    private static Outcome decode(Candidate c, FieldNames fields) {
        // a file named on the command line is read by its own name's format; plain text when the name says none
        String name = c.rel.substring(c.rel.lastIndexOf('/') + 1);
        if (InputFormat.of(name) == null) {
            name = name + ".txt";
        }
        FileDecoder.Decoded d = FileDecoder.decode(c.real, name, fields);
        return new Outcome(c, d.items(), d.problems(), d.reason());
    }

    /** The text of the bytes, or null when they are not text. */
    static String decodeText(byte[] bytes) {
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return utf16(bytes, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return utf16(bytes, StandardCharsets.UTF_16LE);
        }
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        if (looksBinary(bytes, offset)) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer).toString();
        } catch (CharacterCodingException e) {
            // Not UTF-8: older press archives are usually Windows "ANSI", which is a superset of Latin-1 for text.
            return new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
        }
    }

    private static String utf16(byte[] bytes, Charset charset) {
        String text = new String(bytes, 2, bytes.length - 2, charset);
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == 0 || ch == '\uFFFD' || (ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t' && ch != '\f')) {
                controls++;
            }
        }
        return controls * 10 > text.length() ? null : text;
    }

    /**
     * NUL never occurs in text files (it is the surest sign of a binary or UTF-16 file); otherwise a file where
     * more than one byte in ten is a control character is not text either.
     */
    static boolean looksBinary(byte[] bytes, int offset) {
        int controls = 0;
        for (int i = offset; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if ((b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') || b == 0x7F) {
                controls++;
            }
        }
        return controls * 10L > (bytes.length - offset);
    }

    static String normaliseLineEnds(String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Whether {@code bytes} begin with {@code prefix} (a byte-order mark, a magic number). */
    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
