package dev.parley.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The steps of {@link SourceReader} for a build engine that lists and reads the input files itself (from a
 * cluster's file system, in tasks of its own): decode one file into its articles, then give the articles of all
 * files their ids in listing order. SourceReader takes the same steps, so the same files give the same
 * {@link SourceFile}s whichever engine reads them.
 */
public final class ArticleFiles {
    private ArticleFiles() {
    }

    /** Where a file's bytes come from. */
    public interface Opener {
        /** The stored size, before any decompression. */
        long size() throws IOException;

        InputStream open() throws IOException;

        /** The stored bytes (the size was checked first). */
        default byte[] readAll() throws IOException {
            try (InputStream in = open()) {
                return in.readAllBytes();
            }
        }
    }

    /** A record of a file left out, with where it is in the file ({@code ":17"}, {@code "#3"}). */
    public record Problem(String record, String reason) implements java.io.Serializable {
    }

    /** What one file holds: its articles, not named yet, and the records left out; or why the whole file is. */
    public static final class Decoded {
        private final FileDecoder.Decoded decoded;

        Decoded(FileDecoder.Decoded decoded) {
            this.decoded = decoded;
        }

        /** Why the whole file is left out, or null. */
        public String reason() {
            return decoded.reason();
        }

        public List<Problem> problems() {
            return decoded.problems().stream().map(p -> new Problem(p.record(), p.reason())).toList();
        }

        /** What each article's id adds to the file's own ({@code "#3"}), null for an article that is the whole file. */
        public List<String> idSuffixes() {
            List<String> out = new ArrayList<>(decoded.items().size());
            decoded.items().forEach(item -> out.add(item.idSuffix()));
            return out;
        }

        /**
         * The articles, named.
         *
         * @param file the file's path in the model
         * @param ids  one id per article, from {@link #ids}
         */
        public List<SourceFile> articles(String file, List<String> ids) {
            List<Item> items = decoded.items();
            if (ids.size() != items.size()) {
                throw new IllegalArgumentException(file + ": " + ids.size() + " ids for " + items.size() + " articles");
            }
            List<SourceFile> out = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                String origin = item.record() == null ? file : file + item.record();
                out.add(new SourceFile(ids.get(i), file, origin, item.url(), item.title(), item.titleFrom(), item.source(),
                        item.sourceFrom(), item.date(), item.text(), item.paragraphs()));
            }
            return out;
        }
    }

    /**
     * Reads one file by the format its name says; a name that says none is read as plain text (a file named on
     * the command line). Never throws for bad input: the reason or the problems say what was wrong.
     */
    public static Decoded decode(Opener file, String name, FieldNames fields) {
        String formatName = InputFormat.of(name) == null ? name + ".txt" : name;
        return new Decoded(FileDecoder.decode(file, formatName, fields));
    }

    /** Whether a file of this name is read when a folder is walked. */
    public static boolean isArticleName(String name) {
        return InputFormat.of(name) != null;
    }

    /**
     * The ids of the articles of all files, in listing order: a file's path relative to its input folder without
     * its extension, plus the article's suffix; a later clash gets "~2", "~3", avoiding ids other files have.
     *
     * @param rels     each file's path relative to its input folder (its name for a file given directly)
     * @param suffixes each file's {@link Decoded#idSuffixes()} (empty for a file left out)
     */
    public static List<List<String>> ids(List<String> rels, List<List<String>> suffixes) {
        Set<String> naturalIds = new HashSet<>();
        for (int f = 0; f < rels.size(); f++) {
            String base = SourceReader.naturalId(rels.get(f));
            for (String suffix : suffixes.get(f)) {
                naturalIds.add(base + (suffix == null ? "" : suffix));
            }
        }
        Set<String> used = new HashSet<>();
        List<List<String>> out = new ArrayList<>(rels.size());
        for (int f = 0; f < rels.size(); f++) {
            String base = SourceReader.naturalId(rels.get(f));
            List<String> ids = new ArrayList<>(suffixes.get(f).size());
            for (String suffix : suffixes.get(f)) {
                ids.add(uniqueId(base + (suffix == null ? "" : suffix), naturalIds, used));
            }
            out.add(ids);
        }
        return out;
    }

    /** The first file with a given id keeps it; later ones get "~2", "~3", avoiding ids other files have. */
    private static String uniqueId(String natural, Set<String> naturalIds, Set<String> used) {
        if (used.add(natural)) {
            return natural;
        }
        for (int n = 2; ; n++) {
            String candidate = natural + "~" + n;
            if (!naturalIds.contains(candidate) && used.add(candidate)) {
                return candidate;
            }
        }
    }
}
