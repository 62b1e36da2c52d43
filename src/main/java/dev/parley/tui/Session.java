package dev.parley.tui;

import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import dev.parley.command.CommandHistory;
import dev.parley.tui.term.Program;

import java.util.OptionalInt;

/** Holds the current state between messages and runs update's effects; the only mutable part of the explorer. */
final class Session implements Program {
    private final Update update;
    private final Render render;
    private final CommandHistory commands;
    private State state;

    Session(Content content, Keymap keymap, Theme theme, String modelName, CommandBar bar, CommandHistory commands) {
        this.update = new Update(content, keymap, bar);
        this.render = new Render(content, keymap, theme, modelName, bar);
        this.commands = commands;
        this.state = State.initial(80, 24).withCommands(commands.lines());
    }

    State state() {
        return state;
    }

    @Override
    public OptionalInt key(KeyStroke key) {
        return apply(new Msg.KeyPressed(Key.of(key)));
    }

    @Override
    public void resized(int cols, int rows) {
        apply(new Msg.Resized(cols, rows));
    }

    @Override
    public void draw(TextGraphics g) {
        render.draw(state, g);
    }

    private OptionalInt apply(Msg msg) {
        Next next = update.update(state, msg);
        state = next.state();
        for (Effect e : next.effects()) {
            if (e instanceof Effect.Remember) {
                commands.add(((Effect.Remember) e).command());
            }
            if (e instanceof Effect.Quit) {
                return OptionalInt.of(((Effect.Quit) e).exitCode());
            }
        }
        return OptionalInt.empty();
    }
}
