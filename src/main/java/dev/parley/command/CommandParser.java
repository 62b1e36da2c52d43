package dev.parley.command;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Splits a line into a command and its argument. Only the first word is a word: the rest of the line is one
 * argument, so "person Maria Petrova" needs no quotes. A leading ':' is allowed (as typed in the explorer).
 */
public final class CommandParser {
    private CommandParser() {
    }

    public static Invocation parse(String line) throws CommandException {
        String text = line == null ? "" : line.strip();
        if (text.startsWith(":")) {
            text = text.substring(1).strip();
        }
        if (text.isEmpty()) {
            throw new CommandException("no command · help lists them");
        }
        int space = firstSpace(text);
        String word = space < 0 ? text : text.substring(0, space);
        String rest = space < 0 ? "" : text.substring(space + 1);
        List<Command> found = Commands.named(word);
        if (found.isEmpty()) {
            throw new CommandException("no command '" + word + "' · help lists them");
        }
        if (found.size() > 1) {
            throw new CommandException("'" + word + "' could be " + found.stream().map(Command::name)
                    .collect(Collectors.joining(", ")));
        }
        Command c = found.get(0);
        if (c.argument() != Command.Argument.NONE && rest.isBlank()) {
            throw new CommandException(c.name() + " needs " + c.args() + " · " + c.usage());
        }
        if (c.argument() == Command.Argument.NONE && !rest.isBlank() && !c.reserved()) {
            throw new CommandException(c.name() + " takes nothing after it");
        }
        return new Invocation(c, rest);
    }

    /** Index of the first white space, or -1. */
    static int firstSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
