package dev.parley.tui;

import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import dev.parley.command.CommandHistory;
import dev.parley.tui.term.Program;

import java.util.OptionalInt;

/** Holds the current state between messages and runs update's effects; the only mutable part of the explorer. */
final class Session implements Program {
    /** Puts text on the clipboard and says what happened, in a line for the status bar. */
    @FunctionalInterface
    interface Copier {
        String copy(String text);
    }

    private final Content content;
    private final Update update;
    private final Render render;
    private final Copier copier;
    private final CommandHistory commands;
    private State state;

    Session(Content content, Keymap keymap, Theme theme, String modelName, Copier copier, State initial, CommandBar bar,
            CommandHistory commands) {
        this.content = content;
        this.update = new Update(content, keymap, bar);
        this.render = new Render(content, keymap, theme, modelName, bar);
        this.copier = copier;
        this.commands = commands;
        this.state = initial.withCommands(commands.lines());
    }

    State state() {
        return state;
    }

    Content content() {
        return content;
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
            if (e instanceof Effect.Quit) {
                return OptionalInt.of(((Effect.Quit) e).exitCode());
            }
            if (e instanceof Effect.Remember) {
                commands.add(((Effect.Remember) e).command());
            }
            if (e instanceof Effect.Copy) {
                // runs on the loop's thread between frames, so an OSC 52 written to the terminal cannot
                // interleave with a frame being drawn
                apply(new Msg.Copied(copier.copy(((Effect.Copy) e).text())));
            }
        }
        return OptionalInt.empty();
    }
}
