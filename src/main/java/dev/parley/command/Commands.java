package dev.parley.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The grammar: every command there is, in the order help lists them. The one place that defines a command. */
public final class Commands {
    public static final Command PERSON = new Command("person", "NAME", Command.Argument.PERSON,
            "open a person (name, alias or surname; accents and case do not matter)", false);
    public static final Command DOC = new Command("doc", "ID|TITLE", Command.Argument.DOCUMENT,
            "open a document by id or words of its title", false);
    public static final Command TOPIC = new Command("topic", "NAME", Command.Argument.TOPIC, "open a topic", false);
    public static final Command MEETING = new Command("meeting", "DATE|ID", Command.Argument.MEETING,
            "open a meeting by id, date, place or participant", false);
    public static final Command QUOTE = new Command("quote", "TEXT", Command.Argument.QUOTE,
            "open a quote by words it contains", false);
    public static final Command SEARCH = new Command("search", "TEXT", Command.Argument.TEXT,
            "full-text search of the documents", false);
    public static final Command BETWEEN = new Command("between", "A B", Command.Argument.TEXT,
            "two people or countries over time: events per month, topics, who met whom", false);
    public static final Command BACK = new Command("back", "", Command.Argument.NONE, "go back in the history", false);
    public static final Command FORWARD = new Command("forward", "", Command.Argument.NONE, "go forward in the history", false);
    public static final Command HELP = new Command("help", "", Command.Argument.NONE, "list the commands", false);
    public static final Command QUIT = new Command("quit", "", Command.Argument.NONE, "leave", false);
    public static final Command COPY = new Command("copy", "", Command.Argument.NONE, "copy what is shown (coming)", true);
    public static final Command PICK = new Command("pick", "", Command.Argument.NONE, "pick quotes for export (coming)", true);
    public static final Command EXPORT = new Command("export", "", Command.Argument.NONE, "export picked quotes (coming)", true);

    public static final List<Command> ALL = List.of(PERSON, DOC, TOPIC, MEETING, QUOTE, SEARCH, BETWEEN, BACK, FORWARD, HELP, QUIT,
            COPY, PICK, EXPORT);

    private Commands() {
    }

    /** The command named exactly, or the only one the word is a prefix of ("pe" is person); null when none or several. */
    public static Command find(String word) {
        List<Command> found = named(word);
        return found.size() == 1 ? found.get(0) : null;
    }

    /** The command named exactly, else every command the word is a prefix of (case-insensitive). */
    public static List<Command> named(String word) {
        String w = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
        if (w.isEmpty()) {
            return List.of();
        }
        List<Command> prefixed = new ArrayList<>();
        for (Command c : ALL) {
            if (c.name().equals(w)) {
                return List.of(c);
            }
            if (c.name().startsWith(w)) {
                prefixed.add(c);
            }
        }
        return prefixed;
    }
}
