package dev.parley.tui;

/** One entry of the history: a pane's list, or the detail view of one thing with where the reader is in it. */
sealed interface Page permits Page.ListPage, Page.DetailPage, Page.SearchPage, Page.KwicPage {

    record ListPage(Pane pane) implements Page {
    }

    /**
     * @param scroll first line shown
     * @param link   index of the selected link, or -1 when none is selected
     * @param search the text search, or "" for none
     * @param match  the line of the current search match, or -1
     */
    record DetailPage(Ref ref, int scroll, int link, String search, int match) implements Page {
        static DetailPage of(Ref ref) {
            return new DetailPage(ref, 0, 0, "", -1);
        }

        DetailPage at(int newScroll, int newLink) {
            return new DetailPage(ref, newScroll, newLink, search, match);
        }

        DetailPage searching(String text, int matchLine, int newScroll) {
            return new DetailPage(ref, newScroll, link, text, matchLine);
        }
    }

    /**
     * Ranked results of a search of the whole corpus.
     *
     * @param selected the selected hit
     * @param offset   the first hit shown
     */
    record SearchPage(String query, int selected, int offset) implements Page {
        static SearchPage of(String query) {
            return new SearchPage(query, 0, 0);
        }
    }

    /**
     * A concordance of a word or phrase.
     *
     * @param sort     "" for corpus order, or a sort key such as "R1" or "L1"
     */
    record KwicPage(String term, String sort, int selected, int offset) implements Page {
        static KwicPage of(String term) {
            return new KwicPage(term, "", 0, 0);
        }
    }
}
