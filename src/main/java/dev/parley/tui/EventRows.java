package dev.parley.tui;

import dev.parley.index.CorpusIndex;
import dev.parley.model.Event;
import dev.parley.text.Fold;

import java.util.ArrayList;
import java.util.List;

/**
 * The Meetings pane grouped by event: one row per real meeting with the number of reports. An event of one
 * meeting opens that meeting, as before; an event of several opens the event view with each outlet's account.
 */
final class EventRows {
    private EventRows() {
    }

    static List<Row> rows(CorpusIndex index) {
        List<Row> out = new ArrayList<>();
        for (Event e : index.corpus().events()) {
            String date = Words.date(e.date());
            List<String> names = e.participants().stream().map(p -> Words.personName(index, p)).toList();
            String people = String.join(", ", names);
            int reports = e.reports().size();
            String extra = people + " · " + Words.plural(reports, "report", "reports")
                    + ("reported".equals(e.kind()) ? "" : " · " + e.kind());
            Ref ref = e.meetings().size() == 1 ? new Ref(Ref.Kind.MEETING, e.meetings().get(0)) : new Ref(Ref.Kind.EVENT, e.id());
            StringBuilder haystack = new StringBuilder(); // as the other panes fold their rows: part by part
            for (String part : new String[] {date, e.place(), e.kind(), people}) {
                if (part != null) {
                    haystack.append(Fold.key(Cells.safe(part))).append('\n');
                }
            }
            out.add(new Row(ref, date, e.place() == null ? "—" : e.place(), extra, haystack.toString()));
        }
        return out;
    }
}
