package dev.parley.command;

/**
 * One command of the grammar shared by the ':' bar, {@code parley shell} and the CLI.
 *
 * @param name        what is typed first ("person")
 * @param args        how the argument is shown in help ("NAME"), or "" when it takes none
 * @param argument    what the argument names: a kind of the model, free text, or nothing
 * @param description one line for help and completion
 * @param reserved    the name is kept for a command that is not there yet: it parses, and says so when run
 */
public record Command(String name, String args, Argument argument, String description, boolean reserved) {

    /** What the rest of the line after the name is. */
    public enum Argument {
        NONE, TEXT, PERSON, DOCUMENT, TOPIC, MEETING, QUOTE;

        /** The kind of the model this argument names, or null for NONE and TEXT. */
        public Kind kind() {
            switch (this) {
                case PERSON: return Kind.PERSON;
                case DOCUMENT: return Kind.DOCUMENT;
                case TOPIC: return Kind.TOPIC;
                case MEETING: return Kind.MEETING;
                case QUOTE: return Kind.QUOTE;
                default: return null;
            }
        }
    }

    /** "person NAME", or "back". */
    public String usage() {
        return args.isEmpty() ? name : name + " " + args;
    }
}
