package dev.parley.tui;

import dev.parley.index.CorpusIndex;
import dev.parley.model.Entity;
import dev.parley.model.Person;

import java.util.List;

/**
 * The correction keys (m merge, e speaker, x hide, u undo), pure like {@link Update}: they open the bar for a
 * name, or ask the loop for an {@link Effect.Curate}, which writes the corrections file and reloads the model.
 */
final class Corrections {
    private Corrections() {
    }

    static Next key(State s, Action a, Ref target, CorpusIndex index) {
        switch (a) {
            case UNDO:
                return new Next(s, List.of(new Effect.Curate("undo", null, null)));
            case MERGE: {
                Person p = target == null || target.kind() != Ref.Kind.PERSON ? null : index.person(target.id()).orElse(null);
                if (p == null) {
                    return Next.of(s.withStatus("m merges into a person: select one in People or open one"));
                }
                return Next.of(s.withBar(Bar.forPurpose(new Bar.Purpose("merge", p.id(), "merge into " + p.name()),
                        "name the person to merge into " + p.name() + " · Tab completes · Enter merges · Esc cancels")));
            }
            case SPEAKER: {
                if (target == null || target.kind() != Ref.Kind.QUOTE || index.quote(target.id()).isEmpty()) {
                    return Next.of(s.withStatus("e changes a quote's speaker: select a quote first"));
                }
                return Next.of(s.withBar(Bar.forPurpose(new Bar.Purpose("speaker", target.id(), "speaker"),
                        "who said it: a person (Tab completes), or none · Enter sets it · Esc cancels")));
            }
            default: {
                if (target != null && target.kind() == Ref.Kind.PERSON && index.person(target.id()).isPresent()) {
                    return new Next(s, List.of(new Effect.Curate("hide", "person", target.id())));
                }
                if (target != null && target.kind() == Ref.Kind.PLACE) {
                    String name = index.place(target.id()).map(Entity::name).orElse(null);
                    if (name != null) {
                        return new Next(s, List.of(new Effect.Curate("hide", "place", name)));
                    }
                }
                return Next.of(s.withStatus("x hides a person or a place: select one first"));
            }
        }
    }

    /**
     * Enter in a bar opened by m or e: the person the line names (or "none" for a speaker) completes the
     * correction; a speaker that is not a person is looked up among the organisations. Null when the line is
     * another command, so that the bar runs it.
     */
    static Next accept(State s, Bar bar, dev.parley.command.Outcome outcome) {
        Bar.Purpose purpose = bar.purpose();
        if (outcome instanceof dev.parley.command.Outcome.Open) {
            dev.parley.command.Target t = ((dev.parley.command.Outcome.Open) outcome).target();
            if (t.kind() == dev.parley.command.Kind.PERSON) {
                return new Next(s.withBar(null), List.of(new Effect.Curate(purpose.action(), purpose.subject(), t.id())));
            }
            return Next.of(s.withBar(bar.withMessage("name a person: person NAME (Tab completes)")));
        }
        if (purpose.action().equals("speaker") && outcome instanceof dev.parley.command.Outcome.Problem) {
            // not a person: perhaps an organisation, which the bar does not complete; the correction finds it
            String who = bar.text().strip().replaceFirst("^person\\s+", "");
            return new Next(s.withBar(null), List.of(new Effect.Curate("speaker", purpose.subject(), who)));
        }
        return null;
    }

    /** "none" or "person none" on a speaker's bar: nobody known said it. */
    static boolean saysNone(Bar bar) {
        String line = bar.text().strip().toLowerCase(java.util.Locale.ROOT);
        return bar.purpose() != null && bar.purpose().action().equals("speaker")
                && (line.equals("none") || line.equals("person none"));
    }
}
