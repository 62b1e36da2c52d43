package dev.parley.command;

import dev.parley.index.Count;
import dev.parley.index.CorpusIndex;
import dev.parley.model.DocDate;
import dev.parley.model.Document;
import dev.parley.model.Meeting;
import dev.parley.model.Person;
import dev.parley.model.Quote;
import dev.parley.model.Topic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The answers of {@code parley people|docs|topics|meetings|quotes} and {@code parley show}, for the CLI and the
 * shell alike (one code path, so both say the same). An answer is complete text for stdout, a line for stderr and
 * an exit code: 0 something found, 1 nothing matched, 2 a usage problem. Nothing is printed before it is complete.
 */
public final class Answers {
    public static final int FOUND = 0;
    public static final int NOTHING = 1;
    public static final int USAGE = 2;

    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private final CorpusIndex index;
    private final Resolver resolver;
    private final Views views;

    public Answers(Resolver resolver) {
        this.index = resolver.index();
        this.resolver = resolver;
        this.views = new Views(index);
    }

    /** Filters of the list commands; null means not given. Names are resolved like the bar's arguments. */
    public Resolver resolver() {
        return resolver;
    }

    public CorpusIndex index() {
        return index;
    }

    public record Filters(String person, String topic, String doc, String since, String until, Integer limit) {
        public static final Filters NONE = new Filters(null, null, null, null, null, null);
    }

    public record Answer(String out, String err, int exitCode) {
    }

    public Answer list(Kind kind, Filters f, Format format) {
        String p;
        String t;
        String d;
        try {
            if (f.since() != null && !DATE.matcher(f.since()).matches() || f.until() != null && !DATE.matcher(f.until()).matches()) {
                return new Answer("", "dates are YYYY, YYYY-MM or YYYY-MM-DD (was " + (f.since() != null
                        && !DATE.matcher(f.since()).matches() ? f.since() : f.until()) + ")", USAGE);
            }
            if (f.limit() != null && f.limit() < 0) {
                return new Answer("", "--limit must be 0 or more (was " + f.limit() + ")", USAGE);
            }
            p = id(Kind.PERSON, f.person());
            t = id(Kind.TOPIC, f.topic());
            d = id(Kind.DOCUMENT, f.doc());
        } catch (CommandException e) {
            return new Answer("", e.getMessage(), NOTHING);
        }
        List<Map<String, Object>> items = new ArrayList<>();
        switch (kind) {
            case PERSON:
                for (Person x : index.corpus().people()) {
                    if ((p == null || x.id().equals(p))
                            && (t == null || index.speakersOn(t).stream().anyMatch(c -> c.item().id().equals(x.id())))
                            && (d == null || index.peopleMentionedIn(d).stream().anyMatch(l -> l.item().id().equals(x.id())))
                            && (f.since() == null && f.until() == null
                                || index.documentsMentioning(x.id()).stream().anyMatch(doc -> inRange(doc.date(), f)))) {
                        items.add(views.person(x, false));
                    }
                }
                break;
            case DOCUMENT:
                for (Document x : index.documentsByDate()) {
                    if ((p == null || index.documentsMentioning(p).contains(x))
                            && (t == null || x.topics().contains(t) || index.topicsOf(x.id()).stream().anyMatch(o -> o.id().equals(t)))
                            && (d == null || x.id().equals(d))
                            && inRange(x.date(), f)) {
                        items.add(views.document(x, false));
                    }
                }
                break;
            case TOPIC:
                Set<String> spoken = p == null ? null : ids(index.topicsSpokenOnBy(p), Topic::id);
                for (Topic x : index.corpus().topics()) {
                    if ((t == null || x.id().equals(t))
                            && (spoken == null || spoken.contains(x.id()))
                            && (d == null || index.topicsOf(d).contains(x))
                            && (f.since() == null && f.until() == null
                                || index.documentsOn(x.id()).stream().anyMatch(doc -> inRange(doc.date(), f)))) {
                        items.add(views.topic(x, false));
                    }
                }
                break;
            case MEETING:
                for (Meeting x : index.timeline()) {
                    if ((p == null || x.participants().stream().anyMatch(pp -> pp.person().equals(p)))
                            && (t == null || x.topics().contains(t))
                            && (d == null || x.documents().contains(d))
                            && inRange(x.date(), f)) {
                        items.add(views.meeting(x, false));
                    }
                }
                break;
            default:
                for (Quote x : index.corpus().quotes()) {
                    Document doc = index.document(x.doc()).orElse(null);
                    if ((p == null || x.people().contains(p))
                            && (t == null || index.topicsOf(x.doc()).stream().anyMatch(o -> o.id().equals(t)))
                            && (d == null || x.doc().equals(d))
                            && inRange(doc == null ? null : doc.date(), f)) {
                        items.add(views.quote(x));
                    }
                }
        }
        if (f.limit() != null && items.size() > f.limit()) {
            items = items.subList(0, f.limit());
        }
        String out = format.list(kind, items);
        if (items.isEmpty()) {
            return new Answer(out, "no " + kind.plural() + " match", NOTHING);
        }
        return new Answer(out, "", FOUND);
    }

    /** {@code show KIND NAME}: the whole view of one thing, found as the bar finds it. */
    public Answer show(Kind kind, String name, Format format) {
        Resolver.Resolution r = resolver.resolve(kind, name);
        if (!r.found()) {
            return new Answer("", r.problem(), NOTHING);
        }
        return show(r.target(), format);
    }

    public Answer show(Target target, Format format) {
        Map<String, Object> view;
        switch (target.kind()) {
            case PERSON: view = index.person(target.id()).map(x -> views.person(x, true)).orElse(null); break;
            case DOCUMENT: view = index.document(target.id()).map(x -> views.document(x, true)).orElse(null); break;
            case TOPIC: view = index.topic(target.id()).map(x -> views.topic(x, true)).orElse(null); break;
            case MEETING: view = index.meeting(target.id()).map(x -> views.meeting(x, true)).orElse(null); break;
            default: view = index.quote(target.id()).map(views::quote).orElse(null); break;
        }
        if (view == null) {
            return new Answer("", "no " + target.kind().noun() + " '" + target.id() + "'", NOTHING);
        }
        return new Answer(format.object(target.kind(), view), "", FOUND);
    }

    private String id(Kind kind, String name) throws CommandException {
        if (name == null) {
            return null;
        }
        Resolver.Resolution r = resolver.resolve(kind, name);
        if (!r.found()) {
            throw new CommandException(r.problem());
        }
        return r.target().id();
    }

    private static <T> Set<String> ids(List<Count<T>> counts, Function<T, String> id) {
        Set<String> out = new LinkedHashSet<>();
        counts.forEach(c -> out.add(id.apply(c.item())));
        return out;
    }

    /**
     * Whether a date falls in [since, until], both inclusive and as precise as given. A partial date counts when
     * its span overlaps ("2015" is in --since 2015-06). Without a year (or a date) a thing is out once a bound is set.
     */
    static boolean inRange(DocDate date, Filters f) {
        if (f.since() == null && f.until() == null) {
            return true;
        }
        String v = date == null ? null : date.value();
        if (v == null || v.isBlank() || v.startsWith("--") || !DATE.matcher(v).matches()) {
            return false;
        }
        String start = pad(v, "-01-01");
        String end = pad(v, "-12-31");
        return (f.since() == null || end.compareTo(pad(f.since(), "-01-01")) >= 0)
                && (f.until() == null || start.compareTo(pad(f.until(), "-12-31")) <= 0);
    }

    /** "2015" → "2015-01-01" (or "-12-31"), "2015-10" → "2015-10-01" (or "-10-31": compared as text, so 31 is fine). */
    private static String pad(String v, String rest) {
        if (v.length() >= 10) {
            return v.substring(0, 10);
        }
        return v + rest.substring(v.length() - 4);
    }
}
