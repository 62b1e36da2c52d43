package dev.parley.tui;

/** Arithmetic of a window of {@code height} rows over {@code count} items. */
final class Scroll {
    private Scroll() {
    }

    static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    /** The smallest change of {@code offset} that shows {@code row}. */
    static int follow(int offset, int row, int height) {
        if (height <= 0) {
            return row;
        }
        if (row < offset) {
            return row;
        }
        if (row >= offset + height) {
            return row - height + 1;
        }
        return offset;
    }

    /** The offset to draw with: shows the selected row and does not leave empty rows at the end when it can avoid it. */
    static int visibleOffset(int offset, int selected, int height, int count) {
        int maxOffset = Math.max(0, count - height);
        int o = clamp(offset, 0, maxOffset);
        if (selected >= 0 && selected < count) {
            o = follow(o, selected, height);
        }
        return clamp(o, 0, maxOffset);
    }
}
