package dev.parley.tui;

/** What a key does. The keymap binds keys to these; update interprets them. */
enum Action {
    UP, DOWN, PAGE_UP, PAGE_DOWN, HALF_UP, HALF_DOWN, TOP, BOTTOM,
    NEXT_PANE, PREV_PANE, PANE_1, PANE_2, PANE_3, PANE_4, PANE_5,
    NEXT_LINK, PREV_LINK, OPEN,
    BACK, FORWARD, TOGGLE, BACK_OR_QUIT, QUIT,
    FIND, NEXT_MATCH, PREV_MATCH, CANCEL,
    HELP, COMMAND, COPY, COPY_CITED, QUEUE,
    MARK, PICK_ACCEPT, PICK_CANCEL, INTERRUPT,
    ACCEPT, DELETE_CHAR
}
