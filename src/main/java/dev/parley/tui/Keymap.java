package dev.parley.tui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The key bindings as data: the single source of the behaviour, the footer and the help screen.
 * A key is looked up in the current context first, then in {@link Context#GLOBAL}.
 */
final class Keymap {
    enum Context {
        GLOBAL("Everywhere"), LIST("In a list"), DETAIL("In a detail view"),
        RESULTS("In search results and concordances"), PICK("Picking (parley pick)"),
        INPUT("Typing after / s c"), BAR("In the command bar (:)"), HELP("In this help");

        final String title;

        Context(String title) {
            this.title = title;
        }
    }

    /** @param hint the footer's short word for it, or null when the footer leaves it out */
    record Binding(Context context, List<String> keys, Action action, String help, String hint) {
        Binding {
            keys = List.copyOf(keys);
        }

        String keysLabel() {
            return String.join(" ", keys);
        }
    }

    static final Keymap DEFAULT = new Keymap(defaults());

    private final List<Binding> bindings;
    private final Map<Context, Map<String, Action>> lookup = new LinkedHashMap<>();

    Keymap(List<Binding> bindings) {
        this.bindings = List.copyOf(bindings);
        for (Binding b : bindings) {
            Map<String, Action> keys = lookup.computeIfAbsent(b.context(), c -> new LinkedHashMap<>());
            for (String k : b.keys()) {
                Action was = keys.putIfAbsent(k, b.action());
                if (was != null) {
                    throw new IllegalArgumentException("key " + k + " is bound twice in " + b.context() + ": " + was
                            + " and " + b.action());
                }
            }
        }
    }

    List<Binding> bindings() {
        return bindings;
    }

    /**
     * The action of a key in a context, falling back to the global bindings (not for typing and help); picking
     * is a list, so it falls back to the list's bindings first.
     */
    Action action(Context context, String key) {
        Action a = lookup.getOrDefault(context, Map.of()).get(key);
        if (a == null && context == Context.PICK) {
            a = lookup.getOrDefault(Context.LIST, Map.of()).get(key);
        }
        if (a == null && context != Context.INPUT && context != Context.BAR && context != Context.HELP) {
            a = lookup.getOrDefault(Context.GLOBAL, Map.of()).get(key);
        }
        return a;
    }

    /** Footer entries for a context: its own first, then the global ones, each as "keys help". */
    List<String> footer(Context context) {
        List<String> out = new ArrayList<>();
        List<Context> contexts = context == Context.INPUT || context == Context.BAR || context == Context.HELP
                || context == Context.PICK ? List.of(context) : List.of(context, Context.GLOBAL);
        for (Context c : contexts) {
            for (Binding b : bindings) {
                if (b.context() == c && b.hint() != null) {
                    out.add(b.keys().get(0) + " " + b.hint());
                }
            }
        }
        return out;
    }

    private static List<Binding> defaults() {
        List<Binding> b = new ArrayList<>();
        Context g = Context.GLOBAL;
        b.add(new Binding(g, List.of("j", "Down"), Action.DOWN, "down", null));
        b.add(new Binding(g, List.of("k", "Up"), Action.UP, "up", null));
        b.add(new Binding(g, List.of("PgDn", "Space", "Ctrl-F"), Action.PAGE_DOWN, "page down", null));
        b.add(new Binding(g, List.of("PgUp", "Ctrl-B"), Action.PAGE_UP, "page up", null));
        b.add(new Binding(g, List.of("Ctrl-D"), Action.HALF_DOWN, "half a page down", null));
        b.add(new Binding(g, List.of("Ctrl-U"), Action.HALF_UP, "half a page up", null));
        b.add(new Binding(g, List.of("g", "Home"), Action.TOP, "first", null));
        b.add(new Binding(g, List.of("G", "End"), Action.BOTTOM, "last", null));
        b.add(new Binding(g, List.of("1"), Action.PANE_1, "Documents", null));
        b.add(new Binding(g, List.of("2"), Action.PANE_2, "People", null));
        b.add(new Binding(g, List.of("3"), Action.PANE_3, "Topics", null));
        b.add(new Binding(g, List.of("4"), Action.PANE_4, "Meetings", null));
        b.add(new Binding(g, List.of("5"), Action.PANE_5, "Quotes", null));
        b.add(new Binding(g, List.of("Enter", "l", "Right"), Action.OPEN, "open", "open"));
        b.add(new Binding(g, List.of("h", "Backspace", "[", "Left"), Action.BACK, "back", "back"));
        b.add(new Binding(g, List.of("]"), Action.FORWARD, "forward", null));
        b.add(new Binding(g, List.of("-"), Action.TOGGLE, "toggle the last two views", null));
        b.add(new Binding(g, List.of("n"), Action.NEXT_MATCH, "next match", null));
        b.add(new Binding(g, List.of("N"), Action.PREV_MATCH, "previous match", null));
        b.add(new Binding(g, List.of("Esc"), Action.CANCEL, "clear the filter or search", null));
        b.add(new Binding(g, List.of(":"), Action.COMMAND, "command bar (person, doc, topic…)", null));
        b.add(new Binding(g, List.of("y"), Action.COPY, "copy the quote, name and role, or title", "copy"));
        b.add(new Binding(g, List.of("Y"), Action.COPY_CITED, "copy a quote with its citation", null));
        b.add(new Binding(g, List.of("p"), Action.QUEUE, "print on stdout at exit; again: take back", null));
        b.add(new Binding(g, List.of("s"), Action.SEARCH_CORPUS, "search the whole corpus", null));
        b.add(new Binding(g, List.of("c"), Action.CONCORDANCE, "concordance (keyword in context)", null));
        b.add(new Binding(g, List.of("m"), Action.MERGE, "merge another person into this one", null));
        b.add(new Binding(g, List.of("e"), Action.SPEAKER, "change the speaker of a quote", null));
        b.add(new Binding(g, List.of("x"), Action.HIDE, "hide a person or place (not one)", null));
        b.add(new Binding(g, List.of("u"), Action.UNDO, "undo the last correction", null));
        b.add(new Binding(g, List.of("R"), Action.RELOAD, "reload the model from disk (after a rebuild)", null));
        b.add(new Binding(g, List.of("?"), Action.HELP, "help", "help"));
        b.add(new Binding(g, List.of("q"), Action.BACK_OR_QUIT, "back; quit at the top level", "back/quit"));
        b.add(new Binding(g, List.of("Q"), Action.QUIT, "quit", null));
        b.add(new Binding(g, List.of("Ctrl-C"), Action.INTERRUPT, "quit (parley pick: exit 130)", null));

        Context l = Context.LIST;
        b.add(new Binding(l, List.of("Tab"), Action.NEXT_PANE, "next pane", "pane"));
        b.add(new Binding(l, List.of("Shift-Tab"), Action.PREV_PANE, "previous pane", null));
        b.add(new Binding(l, List.of("/"), Action.FIND, "filter the list as you type", "filter"));
        b.add(new Binding(l, List.of("}"), Action.NEXT_YEAR, "next year (dated lists)", null));
        b.add(new Binding(l, List.of("{"), Action.PREV_YEAR, "previous year (dated lists)", null));

        Context d = Context.DETAIL;
        b.add(new Binding(d, List.of("Tab"), Action.NEXT_LINK, "next reference", "next ref"));
        b.add(new Binding(d, List.of("Shift-Tab"), Action.PREV_LINK, "previous reference", null));
        b.add(new Binding(d, List.of("/"), Action.FIND, "search the text", "search"));

        Context r = Context.RESULTS;
        b.add(new Binding(r, List.of("s"), Action.SEARCH_CORPUS, "change the search", "search"));
        b.add(new Binding(r, List.of("c"), Action.CONCORDANCE, "concordance", "kwic"));
        b.add(new Binding(r, List.of("r"), Action.SORT, "sort a concordance: corpus order, R1, L1", "sort"));

        Context p = Context.PICK;
        b.add(new Binding(p, List.of("Enter"), Action.PICK_ACCEPT, "print marked rows (or this one), exit", "print"));
        b.add(new Binding(p, List.of("Space"), Action.MARK, "mark or unmark, then the next row", "mark"));
        b.add(new Binding(p, List.of("/"), Action.FIND, "filter the list as you type", "filter"));
        b.add(new Binding(p, List.of("q", "Esc", "Q"), Action.PICK_CANCEL, "exit printing nothing (exit 1)", "cancel"));
        b.add(new Binding(p, List.of("y"), Action.COPY, "copy", "copy"));

        Context i = Context.INPUT;
        b.add(new Binding(i, List.of("Enter"), Action.ACCEPT, "keep the filter or search", "keep"));
        b.add(new Binding(i, List.of("Esc", "Ctrl-G"), Action.CANCEL, "cancel", "cancel"));
        b.add(new Binding(i, List.of("Backspace"), Action.DELETE_CHAR, "delete (cancel when empty)", null));
        b.add(new Binding(i, List.of("Down", "Ctrl-N"), Action.DOWN, "next row or match", "next"));
        b.add(new Binding(i, List.of("Up", "Ctrl-P"), Action.UP, "previous row", null));
        b.add(new Binding(i, List.of("Ctrl-C"), Action.INTERRUPT, "quit", null));

        Context c = Context.BAR;
        b.add(new Binding(c, List.of("Enter"), Action.ACCEPT, "run it, or take the chosen candidate", "run"));
        b.add(new Binding(c, List.of("Tab"), Action.COMPLETE, "complete; again moves down the list", "complete"));
        b.add(new Binding(c, List.of("Shift-Tab"), Action.COMPLETE_BACK, "move up the list", null));
        b.add(new Binding(c, List.of("Down", "Ctrl-N"), Action.DOWN, "next candidate, or newer command", null));
        b.add(new Binding(c, List.of("Up", "Ctrl-P"), Action.UP, "previous candidate, or older command", "history"));
        b.add(new Binding(c, List.of("Right"), Action.TAKE_SUGGESTION, "take the dim suggestion (else move right)", "take"));
        b.add(new Binding(c, List.of("Left"), Action.CURSOR_LEFT, "move left", null));
        b.add(new Binding(c, List.of("Home", "Ctrl-A"), Action.LINE_START, "start of the line", null));
        b.add(new Binding(c, List.of("End", "Ctrl-E"), Action.LINE_END, "end of the line", null));
        b.add(new Binding(c, List.of("Backspace"), Action.DELETE_CHAR, "delete (close when empty)", null));
        b.add(new Binding(c, List.of("Esc", "Ctrl-G"), Action.CANCEL, "close the list, then the bar", "close"));
        b.add(new Binding(c, List.of("Ctrl-C"), Action.INTERRUPT, "quit", null));

        Context h = Context.HELP;
        b.add(new Binding(h, List.of("j", "Down"), Action.DOWN, "scroll down", null));
        b.add(new Binding(h, List.of("k", "Up"), Action.UP, "scroll up", null));
        b.add(new Binding(h, List.of("PgDn", "Space"), Action.PAGE_DOWN, "page down", null));
        b.add(new Binding(h, List.of("PgUp"), Action.PAGE_UP, "page up", null));
        b.add(new Binding(h, List.of("?", "q", "Esc", "h", "Backspace"), Action.CANCEL, "close the help", "close"));
        b.add(new Binding(h, List.of("Q"), Action.QUIT, "quit", null));
        b.add(new Binding(h, List.of("Ctrl-C"), Action.INTERRUPT, "quit", null));
        return b;
    }
}
