package dev.parley.tui;

import dev.parley.command.Kind;
import dev.parley.command.Outcome;

import java.util.ArrayList;
import java.util.List;

/** Keys while the ':' bar is open. Pure like {@link Update}: running a command gives a new state and effects. */
final class BarUpdate {
    private final CommandBar commands;
    private final Keymap keymap;

    BarUpdate(CommandBar commands, Keymap keymap) {
        this.commands = commands;
        this.keymap = keymap;
    }

    static State open(State s) {
        return s.withBar(Bar.EMPTY);
    }

    Next key(State s, Key key) {
        Bar bar = s.bar();
        Action a = keymap.action(Keymap.Context.BAR, key.name());
        if (a == null) {
            if (key.text() == null) {
                return Next.of(s);
            }
            String t = bar.text().substring(0, bar.cursor()) + key.text() + bar.text().substring(bar.cursor());
            Bar typed = bar.typed(t, bar.cursor() + key.text().length());
            // an open list follows the typing
            return Next.of(s.withBar(typed.popup().isEmpty() ? typed : typed.withPopup(commands.suggestions(t, typed.cursor()), 0)));
        }
        switch (a) {
            case QUIT:
                return new Next(s.withBar(null), List.of(new Effect.Quit(0)));
            case INTERRUPT:
                return Update.interrupt(s.withBar(null));
            case CANCEL:
                return Next.of(s.withBar(bar.popup().isEmpty() ? null : bar.withPopup(List.of(), -1)));
            case DELETE_CHAR: {
                if (bar.text().isEmpty()) {
                    return Next.of(s.withBar(null));
                }
                if (bar.cursor() == 0) {
                    return Next.of(s);
                }
                int from = bar.text().offsetByCodePoints(bar.cursor(), -1);
                String t = bar.text().substring(0, from) + bar.text().substring(bar.cursor());
                Bar typed = bar.typed(t, from);
                return Next.of(s.withBar(typed.popup().isEmpty() ? typed : typed.withPopup(commands.suggestions(t, from), 0)));
            }
            case CURSOR_LEFT:
                return Next.of(s.withBar(bar.cursor() == 0 ? bar : bar.withCursor(bar.text().offsetByCodePoints(bar.cursor(), -1))));
            case LINE_START:
                return Next.of(s.withBar(bar.withCursor(0)));
            case LINE_END:
                return Next.of(s.withBar(bar.withCursor(bar.text().length())));
            case TAKE_SUGGESTION: {
                if (bar.cursor() < bar.text().length()) {
                    return Next.of(s.withBar(bar.withCursor(bar.text().offsetByCodePoints(bar.cursor(), 1))));
                }
                if (!bar.popup().isEmpty() && bar.selected() >= 0) {
                    return Next.of(s.withBar(CommandBar.take(bar, bar.popup().get(bar.selected()))));
                }
                Bar.Suggestion best = commands.best(bar);
                return Next.of(best == null ? s : s.withBar(CommandBar.take(bar, best)));
            }
            case COMPLETE:
            case COMPLETE_BACK:
                return Next.of(s.withBar(complete(bar, a == Action.COMPLETE ? 1 : -1)));
            case DOWN:
            case UP:
                if (!bar.popup().isEmpty()) {
                    return Next.of(s.withBar(move(bar, a == Action.DOWN ? 1 : -1)));
                }
                return Next.of(recall(s, bar, a == Action.UP ? 1 : -1));
            case ACCEPT:
                if (!bar.popup().isEmpty() && bar.selected() >= 0) {
                    // a chosen name runs at once (":person lav Tab Enter"); a command name waits for its argument
                    Bar.Suggestion chosen = bar.popup().get(bar.selected());
                    Bar taken = CommandBar.take(bar, chosen);
                    return chosen.suffix().isEmpty() ? run(s, taken) : Next.of(s.withBar(taken));
                }
                return run(s, bar);
            default:
                return Next.of(s);
        }
    }

    /** First Tab: one candidate is taken at once; several open the list. Further Tabs move in it. */
    private Bar complete(Bar bar, int step) {
        if (!bar.popup().isEmpty()) {
            return move(bar, step);
        }
        List<Bar.Suggestion> list = commands.suggestions(bar.text(), bar.cursor());
        if (list.isEmpty()) {
            return bar.withMessage("nothing to complete here");
        }
        if (list.size() == 1) {
            return CommandBar.take(bar, list.get(0));
        }
        return bar.withPopup(list, step > 0 ? 0 : list.size() - 1);
    }

    private static Bar move(Bar bar, int step) {
        int n = bar.popup().size();
        return bar.withPopup(bar.popup(), Math.floorMod(bar.selected() + step, n));
    }

    /** Up goes to older commands, Down back towards the line being typed, which is kept. */
    private static State recall(State s, Bar bar, int step) {
        List<String> past = s.commands();
        int n = bar.recalled() + step;
        if (n < 0 || n > past.size()) {
            return s;
        }
        String draft = bar.recalled() == 0 ? bar.text() : bar.draft();
        String line = n == 0 ? draft : past.get(past.size() - n);
        return s.withBar(bar.recalling(n, line, draft));
    }

    private Next run(State s, Bar bar) {
        String line = bar.text().strip();
        if (line.isEmpty()) {
            return Next.of(s.withBar(null));
        }
        if (Corrections.saysNone(bar)) {
            return new Next(s.withBar(null), List.of(new Effect.Curate("speaker", bar.purpose().subject(), "none")));
        }
        Outcome o = commands.run(line);
        if (bar.purpose() != null) {
            Next curated = Corrections.accept(s, bar, o);
            if (curated != null) {
                return curated;
            }
        }
        List<Effect> remember = List.of(new Effect.Remember(line));
        State done = s.withBar(null).withCommands(added(s.commands(), line));
        if (o instanceof Outcome.Open) {
            Ref ref = ref(((Outcome.Open) o).target().kind(), ((Outcome.Open) o).target().id());
            return new Next(done.withHistory(done.history().open(Page.DetailPage.of(ref))), remember);
        }
        if (o instanceof Outcome.Back) {
            return new Next(done.history().canGoBack() ? done.withHistory(done.history().back())
                    : done.withStatus("This is where you started"), remember);
        }
        if (o instanceof Outcome.Forward) {
            return new Next(done.history().canGoForward() ? done.withHistory(done.history().forward())
                    : done.withStatus("Nothing ahead in the history"), remember);
        }
        if (o instanceof Outcome.Help) {
            return new Next(done.withHelp(true, 0), remember);
        }
        if (o instanceof Outcome.Between) {
            Outcome.Between b = (Outcome.Between) o;
            Ref ref = new Ref(Ref.Kind.RELATION, b.a() + "\n" + b.b());
            return new Next(done.withHistory(done.history().open(Page.DetailPage.of(ref))), remember);
        }
        if (o instanceof Outcome.Search) {
            Page results = Page.SearchPage.of(((Outcome.Search) o).query());
            // a changed search replaces the results it refines, as with s
            History h = done.page() instanceof Page.SearchPage ? done.history().replace(results) : done.history().open(results);
            return new Next(done.withHistory(h), remember);
        }
        if (o instanceof Outcome.Quit) {
            List<Effect> both = new ArrayList<>(remember);
            both.add(new Effect.Quit(0));
            return new Next(done, both);
        }
        // a problem or a note: the bar stays open with the line, so it can be fixed
        String message = o instanceof Outcome.Problem ? ((Outcome.Problem) o).message() : ((Outcome.Message) o).message();
        return Next.of(s.withBar(bar.withMessage(message)));
    }

    private static List<String> added(List<String> past, String line) {
        if (!past.isEmpty() && past.get(past.size() - 1).equals(line)) {
            return past;
        }
        List<String> out = new ArrayList<>(past);
        out.add(line);
        return out.subList(Math.max(0, out.size() - dev.parley.command.CommandHistory.LIMIT), out.size());
    }

    static Ref ref(Kind kind, String id) {
        switch (kind) {
            case PERSON: return new Ref(Ref.Kind.PERSON, id);
            case DOCUMENT: return new Ref(Ref.Kind.DOCUMENT, id);
            case TOPIC: return new Ref(Ref.Kind.TOPIC, id);
            case MEETING: return new Ref(Ref.Kind.MEETING, id);
            default: return new Ref(Ref.Kind.QUOTE, id);
        }
    }
}
