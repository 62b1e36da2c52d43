package dev.parley.tui;

import java.util.List;

/** The result of update: the new state and the effects to run. */
record Next(State state, List<Effect> effects) {
    Next {
        effects = List.copyOf(effects);
    }

    static Next of(State state) {
        return new Next(state, List.of());
    }
}
