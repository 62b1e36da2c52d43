package dev.parley.tui;

/** Things update asks the loop to do: update itself never does IO. */
sealed interface Effect permits Effect.Quit, Effect.Copy {
    record Quit(int exitCode) implements Effect {
    }

    /** Put this text on the clipboard; the outcome comes back as {@link Msg.Copied}. */
    record Copy(String text) implements Effect {
    }
}
