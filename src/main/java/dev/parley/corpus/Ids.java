package dev.parley.corpus;

import dev.parley.text.Fold;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** Readable, unique ids from names: "Ana Jovanović" -> "ana-jovanovic", a second one -> "ana-jovanovic-2". */
final class Ids {
    private final Set<String> used = new HashSet<>();

    private static final Pattern OTHER = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

    static String slug(String name) {
        String s = EDGE_DASHES.matcher(OTHER.matcher(Fold.key(name)).replaceAll("-")).replaceAll("");
        return s.isEmpty() ? "x" : s;
    }

    String unique(String name) {
        String base = slug(name);
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
