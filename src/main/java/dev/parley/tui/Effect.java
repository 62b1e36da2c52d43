package dev.parley.tui;

/** Things update asks the loop to do: update itself never does IO. */
sealed interface Effect permits Effect.Quit, Effect.Remember {
    record Quit(int exitCode) implements Effect {
    }

    /** Keep a command that ran in the persistent command history. */
    record Remember(String command) implements Effect {
    }
}
