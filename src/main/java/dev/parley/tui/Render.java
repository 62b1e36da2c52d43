package dev.parley.tui;

import com.googlecode.lanterna.graphics.TextGraphics;

import java.util.ArrayList;
import java.util.List;

/** Draws a state. Reads, never changes: every number it needs that could be out of range it clamps itself. */
final class Render {
    /** The candidate list never covers more of the screen than this. */
    static final int POPUP_ROWS = 10;

    private final Content content;
    private final Keymap keymap;
    private final Theme theme;
    private final String modelName;
    private final CommandBar commands;

    Render(Content content, Keymap keymap, Theme theme, String modelName, CommandBar commands) {
        this.commands = commands;
        this.content = content;
        this.keymap = keymap;
        this.theme = theme;
        this.modelName = modelName == null ? "" : Cells.safe(modelName);
    }

    void draw(State s, TextGraphics g) {
        Canvas c = new Canvas(g, theme, s.cols(), s.rows());
        Layout l = s.layout();
        for (int r = 0; r < s.rows(); r++) {
            c.fill(0, r, s.cols(), Style.NORMAL, false);
        }
        if (l.tooSmall()) {
            c.text(0, 0, "Window too small (" + s.cols() + "x" + s.rows() + "); needs " + Layout.MIN_COLS + "x"
                    + Layout.MIN_ROWS + " · Q quits", s.cols(), Style.STATUS);
            return;
        }
        tabs(c, s);
        breadcrumbs(c, s);
        Page page = s.page();
        if (page instanceof Page.ListPage) {
            list(c, s, l, ((Page.ListPage) page).pane());
        } else if (page instanceof Page.SearchPage) {
            Results.search(c, l, content.results(((Page.SearchPage) page).query()), (Page.SearchPage) page);
        } else if (page instanceof Page.KwicPage) {
            Page.KwicPage kp = (Page.KwicPage) page;
            Results.kwic(c, l, content.kwic(kp.term(), kp.sort()), kp);
        } else {
            detail(c, s, l, (Page.DetailPage) page);
        }
        if (s.help()) {
            help(c, s, l);
        }
        status(c, s, l);
        footer(c, s, l);
        if (s.bar() != null) {
            bar(c, s.bar(), l);
        }
    }

    /** The ':' line on the status row, its candidate list above it, and its message on the footer row. */
    private void bar(Canvas c, Bar bar, Layout l) {
        int row = l.statusRow();
        c.fill(0, row, l.cols(), Style.NORMAL, false);
        String prompt = bar.purpose() == null ? ":" : Cells.safe(bar.purpose().label()) + ": ";
        int x = c.text(0, row, prompt, Math.min(Cells.width(prompt), l.cols() / 2), Style.STATUS);
        int room = l.cols() - x - 2;
        String text = Cells.safe(bar.text());
        // keep the caret in view on a long line: show the end
        String shown = Cells.width(text) <= room ? text : Cells.fitLeft(text, room);
        int cut = text.length() - shown.length();
        int caret = x + Cells.width(shown.substring(0, Math.max(0, Math.min(shown.length(), bar.cursor() - cut))));
        int end = c.text(x, row, shown, room, Style.NORMAL);
        String ghost = bar.popup().isEmpty() ? commands.ghost(bar) : null;
        String hint = bar.popup().isEmpty() && ghost == null ? commands.hint(bar) : null;
        if (ghost != null) {
            c.text(end, row, Cells.safe(ghost), l.cols() - end - 1, Style.DIM);
        } else if (hint != null) {
            c.text(end + 1, row, " → " + Cells.safe(hint) + " (Right takes it)", l.cols() - end - 2, Style.DIM);
        }
        // the caret: the character under it in reverse video (the first ghost letter at the end of the line)
        if (caret < end) {
            String under = shown.substring(Math.max(0, bar.cursor() - cut), shown.offsetByCodePoints(Math.max(0, bar.cursor() - cut), 1));
            c.text(caret, row, under, Cells.width(under), Style.NORMAL, true);
        } else if (ghost != null && !ghost.isEmpty()) {
            String first = Cells.safe(ghost).substring(0, Cells.safe(ghost).offsetByCodePoints(0, 1));
            c.text(caret, row, first, Cells.width(first), Style.DIM, true);
        } else {
            c.text(caret, row, " ", 1, Style.NORMAL, true);
        }
        if (!bar.message().isEmpty()) {
            c.fill(0, l.footerRow(), l.cols(), Style.NORMAL, false);
            c.text(1, l.footerRow(), bar.message(), l.cols() - 2, Style.ERROR);
        }
        popup(c, bar, l);
    }

    private void popup(Canvas c, Bar bar, Layout l) {
        List<Bar.Suggestion> list = bar.popup();
        if (list.isEmpty()) {
            return;
        }
        int height = Math.min(list.size(), Math.min(POPUP_ROWS, l.bodyHeight() - 1));
        int selected = Scroll.clamp(bar.selected(), 0, list.size() - 1);
        int offset = Scroll.visibleOffset(0, selected, height, list.size());
        int width = Math.min(l.cols(), 90);
        int valueWidth = 0;
        for (Bar.Suggestion s : list) {
            valueWidth = Math.max(valueWidth, Cells.width(Cells.safe(s.value())));
        }
        valueWidth = Math.min(valueWidth, width / 2);
        int top = l.statusRow() - height - 1;
        String group = list.get(selected).group();
        String head = " " + group + " · " + (selected + 1) + "/" + list.size() + " · Tab/↑↓ move · Enter takes ";
        c.fill(0, top, width, Style.BAR, false);
        c.text(0, top, head, width, Style.BAR);
        for (int i = 0; i < height; i++) {
            Bar.Suggestion s = list.get(offset + i);
            boolean sel = offset + i == selected;
            int y = top + 1 + i;
            c.fill(0, y, width, Style.NORMAL, sel);
            int x = c.text(1, y, Cells.fit(Cells.safe(s.value()), valueWidth), valueWidth, Style.NORMAL, sel);
            x = Math.max(x, 1 + valueWidth);
            if (!s.description().isEmpty() && width - x > 6) {
                c.text(x + 2, y, Cells.fit(Cells.safe(s.description()), width - x - 3), width - x - 3, Style.DIM, sel);
            }
        }
    }

    private void tabs(Canvas c, State s) {
        c.fill(0, 0, s.cols(), Style.BAR, false);
        Pane current = s.page() instanceof Page.ListPage ? ((Page.ListPage) s.page()).pane() : null;
        // narrow windows drop the product name first: the five tabs matter more
        int tabs = 0;
        for (Pane p : Pane.values()) {
            tabs += tab(p).length();
        }
        int col = tabs + 8 <= s.cols() ? c.text(0, 0, " Parley ", s.cols(), Style.BAR) : 0;
        for (Pane p : Pane.values()) {
            col = c.text(col, 0, tab(p), s.cols() - col, p == current ? Style.BAR_ACTIVE : Style.BAR);
        }
        int room = s.cols() - col - 2;
        if (!modelName.isEmpty() && room > 8) {
            String name = Cells.fitLeft(modelName, room);
            c.text(s.cols() - Cells.width(name) - 1, 0, name, room, Style.BAR);
        }
    }

    private static String tab(Pane p) {
        return " " + (p.ordinal() + 1) + " " + p.title + " ";
    }

    private void breadcrumbs(Canvas c, State s) {
        History h = s.history();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i <= h.index(); i++) {
            parts.add(label(h.pages().get(i)));
        }
        // only the trail that leads here: a list page earlier in history starts a new trail
        int start = 0;
        for (int i = parts.size() - 1; i > 0; i--) {
            if (h.pages().get(i) instanceof Page.ListPage) {
                start = i;
                break;
            }
        }
        List<String> trail = new ArrayList<>();
        for (int i = start; i < parts.size(); i++) {
            trail.add(Cells.fit(parts.get(i), 40));
        }
        String text = String.join(" › ", trail);
        String position = (h.index() + 1) + "/" + h.pages().size();
        int room = s.cols() - position.length() - 3;
        c.text(1, 1, Cells.fitLeft(text, room), room, Style.DIM);
        c.text(s.cols() - position.length() - 1, 1, position, position.length(), Style.DIM);
    }

    private String label(Page p) {
        if (p instanceof Page.ListPage) {
            return ((Page.ListPage) p).pane().title;
        }
        if (p instanceof Page.SearchPage) {
            return "search “" + Cells.safe(((Page.SearchPage) p).query()) + "”";
        }
        if (p instanceof Page.KwicPage) {
            return "concordance “" + Cells.safe(((Page.KwicPage) p).term()) + "”";
        }
        return content.label(((Page.DetailPage) p).ref());
    }

    private void list(Canvas c, State s, Layout l, Pane pane) {
        ListState ls = s.list(pane);
        List<Row> rows = content.rows(pane, ls.filter());
        int n = rows.size();
        int height = l.listRows();
        int selected = Scroll.clamp(ls.selected(), 0, Math.max(0, n - 1));
        int offset = Scroll.visibleOffset(ls.offset(), selected, height, n);
        // while the rest of a long list is scanned, the first matches are shown and the count says there are more
        String header = pane.title + " " + (ls.filter().isEmpty() ? String.valueOf(n)
                : content.filterComplete(pane, ls.filter())
                ? n + " of " + content.count(pane) + " matching “" + ls.filter() + "”"
                : n + "+ of " + content.count(pane) + " matching “" + ls.filter() + "” · filtering…");
        c.text(1, l.bodyTop(), header, l.listWidth() - 1, Style.SECTION);
        List<String> terms = Match.terms(ls.filter());
        for (int i = 0; i < height && offset + i < n; i++) {
            Row r = rows.get(offset + i);
            row(c, 0, l.bodyTop() + 1 + i, l.listWidth(), r, offset + i == selected, terms,
                    Rows.startsYear(rows, offset + i));
            if (s.marked().contains(r.ref())) {
                c.text(0, l.bodyTop() + 1 + i, "*", 1, Style.MATCH, offset + i == selected);
            }
        }
        if (n == 0) {
            c.text(2, l.bodyTop() + 1, ls.filter().isEmpty() ? "(empty)"
                            : !content.filterComplete(pane, ls.filter()) ? "filtering…"
                            : "nothing matches · Esc clears the filter",
                    l.listWidth() - 2, Style.DIM);
        }
        for (int i = 0; i < l.bodyHeight(); i++) {
            c.text(l.listWidth(), l.bodyTop() + i, "│", 1, Style.DIM);
        }
        if (n > 0) {
            Detail d = content.detail(rows.get(selected).ref(), l.previewWidth());
            lines(c, l.previewLeft(), l.bodyTop(), l.previewWidth(), l.bodyHeight(), d, 0, -1, List.of(), -1);
        }
    }

    /** Columns of a list row's speaker at most: a name with a title, or two surnames. */
    static final int WHO_WIDTH = 22;

    /** @param newYear the row's date opens a year: its lead is drawn as a heading so that years stand apart */
    private void row(Canvas c, int col, int rowY, int width, Row r, boolean selected, List<String> terms,
                     boolean newYear) {
        if (selected) {
            c.fill(col, rowY, width, Style.NORMAL, true);
        }
        int x = col + 1;
        int end = col + width - 1;
        if (!r.lead().isEmpty()) {
            x = c.text(x, rowY, Cells.pad(r.lead(), Words.DATE_WIDTH) + " ", end - x,
                    newYear ? Style.SECTION : Style.DIM, selected);
        }
        if (!r.who().isEmpty()) {
            // the speaker before the words: a long quote is cut, never who said it
            int room = end - x;
            int whoWidth = Math.min(WHO_WIDTH, Math.max(8, room / 2));
            String who = Cells.safe(r.who());
            int whoStart = x;
            x = c.text(x, rowY, Cells.pad(Cells.fit(who, whoWidth), whoWidth) + "  ", room,
                    who.equals(Words.UNKNOWN_SPEAKER) ? Style.DIM : Style.PERSON, selected);
            highlight(c, whoStart, rowY, Cells.fit(who, whoWidth), whoWidth, terms, selected);
        }
        String main = Cells.safe(r.main());
        int mainStart = x;
        x = c.text(x, rowY, Cells.fit(main, end - x), end - x, Style.NORMAL, selected);
        highlight(c, mainStart, rowY, main, end - mainStart, terms, selected);
        if (!r.extra().isEmpty() && end - x > 4) {
            c.text(x, rowY, Cells.fit("  " + Cells.safe(r.extra()), end - x), end - x, Style.DIM, selected);
        }
    }

    /** Marks the parts of {@code text} (drawn at {@code col}) that match the filter or search. */
    private void highlight(Canvas c, int col, int rowY, String text, int max, List<String> terms, boolean selected) {
        for (int[] range : Match.ranges(text, terms)) {
            int x = col + Cells.width(text.substring(0, range[0]));
            int room = col + max - x;
            if (room > 0) {
                c.text(x, rowY, text.substring(range[0], range[1]), room, Style.MATCH, selected);
            }
        }
    }

    private void detail(Canvas c, State s, Layout l, Page.DetailPage page) {
        Detail d = content.detail(page.ref(), l.detailWidth());
        int h = l.bodyHeight();
        int scroll = Scroll.clamp(page.scroll(), 0, Math.max(0, d.lines().size() - h));
        List<String> terms = Match.terms(s.input() != null && s.input().kind() == Input.Kind.SEARCH ? s.input().text() : page.search());
        lines(c, 1, l.bodyTop(), l.detailWidth(), h, d, scroll, page.link(), terms, page.match());
    }

    /** Draws lines [scroll, scroll+height) of a detail view; the selected link in reverse video. */
    private void lines(Canvas c, int left, int top, int width, int height, Detail d, int scroll, int selectedLink,
                       List<String> terms, int matchLine) {
        for (int i = 0; i < height && scroll + i < d.lines().size(); i++) {
            Detail.Line line = d.lines().get(scroll + i);
            int x = left;
            for (Detail.Seg seg : line.segs()) {
                x = c.text(x, top + i, seg.text(), left + width - x, seg.style(), seg.link() >= 0 && seg.link() == selectedLink);
            }
            if (!terms.isEmpty()) {
                highlight(c, left, top + i, line.text(), width, terms, false);
                if (scroll + i == matchLine && left > 0) {
                    c.text(left - 1, top + i, "▶", 1, Style.MATCH);
                }
            }
        }
    }

    private void help(Canvas c, State s, Layout l) {
        int width = Math.min(l.cols() - 4, 76);
        int left = (l.cols() - width) / 2;
        int top = l.bodyTop();
        int height = l.bodyHeight();
        Detail d = Help.detail(keymap, Update.helpWidth(l));
        int inner = height - 2;
        int scroll = Scroll.clamp(s.helpScroll(), 0, Math.max(0, d.lines().size() - inner));
        c.text(left, top, "┌" + "─".repeat(width - 2) + "┐", width, Style.DIM);
        for (int i = 1; i < height - 1; i++) {
            c.text(left, top + i, "│", 1, Style.DIM);
            c.fill(left + 1, top + i, width - 2, Style.NORMAL, false);
            c.text(left + width - 1, top + i, "│", 1, Style.DIM);
        }
        c.text(left, top + height - 1, "└" + "─".repeat(width - 2) + "┘", width, Style.DIM);
        String more = d.lines().size() > inner ? " j/k scroll · " : " ";
        c.text(left + 2, top + height - 1, more + "? or q closes ", width - 4, Style.DIM);
        lines(c, left + 2, top + 1, width - 4, inner, d, scroll, -1, List.of(), -1);
    }

    private void status(Canvas c, State s, Layout l) {
        int row = l.statusRow();
        Input in = s.input();
        if (in != null) {
            String prompt = switch (in.kind()) {
                case FILTER -> "filter: ";
                case SEARCH -> "search: ";
                case QUERY -> "search the corpus: ";
                case CONCORDANCE -> "concordance of: ";
            };
            String key = in.kind() == Input.Kind.QUERY ? "s " : in.kind() == Input.Kind.CONCORDANCE ? "c " : "/";
            int x = c.text(0, row, key, key.length(), Style.STATUS);
            x = c.text(x, row, prompt, l.cols() - x, Style.DIM);
            x = c.text(x, row, Cells.fitLeft(Cells.safe(in.text()), l.cols() - x - 2), l.cols() - x - 1, Style.NORMAL);
            c.text(x, row, "▏", 1, Style.STATUS);
            return;
        }
        if (!s.status().isEmpty()) {
            c.text(1, row, s.status(), l.cols() - 2, Style.STATUS);
            return;
        }
        Page page = s.page();
        String queued = s.picking() != null ? (s.marked().isEmpty() ? "" : s.marked().size() + " marked")
                : s.output().isEmpty() ? "" : s.output().size() + " to print at exit";
        if (page instanceof Page.ListPage && !queued.isEmpty()) {
            c.text(l.cols() - Cells.width(queued) - 1, row, queued, Cells.width(queued), Style.DIM);
        }
        if (page instanceof Page.DetailPage) {
            Page.DetailPage dp = (Page.DetailPage) page;
            Detail d = content.detail(dp.ref(), l.detailWidth());
            int total = d.lines().size();
            int h = l.bodyHeight();
            int scroll = Scroll.clamp(dp.scroll(), 0, Math.max(0, total - h));
            String where = total <= h ? "all" : scroll == 0 ? "top" : scroll + h >= total ? "end"
                    : (100 * (scroll + h) / total) + "%";
            String right = Words.plural(d.links().size(), "reference", "references") + " · " + where;
            if (!dp.search().isEmpty()) {
                right = "“" + dp.search() + "” n/N · " + right;
            }
            if (!queued.isEmpty()) {
                right = queued + " · " + right;
            }
            c.text(l.cols() - Cells.width(right) - 1, row, right, Cells.width(right), Style.DIM);
        }
    }

    private void footer(Canvas c, State s, Layout l) {
        Keymap.Context context = s.bar() != null ? Keymap.Context.BAR
                : s.input() != null ? Keymap.Context.INPUT : s.help() ? Keymap.Context.HELP
                : s.picking() != null ? Keymap.Context.PICK
                : Update.contextOf(s.page());
        int x = 1;
        for (String item : keymap.footer(context)) {
            int space = item.indexOf(' ');
            String keys = item.substring(0, space);
            String help = item.substring(space + 1);
            int need = Cells.width(keys) + 1 + Cells.width(help) + 2;
            if (x + need > l.cols()) {
                break;
            }
            x = c.text(x, l.footerRow(), keys, l.cols() - x, Style.STATUS);
            x = c.text(x, l.footerRow(), " " + help + "  ", l.cols() - x, Style.DIM);
        }
    }
}
