package dev.parley.tui;

import dev.parley.command.Chart;
import dev.parley.command.CommandException;
import dev.parley.command.Relationship;
import dev.parley.command.Resolver;
import dev.parley.index.CorpusIndex;
import dev.parley.model.Document;
import dev.parley.model.Event;
import dev.parley.model.Quote;

import java.util.ArrayList;
import java.util.List;

/**
 * The event view (its facts, then what each outlet reported, side by side when the screen is wide enough, stacked
 * otherwise) and the relationship view of {@code :between A B} (a chart, the events in order, topics, who met whom).
 */
final class EventDetails {
    /** Columns narrower than this are unreadable: the reports are stacked instead. */
    private static final int MIN_COLUMN = 30;
    private static final String GAP = "  ";

    private final CorpusIndex index;

    EventDetails(CorpusIndex index) {
        this.index = index;
    }

    Event event(String id) {
        for (Event e : index.corpus().events()) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        return null;
    }

    /** "e-1 · 2024-03-21 · Lisbon" */
    static String label(Event e) {
        return "event " + (e.date() == null ? "undated" : e.date().value()) + (e.place() == null ? "" : " " + e.place());
    }

    void event(Sheet s, Event e, int width) {
        s.heading("Event " + (e.place() == null ? "" : "in " + Cells.safe(e.place()) + ", ")
                + (e.date() == null ? "undated" : e.date().value()) + " (" + e.id() + ")");
        s.text(0, e.kind() + " · " + Words.plural(e.reports().size(), "report", "reports") + " · grouping "
                + e.confidence() + ": " + Cells.safe(e.basis() == null ? "" : e.basis()), Style.DIM);
        s.section("Participants");
        List<Sheet.Piece> people = new ArrayList<>();
        for (String p : e.participants()) {
            if (!people.isEmpty()) {
                people.add(Sheet.Piece.of(", ", Style.DIM));
            }
            people.add(Sheet.Piece.link(Words.personName(index, p), Style.PERSON, new Ref(Ref.Kind.PERSON, p)));
        }
        s.para(2, people);
        int n = e.reports().size();
        int column = n == 0 ? width : (width - GAP.length() * (n - 1)) / n;
        s.section("Reports");
        if (n > 1 && column >= MIN_COLUMN) {
            columns(s, e, column);
            s.blank();
            // the columns are text; the documents are one link each below them
            for (Event.Report r : e.reports()) {
                s.para(2, List.of(Sheet.Piece.link(outlet(r), Style.LINK, new Ref(Ref.Kind.DOCUMENT, r.doc()))));
            }
        } else {
            for (Event.Report r : e.reports()) {
                s.blank();
                s.para(2, List.of(Sheet.Piece.link(outlet(r), Style.LINK, new Ref(Ref.Kind.DOCUMENT, r.doc()))));
                for (String line : reportLines(e, r, Math.max(10, width - 4))) {
                    s.text(4, line, Style.NORMAL);
                }
            }
        }
    }

    private String outlet(Event.Report r) {
        return Cells.safe(index.document(r.doc()).map(Document::source).filter(x -> x != null).orElse(r.doc()));
    }

    /** Each report as wrapped lines of one column, the columns laid side by side. */
    private void columns(Sheet s, Event e, int column) {
        List<List<String>> cols = new ArrayList<>();
        int height = 0;
        for (Event.Report r : e.reports()) {
            List<String> lines = new ArrayList<>();
            lines.add(Cells.fit(outlet(r), column));
            lines.add(Cells.fit("─".repeat(column), column));
            lines.addAll(reportLines(e, r, column));
            cols.add(lines);
            height = Math.max(height, lines.size());
        }
        for (int row = 0; row < height; row++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < cols.size(); c++) {
                String cell = row < cols.get(c).size() ? cols.get(c).get(row) : "";
                line.append(c == 0 ? "" : GAP).append(pad(cell, column));
            }
            s.text(0, line.toString().stripTrailing(), row == 0 ? Style.SECTION : Style.NORMAL);
        }
    }

    private static String pad(String s, int width) {
        String fit = Cells.fit(s, width);
        return fit + " ".repeat(Math.max(0, width - Cells.width(fit)));
    }

    /** What one outlet reported: kind, date, place, who it names, who it omits, the quotes it carried. */
    private List<String> reportLines(Event e, Event.Report r, int width) {
        List<String> out = new ArrayList<>();
        out.add(r.kind() + " · " + (r.date() == null ? "undated" : r.date().value()));
        out.add("at " + (r.place() == null ? "-" : Cells.safe(r.place())));
        wrap(out, "names " + names(r.participants()), width);
        List<String> omitted = e.participants().stream().filter(p -> !r.participants().contains(p)).toList();
        if (!omitted.isEmpty()) {
            wrap(out, "omits " + names(omitted), width);
        }
        for (String q : r.quotes()) {
            Quote quote = index.quote(q).orElse(null);
            if (quote != null) {
                String who = quote.speakers().isEmpty() ? "speaker not known" : Words.speakers(index, quote);
                int sources = e.quotes().stream().filter(x -> x.quotes().contains(q)).mapToInt(x -> x.quotes().size())
                        .findFirst().orElse(1);
                wrap(out, who + ": " + Words.quoted(Cells.safe(quote.text()))
                        + (sources > 1 ? " [" + sources + " outlets]" : ""), width);
            }
        }
        return out;
    }

    private String names(List<String> ids) {
        return String.join(", ", ids.stream().map(p -> Words.personName(index, p)).toList());
    }

    /** Greedy word wrap into lines of at most {@code width} cells. */
    static void wrap(List<String> out, String text, int width) {
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && Cells.width(line.toString()) + 1 + Cells.width(word) > width) {
                out.add(Cells.fit(line.toString(), width));
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            out.add(Cells.fit(line.toString(), width));
        }
    }

    /** The relationship view; {@code id} is the two sides as typed, separated by a newline. */
    void relationship(Sheet s, String id, boolean unicode) {
        String[] sides = id.split("\n", 2);
        Relationship r;
        try {
            r = Relationship.between(new Resolver(index), sides[0], sides.length > 1 ? sides[1] : "");
        } catch (CommandException e) {
            s.heading("Relationship: " + Cells.safe(e.getMessage()));
            return;
        }
        s.heading(Cells.safe(r.a().label()) + " — " + Cells.safe(r.b().label()));
        s.text(0, Words.plural(r.events().size(), "event", "events") + " · Enter opens one", Style.DIM);
        if (!r.perPeriod().isEmpty()) {
            s.section("Per " + r.period() + "  " + Chart.sparkline(List.copyOf(r.perPeriod().values()), unicode));
            for (String line : Chart.bars(r.perPeriod(), 30, unicode)) {
                s.text(2, line, Style.NORMAL);
            }
        }
        s.section("Events");
        for (Event e : r.events()) {
            String what = (e.date() == null ? "undated" : e.date().value()) + "  "
                    + (e.place() == null ? "" : Cells.safe(e.place()) + "  ") + names(e.participants());
            s.para(2, 4, List.of(Sheet.Piece.link(what, Style.LINK, new Ref(Ref.Kind.EVENT, e.id())),
                    Sheet.Piece.of("  " + Words.plural(e.reports().size(), "report", "reports")
                            + ("reported".equals(e.kind()) ? "" : " · " + e.kind()), Style.DIM)));
        }
        if (!r.topics().isEmpty()) {
            s.section("Topics");
            r.topics().forEach((period, counts) -> s.para(2, 4, List.of(Sheet.Piece.of(period + "  ", Style.DIM),
                    Sheet.Piece.of(String.join(", ", counts.keySet().stream().map(Cells::safe).toList()), Style.NORMAL))));
        }
        if (!r.pairs().isEmpty()) {
            s.section("Who met whom");
            r.pairs().stream().limit(10).forEach(p -> s.text(2, p.events() + "  " + Words.personName(index, p.a())
                    + " — " + Words.personName(index, p.b()), Style.NORMAL));
        }
    }
}
