package dev.parley.command;

import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

import java.util.List;

/**
 * Completion for the grammar, for all three front ends: command names first, then the argument from the model
 * (people with their role, topics and documents with counts and dates, meetings, quotes). The candidates are
 * already matched tolerantly by the {@link Resolver} and ranked; {@link ResolvedMatcher} keeps them as they are.
 * Works without a LineReader ({@code reader} may be null), which is how the explorer's bar uses it.
 */
public final class CommandCompleter implements Completer {
    /** Enough to pick from; more is noise in a popup. */
    public static final int LIMIT = 50;

    private final Resolver resolver;

    public CommandCompleter(Resolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        LineSplitter.Split split = line instanceof LineSplitter.Split ? (LineSplitter.Split) line
                : LineSplitter.split(line.line(), line.cursor());
        if (split.wordIndex() == 0) {
            String typed = split.typed().toLowerCase(java.util.Locale.ROOT);
            int sort = 0;
            for (Command c : Commands.ALL) {
                if (c.name().startsWith(typed)) {
                    // a command with an argument gets its space, so Tab goes straight on to the argument
                    boolean more = c.argument() != Command.Argument.NONE;
                    candidates.add(new Candidate(c.name(), c.name(), "Commands", c.description(), more ? " " : null,
                            null, !more, sort++));
                }
            }
            return;
        }
        Command c = Commands.find(split.words().get(0));
        if (c == Commands.BETWEEN) {
            betweenSides(split.typed(), candidates);
            return;
        }
        if (c == null || c.argument().kind() == null) {
            return;
        }
        Kind kind = c.argument().kind();
        int sort = 0;
        for (Target t : resolver.candidates(kind, split.typed(), LIMIT)) {
            candidates.add(candidate(t, sort++));
        }
    }

    /**
     * Either side of {@code between} is a person or a country: the whole argument completes as the first side,
     * and its last word as the second after the words before it ("between ferreira chi" gives "ferreira Chile").
     */
    private void betweenSides(String typed, List<Candidate> candidates) {
        int sort = 0;
        int space = typed.lastIndexOf(' ');
        String[][] sides = space < 0 ? new String[][] {{"", typed}}
                : new String[][] {{"", typed}, {typed.substring(0, space + 1), typed.substring(space + 1)}};
        List<String> countries = Relationship.countries(resolver.index().corpus());
        for (String[] side : sides) {
            String before = side[0];
            for (Target t : resolver.candidates(Kind.PERSON, side[1], LIMIT)) {
                candidates.add(new Candidate(before + t.value(), t.value(), t.kind().group(), t.description(), null,
                        t.kind() + ":" + t.id() + ":" + before, true, sort++));
            }
            String folded = dev.parley.text.Fold.key(side[1]);
            for (String country : countries) {
                if (dev.parley.text.Fold.key(country).startsWith(folded)) {
                    candidates.add(new Candidate(before + country, country, "Countries", "country", null,
                            "country:" + country + ":" + before, true, sort++));
                }
            }
        }
    }

    static Candidate candidate(Target t, int sort) {
        return new Candidate(t.value(), t.value(), t.kind().group(), t.description(), null, t.kind() + ":" + t.id(), true, sort);
    }

    /** Candidates for a line and cursor, matched and ordered: what a bar shows in its popup. */
    public List<Candidate> candidates(String line, int cursor) {
        LineSplitter.Split split = LineSplitter.split(line, cursor);
        List<Candidate> out = new java.util.ArrayList<>();
        complete(null, split, out);
        ResolvedMatcher matcher = new ResolvedMatcher();
        matcher.compile(java.util.Map.of(), false, split, true, 0, null);
        return matcher.matches(out);
    }
}
