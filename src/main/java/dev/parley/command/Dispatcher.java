package dev.parley.command;

/** Runs a line of the grammar against a model: the same for the explorer's bar and the shell. */
public final class Dispatcher {
    private final Resolver resolver;
    private final SearchHandler search;

    public Dispatcher(Resolver resolver, SearchHandler search) {
        this.resolver = resolver;
        this.search = search;
    }

    public Resolver resolver() {
        return resolver;
    }

    public Outcome run(String line) {
        Invocation inv;
        try {
            inv = CommandParser.parse(line);
        } catch (CommandException e) {
            return new Outcome.Problem(e.getMessage());
        }
        return run(inv);
    }

    public Outcome run(Invocation inv) {
        Command c = inv.command();
        if (c.reserved()) {
            return new Outcome.Message(c.name() + " is not there yet; it is reserved for a coming version");
        }
        Kind kind = c.argument().kind();
        if (kind != null) {
            Resolver.Resolution r = resolver.resolve(kind, inv.argument());
            return r.found() ? new Outcome.Open(r.target()) : new Outcome.Problem(r.problem());
        }
        if (c == Commands.SEARCH) {
            return search.search(inv.argument());
        }
        if (c == Commands.BETWEEN) {
            try {
                String[] sides = Relationship.split(resolver, inv.argument());
                return new Outcome.Between(sides[0], sides[1]);
            } catch (CommandException e) {
                return new Outcome.Problem(e.getMessage());
            }
        }
        if (c == Commands.BACK) {
            return new Outcome.Back();
        }
        if (c == Commands.FORWARD) {
            return new Outcome.Forward();
        }
        if (c == Commands.HELP) {
            return new Outcome.Help();
        }
        if (c == Commands.QUIT) {
            return new Outcome.Quit();
        }
        throw new IllegalStateException("command without a meaning: " + c.name());
    }
}
