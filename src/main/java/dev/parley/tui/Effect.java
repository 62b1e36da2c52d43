package dev.parley.tui;

/** Things update asks the loop to do: update itself never does IO. */
sealed interface Effect permits Effect.Quit, Effect.Copy, Effect.Remember {
    record Quit(int exitCode) implements Effect {
    }

    /** Put this text on the clipboard; the outcome comes back as {@link Msg.Copied}. */
    record Copy(String text) implements Effect {
    }

    /** Keep a command that ran in the persistent command history. */
    record Remember(String command) implements Effect {
    }
}
