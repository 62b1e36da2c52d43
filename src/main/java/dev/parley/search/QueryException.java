package dev.parley.search;

/** A query that cannot be read; the message is one line that names the problem, fit to show the user as it is. */
public final class QueryException extends Exception {
    private static final long serialVersionUID = 1L;

    public QueryException(String message) {
        super(message);
    }
}
