package dev.parley.tui;

/** The five top-level lists, in the order of the tab bar and the number keys. */
enum Pane {
    DOCUMENTS("Documents"), PEOPLE("People"), TOPICS("Topics"), MEETINGS("Meetings"), QUOTES("Quotes");

    final String title;

    Pane(String title) {
        this.title = title;
    }

    Pane next(int step) {
        Pane[] all = values();
        return all[Math.floorMod(ordinal() + step, all.length)];
    }

    Ref.Kind kind() {
        switch (this) {
            case DOCUMENTS: return Ref.Kind.DOCUMENT;
            case PEOPLE: return Ref.Kind.PERSON;
            case TOPICS: return Ref.Kind.TOPIC;
            case MEETINGS: return Ref.Kind.MEETING;
            default: return Ref.Kind.QUOTE;
        }
    }
}
