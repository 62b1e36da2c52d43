package dev.parley.curate;

import dev.parley.command.Kind;
import dev.parley.command.Resolver;
import dev.parley.index.CorpusIndex;
import dev.parley.model.Entity;
import dev.parley.model.Person;
import dev.parley.model.Quote;
import dev.parley.text.Fold;
import dev.parley.text.Sanitize;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * From what a user typed to a correction, over the model as corrected so far: names are found as everywhere else
 * ({@link Resolver}: accents, case, surname, prefix), and the correction records the canonical names and the
 * quote's place, which a rebuild keeps. Shared by {@code parley curate} and the explorer's keys.
 */
public final class Requests {
    /** A correction to add, or the problem that stops it (nothing matched, several matched). */
    public record Made(Correction correction, String problem) {
        static Made problem(String p) {
            return new Made(null, p);
        }

        public boolean ok() {
            return correction != null;
        }
    }

    private final CorpusIndex index;
    private final Resolver resolver;
    private final String note;

    public Requests(CorpusIndex index, String note) {
        this.index = index;
        this.resolver = new Resolver(index);
        this.note = note == null ? "" : note;
    }

    private Correction made(String action, String subject, String value) {
        return new Correction(Instant.now().truncatedTo(ChronoUnit.SECONDS), action, subject, value, note);
    }

    public Made merge(String keep, String other) {
        Resolver.Resolution k = resolver.resolve(Kind.PERSON, keep);
        Resolver.Resolution o = resolver.resolve(Kind.PERSON, other);
        if (!k.found()) {
            return Made.problem(k.problem());
        }
        if (!o.found()) {
            return Made.problem(o.problem());
        }
        if (k.target().id().equals(o.target().id())) {
            return Made.problem("“" + k.target().value() + "” and “" + Sanitize.line(other.strip()) + "” are already one person");
        }
        return new Made(made(Correction.MERGE, name(k), name(o)), null);
    }

    public Made rename(String person, String newName) {
        Resolver.Resolution p = resolver.resolve(Kind.PERSON, person);
        if (!p.found()) {
            return Made.problem(p.problem());
        }
        String clean = Sanitize.line(newName).strip();
        if (clean.isEmpty()) {
            return Made.problem("the new name is empty");
        }
        return new Made(made(Correction.RENAME, name(p), clean), null);
    }

    public Made role(String person, String role) {
        Resolver.Resolution p = resolver.resolve(Kind.PERSON, person);
        if (!p.found()) {
            return Made.problem(p.problem());
        }
        String clean = Sanitize.line(role).strip();
        if (clean.isEmpty() || clean.startsWith(",")) {
            return Made.problem("say the role as \"Title, Country\" (the country may be left out)");
        }
        return new Made(made(Correction.ROLE, name(p), clean), null);
    }

    /**
     * Hides a person, an organisation or a place. {@code kind} says which when the name is more than one of them
     * (null: whichever matches best).
     */
    public Made hide(String name, String kind) {
        List<String> kinds = kind == null ? List.of("person", "organisation", "place") : List.of(kind);
        String bestKind = null;
        String bestName = null;
        int bestLevel = Integer.MAX_VALUE;
        boolean tie = false;
        String problem = null;
        for (String k : kinds) {
            Match m = k.equals("person") ? person(name) : entity(k.equals("organisation")
                    ? index.corpus().organisations() : index.corpus().places(), k, name);
            if (m.name == null) {
                problem = problem == null ? m.problem : problem;
                continue;
            }
            if (m.level < bestLevel) {
                bestKind = k;
                bestName = m.name;
                bestLevel = m.level;
                tie = false;
            } else if (m.level == bestLevel) {
                tie = true;
            }
        }
        if (bestKind == null) {
            return Made.problem(problem);
        }
        if (tie) {
            return Made.problem("“" + Sanitize.line(name.strip()) + "” names more than one kind of thing: "
                    + "say --kind person, organisation or place");
        }
        return new Made(made(Correction.HIDE, bestKind, bestName), null);
    }

    /** Gives a quote (its id, or words of it) to a person, an organisation, or nobody ({@code none}). */
    public Made speaker(String quote, String who) {
        Optional<Quote> q = index.quote(quote.strip());
        if (q.isEmpty()) {
            Resolver.Resolution r = resolver.resolve(Kind.QUOTE, quote);
            if (!r.found()) {
                return Made.problem(r.problem());
            }
            q = index.quote(r.target().id());
        }
        String key = QuoteKey.of(q.orElseThrow()).toString();
        if (who.strip().equalsIgnoreCase("none")) {
            return new Made(made(Correction.SPEAKER, key, "none"), null);
        }
        Match p = person(who);
        Match o = entity(index.corpus().organisations(), "organisation", who);
        if (p.name != null && (o.name == null || p.level <= o.level)) {
            return new Made(made(Correction.SPEAKER, key, "person:" + p.name), null);
        }
        if (o.name != null) {
            return new Made(made(Correction.SPEAKER, key, "organisation:" + o.name), null);
        }
        return Made.problem(p.problem);
    }

    /** What matched a typed name: its canonical name and how well (0 exactly .. 3 loosely), or the problem. */
    private record Match(String name, int level, String problem) {
    }

    private Match person(String typed) {
        Resolver.Resolution r = resolver.resolve(Kind.PERSON, typed);
        return r.found() ? new Match(name(r), r.level(), null) : new Match(null, 9, r.problem());
    }

    private String name(Resolver.Resolution r) {
        return index.person(r.target().id()).map(Person::name).orElse(r.target().value());
    }

    /** An organisation or a place by name or alias: exactly, as a prefix, or every typed word starting a word. */
    private static Match entity(List<Entity> list, String kind, String typed) {
        String q = Fold.key(typed).strip().replaceAll("\\s+", " ");
        if (q.isEmpty()) {
            return new Match(null, 9, "no " + kind + " named");
        }
        for (int level = 0; level < 3; level++) {
            List<Entity> found = new ArrayList<>();
            for (Entity e : list) {
                List<String> names = new ArrayList<>();
                names.add(e.name());
                names.addAll(e.aliases());
                for (String n : names) {
                    if (matches(Fold.key(n).strip(), q, level)) {
                        found.add(e);
                        break;
                    }
                }
            }
            if (found.size() == 1) {
                return new Match(found.get(0).name(), level, null);
            }
            if (found.size() > 1) {
                return new Match(null, 9, found.size() + " " + kind + "s match '" + Sanitize.line(typed.strip())
                        + "': " + String.join(", ", found.stream().limit(4).map(e -> Sanitize.line(e.name())).toList())
                        + " · say more of the name");
            }
        }
        return new Match(null, 9, "no " + kind + " '" + Sanitize.line(typed.strip()) + "'");
    }

    private static boolean matches(String name, String q, int level) {
        switch (level) {
            case 0: return name.equals(q);
            case 1: return name.startsWith(q);
            default:
                List<String> words = List.of(name.split("[\\s\\p{Punct}]+"));
                for (String t : q.split(" ")) {
                    if (words.stream().noneMatch(w -> w.startsWith(t))) {
                        return false;
                    }
                }
                return true;
        }
    }
}
