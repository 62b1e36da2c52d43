package dev.parley.tui;

import java.util.List;

/**
 * After the model was read again: each list keeps its selected thing selected when it is still in the model
 * (found by its id, wherever it moved to), else the same row number within the new list. The pages in the
 * history are kept as they are; a detail of something the new model no longer has says so when shown.
 */
final class Reselect {
    private Reselect() {
    }

    static State keep(State s, Content before, Content after) {
        int h = s.layout().listRows();
        State out = s;
        for (Pane pane : Pane.values()) {
            ListState ls = s.list(pane);
            if (ls.selected() == 0 && ls.offset() == 0) {
                continue; // at the top, it stays there (and a list never looked at is not built for nothing)
            }
            List<Row> old = before.rows(pane, ls.filter());
            List<Row> now = after.rows(pane, ls.filter());
            int row = Math.min(ls.selected(), Math.max(0, now.size() - 1));
            if (!old.isEmpty()) {
                Ref selected = old.get(Scroll.clamp(ls.selected(), 0, old.size() - 1)).ref();
                for (int i = 0; i < now.size(); i++) {
                    if (now.get(i).ref().equals(selected)) {
                        row = i;
                        break;
                    }
                }
            }
            int offset = Scroll.clamp(ls.offset() + (row - ls.selected()), 0, Math.max(0, now.size() - 1));
            out = out.withList(pane, new ListState(row, Scroll.follow(offset, row, h), ls.filter()));
        }
        return out;
    }
}
