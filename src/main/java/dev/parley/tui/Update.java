package dev.parley.tui;

import java.util.List;

/**
 * The pure heart of the explorer: a message and a state give a new state and effects. No IO, no clock, no
 * Lanterna; the only thing it reads besides its arguments is the {@link Content} derived from the corpus.
 */
final class Update {
    /** The status line while a newer model waits on disk (the session shows it whenever nothing else is said). */
    static final String MODEL_CHANGED = "model changed on disk — press R to reload";

    private final Content content;
    private final Keymap keymap;
    private final BarUpdate bar;

    /** With the command bar over the same model, searching nowhere (tests of everything else). */
    Update(Content content, Keymap keymap) {
        this(content, keymap, CommandBar.over(content.index()));
    }

    Update(Content content, Keymap keymap, CommandBar commands) {
        this.content = content;
        this.keymap = keymap;
        this.bar = new BarUpdate(commands, keymap);
    }

    Next update(State s, Msg msg) {
        if (msg instanceof Msg.Resized) {
            Msg.Resized r = (Msg.Resized) msg;
            return Next.of(s.withSize(r.cols(), r.rows()));
        }
        if (msg instanceof Msg.Copied) {
            return Next.of(s.withStatus(((Msg.Copied) msg).message()));
        }
        if (msg instanceof Msg.Curated) {
            return Next.of(s.withStatus(((Msg.Curated) msg).message()));
        }
        if (msg instanceof Msg.ModelChanged) {
            return Next.of(s.withStatus(MODEL_CHANGED));
        }
        if (msg instanceof Msg.Reloaded) {
            return Next.of(s.withStatus(((Msg.Reloaded) msg).message()));
        }
        Key key = ((Msg.KeyPressed) msg).key();
        State cleared = s.status().isEmpty() ? s : s.withStatus("");
        if (key.name().equals("EOF")) {
            return quit(cleared);
        }
        if (cleared.layout().tooSmall()) {
            // nothing moves while nothing can be seen; the notice says how to quit
            Action a = keymap.action(Keymap.Context.GLOBAL, key.name());
            return a == Action.QUIT ? quit(cleared) : a == Action.INTERRUPT ? interrupt(cleared) : Next.of(cleared);
        }
        if (cleared.bar() != null) {
            return bar.key(cleared, key);
        }
        if (cleared.input() != null) {
            return typing(cleared, key);
        }
        if (cleared.help()) {
            return help(cleared, key);
        }
        Page page = cleared.page();
        Keymap.Context context = cleared.picking() != null ? Keymap.Context.PICK : contextOf(page);
        Action a = keymap.action(context, key.name());
        if (a == null) {
            return Next.of(cleared.withStatus(key.name() + " does nothing here · ? lists the keys"));
        }
        if (cleared.picking() != null) {
            Next picked = picking(cleared, a);
            if (picked != null) {
                return picked;
            }
        }
        switch (a) {
            case BACK:
                return Next.of(cleared.history().canGoBack() ? cleared.withHistory(cleared.history().back())
                        : cleared.withStatus("This is where you started"));
            case FORWARD:
                return Next.of(cleared.history().canGoForward() ? cleared.withHistory(cleared.history().forward())
                        : cleared.withStatus("Nothing ahead in the history"));
            case TOGGLE:
                return Next.of(cleared.history().canToggle() ? cleared.withHistory(cleared.history().toggle())
                        : cleared.withStatus("No other view to go back to yet"));
            case BACK_OR_QUIT:
                return cleared.history().canGoBack() ? Next.of(cleared.withHistory(cleared.history().back())) : quit(cleared);
            case QUIT:
                return quit(cleared);
            case HELP:
                return Next.of(cleared.withHelp(true, 0));
            case COMMAND:
                return Next.of(BarUpdate.open(cleared));
            case COPY:
            case COPY_CITED:
                return copy(cleared, a == Action.COPY_CITED);
            case QUEUE:
                return Next.of(queue(cleared));
            case MERGE:
            case SPEAKER:
            case HIDE:
            case UNDO:
                return Corrections.key(cleared, a, target(cleared), content.index());
            case INTERRUPT:
                return interrupt(cleared);
            case RELOAD:
                return new Next(cleared, List.of(new Effect.Reload()));
            case MARK:
            case PICK_ACCEPT:
            case PICK_CANCEL:
                return Next.of(cleared.withStatus("That key is for `parley pick`"));
            case SEARCH_CORPUS: {
                String before = page instanceof Page.SearchPage ? ((Page.SearchPage) page).query() : "";
                return Next.of(cleared.withInput(new Input(Input.Kind.QUERY, before, before, 0)));
            }
            case CONCORDANCE: {
                String before = page instanceof Page.KwicPage ? ((Page.KwicPage) page).term()
                        : page instanceof Page.SearchPage ? plainWords(((Page.SearchPage) page).query()) : "";
                return Next.of(cleared.withInput(new Input(Input.Kind.CONCORDANCE, before, before, 0)));
            }
            case PANE_1: return Next.of(goPane(cleared, Pane.DOCUMENTS));
            case PANE_2: return Next.of(goPane(cleared, Pane.PEOPLE));
            case PANE_3: return Next.of(goPane(cleared, Pane.TOPICS));
            case PANE_4: return Next.of(goPane(cleared, Pane.MEETINGS));
            case PANE_5: return Next.of(goPane(cleared, Pane.QUOTES));
            default:
                break;
        }
        if (page instanceof Page.ListPage) {
            return Next.of(list(cleared, ((Page.ListPage) page).pane(), a));
        }
        if (page instanceof Page.SearchPage) {
            return Next.of(results(cleared, (Page.SearchPage) page, a));
        }
        if (page instanceof Page.KwicPage) {
            return Next.of(kwic(cleared, (Page.KwicPage) page, a));
        }
        return Next.of(detail(cleared, (Page.DetailPage) page, a));
    }

    static Keymap.Context contextOf(Page page) {
        if (page instanceof Page.ListPage) {
            return Keymap.Context.LIST;
        }
        return page instanceof Page.DetailPage ? Keymap.Context.DETAIL : Keymap.Context.RESULTS;
    }

    /** The words of a query without its filters and operators: what a concordance of it looks for. */
    static String plainWords(String query) {
        StringBuilder out = new StringBuilder();
        for (String w : query.replaceAll("[()\"“”]", " ").trim().split("\\s+")) {
            if (w.isEmpty() || w.contains(":") || w.startsWith("-") || w.equals("AND") || w.equals("OR") || w.equals("NOT")) {
                continue;
            }
            out.append(out.length() == 0 ? "" : " ").append(w.replace("*", ""));
        }
        return out.toString();
    }

    // ---- search results and concordances: a list of items, Enter opens the document at the item

    /** Screen rows per search hit: title, facts, snippet. */
    static final int HIT_ROWS = 3;

    static int hitsPerScreen(Layout l) {
        return Math.max(1, (l.bodyHeight() - 1) / HIT_ROWS);
    }

    static int kwicRowsPerScreen(Layout l) {
        return Math.max(1, l.bodyHeight() - 2);
    }

    /** Esc while the search index is still being built stops it and goes back: the build may take a while. */
    private State cancelBuilding(State s) {
        content.cancelSearch();
        State back = s.history().canGoBack() ? s.withHistory(s.history().back()) : s;
        return back.withStatus("search cancelled: the index was not built · s searches again");
    }

    private State results(State s, Page.SearchPage page, Action a) {
        Content.Results r = content.results(page.query());
        if (r.building() != null) {
            return a == Action.CANCEL ? cancelBuilding(s) : s.withStatus(r.building() + " · Esc cancels");
        }
        int n = r.hits().size();
        int h = hitsPerScreen(s.layout());
        if (a == Action.OPEN) {
            if (n == 0) {
                return s.withStatus(r.error() != null ? r.error() : "Nothing to open · s searches again");
            }
            dev.parley.search.Hit hit = r.hits().get(Scroll.clamp(page.selected(), 0, n - 1));
            String word = hit.snippet().hits().isEmpty() ? ""
                    : hit.snippet().text().substring(hit.snippet().hits().get(0).start(), hit.snippet().hits().get(0).end());
            return openAt(s, hit.document().id(), hit.paragraph(), word);
        }
        int[] moved = moveIn(page.selected(), page.offset(), n, h, a);
        if (moved == null) {
            return a == Action.FIND ? s.withStatus("s changes the search") : s;
        }
        return s.withHistory(s.history().replace(new Page.SearchPage(page.query(), moved[0], moved[1])));
    }

    private State kwic(State s, Page.KwicPage page, Action a) {
        Content.Kwic k = content.kwic(page.term(), page.sort());
        if (k.building() != null) {
            return a == Action.CANCEL ? cancelBuilding(s) : s.withStatus(k.building() + " · Esc cancels");
        }
        int n = k.lines().size();
        int h = kwicRowsPerScreen(s.layout());
        if (a == Action.OPEN) {
            if (n == 0) {
                return s.withStatus(k.error() != null ? k.error() : "Nothing to open · c looks for another word");
            }
            dev.parley.search.Concordance.Line line = k.lines().get(Scroll.clamp(page.selected(), 0, n - 1));
            return openAt(s, line.doc(), line.paragraph(), line.keyword());
        }
        if (a == Action.SORT) {
            String next = switch (page.sort()) {
                case "" -> "R1";
                case "R1" -> "L1";
                default -> "";
            };
            return s.withHistory(s.history().replace(new Page.KwicPage(page.term(), next, 0, 0)))
                    .withStatus("sorted " + (next.isEmpty() ? "in corpus order" : "by " + next + (next.startsWith("R")
                            ? " (words to the right)" : " (words to the left)")));
        }
        int[] moved = moveIn(page.selected(), page.offset(), n, h, a);
        if (moved == null) {
            return a == Action.FIND ? s.withStatus("c looks for another word") : s;
        }
        return s.withHistory(s.history().replace(new Page.KwicPage(page.term(), page.sort(), moved[0], moved[1])));
    }

    /** Selection and offset after a movement key, or null for any other key. */
    private static int[] moveIn(int selected, int offset, int n, int h, Action a) {
        int sel = Scroll.clamp(selected, 0, Math.max(0, n - 1));
        int row;
        switch (a) {
            case DOWN: row = sel + 1; break;
            case UP: row = sel - 1; break;
            case PAGE_DOWN: row = sel + h; break;
            case PAGE_UP: row = sel - h; break;
            case HALF_DOWN: row = sel + Math.max(1, h / 2); break;
            case HALF_UP: row = sel - Math.max(1, h / 2); break;
            case TOP: row = 0; break;
            case BOTTOM: row = n - 1; break;
            default: return null;
        }
        row = Scroll.clamp(row, 0, Math.max(0, n - 1));
        return new int[] {row, Scroll.follow(Scroll.clamp(offset, 0, Math.max(0, n - 1)), row, h)};
    }

    /**
     * Opens a document at a paragraph, with {@code word} as the view's search so that it is highlighted and n/N
     * go on from there; the line of its first occurrence in that paragraph is shown.
     */
    private State openAt(State s, String docId, int paragraph, String word) {
        Ref ref = new Ref(Ref.Kind.DOCUMENT, docId);
        Detail d = content.detail(ref, s.layout().detailWidth());
        int h = s.layout().bodyHeight();
        int max = Math.max(0, d.lines().size() - h);
        int anchor = d.anchor(paragraph);
        int line = word.isBlank() ? -1 : findLine(d, word, anchor - 1, true, false);
        int target = line < 0 ? anchor : line;
        int scroll = Scroll.clamp(Math.min(anchor, target), 0, max);
        scroll = showLine(scroll, target, h, max);
        return s.withHistory(s.history().open(new Page.DetailPage(ref, scroll, -1, word, line)));
    }

    /** Quitting a pick prints nothing and exits 1, like a cancelled fzf; quitting the explorer prints what p queued. */
    private static Next quit(State s) {
        if (s.picking() != null) {
            return new Next(s.withOutput(List.of()), List.of(new Effect.Quit(1)));
        }
        return new Next(s, List.of(new Effect.Quit(0)));
    }

    /** Ctrl-C: the explorer quits as with Q; a pick exits 130, as a shell expects of an interrupted command. */
    static Next interrupt(State s) {
        if (s.picking() != null) {
            return new Next(s.withOutput(List.of()), List.of(new Effect.Quit(130)));
        }
        return quit(s);
    }

    // ---- copy, queue, pick

    /**
     * The thing y, Y and p act on: a list's selected row; in a detail view the selected reference when it is a
     * quote (a quote in a person's list, a meeting's, the document text), else the thing the view is about.
     * Null when a list is empty.
     */
    Ref target(State s) {
        Page page = s.page();
        if (page instanceof Page.ListPage) {
            Pane pane = ((Page.ListPage) page).pane();
            ListState ls = s.list(pane);
            List<Row> rows = content.rows(pane, ls.filter());
            return rows.isEmpty() ? null : rows.get(Scroll.clamp(ls.selected(), 0, rows.size() - 1)).ref();
        }
        if (page instanceof Page.SearchPage) {
            Page.SearchPage sp = (Page.SearchPage) page;
            List<dev.parley.search.Hit> hits = content.results(sp.query()).hits();
            if (hits.isEmpty()) {
                return null;
            }
            dev.parley.search.Hit hit = hits.get(Scroll.clamp(sp.selected(), 0, hits.size() - 1));
            return hit.isQuote() ? new Ref(Ref.Kind.QUOTE, hit.quote().id()) : new Ref(Ref.Kind.DOCUMENT, hit.document().id());
        }
        if (page instanceof Page.KwicPage) {
            Page.KwicPage kp = (Page.KwicPage) page;
            List<dev.parley.search.Concordance.Line> lines = content.kwic(kp.term(), kp.sort()).lines();
            return lines.isEmpty() ? null
                    : new Ref(Ref.Kind.DOCUMENT, lines.get(Scroll.clamp(kp.selected(), 0, lines.size() - 1)).doc());
        }
        Page.DetailPage dp = (Page.DetailPage) page;
        Detail d = content.detail(dp.ref(), s.layout().detailWidth());
        int h = s.layout().bodyHeight();
        int scroll = Scroll.clamp(dp.scroll(), 0, Math.max(0, d.lines().size() - h));
        if (dp.link() >= 0 && dp.link() < d.links().size()) {
            Detail.Link link = d.links().get(dp.link());
            if (link.target().kind() == Ref.Kind.QUOTE && visible(link.line(), scroll, h)) {
                return link.target();
            }
        }
        return dp.ref();
    }

    private Next copy(State s, boolean cited) {
        Ref ref = target(s);
        String text = ref == null ? "" : content.text(ref, cited);
        if (text.isEmpty()) {
            return Next.of(s.withStatus("Nothing to copy here"));
        }
        // the copy runs in the background; its outcome replaces this
        return new Next(s.withStatus("copying…"), List.of(new Effect.Copy(text)));
    }

    private State queue(State s) {
        Ref ref = target(s);
        if (ref == null) {
            return s.withStatus("Nothing to print here");
        }
        List<Ref> out = new java.util.ArrayList<>(s.output());
        boolean taken = out.remove(ref);
        if (!taken) {
            out.add(ref);
        }
        String count = Words.plural(out.size(), "item", "items") + " to print on stdout at exit";
        return s.withOutput(out).withStatus((taken ? "Taken back · " : "Queued · ") + count);
    }

    /** Keys while picking; null when the key does what it does in any list. */
    private Next picking(State s, Action a) {
        Pane pane = s.picking();
        switch (a) {
            case PICK_CANCEL:
            case QUIT:
            case BACK_OR_QUIT:
                return quit(s);
            case MARK: {
                Ref ref = target(s);
                if (ref == null) {
                    return Next.of(s);
                }
                List<Ref> marked = new java.util.ArrayList<>(s.marked());
                if (!marked.remove(ref)) {
                    marked.add(ref);
                }
                return Next.of(list(s.withMarked(marked), pane, Action.DOWN));
            }
            case PICK_ACCEPT: {
                Ref ref = target(s);
                if (s.marked().isEmpty() && ref == null) {
                    return Next.of(s.withStatus("Nothing to pick: " + (s.list(pane).filter().isEmpty()
                            ? "the list is empty" : "nothing matches the filter")));
                }
                List<Ref> out = s.marked().isEmpty() ? List.of(ref) : s.marked();
                return new Next(s.withOutput(out), List.of(new Effect.Quit(0)));
            }
            case OPEN:
            case BACK:
            case FORWARD:
            case TOGGLE:
            case NEXT_PANE:
            case PREV_PANE:
            case PANE_1:
            case PANE_2:
            case PANE_3:
            case PANE_4:
            case PANE_5:
            case QUEUE:
            case COMMAND:
                return Next.of(s.withStatus("Picking " + pane.title.toLowerCase(java.util.Locale.ROOT)
                        + ": Enter prints · Space marks · q cancels"));
            default:
                return null;
        }
    }

    /** From a list, another pane replaces it (panes are the top level); from a detail view it is a new entry. */
    private static State goPane(State s, Pane pane) {
        Page target = new Page.ListPage(pane);
        if (s.page().equals(target)) {
            return s;
        }
        History h = s.page() instanceof Page.ListPage ? s.history().replace(target) : s.history().open(target);
        return s.withHistory(h);
    }

    // ---- lists

    private State list(State s, Pane pane, Action a) {
        ListState ls = s.list(pane);
        List<Row> rows = content.rows(pane, ls.filter());
        int n = rows.size();
        int h = s.layout().listRows();
        int sel = Scroll.clamp(ls.selected(), 0, Math.max(0, n - 1));
        switch (a) {
            case DOWN: return s.withList(pane, move(ls, sel + 1, n, h));
            case UP: return s.withList(pane, move(ls, sel - 1, n, h));
            case PAGE_DOWN: return s.withList(pane, page(ls, sel, h, n, h));
            case PAGE_UP: return s.withList(pane, page(ls, sel, -h, n, h));
            case HALF_DOWN: return s.withList(pane, page(ls, sel, Math.max(1, h / 2), n, h));
            case HALF_UP: return s.withList(pane, page(ls, sel, -Math.max(1, h / 2), n, h));
            case TOP: return s.withList(pane, move(ls, 0, n, h));
            case BOTTOM: return s.withList(pane, move(ls, n - 1, n, h));
            case NEXT_YEAR:
            case PREV_YEAR: {
                int to = Rows.yearStep(rows, sel, a == Action.NEXT_YEAR);
                if (to < 0) {
                    return s.withStatus(!Rows.hasYears(rows) ? "This list has no dates"
                            : a == Action.NEXT_YEAR ? "No later year" : "No earlier year");
                }
                return s.withList(pane, move(ls, to, n, h));
            }
            case NEXT_PANE: return goPane(s, pane.next(1));
            case PREV_PANE: return goPane(s, pane.next(-1));
            case OPEN:
                if (n == 0) {
                    return s.withStatus(ls.filter().isEmpty() ? "Nothing to open: this list is empty" : "Nothing matches the filter");
                }
                return s.withHistory(s.history().open(Page.DetailPage.of(rows.get(sel).ref())));
            case FIND:
                return s.withInput(new Input(Input.Kind.FILTER, "", ls.filter(), sel));
            case NEXT_MATCH:
            case PREV_MATCH:
                if (ls.filter().isEmpty()) {
                    return s.withStatus("No filter · / filters this list");
                }
                if (n == 0) {
                    return s.withStatus("Nothing matches “" + ls.filter() + "”");
                }
                return s.withList(pane, move(ls, Math.floorMod(sel + (a == Action.NEXT_MATCH ? 1 : -1), n), n, h));
            case CANCEL:
                if (ls.filter().isEmpty()) {
                    return s;
                }
                return s.withList(pane, refilter(pane, ls, "", h));
            default:
                return s;
        }
    }

    private static ListState move(ListState ls, int row, int n, int h) {
        return ls.select(Scroll.clamp(row, 0, Math.max(0, n - 1)), h);
    }

    /** Moves the window and the selection together, like less. */
    private static ListState page(ListState ls, int sel, int delta, int n, int h) {
        int row = Scroll.clamp(sel + delta, 0, Math.max(0, n - 1));
        int offset = Scroll.clamp(ls.offset() + delta, 0, Math.max(0, n - h));
        return new ListState(row, Scroll.follow(offset, row, h), ls.filter());
    }

    /** Applies a new filter, keeping the selected row selected when it still matches. */
    private ListState refilter(Pane pane, ListState ls, String filter, int h) {
        List<Row> before = content.rows(pane, ls.filter());
        Ref selected = before.isEmpty() ? null : before.get(Scroll.clamp(ls.selected(), 0, before.size() - 1)).ref();
        List<Row> after = content.rows(pane, filter);
        int row = 0;
        for (int i = 0; i < after.size() && selected != null; i++) {
            if (after.get(i).ref().equals(selected)) {
                row = i;
                break;
            }
        }
        return ls.filtered(filter, row, h);
    }

    // ---- detail views

    private State detail(State s, Page.DetailPage page, Action a) {
        Detail d = content.detail(page.ref(), s.layout().detailWidth());
        int h = s.layout().bodyHeight();
        int max = Math.max(0, d.lines().size() - h);
        int scroll = Scroll.clamp(page.scroll(), 0, max);
        switch (a) {
            case DOWN: return scrolled(s, page, d, Scroll.clamp(scroll + 1, 0, max), true);
            case UP: return scrolled(s, page, d, Scroll.clamp(scroll - 1, 0, max), false);
            case PAGE_DOWN: return scrolled(s, page, d, Scroll.clamp(scroll + h, 0, max), true);
            case PAGE_UP: return scrolled(s, page, d, Scroll.clamp(scroll - h, 0, max), false);
            case HALF_DOWN: return scrolled(s, page, d, Scroll.clamp(scroll + h / 2, 0, max), true);
            case HALF_UP: return scrolled(s, page, d, Scroll.clamp(scroll - h / 2, 0, max), false);
            case TOP: return scrolled(s, page, d, 0, false);
            case BOTTOM: return scrolled(s, page, d, max, true);
            case NEXT_LINK:
            case PREV_LINK:
                return nextLink(s, page, d, scroll, h, a == Action.NEXT_LINK);
            case OPEN: {
                int link = page.link();
                if (link < 0 || link >= d.links().size() || !visible(d.links().get(link).line(), scroll, h)) {
                    return s.withStatus(d.links().isEmpty() ? "No references here" : "No reference selected · Tab selects the next");
                }
                return s.withHistory(s.history().open(Page.DetailPage.of(d.links().get(link).target())));
            }
            case FIND:
                return s.withInput(new Input(Input.Kind.SEARCH, "", page.search(), scroll));
            case NEXT_MATCH:
            case PREV_MATCH: {
                if (page.search().isEmpty()) {
                    return s.withStatus("No search · / searches this text");
                }
                int from = page.match() >= 0 ? page.match() : scroll - (a == Action.NEXT_MATCH ? 1 : 0);
                int line = findLine(d, page.search(), from, a == Action.NEXT_MATCH, true);
                if (line < 0) {
                    return s.withStatus("No match for “" + page.search() + "”");
                }
                return replace(s, page.searching(page.search(), line, showLine(scroll, line, h, max)));
            }
            case CANCEL:
                return page.search().isEmpty() ? s : replace(s, page.searching("", -1, scroll));
            default:
                return s;
        }
    }

    private static State replace(State s, Page page) {
        return s.withHistory(s.history().replace(page));
    }

    private static boolean visible(int line, int scroll, int h) {
        return line >= scroll && line < scroll + h;
    }

    /**
     * After scrolling, the selected reference stays selected while it is on screen; otherwise the first one on
     * screen (scrolling down) or the last one (scrolling up) is selected, so Enter always follows something visible.
     */
    private static State scrolled(State s, Page.DetailPage page, Detail d, int scroll, boolean down) {
        int h = s.layout().bodyHeight();
        int link = page.link();
        if (link < 0 || link >= d.links().size() || !visible(d.links().get(link).line(), scroll, h)) {
            link = -1;
            for (int i = 0; i < d.links().size(); i++) {
                int idx = down ? i : d.links().size() - 1 - i;
                if (visible(d.links().get(idx).line(), scroll, h)) {
                    link = idx;
                    break;
                }
            }
        }
        return replace(s, page.at(scroll, link));
    }

    private static State nextLink(State s, Page.DetailPage page, Detail d, int scroll, int h, boolean forward) {
        int n = d.links().size();
        if (n == 0) {
            return s.withStatus("No references here");
        }
        int link = page.link();
        if (link < 0 || link >= n || !visible(d.links().get(link).line(), scroll, h)) {
            // start from what is on screen rather than from a link far away
            link = -1;
            for (int i = 0; i < n; i++) {
                int idx = forward ? i : n - 1 - i;
                int line = d.links().get(idx).line();
                if (forward ? line >= scroll : line < scroll + h) {
                    link = idx;
                    break;
                }
            }
            if (link < 0) {
                link = forward ? 0 : n - 1;
            }
        } else {
            link = Math.floorMod(link + (forward ? 1 : -1), n);
        }
        int max = Math.max(0, d.lines().size() - h);
        return replace(s, page.at(showLine(scroll, d.links().get(link).line(), h, max), link));
    }

    /** The scroll that shows a line, moving as little as possible. */
    private static int showLine(int scroll, int line, int h, int max) {
        return Scroll.clamp(Scroll.follow(scroll, line, h), 0, max);
    }

    /** The next (or previous) line after {@code from} that matches, wrapping around when {@code wrap}; -1 if none. */
    static int findLine(Detail d, String search, int from, boolean forward, boolean wrap) {
        List<String> terms = Match.terms(search);
        if (terms.isEmpty()) {
            return -1;
        }
        int n = d.lines().size();
        for (int step = 1; step <= n; step++) {
            int line = from + (forward ? step : -step);
            if (!wrap && (line < 0 || line >= n)) {
                return -1;
            }
            line = Math.floorMod(line, n);
            if (!Match.ranges(d.lines().get(line).text(), terms).isEmpty()) {
                return line;
            }
        }
        return -1;
    }

    // ---- typing after '/'

    private Next typing(State s, Key key) {
        Input in = s.input();
        Action a = keymap.action(Keymap.Context.INPUT, key.name());
        if (a == Action.INTERRUPT) {
            return interrupt(s);
        }
        if (a == Action.ACCEPT && (in.kind() == Input.Kind.QUERY || in.kind() == Input.Kind.CONCORDANCE)) {
            State done = s.withInput(null);
            if (in.text().isBlank()) {
                return Next.of(done);
            }
            Page target = in.kind() == Input.Kind.QUERY ? Page.SearchPage.of(in.text().strip())
                    : Page.KwicPage.of(in.text().strip());
            if (done.page().equals(target)) {
                return Next.of(done);
            }
            boolean sameKind = done.page().getClass() == target.getClass();
            // a changed search replaces the results it refines; from anywhere else it is a new step in the history
            return Next.of(done.withHistory(sameKind ? done.history().replace(target) : done.history().open(target)));
        }
        if (a == Action.ACCEPT) {
            State done = s.withInput(null);
            if (in.kind() == Input.Kind.FILTER && s.page() instanceof Page.ListPage) {
                Pane pane = ((Page.ListPage) s.page()).pane();
                int n = content.rows(pane, in.text()).size();
                String count = content.filterComplete(pane, in.text()) ? Words.plural(n, "match", "matches")
                        : n + "+ matches so far";
                return Next.of(done.withStatus(in.text().isBlank() ? "" : count + " · n/N next/previous · Esc clears"));
            }
            return Next.of(done);
        }
        if (a == Action.CANCEL || (a == Action.DELETE_CHAR && in.text().isEmpty())) {
            return Next.of(cancelInput(s));
        }
        if (a == Action.DELETE_CHAR) {
            String t = in.text();
            return Next.of(applyInput(s, in.with(t.substring(0, t.offsetByCodePoints(t.length(), -1)))));
        }
        if ((a == Action.DOWN || a == Action.UP) && (in.kind() == Input.Kind.QUERY || in.kind() == Input.Kind.CONCORDANCE)) {
            return Next.of(s);
        }
        if (a == Action.DOWN || a == Action.UP) {
            if (s.page() instanceof Page.ListPage) {
                Pane pane = ((Page.ListPage) s.page()).pane();
                return Next.of(list(s, pane, a));
            }
            Page.DetailPage page = (Page.DetailPage) s.page();
            return Next.of(detail(s, page, a == Action.DOWN ? Action.NEXT_MATCH : Action.PREV_MATCH));
        }
        if (key.text() != null) {
            return Next.of(applyInput(s, in.with(in.text() + key.text())));
        }
        return Next.of(s);
    }

    /** Filters or searches as the user types. */
    private State applyInput(State s, Input in) {
        State t = s.withInput(in);
        if (in.kind() == Input.Kind.QUERY || in.kind() == Input.Kind.CONCORDANCE) {
            return t; // runs on Enter: a search of the whole corpus per key would be wasted work
        }
        if (in.kind() == Input.Kind.FILTER && s.page() instanceof Page.ListPage) {
            Pane pane = ((Page.ListPage) s.page()).pane();
            return t.withList(pane, refilter(pane, s.list(pane), in.text(), s.layout().listRows()));
        }
        if (s.page() instanceof Page.DetailPage) {
            Page.DetailPage page = (Page.DetailPage) s.page();
            Detail d = content.detail(page.ref(), s.layout().detailWidth());
            int h = s.layout().bodyHeight();
            int max = Math.max(0, d.lines().size() - h);
            // incremental: the first match at or after where the search started
            int line = findLine(d, in.text(), in.beforeRow() - 1, true, true);
            int scroll = line < 0 ? Scroll.clamp(in.beforeRow(), 0, max) : showLine(in.beforeRow(), line, h, max);
            return replace(t, page.searching(in.text(), line, scroll));
        }
        return t;
    }

    private State cancelInput(State s) {
        Input in = s.input();
        State t = s.withInput(null);
        if (in.kind() == Input.Kind.QUERY || in.kind() == Input.Kind.CONCORDANCE) {
            return t;
        }
        if (in.kind() == Input.Kind.FILTER && s.page() instanceof Page.ListPage) {
            Pane pane = ((Page.ListPage) s.page()).pane();
            ListState restored = new ListState(in.beforeRow(), s.list(pane).offset(), in.before());
            return t.withList(pane, restored.select(in.beforeRow(), s.layout().listRows()));
        }
        if (s.page() instanceof Page.DetailPage) {
            Page.DetailPage page = (Page.DetailPage) s.page();
            return replace(t, page.searching(in.before(), -1, in.beforeRow()));
        }
        return t;
    }

    // ---- help overlay

    private Next help(State s, Key key) {
        Action a = keymap.action(Keymap.Context.HELP, key.name());
        if (a == null) {
            return Next.of(s);
        }
        int h = s.layout().bodyHeight() - 2;
        int lines = Help.detail(keymap, helpWidth(s.layout())).lines().size();
        int max = Math.max(0, lines - h);
        switch (a) {
            case QUIT: return quit(s);
            case INTERRUPT: return interrupt(s);
            case CANCEL: return Next.of(s.withHelp(false, 0));
            case DOWN: return Next.of(s.withHelp(true, Scroll.clamp(s.helpScroll() + 1, 0, max)));
            case UP: return Next.of(s.withHelp(true, Scroll.clamp(s.helpScroll() - 1, 0, max)));
            case PAGE_DOWN: return Next.of(s.withHelp(true, Scroll.clamp(s.helpScroll() + h, 0, max)));
            case PAGE_UP: return Next.of(s.withHelp(true, Scroll.clamp(s.helpScroll() - h, 0, max)));
            default: return Next.of(s);
        }
    }

    static int helpWidth(Layout l) {
        return Math.min(l.cols() - 4, 76) - 4;
    }
}
