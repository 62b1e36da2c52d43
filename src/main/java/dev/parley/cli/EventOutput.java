package dev.parley.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import dev.parley.command.Chart;
import dev.parley.command.Relationship;
import dev.parley.index.CorpusIndex;
import dev.parley.model.Document;
import dev.parley.model.Event;
import dev.parley.model.Person;
import dev.parley.model.Quote;
import dev.parley.text.Sanitize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Events and relationships as text, JSON, TSV and Markdown; corpus text is sanitised in all but JSON. */
final class EventOutput {
    private static final Gson GSON = new GsonBuilder().serializeNulls().setPrettyPrinting().disableHtmlEscaping().create();

    private final CorpusIndex index;

    EventOutput(CorpusIndex index) {
        this.index = index;
    }

    String name(String personId) {
        return Sanitize.line(index.person(personId).map(Person::name).orElse(personId));
    }

    private String names(List<String> ids) {
        return String.join(", ", ids.stream().map(this::name).toList());
    }

    private static String date(Event e) {
        return e.date() == null ? "undated" : e.date().value();
    }

    private String source(String docId) {
        return Sanitize.line(index.document(docId).map(Document::source).filter(s -> s != null).orElse(docId));
    }

    /** One row per event. */
    String list(List<Event> events, String format) {
        StringBuilder out = new StringBuilder();
        switch (format) {
            case "json" -> out.append(GSON.toJson(events.stream().map(this::json).toList())).append('\n');
            case "tsv" -> {
                out.append("id\tdate\tplace\tkind\tparticipants\treports\tconfidence\n");
                for (Event e : events) {
                    out.append(String.join("\t", e.id(), date(e), clean(e.place()), e.kind(), names(e.participants()),
                            Integer.toString(e.reports().size()), Double.toString(e.confidence()))).append('\n');
                }
            }
            case "md" -> {
                out.append("| id | date | place | kind | participants | reports | confidence |\n|---|---|---|---|---|---|---|\n");
                for (Event e : events) {
                    out.append("| ").append(String.join(" | ", e.id(), date(e), md(clean(e.place())), e.kind(),
                            md(names(e.participants())), Integer.toString(e.reports().size()),
                            Double.toString(e.confidence()))).append(" |\n");
                }
            }
            default -> {
                for (Event e : events) {
                    out.append(String.format("%-6s %-10s %-14s %-9s %s  [%d %s%s]%n", e.id(), date(e), clean(e.place()),
                            e.kind(), names(e.participants()), e.reports().size(),
                            e.reports().size() == 1 ? "report" : "reports",
                            e.confidence() < 1 ? ", " + e.confidence() : ""));
                }
            }
        }
        return out.toString();
    }

    /** The event view: its facts, then each outlet's account, and where the accounts differ. */
    String event(Event e, String format) {
        if (format.equals("json")) {
            return GSON.toJson(json(e)) + "\n";
        }
        StringBuilder out = new StringBuilder();
        out.append(e.id()).append("  ").append(date(e)).append("  ").append(clean(e.place())).append("  ").append(e.kind())
                .append('\n');
        out.append("participants: ").append(names(e.participants())).append('\n');
        out.append("grouping: ").append(e.confidence()).append(" (").append(clean(e.basis())).append(")\n");
        for (Event.Report r : e.reports()) {
            out.append('\n').append("== ").append(source(r.doc())).append(" (").append(r.doc()).append(")\n");
            out.append("  ").append(r.kind()).append(", ").append(r.date() == null ? "undated" : r.date().value())
                    .append(", ").append(clean(r.place())).append('\n');
            out.append("  names: ").append(names(r.participants())).append('\n');
            List<String> omitted = e.participants().stream().filter(p -> !r.participants().contains(p)).toList();
            if (!omitted.isEmpty()) {
                out.append("  does not name: ").append(names(omitted)).append('\n');
            }
            for (String q : r.quotes()) {
                index.quote(q).ifPresent(x -> out.append("  ").append(speaker(x)).append(": “")
                        .append(Sanitize.line(x.text())).append("”").append(sources(e, q)).append('\n'));
            }
        }
        return out.toString();
    }

    private String speaker(Quote q) {
        return q.speakers().isEmpty() ? "unknown speaker" : index.speakers(q);
    }

    /** " (also in: agency, paper)" when other outlets carried the same words. */
    private String sources(Event e, String quoteId) {
        for (Event.SharedQuote s : e.quotes()) {
            if (s.quotes().contains(quoteId) && s.quotes().size() > 1) {
                List<String> others = new ArrayList<>();
                for (String other : s.quotes()) {
                    if (!other.equals(quoteId)) {
                        index.quote(other).ifPresent(x -> others.add(source(x.doc())));
                    }
                }
                return "  (also: " + String.join(", ", others) + ")";
            }
        }
        return "";
    }

    /** The relationship view: chart, events in order, topics per period, who met whom most often. */
    String relationship(Relationship r, String format, boolean unicode) {
        if (format.equals("json")) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("a", r.a().label());
            m.put("b", r.b().label());
            m.put("period", r.period());
            m.put("counts", r.perPeriod());
            m.put("topics", r.topics());
            m.put("pairs", r.pairs().stream().map(p -> Map.of("a", name(p.a()), "b", name(p.b()), "events", p.events())).toList());
            m.put("events", r.events().stream().map(this::json).toList());
            return GSON.toJson(m) + "\n";
        }
        if (format.equals("tsv") || format.equals("md")) {
            return list(r.events(), format);
        }
        StringBuilder out = new StringBuilder();
        out.append(clean(r.a().label())).append(" — ").append(clean(r.b().label())).append(": ")
                .append(r.events().size()).append(r.events().size() == 1 ? " event" : " events").append('\n');
        if (!r.perPeriod().isEmpty()) {
            out.append('\n').append("per ").append(r.period()).append("  ")
                    .append(Chart.sparkline(List.copyOf(r.perPeriod().values()), unicode)).append('\n');
            Chart.bars(r.perPeriod(), 30, unicode).forEach(line -> out.append("  ").append(line).append('\n'));
        }
        out.append('\n').append(list(r.events(), "text"));
        if (!r.topics().isEmpty()) {
            out.append("\ntopics\n");
            r.topics().forEach((period, counts) -> out.append("  ").append(period).append("  ")
                    .append(String.join(", ", counts.entrySet().stream().map(x -> clean(x.getKey())
                            + (x.getValue() > 1 ? " ×" + x.getValue() : "")).toList())).append('\n'));
        }
        if (!r.pairs().isEmpty()) {
            out.append("\nwho met whom\n");
            r.pairs().stream().limit(10).forEach(p -> out.append("  ").append(p.events()).append("  ")
                    .append(name(p.a())).append(" — ").append(name(p.b())).append('\n'));
        }
        return out.toString();
    }

    private Map<String, Object> json(Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("kind", e.kind());
        m.put("date", e.date() == null ? null : e.date().value());
        m.put("place", e.place());
        m.put("participants", e.participants().stream().map(p -> Map.of("id", p, "name", name(p))).toList());
        m.put("confidence", e.confidence());
        m.put("basis", e.basis());
        List<Map<String, Object>> reports = new ArrayList<>();
        for (Event.Report r : e.reports()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("doc", r.doc());
            x.put("source", index.document(r.doc()).map(Document::source).orElse(null));
            x.put("kind", r.kind());
            x.put("date", r.date() == null ? null : r.date().value());
            x.put("place", r.place());
            x.put("participants", r.participants());
            x.put("quotes", r.quotes());
            reports.add(x);
        }
        m.put("reports", reports);
        m.put("quotes", e.quotes());
        return m;
    }

    private static String clean(String s) {
        return s == null ? "-" : Sanitize.line(s);
    }

    private static String md(String s) {
        return s.replace("|", "\\|");
    }
}
