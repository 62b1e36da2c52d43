package dev.parley.command;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import dev.parley.text.Sanitize;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How answers are printed: text for people (aligned columns, readable views), JSON for programs (the shapes of
 * {@link Views}, documented in docs/cli.md), TSV for cut/awk/spreadsheets, Markdown for notes. Every format but JSON
 * sanitises corpus text (no control characters or bidi overrides reach the terminal); JSON escapes them instead.
 */
public enum Format {
    TEXT, JSON, TSV, MD;

    private static final Gson GSON = new GsonBuilder().serializeNulls().setPrettyPrinting().disableHtmlEscaping().create();

    /** The columns of a list in text, TSV and Markdown: header and the field of the view it shows. */
    private record Column(String header, String key) {
    }

    /** Keys the readable text view leaves out of one-line summaries: offsets and the like are for programs. */
    private static final Set<String> QUIET = Set.of("start", "end", "paragraph", "how", "confidence", "speakerText", "verb",
            "file", "speaker", "speakers", "documents", "topics", "quoteCount", "evidence");

    public static Format parse(String name) {
        for (Format f : values()) {
            if (f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format " + name + " (text, json, tsv or md)");
    }

    private static List<Column> columns(Kind kind) {
        switch (kind) {
            case PERSON:
                return List.of(new Column("id", "id"), new Column("name", "name"), new Column("role", "role"),
                        new Column("quotes", "quoteCount"), new Column("documents", "documentCount"));
            case DOCUMENT:
                return List.of(new Column("id", "id"), new Column("date", "date"), new Column("title", "title"),
                        new Column("quotes", "quoteCount"));
            case TOPIC:
                return List.of(new Column("id", "id"), new Column("name", "name"), new Column("documents", "documentCount"));
            case MEETING:
                return List.of(new Column("id", "id"), new Column("date", "date"), new Column("place", "place"),
                        new Column("kind", "kind"), new Column("participants", "participants"));
            default:
                return List.of(new Column("id", "id"), new Column("speaker", "speakerName"), new Column("document", "document"),
                        new Column("text", "text"));
        }
    }

    /** A list answer; an empty list is "[]" in JSON and nothing in the other formats. */
    public String list(Kind kind, List<Map<String, Object>> items) {
        if (this == JSON) {
            return json(items);
        }
        if (items.isEmpty()) {
            return "";
        }
        List<Column> cols = columns(kind);
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, Object> item : items) {
            List<String> row = new ArrayList<>();
            for (Column c : cols) {
                row.add(cell(item.get(c.key())));
            }
            rows.add(row);
        }
        StringBuilder b = new StringBuilder();
        List<String> headers = cols.stream().map(Column::header).toList();
        switch (this) {
            case TSV:
                b.append(String.join("\t", headers)).append('\n');
                rows.forEach(r -> b.append(String.join("\t", r)).append('\n'));
                break;
            case MD:
                b.append(mdRow(headers));
                b.append("|").append("---|".repeat(headers.size())).append('\n');
                rows.forEach(r -> b.append(mdRow(r)));
                break;
            default:
                int[] widths = new int[headers.size()];
                for (int i = 0; i < widths.length; i++) {
                    widths[i] = TextWidth.of(headers.get(i).toUpperCase(Locale.ROOT));
                    for (List<String> r : rows) {
                        widths[i] = Math.max(widths[i], TextWidth.of(r.get(i)));
                    }
                }
                b.append(aligned(headers.stream().map(h -> h.toUpperCase(Locale.ROOT)).toList(), widths));
                rows.forEach(r -> b.append(aligned(r, widths)));
        }
        return b.toString();
    }

    /** One thing's whole view. */
    public String object(Kind kind, Map<String, Object> view) {
        switch (this) {
            case JSON:
                return json(view);
            case TSV: {
                StringBuilder b = new StringBuilder();
                flatten("", view, b);
                return b.toString();
            }
            case MD:
                return markdown(kind, view);
            default:
                return text(kind, view);
        }
    }

    // ---- JSON

    private static String json(Object value) {
        String s = GSON.toJson(value);
        // Gson leaves DEL, C1 controls and bidi overrides as they are: escape them so the output is safe to cat
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0x7f || (c >= 0x80 && c <= 0x9f) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                    || c == 0x200E || c == 0x200F || c == 0x061C) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('\n').toString();
    }

    // ---- cells

    /** One value on one line: lists joined with ", ", people and things by their name. */
    @SuppressWarnings("unchecked")
    static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof List) {
            List<String> parts = new ArrayList<>();
            for (Object o : (List<Object>) v) {
                parts.add(o instanceof Map ? label((Map<String, Object>) o) : cell(o));
            }
            return String.join(", ", parts);
        }
        if (v instanceof Map) {
            return label((Map<String, Object>) v);
        }
        if (v instanceof Double) {
            double d = (Double) v;
            return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.2f", d);
        }
        return Sanitize.line(v.toString()).replace('\t', ' ').strip();
    }

    private static String label(Map<String, Object> m) {
        for (String k : List.of("name", "title", "text", "id")) {
            if (m.get(k) != null) {
                return cell(m.get(k));
            }
        }
        return "";
    }

    private static String aligned(List<String> cells, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            b.append(c);
            if (i < cells.size() - 1) {
                b.append(" ".repeat(widths[i] - TextWidth.of(c) + 2));
            }
        }
        return b.toString().stripTrailing() + "\n";
    }

    private static String mdRow(List<String> cells) {
        StringBuilder b = new StringBuilder("|");
        for (String c : cells) {
            b.append(' ').append(c.replace("\\", "\\\\").replace("|", "\\|")).append(" |");
        }
        return b.append('\n').toString();
    }

    // ---- one thing

    @SuppressWarnings("unchecked")
    private static void flatten(String path, Object v, StringBuilder b) {
        if (v instanceof Map) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) v).entrySet()) {
                flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), b);
            }
        } else if (v instanceof List) {
            List<Object> l = (List<Object>) v;
            for (int i = 0; i < l.size(); i++) {
                flatten(path + "." + i, l.get(i), b);
            }
        } else {
            b.append(path).append('\t').append(cell(v)).append('\n');
        }
    }

    private static String heading(Kind kind, Map<String, Object> view) {
        return kind.noun() + " " + label(view) + (view.get("id") != null && !cell(view.get("id")).equals(label(view))
                ? " (" + cell(view.get("id")) + ")" : "");
    }

    @SuppressWarnings("unchecked")
    private static String text(Kind kind, Map<String, Object> view) {
        StringBuilder b = new StringBuilder(heading(kind, view)).append('\n');
        List<String> sections = new ArrayList<>();
        for (Map.Entry<String, Object> e : view.entrySet()) {
            Object v = e.getValue();
            if (v instanceof List && !((List<Object>) v).isEmpty() && (((List<Object>) v).get(0) instanceof Map
                    || e.getKey().equals("paragraphs") || e.getKey().equals("evidence"))) {
                sections.add(e.getKey());
                continue;
            }
            String c = cell(v);
            if (!c.isEmpty()) {
                b.append("  ").append(e.getKey()).append(": ").append(c).append('\n');
            }
        }
        for (String key : sections) {
            List<Object> items = (List<Object>) view.get(key);
            b.append('\n').append(key).append(" (").append(items.size()).append(")\n");
            for (Object o : items) {
                b.append("  ").append(o instanceof Map ? summary((Map<String, Object>) o) : cell(o)).append('\n');
            }
        }
        return b.toString();
    }

    /** A thing in a list of a text view: its label first, then what else it says, without offsets and ids. */
    private static String summary(Map<String, Object> m) {
        String first = label(m);
        List<String> parts = new ArrayList<>();
        parts.add(m.containsKey("text") && first.equals(cell(m.get("text"))) ? "“" + first + "”" : first);
        for (Map.Entry<String, Object> e : m.entrySet()) {
            String c = cell(e.getValue());
            if (c.isEmpty() || c.equals(first) || QUIET.contains(e.getKey())) {
                continue;
            }
            parts.add(e.getKey().equals("id") ? "[" + c + "]" : c);
        }
        return String.join(" · ", parts);
    }

    @SuppressWarnings("unchecked")
    private static String markdown(Kind kind, Map<String, Object> view) {
        StringBuilder b = new StringBuilder("# ").append(heading(kind, view)).append("\n\n");
        List<String> sections = new ArrayList<>();
        for (Map.Entry<String, Object> e : view.entrySet()) {
            Object v = e.getValue();
            if (v instanceof List && !((List<Object>) v).isEmpty() && ((List<Object>) v).get(0) instanceof Map
                    || e.getKey().equals("paragraphs")) {
                sections.add(e.getKey());
                continue;
            }
            String c = cell(v);
            if (!c.isEmpty()) {
                b.append("- **").append(e.getKey()).append("**: ").append(c).append('\n');
            }
        }
        for (String key : sections) {
            List<Object> items = (List<Object>) view.get(key);
            b.append("\n## ").append(key).append("\n\n");
            if (items.isEmpty() || !(items.get(0) instanceof Map)) {
                items.forEach(o -> b.append(cell(o)).append("\n\n"));
                continue;
            }
            Set<String> keys = new LinkedHashSet<>();
            items.forEach(o -> keys.addAll(((Map<String, Object>) o).keySet()));
            List<String> headers = new ArrayList<>(keys);
            b.append(mdRow(headers)).append("|").append("---|".repeat(headers.size())).append('\n');
            for (Object o : items) {
                List<String> row = new ArrayList<>();
                headers.forEach(h -> row.add(cell(((Map<String, Object>) o).get(h))));
                b.append(mdRow(row));
            }
        }
        return b.toString();
    }
}
