package dev.parley.corpus;

import dev.parley.extract.EntityMention;
import dev.parley.extract.LocalQuote;
import dev.parley.extract.LocalSpeaker;
import dev.parley.model.Document;
import dev.parley.model.Entity;
import dev.parley.model.Mention;
import dev.parley.model.Quote;
import dev.parley.model.Speaker;
import dev.parley.text.Fold;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the speakers a document's quotes name ({@link LocalSpeaker}) into the model's {@link Speaker}s: a person
 * by the id {@link PeopleMerger} gave it, an organisation by the id of the organisation of the same canonical name.
 *
 * <p>An organisation may speak without {@link dev.parley.extract.OrgFinder} having listed it (the quote finder
 * knows more ways of naming a speaker than the finder of names does). Such an organisation still becomes an
 * organisation of the model, named where the quote names its speaker, so that every speaker id resolves.
 */
final class SpeakerIds {
    private final PeopleMerger people;
    private final Map<String, String> organisationIds = new HashMap<>();
    private final Map<String, String> organisationIdsByKey = new HashMap<>();

    private SpeakerIds(PeopleMerger people, List<Entity> organisations) {
        this.people = people;
        for (Entity o : organisations) {
            organisationIds.putIfAbsent(o.name(), o.id());
            organisationIdsByKey.putIfAbsent(Fold.key(o.name()), o.id());
        }
    }

    /** @param organisations the model's organisations, including those of {@link #unlisted} */
    static SpeakerIds of(PeopleMerger people, List<Entity> organisations) {
        return new SpeakerIds(people, organisations);
    }

    /**
     * The organisations that speak in some quote but that no document's organisation mentions name, each with
     * the places where a quote names it as its speaker (by canonical name, in corpus order).
     */
    static Map<String, List<Mention>> unlisted(List<CorpusBuilder.Extraction> extractions) {
        Set<String> listed = new HashSet<>();
        for (CorpusBuilder.Extraction e : extractions) {
            for (EntityMention m : e.orgs()) {
                listed.add(m.canonical());
                listed.add(Fold.key(m.canonical()));
            }
        }
        Map<String, List<Mention>> out = new LinkedHashMap<>();
        for (CorpusBuilder.Extraction e : extractions) {
            for (LocalQuote q : CorpusBuilder.inOrder(e.quotes())) {
                for (LocalSpeaker s : q.speakers()) {
                    String name = s.organisation();
                    if (s.isPerson() || listed.contains(name) || listed.contains(Fold.key(name))) {
                        continue;
                    }
                    List<Mention> mentions = out.computeIfAbsent(name, k -> new ArrayList<>());
                    Mention m = speakerWords(e.doc(), q, name);
                    if (m != null && !mentions.contains(m)) {
                        mentions.add(m);
                    }
                }
            }
        }
        return out;
    }

    /** The model's speakers of a quote of document {@code doc} (its index among the extractions). */
    List<Speaker> of(int doc, LocalQuote q) {
        List<Speaker> out = new ArrayList<>(q.speakers().size());
        for (LocalSpeaker s : q.speakers()) {
            Speaker speaker;
            if (s.isPerson()) {
                speaker = Speaker.person(people.id(doc, s.person()));
            } else {
                String id = organisationIds.get(s.organisation());
                if (id == null) {
                    id = organisationIdsByKey.get(Fold.key(s.organisation()));
                }
                if (id == null) {
                    throw new IllegalStateException("no organisation for speaker " + s.organisation());
                }
                speaker = Speaker.organisation(id);
            }
            if (!out.contains(speaker)) {
                out.add(speaker);
            }
        }
        return out;
    }

    /**
     * Where the quote names its speaker: the speaker words (or else the organisation's name) nearest the quote in
     * its paragraph, or in the title for a headline quote; null when neither is written there.
     */
    static Mention speakerWords(Document doc, LocalQuote q, String name) {
        String text = q.paragraph() == Quote.HEADLINE ? doc.title()
                : q.paragraph() >= 0 && q.paragraph() < doc.paragraphs().size()
                ? doc.paragraphs().get(q.paragraph()).text() : null;
        if (text == null) {
            return null;
        }
        for (String words : new String[] {q.speakerText(), name}) {
            if (words == null || words.isBlank()) {
                continue;
            }
            int at = nearest(text, words, q.start(), q.end());
            if (at >= 0) {
                return new Mention(doc.id(), q.paragraph(), at, at + words.length(), words);
            }
        }
        return null;
    }

    /** The occurrence of {@code words} outside [start, end) closest to that range, or -1. */
    private static int nearest(String text, String words, int start, int end) {
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            int stop = at + words.length();
            if (at < end && start < stop) {
                continue; // inside the quote: the quoted words, not the speaker
            }
            int distance = stop <= start ? start - stop : at - end;
            if (distance < bestDistance) {
                best = at;
                bestDistance = distance;
            }
        }
        return best;
    }
}
