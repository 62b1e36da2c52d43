package dev.parley.tui;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link Detail} for a given width: word-wrapped paragraphs of styled pieces, some of them links.
 * Every string is made safe ({@link Cells#safe}) here, so detail views never draw raw corpus text.
 */
final class Sheet {
    /** A run of text; {@code target} makes it a link. */
    record Piece(String text, Style style, Ref target) {
        static Piece of(String text, Style style) {
            return new Piece(text, style, null);
        }

        static Piece link(String text, Style style, Ref target) {
            return new Piece(text, style, target);
        }
    }

    private final int width;
    private final List<Detail.Line> lines = new ArrayList<>();
    private final List<Detail.Link> links = new ArrayList<>();
    private final List<Integer> anchors = new ArrayList<>();

    Sheet(int width) {
        this.width = Math.max(8, width);
    }

    Detail build() {
        // no trailing blank lines: they would only add scrolling
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).segs().isEmpty()) {
            end--;
        }
        return new Detail(lines.subList(0, end), links, anchors);
    }

    /** Marks the line the next paragraph starts on (see {@link Detail#anchor}). */
    Sheet anchor() {
        anchors.add(lines.size());
        return this;
    }

    Sheet blank() {
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).segs().isEmpty()) {
            lines.add(new Detail.Line(List.of()));
        }
        return this;
    }

    Sheet heading(String text) {
        return para(0, 0, List.of(Piece.of(text, Style.HEADING)));
    }

    Sheet section(String title) {
        blank();
        return para(0, 0, List.of(Piece.of(title, Style.SECTION)));
    }

    Sheet text(int indent, String text, Style style) {
        return para(indent, indent, List.of(Piece.of(text, style)));
    }

    Sheet para(int indent, List<Piece> pieces) {
        return para(indent, indent + 2, pieces);
    }

    /**
     * Greedy word wrap. Words never split unless one is wider than the line. A piece that is a link becomes one
     * link even when it wraps.
     */
    Sheet para(int firstIndent, int nextIndent, List<Piece> pieces) {
        List<Detail.Seg> line = new ArrayList<>();
        int used = firstIndent;
        String prefix = " ".repeat(firstIndent);
        boolean lineHasWord = false;
        for (Piece piece : pieces) {
            int link = -1;
            if (piece.target() != null) {
                link = links.size();
                links.add(new Detail.Link(piece.target(), -1)); // its line is known when its first word lands
            }
            String text = Cells.safe(piece.text());
            int i = 0;
            while (i < text.length()) {
                int j = i;
                boolean space = text.charAt(i) == ' ';
                while (j < text.length() && (text.charAt(j) == ' ') == space) {
                    j++;
                }
                String token = text.substring(i, j);
                i = j;
                int w = Cells.width(token);
                if (space) {
                    if (lineHasWord && used + w <= width) {
                        line.add(new Detail.Seg(token, piece.style(), link));
                        used += w;
                    } else if (lineHasWord) {
                        used = width; // the next word goes on a new line
                    }
                    continue;
                }
                while (!token.isEmpty()) {
                    if (used + w > width && lineHasWord) {
                        flush(prefix, line);
                        line = new ArrayList<>();
                        prefix = " ".repeat(nextIndent);
                        used = nextIndent;
                        lineHasWord = false;
                    }
                    if (link >= 0 && links.get(link).line() < 0) {
                        links.set(link, new Detail.Link(piece.target(), lines.size()));
                    }
                    if (used + w <= width) {
                        line.add(new Detail.Seg(token, piece.style(), link));
                        used += w;
                        lineHasWord = true;
                        token = "";
                    } else {
                        // a word wider than the whole line: cut it
                        String head = Cells.fit(token, width - used);
                        head = head.endsWith(Cells.ELLIPSIS) ? head.substring(0, head.length() - 1) : head;
                        if (head.isEmpty()) {
                            head = token.substring(0, 1);
                        }
                        line.add(new Detail.Seg(head, piece.style(), link));
                        used = width;
                        lineHasWord = true;
                        token = token.substring(head.length());
                        w = Cells.width(token);
                    }
                }
            }
        }
        if (lineHasWord) {
            flush(prefix, line);
        }
        for (int k = 0; k < links.size(); k++) {
            if (links.get(k).line() < 0) {
                links.set(k, new Detail.Link(links.get(k).target(), Math.max(0, lines.size() - 1)));
            }
        }
        return this;
    }

    private void flush(String prefix, List<Detail.Seg> line) {
        List<Detail.Seg> segs = new ArrayList<>();
        if (!prefix.isEmpty()) {
            segs.add(new Detail.Seg(prefix, Style.NORMAL, -1));
        }
        // trailing spaces are noise; neighbouring segments of the same kind become one
        while (!line.isEmpty() && line.get(line.size() - 1).text().isBlank()) {
            line.remove(line.size() - 1);
        }
        for (Detail.Seg s : line) {
            Detail.Seg last = segs.isEmpty() ? null : segs.get(segs.size() - 1);
            boolean isPrefix = !prefix.isEmpty() && segs.size() == 1;
            if (last != null && !isPrefix && last.style() == s.style() && last.link() == s.link()) {
                segs.set(segs.size() - 1, new Detail.Seg(last.text() + s.text(), s.style(), s.link()));
            } else {
                segs.add(s);
            }
        }
        lines.add(new Detail.Line(segs));
    }
}
