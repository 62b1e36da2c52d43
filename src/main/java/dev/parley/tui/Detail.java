package dev.parley.tui;

import java.util.List;

/**
 * A detail view laid out for one width: lines of styled segments, the links in reading order, and anchors: the
 * lines where marked places begin (a document's paragraphs), so that a view can be opened at one.
 * A segment that belongs to a link carries the link's index; a link may wrap over several lines.
 */
record Detail(List<Line> lines, List<Link> links, List<Integer> anchors) {
    Detail {
        lines = List.copyOf(lines);
        links = List.copyOf(links);
        anchors = List.copyOf(anchors);
    }

    Detail(List<Line> lines, List<Link> links) {
        this(lines, links, List.of());
    }

    /** The first line of a marked place (for a document: of paragraph {@code i}), or 0 when there is no such mark. */
    int anchor(int i) {
        return i >= 0 && i < anchors.size() ? Math.min(anchors.get(i), Math.max(0, lines.size() - 1)) : 0;
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
