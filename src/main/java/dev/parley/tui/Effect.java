package dev.parley.tui;

/** Things update asks the loop to do: update itself never does IO. */
sealed interface Effect permits Effect.Quit {
    record Quit(int exitCode) implements Effect {
    }
}
