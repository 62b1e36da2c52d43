package dev.parley.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which fields of a JSON record hold an article's parts. The defaults cover the usual exports (news-please,
 * newspaper, NewsAPI-style dumps); {@code --field text=body} names the one field to use for a part instead.
 * A name with dots ({@code meta.published}) reaches into nested objects.
 */
public record FieldNames(Map<String, List<String>> names) implements java.io.Serializable {
    public static final List<String> PARTS = List.of("title", "text", "date", "url", "source");

    public static final FieldNames DEFAULT = new FieldNames(Map.of(
            "title", List.of("title", "headline"),
            "text", List.of("text", "body", "maintext", "content", "article"),
            "date", List.of("date", "date_publish", "published", "publishedAt", "pubDate"),
            "url", List.of("url", "link"),
            "source", List.of("source", "source_domain", "outlet", "publisher")));

    public FieldNames {
        names = Map.copyOf(names);
    }

    public List<String> of(String part) {
        return names.getOrDefault(part, List.of());
    }

    /**
     * The defaults with {@code part=field} overrides ("text=body", "date=ts").
     *
     * @throws IllegalArgumentException with a message for the user when an override is malformed or names no part
     */
    public static FieldNames withOverrides(List<String> overrides) {
        Map<String, List<String>> names = new LinkedHashMap<>(DEFAULT.names);
        for (String o : overrides) {
            int eq = o.indexOf('=');
            if (eq <= 0 || eq == o.length() - 1) {
                throw new IllegalArgumentException("--field wants PART=NAME (like text=body), not '" + o + "'");
            }
            String part = o.substring(0, eq).strip();
            String field = o.substring(eq + 1).strip();
            if (part.equals("outlet")) {
                part = "source";
            }
            if (!PARTS.contains(part) || field.isEmpty()) {
                throw new IllegalArgumentException("--field: unknown part '" + part + "' (one of "
                        + String.join(", ", PARTS) + ")");
            }
            names.put(part, List.of(field));
        }
        return new FieldNames(names);
    }
}
