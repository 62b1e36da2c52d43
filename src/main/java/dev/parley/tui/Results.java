package dev.parley.tui;

import dev.parley.model.Span;
import dev.parley.search.Concordance;
import dev.parley.search.Hit;

import java.util.List;
import java.util.Locale;

/** Draws search results and concordances (the pages {@link Page.SearchPage} and {@link Page.KwicPage}). */
final class Results {
    private Results() {
    }

    static void search(Canvas c, Layout l, Content.Results r, Page.SearchPage page) {
        int top = l.bodyTop();
        int width = l.cols() - 2;
        if (r.building() != null) {
            c.text(1, top, "Search “" + Cells.safe(r.query()) + "”", width, Style.SECTION);
            c.text(2, top + 1, r.building() + " …", width - 1, Style.NORMAL);
            c.text(2, top + 2, "once, for this model; Esc cancels", width - 1, Style.DIM);
            return;
        }
        if (r.error() != null) {
            c.text(1, top, "Cannot search: " + r.error(), width, Style.ERROR);
            c.text(1, top + 1, "s changes the search · ? lists the keys", width, Style.DIM);
            return;
        }
        int n = r.hits().size();
        String header = "Search “" + Cells.safe(r.query()) + "” · " + Words.plural(r.total(), "result", "results")
                + (r.total() > n ? " (best " + n + " shown)" : "");
        c.text(1, top, header, width, Style.SECTION);
        if (n == 0) {
            c.text(2, top + 1, "nothing found · s changes the search", width - 1, Style.DIM);
            return;
        }
        int perScreen = Update.hitsPerScreen(l);
        int selected = Scroll.clamp(page.selected(), 0, n - 1);
        int offset = Scroll.visibleOffset(page.offset(), selected, perScreen, n);
        for (int i = 0; i < perScreen && offset + i < n; i++) {
            Hit h = r.hits().get(offset + i);
            int y = top + 1 + i * Update.HIT_ROWS;
            boolean sel = offset + i == selected;
            if (sel) {
                c.fill(0, y, l.cols(), Style.NORMAL, true);
            }
            String rank = String.format(Locale.ROOT, "%3d ", offset + i + 1);
            int x = c.text(0, y, rank, 4, Style.DIM, sel);
            c.text(x, y, Cells.fit(Cells.safe(h.document().title()), l.cols() - x - 1), l.cols() - x - 1, Style.NORMAL, sel);
            String facts = (h.isQuote() ? "quote" + (h.quote().speakerText() == null ? "" : " by " + h.quote().speakerText())
                    : "article") + " · " + h.document().id() + " " + Words.paragraph(h.paragraph())
                    + (h.document().date() == null ? "" : " · " + Words.date(h.document().date()))
                    + (h.document().source() == null ? "" : " · " + h.document().source());
            c.text(4, y + 1, Cells.fit(Cells.safe(facts), l.cols() - 5), l.cols() - 5, Style.DIM);
            snippet(c, 4, y + 2, l.cols() - 5, h);
        }
    }

    /**
     * One line of the snippet, its hits in the match style. At most a third of the line goes to the text before the
     * first hit, so that the hit is always on screen.
     */
    private static void snippet(Canvas c, int left, int y, int width, Hit h) {
        String text = h.snippet().text();
        List<Span> hits = h.snippet().hits();
        int x = left;
        int at = 0;
        boolean cut = h.snippet().cutBefore();
        if (!hits.isEmpty() && Cells.width(text.substring(0, hits.get(0).start())) > width / 3) {
            int first = hits.get(0).start();
            at = first;
            while (at > 0 && Cells.width(text.substring(at - 1, first)) <= width / 3) {
                at--;
            }
            int space = text.indexOf(' ', at);
            at = space >= 0 && space < first ? space + 1 : at;
            cut = true;
        }
        if (cut) {
            x = c.text(x, y, Cells.ELLIPSIS, 1, Style.NORMAL);
        }
        for (Span s : hits) {
            if (s.start() < at) {
                continue;
            }
            x = c.text(x, y, text.substring(at, s.start()), left + width - x, Style.NORMAL);
            x = c.text(x, y, text.substring(s.start(), s.end()), left + width - x, Style.MATCH);
            at = s.end();
        }
        x = c.text(x, y, text.substring(at), left + width - x, Style.NORMAL);
        if (h.snippet().cutAfter() && x < left + width) {
            c.text(x, y, Cells.ELLIPSIS, 1, Style.NORMAL);
        }
    }

    static void kwic(Canvas c, Layout l, Content.Kwic k, Page.KwicPage page) {
        int top = l.bodyTop();
        int width = l.cols() - 2;
        if (k.building() != null) {
            c.text(1, top, "Concordance “" + Cells.safe(k.term()) + "”", width, Style.SECTION);
            c.text(2, top + 1, k.building() + " …", width - 1, Style.NORMAL);
            c.text(2, top + 2, "once, for this model; Esc cancels", width - 1, Style.DIM);
            return;
        }
        if (k.error() != null) {
            c.text(1, top, "No concordance: " + k.error(), width, Style.ERROR);
            return;
        }
        int n = k.lines().size();
        String header = "Concordance “" + Cells.safe(k.term()) + "” · " + Words.plural((int) Math.min(Integer.MAX_VALUE,
                k.occurrences()), "occurrence", "occurrences") + (k.occurrences() > n ? " (first " + n + ")" : "")
                + " · " + (page.sort().isEmpty() ? "corpus order" : "sorted by " + page.sort());
        c.text(1, top, header, width, Style.SECTION);
        StringBuilder near = new StringBuilder("near it: ");
        for (Concordance.Collocate col : k.collocates()) {
            near.append(col.term()).append(String.format(Locale.ROOT, " %.0f", col.logLikelihood())).append(" · ");
        }
        c.text(1, top + 1, k.collocates().isEmpty() ? "near it: (too few occurrences for collocates)"
                : near.substring(0, near.length() - 3), width, Style.DIM);
        if (n == 0) {
            c.text(2, top + 2, "not in the articles · c looks for another word", width - 1, Style.DIM);
            return;
        }
        int rows = Update.kwicRowsPerScreen(l);
        int selected = Scroll.clamp(page.selected(), 0, n - 1);
        int offset = Scroll.visibleOffset(page.offset(), selected, rows, n);
        int docWidth = Math.min(24, Math.max(8, l.cols() / 5));
        for (int i = 0; i < rows && offset + i < n; i++) {
            Concordance.Line line = k.lines().get(offset + i);
            int y = top + 2 + i;
            boolean sel = offset + i == selected;
            String keyword = Cells.safe(line.keyword());
            int side = Math.max(4, (l.cols() - Cells.width(keyword) - docWidth - 5) / 2);
            if (sel) {
                c.fill(0, y, l.cols(), Style.NORMAL, true);
            }
            // the contexts keep their own spaces, so "energy." stays one word and the keyword column is fixed
            String left = Cells.fitLeft(Cells.safe(line.left()).stripLeading(), side);
            int x = c.text(1 + side - Cells.width(left), y, left, side, Style.NORMAL, sel);
            x = c.text(x, y, keyword, l.cols() - x - 1, Style.MATCH, sel);
            String right = Cells.fit(Cells.safe(line.right()).stripTrailing(), side);
            c.text(x, y, right, side, Style.NORMAL, sel);
            String where = Cells.fit(Cells.safe(line.doc()) + " ¶" + (line.paragraph() + 1), docWidth);
            c.text(l.cols() - Cells.width(where) - 1, y, where, docWidth, Style.DIM, sel);
        }
    }
}
