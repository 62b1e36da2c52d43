package dev.parley.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The editable word lists behind extraction (titles, roles, countries, speech and meeting verbs, topics ...),
 * shipped as plain text under {@code src/main/resources/dev/parley/vocab/}. One entry a line, {@code #} starts a
 * comment, tab separates columns in tables. Lists are read once and shared by all extraction threads.
 */
public final class Vocabulary {
    private static final String ROOT = "/dev/parley/vocab/";
    private static final Vocabulary DEFAULT = new Vocabulary();

    private final Map<String, List<List<String>>> tables = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> lowerSets = new ConcurrentHashMap<>();

    private Vocabulary() {
    }

    public static Vocabulary get() {
        return DEFAULT;
    }

    /** Rows of a tab-separated list; empty columns are kept as "". */
    public List<List<String>> table(String name) {
        return tables.computeIfAbsent(name, Vocabulary::read);
    }

    /** First column of every row, as written. */
    public List<String> list(String name) {
        List<String> out = new ArrayList<>();
        for (List<String> row : table(name)) {
            out.add(row.get(0));
        }
        return Collections.unmodifiableList(out);
    }

    /** First column of every row, lower-cased (Locale.ROOT), for case-insensitive membership tests. */
    public Set<String> lowerSet(String name) {
        return lowerSets.computeIfAbsent(name, n -> {
            Set<String> out = new LinkedHashSet<>();
            for (List<String> row : table(n)) {
                out.add(row.get(0).toLowerCase(Locale.ROOT));
            }
            return Collections.unmodifiableSet(out);
        });
    }

    private static List<List<String>> read(String name) {
        String path = ROOT + name + ".txt";
        try (InputStream in = Vocabulary.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("vocabulary file missing from the jar: " + path);
            }
            List<List<String>> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                int hash = line.indexOf('#');
                if (hash >= 0) {
                    line = line.substring(0, hash);
                }
                if (line.isBlank()) {
                    continue;
                }
                List<String> cols = new ArrayList<>(Arrays.asList(line.split("\t", -1)));
                cols.replaceAll(String::strip);
                rows.add(Collections.unmodifiableList(cols));
            }
            return Collections.unmodifiableList(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vocabulary " + path, e);
        }
    }
}
