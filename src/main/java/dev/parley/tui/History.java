package dev.parley.tui;

import java.util.ArrayList;
import java.util.List;

/**
 * Browser-like history: pages visited, the current index, and the page shown before the current one
 * (for '-', which toggles the last two). Opening a page drops the forward entries.
 */
record History(List<Page> pages, int index, int previous) {
    /** Enough to walk back a long way without growing without bound. */
    static final int LIMIT = 200;

    History {
        pages = List.copyOf(pages);
        if (pages.isEmpty() || index < 0 || index >= pages.size()) {
            throw new IllegalArgumentException("history index " + index + " outside 0.." + (pages.size() - 1));
        }
    }

    static History start(Page page) {
        return new History(List.of(page), 0, -1);
    }

    Page current() {
        return pages.get(index);
    }

    boolean canGoBack() {
        return index > 0;
    }

    boolean canGoForward() {
        return index < pages.size() - 1;
    }

    History open(Page page) {
        List<Page> kept = new ArrayList<>(pages.subList(0, index + 1));
        kept.add(page);
        int drop = Math.max(0, kept.size() - LIMIT);
        return new History(kept.subList(drop, kept.size()), kept.size() - 1 - drop, index - drop);
    }

    /** Changes the current entry (scroll position, selected link) without a new history entry. */
    History replace(Page page) {
        List<Page> changed = new ArrayList<>(pages);
        changed.set(index, page);
        return new History(changed, index, previous);
    }

    History go(int newIndex) {
        return new History(pages, newIndex, index);
    }

    History back() {
        return go(index - 1);
    }

    History forward() {
        return go(index + 1);
    }

    boolean canToggle() {
        return previous >= 0 && previous < pages.size() && previous != index;
    }

    History toggle() {
        return go(previous);
    }
}
