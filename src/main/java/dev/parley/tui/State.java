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
 */
record State(int cols, int rows, History history, List<ListState> lists, Input input, boolean help, int helpScroll,
             String status) {

    State {
        lists = List.copyOf(lists);
        status = status == null ? "" : status;
    }

    static State initial(int cols, int rows) {
        List<ListState> lists = new ArrayList<>();
        for (int i = 0; i < Pane.values().length; i++) {
            lists.add(ListState.TOP);
        }
        return new State(cols, rows, History.start(new Page.ListPage(Pane.DOCUMENTS)), lists, null, false, 0, "");
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
        return new State(newCols, newRows, history, lists, input, help, helpScroll, status);
    }

    State withHistory(History h) {
        return new State(cols, rows, h, lists, input, help, helpScroll, status);
    }

    State withList(Pane pane, ListState l) {
        List<ListState> changed = new ArrayList<>(lists);
        changed.set(pane.ordinal(), l);
        return new State(cols, rows, history, changed, input, help, helpScroll, status);
    }

    State withInput(Input i) {
        return new State(cols, rows, history, lists, i, help, helpScroll, status);
    }

    State withHelp(boolean open, int scroll) {
        return new State(cols, rows, history, lists, input, open, scroll, status);
    }

    State withStatus(String message) {
        return new State(cols, rows, history, lists, input, help, helpScroll, message);
    }
}
