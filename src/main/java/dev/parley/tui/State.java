package dev.parley.tui;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything the explorer shows, as one immutable value. update makes a new one for every message.
 *
 * @param lists     one list state per pane, by {@link Pane#ordinal()}
 * @param input     the '/' line being typed, or null
 * @param help      whether the help overlay is open, and its scroll
 * @param status    a message for the status line, or "" (cleared by the next key)
 * @param picking   the pane being picked from (`parley pick`), or null when browsing
 * @param marked    rows marked with Space while picking, in the order they were marked
 * @param output    what is printed on stdout once the terminal is given back: rows queued with p, or the pick
 * @param bar       the ':' command bar, or null when closed
 * @param commands  commands run before, oldest first (Up in the bar walks them)
 */
record State(int cols, int rows, History history, List<ListState> lists, Input input, boolean help, int helpScroll,
             String status, Pane picking, List<Ref> marked, List<Ref> output, Bar bar, List<String> commands) {

    State {
        lists = List.copyOf(lists);
        status = status == null ? "" : status;
        marked = List.copyOf(marked);
        output = List.copyOf(output);
        commands = List.copyOf(commands);
    }

    static State initial(int cols, int rows) {
        List<ListState> lists = new ArrayList<>();
        for (int i = 0; i < Pane.values().length; i++) {
            lists.add(ListState.TOP);
        }
        return new State(cols, rows, History.start(new Page.ListPage(Pane.DOCUMENTS)), lists, null, false, 0, "",
                null, List.of(), List.of(), null, List.of());
    }

    /** `parley pick`: one pane, its list filtered by {@code filter}. */
    static State picking(int cols, int rows, Pane pane, String filter) {
        State s = initial(cols, rows);
        s = s.withHistory(History.start(new Page.ListPage(pane)));
        s = s.withList(pane, new ListState(0, 0, filter == null ? "" : filter));
        return new State(s.cols, s.rows, s.history, s.lists, null, false, 0, "", pane, List.of(), List.of(), null, List.of());
    }

    Page page() {
        return history.current();
    }

    Layout layout() {
        return Layout.of(cols, rows);
    }

    ListState list(Pane pane) {
        return lists.get(pane.ordinal());
    }

    State withSize(int newCols, int newRows) {
        return new State(newCols, newRows, history, lists, input, help, helpScroll, status, picking, marked, output, bar, commands);
    }

    State withHistory(History h) {
        return new State(cols, rows, h, lists, input, help, helpScroll, status, picking, marked, output, bar, commands);
    }

    State withList(Pane pane, ListState l) {
        List<ListState> changed = new ArrayList<>(lists);
        changed.set(pane.ordinal(), l);
        return new State(cols, rows, history, changed, input, help, helpScroll, status, picking, marked, output, bar, commands);
    }

    State withInput(Input i) {
        return new State(cols, rows, history, lists, i, help, helpScroll, status, picking, marked, output, bar, commands);
    }

    State withHelp(boolean open, int scroll) {
        return new State(cols, rows, history, lists, input, open, scroll, status, picking, marked, output, bar, commands);
    }

    State withStatus(String message) {
        return new State(cols, rows, history, lists, input, help, helpScroll, message, picking, marked, output, bar, commands);
    }

    State withBar(Bar b) {
        return new State(cols, rows, history, lists, input, help, helpScroll, status, picking, marked, output, b, commands);
    }

    State withCommands(List<String> c) {
        return new State(cols, rows, history, lists, input, help, helpScroll, status, picking, marked, output, bar, c);
    }

    State withMarked(List<Ref> m) {
        return new State(cols, rows, history, lists, input, help, helpScroll, status, picking, m, output, bar, commands);
    }

    State withOutput(List<Ref> o) {
        return new State(cols, rows, history, lists, input, help, helpScroll, status, picking, marked, o, bar, commands);
    }
}
