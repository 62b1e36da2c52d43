package dev.parley.command;

/**
 * Where {@code search TEXT} goes. The grammar owns the command; the full-text engine is plugged in here by the
 * front end that has one. {@link #UNAVAILABLE} says plainly that this build has none.
 */
@FunctionalInterface
public interface SearchHandler {
    SearchHandler UNAVAILABLE = text -> new Outcome.Message("search is not available in this build");

    Outcome search(String text);
}
