package dev.parley.command;

/** The kinds of things a command can name, with the group their completion candidates are listed under. */
public enum Kind {
    PERSON("person", "People"),
    DOCUMENT("document", "Documents"),
    TOPIC("topic", "Topics"),
    MEETING("meeting", "Meetings"),
    QUOTE("quote", "Quotes");

    private final String noun;
    private final String group;

    Kind(String noun, String group) {
        this.noun = noun;
        this.group = group;
    }

    /** "person", "document"... for messages. */
    public String noun() {
        return noun;
    }

    /** "People", "Documents"... the heading of a candidate group. */
    public String group() {
        return group;
    }

    /** Lower-case plural for messages: "people", "documents". */
    public String plural() {
        return group.toLowerCase(java.util.Locale.ROOT);
    }
}
