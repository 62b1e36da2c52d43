package dev.parley.build;

import dev.parley.text.Fold;

import java.util.HashSet;
import java.util.Set;

/** Readable, unique ids from names: "Ana Jovanović" -> "ana-jovanovic", a second one -> "ana-jovanovic-2". */
final class Ids {
    private final Set<String> used = new HashSet<>();

    static String slug(String name) {
        String s = Fold.key(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
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
