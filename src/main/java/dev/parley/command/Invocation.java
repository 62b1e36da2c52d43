package dev.parley.command;

/** A parsed command line: the command and the rest of the line as one argument (names need no quotes). */
public record Invocation(Command command, String argument) {
    public Invocation {
        argument = argument == null ? "" : argument.strip();
    }
}
