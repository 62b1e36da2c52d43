package dev.parley.tui;

/** Things update asks the loop to do: update itself never does IO. */
sealed interface Effect permits Effect.Quit, Effect.Copy, Effect.Remember, Effect.Curate, Effect.Reload {
    record Quit(int exitCode) implements Effect {
    }

    /** Put this text on the clipboard; the outcome comes back as {@link Msg.Copied}. */
    record Copy(String text) implements Effect {
    }

    /** Keep a command that ran in the persistent command history. */
    record Remember(String command) implements Effect {
    }

    /**
     * Make a correction (or undo the last one) and show the corrected model; the outcome comes back as
     * {@link Msg.Curated}.
     *
     * @param action  "merge", "hide", "speaker" or "undo"
     * @param subject merge: the person kept (id); hide: "person" or "place"; speaker: the quote's id
     * @param value   merge: the person merged into it (id); hide: the person's id or the place's name; speaker:
     *                the person's id, or "none"
     */
    record Curate(String action, String subject, String value) implements Effect {
    }

    /** Read the model file again and show it, keeping the pane and the selection; the outcome: {@link Msg.Reloaded}. */
    record Reload() implements Effect {
    }
}
