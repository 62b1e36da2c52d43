package dev.parley.tui;

/**
 * Where things go on a screen of a given size. Shared by update (page sizes for PgDn, keeping the selection
 * visible) and the renderer, so both agree.
 *
 * <pre>
 * row 0          tab bar
 * row 1          breadcrumbs
 * rows 2..r-3    body: list | preview, or a detail view
 * row r-2        status line or the '/' input
 * row r-1        footer: keys that matter here
 * </pre>
 */
record Layout(int cols, int rows, int bodyTop, int bodyHeight, int listWidth, int previewLeft, int previewWidth) {
    static final int MIN_COLS = 60;
    static final int MIN_ROWS = 15;

    static Layout of(int cols, int rows) {
        int bodyHeight = Math.max(1, rows - 4);
        int listWidth = Scroll.clamp(cols * 2 / 5, 24, 56);
        int previewLeft = listWidth + 2;
        return new Layout(cols, rows, 2, bodyHeight, listWidth, previewLeft, Math.max(1, cols - previewLeft - 1));
    }

    boolean tooSmall() {
        return cols < MIN_COLS || rows < MIN_ROWS;
    }

    /** List rows below the list's header row. */
    int listRows() {
        return Math.max(1, bodyHeight - 1);
    }

    int detailWidth() {
        return Math.max(1, cols - 2);
    }

    int statusRow() {
        return rows - 2;
    }

    int footerRow() {
        return rows - 1;
    }
}
