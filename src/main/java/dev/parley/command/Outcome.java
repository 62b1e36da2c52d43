package dev.parley.command;

/** What running a command leads to; each front end carries it out its own way (a new view, printed text...). */
public sealed interface Outcome permits Outcome.Open, Outcome.Back, Outcome.Forward, Outcome.Help, Outcome.Quit,
        Outcome.Problem, Outcome.Message {

    /** Show this thing. */
    record Open(Target target) implements Outcome {
    }

    record Back() implements Outcome {
    }

    record Forward() implements Outcome {
    }

    record Help() implements Outcome {
    }

    record Quit() implements Outcome {
    }

    /** The command could not be carried out: an unknown name, an ambiguous one, a typo. The user may fix the line. */
    record Problem(String message) implements Outcome {
    }

    /** Nothing to show but a line of text (a reserved command, search in a build without it). */
    record Message(String message) implements Outcome {
    }
}
