package dev.parley.store;

import dev.parley.model.DocDate;
import dev.parley.model.Event;

import java.util.ArrayList;
import java.util.List;

/** The events in the snapshot's list-level section, after the skipped files; strings go through the string table. */
final class SnapshotEvents {
    interface Ref {
        void write(Bytes.Out o, String s);
    }

    interface DateOut {
        void write(Bytes.Out o, DocDate d);
    }

    interface RefIn {
        String read(Bytes.In in);
    }

    interface DateIn {
        DocDate read(Bytes.In in);
    }

    private SnapshotEvents() {
    }

    static void write(Bytes.Out o, List<Event> events, Ref ref, DateOut date) {
        o.unsigned(events.size());
        for (Event e : events) {
            ref.write(o, e.id());
            ref.write(o, e.kind());
            date.write(o, e.date());
            ref.write(o, e.place());
            strings(o, e.participants(), ref);
            strings(o, e.meetings(), ref);
            o.unsigned(e.reports().size());
            for (Event.Report r : e.reports()) {
                ref.write(o, r.doc());
                ref.write(o, r.meeting());
                ref.write(o, r.kind());
                date.write(o, r.date());
                ref.write(o, r.place());
                strings(o, r.participants(), ref);
                strings(o, r.quotes(), ref);
            }
            o.unsigned(e.quotes().size());
            for (Event.SharedQuote q : e.quotes()) {
                ref.write(o, q.text());
                strings(o, q.quotes(), ref);
            }
            o.f64(e.confidence());
            ref.write(o, e.basis());
        }
    }

    static List<Event> read(Bytes.In in, RefIn ref, DateIn date) {
        int n = in.count();
        List<Event> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = ref.read(in);
            String kind = ref.read(in);
            DocDate d = date.read(in);
            String place = ref.read(in);
            List<String> participants = strings(in, ref);
            List<String> meetings = strings(in, ref);
            int reportCount = in.count();
            List<Event.Report> reports = new ArrayList<>(reportCount);
            for (int k = 0; k < reportCount; k++) {
                reports.add(new Event.Report(ref.read(in), ref.read(in), ref.read(in), date.read(in), ref.read(in),
                        strings(in, ref), strings(in, ref)));
            }
            int quoteCount = in.count();
            List<Event.SharedQuote> quotes = new ArrayList<>(quoteCount);
            for (int k = 0; k < quoteCount; k++) {
                quotes.add(new Event.SharedQuote(ref.read(in), strings(in, ref)));
            }
            double confidence = in.f64();
            out.add(new Event(id, kind, d, place, participants, meetings, reports, quotes, confidence, ref.read(in)));
        }
        return out;
    }

    private static void strings(Bytes.Out o, List<String> list, Ref ref) {
        o.unsigned(list.size());
        for (String s : list) {
            ref.write(o, s);
        }
    }

    private static List<String> strings(Bytes.In in, RefIn ref) {
        int n = in.count();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(ref.read(in));
        }
        return out;
    }
}
