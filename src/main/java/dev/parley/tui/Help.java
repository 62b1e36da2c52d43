package dev.parley.tui;

import java.util.List;

/** The '?' screen, generated from the keymap so that it cannot disagree with what the keys do. */
final class Help {
    private Help() {
    }

    static Detail detail(Keymap keymap, int width) {
        Sheet s = new Sheet(width);
        s.heading("Keys");
        s.text(0, "Panes list what the model holds; Enter opens the detail of a row; in a detail view Tab moves"
                + " between references and Enter follows one. History works like a browser's.", Style.DIM);
        for (Keymap.Context c : Keymap.Context.values()) {
            s.section(c.title);
            for (Keymap.Binding b : keymap.bindings()) {
                if (b.context() == c) {
                    s.para(2, 26, List.of(Sheet.Piece.of(Cells.pad(b.keysLabel(), 23) + " ", Style.NORMAL),
                            Sheet.Piece.of(b.help(), Style.DIM)));
                }
            }
        }
        return s.build();
    }
}
