package dev.parley.command;

/** A line that is not a command, or a command whose argument does not name anything: the message says which. */
public final class CommandException extends Exception {
    private static final long serialVersionUID = 1L;

    public CommandException(String message) {
        super(message);
    }
}
