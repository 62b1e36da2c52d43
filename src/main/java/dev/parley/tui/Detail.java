package dev.parley.tui;

import java.util.List;

/**
 * A detail view laid out for one width: lines of styled segments, and the links in reading order.
 * A segment that belongs to a link carries the link's index; a link may wrap over several lines.
 */
record Detail(List<Line> lines, List<Link> links) {
    Detail {
        lines = List.copyOf(lines);
        links = List.copyOf(links);
    }

    record Seg(String text, Style style, int link) {
    }

    record Line(List<Seg> segs) {
        Line {
            segs = List.copyOf(segs);
        }

        String text() {
            StringBuilder b = new StringBuilder();
            segs.forEach(s -> b.append(s.text()));
            return b.toString();
        }
    }

    /** @param line the first line the link is on */
    record Link(Ref target, int line) {
    }
}
