package dev.parley.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import dev.parley.model.Span;
import dev.parley.search.Concordance;
import dev.parley.search.Hit;
import dev.parley.search.SearchIndex;
import dev.parley.search.Snippet;
import dev.parley.text.Sanitize;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints search results and concordances as text, JSON, TSV or Markdown. Corpus text is sanitised for every format
 * but JSON (which escapes control characters itself and must keep the model's text so offsets stay true).
 */
final class SearchOutput {
    /** Lower case so that {@code --format json} reads as typed. */
    enum Format { text, json, tsv, md }

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().serializeNulls().create();

    private SearchOutput() {
    }

    /** Hits shown in bold on a terminal (unless NO_COLOR is set); in brackets when piped, so they still show. */
    static boolean highlightOnTerminal(Map<String, String> env) {
        return System.console() != null && !env.containsKey("NO_COLOR") && !"dumb".equals(env.get("TERM"));
    }

    // ------------------------------------------------------------------ search

    static void hits(PrintStream out, Format format, String query, List<Hit> hits, int total, boolean ansi) {
        switch (format) {
            case json -> {
                Map<String, Object> root = new LinkedHashMap<>();
                root.put("query", query);
                root.put("total", total);
                List<Map<String, Object>> list = new ArrayList<>();
                for (int i = 0; i < hits.size(); i++) {
                    list.add(json(i + 1, hits.get(i)));
                }
                root.put("hits", list);
                out.println(GSON.toJson(root));
            }
            case tsv -> {
                out.println("rank\tkind\tdoc\tquote\tparagraph\tstart\tend\tscore\tdate\tsource\tspeaker\ttitle\tsnippet");
                for (int i = 0; i < hits.size(); i++) {
                    Hit h = hits.get(i);
                    out.println(String.join("\t", String.valueOf(i + 1), kind(h), cell(h.document().id()),
                            cell(h.quote() == null ? "" : h.quote().id()), String.valueOf(h.paragraph()),
                            String.valueOf(h.start()), String.valueOf(h.end()), score(h), date(h),
                            cell(h.document().source()), cell(speaker(h)), cell(h.document().title()),
                            cell(h.snippet().text())));
                }
            }
            case md -> {
                out.println("| # | kind | document | date | title | snippet |");
                out.println("|---:|---|---|---|---|---|");
                for (int i = 0; i < hits.size(); i++) {
                    Hit h = hits.get(i);
                    out.println("| " + (i + 1) + " | " + kind(h) + " | " + md(h.document().id()) + " | " + date(h) + " | "
                            + md(h.document().title()) + " | " + marked(h.snippet(), "**", "**", true) + " |");
                }
            }
            case text -> {
                String on = ansi ? "\u001b[1;4m" : "[";
                String off = ansi ? "\u001b[0m" : "]";
                for (int i = 0; i < hits.size(); i++) {
                    Hit h = hits.get(i);
                    StringBuilder head = new StringBuilder();
                    head.append(i + 1).append(". ").append(Sanitize.line(h.document().title()));
                    out.println(head);
                    List<String> facts = new ArrayList<>();
                    facts.add(h.isQuote() ? "quote" + (speaker(h).isEmpty() ? "" : " by " + Sanitize.line(speaker(h))) : "article");
                    // a quote of the title has paragraph -1
                    facts.add(Sanitize.line(h.document().id()) + (h.paragraph() < 0 ? " headline" : " ¶" + (h.paragraph() + 1)));
                    if (!date(h).isEmpty()) {
                        facts.add(date(h));
                    }
                    if (h.document().source() != null) {
                        facts.add(Sanitize.line(h.document().source()));
                    }
                    out.println("   " + String.join(" · ", facts));
                    String snippet = marked(h.snippet(), on, off, false);
                    out.println("   " + (h.isQuote() ? "“" + snippet + "”" : snippet));
                }
                if (total > hits.size()) {
                    out.println("(" + hits.size() + " of " + total + " results; --limit shows more)");
                }
            }
        }
    }

    private static Map<String, Object> json(int rank, Hit h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rank", rank);
        m.put("kind", kind(h));
        m.put("score", Math.round(h.score() * 1000) / 1000.0);
        m.put("doc", h.document().id());
        m.put("file", h.document().file());
        m.put("title", h.document().title());
        m.put("date", h.document().date() == null ? null : h.document().date().value());
        m.put("source", h.document().source());
        m.put("quote", h.quote() == null ? null : h.quote().id());
        m.put("speaker", h.quote() == null ? null : h.quote().speaker());
        m.put("paragraph", h.paragraph());
        m.put("start", h.start());
        m.put("end", h.end());
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("text", h.snippet().text());
        s.put("offset", h.snippet().offset());
        s.put("hits", spans(h.snippet().hits()));
        m.put("snippet", s);
        m.put("titleHits", spans(h.titleHits()));
        return m;
    }

    private static List<int[]> spans(List<Span> spans) {
        return spans.stream().map(sp -> new int[] {sp.start(), sp.end()}).toList();
    }

    private static String kind(Hit h) {
        return h.isQuote() ? "quote" : "doc";
    }

    private static String speaker(Hit h) {
        if (h.quote() == null) {
            return "";
        }
        if (h.quote().speakerText() != null) {
            return h.quote().speakerText();
        }
        // the ids of a joint statement's speakers, as the model gives them
        return String.join(" and ", h.quote().speakers().stream().map(s -> s.id()).toList());
    }

    private static String date(Hit h) {
        return h.document().date() == null || h.document().date().value() == null ? "" : Sanitize.line(h.document().date().value());
    }

    private static String score(Hit h) {
        return String.format(Locale.ROOT, "%.3f", h.score());
    }

    /** Snippet with its hits between markers, "…" where the paragraph was cut; each piece sanitised on its own. */
    static String marked(Snippet s, String on, String off, boolean markdown) {
        StringBuilder b = new StringBuilder();
        if (s.cutBefore()) {
            b.append('…');
        }
        int at = 0;
        for (Span h : s.hits()) {
            b.append(piece(s.text().substring(at, h.start()), markdown)).append(on)
                    .append(piece(s.text().substring(h.start(), h.end()), markdown)).append(off);
            at = h.end();
        }
        b.append(piece(s.text().substring(at), markdown));
        if (s.cutAfter()) {
            b.append('…');
        }
        return b.toString();
    }

    private static String piece(String raw, boolean markdown) {
        return markdown ? md(raw) : Sanitize.line(raw);
    }

    private static String cell(String s) {
        return s == null ? "" : Sanitize.line(s).replace('\t', ' ');
    }

    private static String md(String s) {
        return s == null ? "" : Sanitize.line(s).replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*")
                .replace("_", "\\_").replace("`", "\\`");
    }

    // ------------------------------------------------------------------ concordance

    static void concordance(PrintStream out, Format format, SearchIndex.Kwic kwic, List<Concordance.Line> lines, int width) {
        switch (format) {
            case json -> {
                Map<String, Object> root = new LinkedHashMap<>();
                root.put("keyword", String.join(" ", kwic.keyword()));
                root.put("occurrences", kwic.occurrences());
                root.put("complete", kwic.complete());
                List<Map<String, Object>> list = new ArrayList<>();
                for (Concordance.Line l : lines) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("doc", l.doc());
                    m.put("paragraph", l.paragraph());
                    m.put("start", l.start());
                    m.put("end", l.end());
                    m.put("left", tail(l.left(), width));
                    m.put("keyword", l.keyword());
                    m.put("right", head(l.right(), width));
                    list.add(m);
                }
                root.put("lines", list);
                out.println(GSON.toJson(root));
            }
            case tsv -> {
                out.println("doc\tparagraph\tstart\tend\tleft\tkeyword\tright");
                for (Concordance.Line l : lines) {
                    out.println(String.join("\t", cell(l.doc()), String.valueOf(l.paragraph()), String.valueOf(l.start()),
                            String.valueOf(l.end()), cell(tail(Sanitize.line(l.left()), width)), cell(l.keyword()),
                            cell(head(Sanitize.line(l.right()), width))));
                }
            }
            case md -> {
                out.println("| left | keyword | right | document |");
                out.println("|---:|:---:|---|---|");
                for (Concordance.Line l : lines) {
                    out.println("| " + md(tail(Sanitize.line(l.left()), width)) + " | **" + md(l.keyword()) + "** | "
                            + md(head(Sanitize.line(l.right()), width)) + " | " + md(l.doc()) + " ¶" + (l.paragraph() + 1) + " |");
                }
            }
            case text -> {
                for (Concordance.Line l : lines) {
                    String left = tail(Sanitize.line(l.left()), width);
                    out.println(" ".repeat(width - left.length()) + left + "  " + Sanitize.line(l.keyword()) + "  "
                            + padRight(head(Sanitize.line(l.right()), width), width) + "  "
                            + Sanitize.line(l.doc()) + " ¶" + (l.paragraph() + 1));
                }
                if (!kwic.complete() || kwic.occurrences() > lines.size()) {
                    out.println("(" + lines.size() + " of " + kwic.occurrences() + " occurrences; --limit shows more)");
                }
            }
        }
    }

    static void collocates(PrintStream out, Format format, SearchIndex.Kwic kwic, List<Concordance.Collocate> found) {
        switch (format) {
            case json -> {
                Map<String, Object> root = new LinkedHashMap<>();
                root.put("keyword", String.join(" ", kwic.keyword()));
                root.put("occurrences", kwic.occurrences());
                root.put("linesCounted", kwic.lines().size());
                List<Map<String, Object>> list = new ArrayList<>();
                for (Concordance.Collocate c : found) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("term", c.term());
                    m.put("together", c.together());
                    m.put("total", c.total());
                    m.put("logLikelihood", round(c.logLikelihood()));
                    m.put("mutualInformation", round(c.mutualInformation()));
                    list.add(m);
                }
                root.put("collocates", list);
                out.println(GSON.toJson(root));
            }
            case tsv -> {
                out.println("term\ttogether\ttotal\tlog_likelihood\tmutual_information");
                for (Concordance.Collocate c : found) {
                    out.println(cell(c.term()) + "\t" + c.together() + "\t" + c.total() + "\t"
                            + fixed(c.logLikelihood()) + "\t" + fixed(c.mutualInformation()));
                }
            }
            case md -> {
                out.println("| collocate | together | total | log-likelihood | MI |");
                out.println("|---|---:|---:|---:|---:|");
                for (Concordance.Collocate c : found) {
                    out.println("| " + md(c.term()) + " | " + c.together() + " | " + c.total() + " | "
                            + fixed(c.logLikelihood()) + " | " + fixed(c.mutualInformation()) + " |");
                }
            }
            case text -> {
                int w = Math.max(9, found.stream().mapToInt(c -> Sanitize.line(c.term()).length()).max().orElse(0));
                out.println(padRight("collocate", w) + "  together     total  log-lik      MI");
                for (Concordance.Collocate c : found) {
                    out.println(padRight(Sanitize.line(c.term()), w) + String.format(Locale.ROOT, "  %8d  %8d  %7.1f  %6.2f",
                            c.together(), c.total(), c.logLikelihood(), c.mutualInformation()));
                }
            }
        }
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }

    private static String fixed(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }

    private static String tail(String s, int width) {
        return s.length() <= width ? s : s.substring(s.length() - width);
    }

    private static String head(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width);
    }

    private static String padRight(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
