package dev.parley.tui;

import dev.parley.command.CommandCompleter;
import dev.parley.command.Dispatcher;
import dev.parley.command.LineSplitter;
import dev.parley.command.Outcome;
import dev.parley.text.Fold;
import org.jline.reader.Candidate;

import java.util.ArrayList;
import java.util.List;

/**
 * The grammar as the explorer's bar uses it: JLine's completer and matcher give the candidates, the dispatcher
 * runs the line. No JLine terminal is involved: Lanterna owns the screen. Pure functions of the immutable model.
 */
final class CommandBar {
    private final CommandCompleter completer;
    private final Dispatcher dispatcher;

    CommandBar(CommandCompleter completer, Dispatcher dispatcher) {
        this.completer = completer;
        this.dispatcher = dispatcher;
    }

    /** The bar over a model, with search reporting that this build has none. */
    static CommandBar over(dev.parley.index.CorpusIndex index) {
        dev.parley.command.Resolver resolver = new dev.parley.command.Resolver(index);
        return new CommandBar(new CommandCompleter(resolver),
                new Dispatcher(resolver, dev.parley.command.SearchHandler.UNAVAILABLE));
    }

    List<Bar.Suggestion> suggestions(String text, int cursor) {
        List<Bar.Suggestion> out = new ArrayList<>();
        for (Candidate c : completer.candidates(text, cursor)) {
            out.add(new Bar.Suggestion(c.value(), c.group(), c.descr() == null ? "" : c.descr(),
                    c.suffix() == null ? "" : c.suffix()));
        }
        return out;
    }

    /** The bar with the current word replaced by a suggestion (and its suffix: a space after a command name). */
    static Bar take(Bar bar, Bar.Suggestion s) {
        LineSplitter.Split split = LineSplitter.split(bar.text(), bar.cursor());
        String before = bar.text().substring(0, split.start());
        String text = before + s.value() + s.suffix();
        return bar.typed(text, text.length()).withPopup(List.of(), -1);
    }

    /**
     * The best candidate for what is typed, when the cursor is at the end: the rest of it when it continues the
     * typed text ("petr" → "ova"), else null. {@link #hint} covers candidates that do not start with it.
     */
    String ghost(Bar bar) {
        Bar.Suggestion best = best(bar);
        if (best == null) {
            return null;
        }
        String typed = LineSplitter.split(bar.text(), bar.cursor()).typed();
        String v = best.value();
        if (v.length() > typed.length() && Fold.key(v.substring(0, typed.length())).equals(Fold.key(typed))) {
            return v.substring(typed.length()) + best.suffix().strip();
        }
        return null;
    }

    /** The best candidate when it does not continue the typed text ("pet" → Maria Petrova), else null. */
    String hint(Bar bar) {
        Bar.Suggestion best = best(bar);
        if (best == null || ghost(bar) != null) {
            return null;
        }
        String typed = LineSplitter.split(bar.text(), bar.cursor()).typed();
        return Fold.key(best.value()).equals(Fold.key(typed)) ? null : best.value();
    }

    Bar.Suggestion best(Bar bar) {
        if (bar.cursor() != bar.text().length() || bar.text().isBlank()) {
            return null;
        }
        List<Bar.Suggestion> s = suggestions(bar.text(), bar.cursor());
        return s.isEmpty() ? null : s.get(0);
    }

    Outcome run(String line) {
        return dispatcher.run(line);
    }
}
