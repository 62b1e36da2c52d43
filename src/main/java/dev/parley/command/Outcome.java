package dev.parley.command;

/** What running a command leads to; each front end carries it out its own way (a new view, printed text...). */
public sealed interface Outcome permits Outcome.Open, Outcome.Back, Outcome.Forward, Outcome.Help, Outcome.Quit,
        Outcome.Problem, Outcome.Message, Outcome.Search, Outcome.Between {

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

    /** Show the relationship of two sides (people or countries), each as the user named it. */
    record Between(String a, String b) implements Outcome {
    }

    /** Show the ranked results of a full-text search for this query (a front end with a search engine). */
    record Search(String query) implements Outcome {
    }
}
