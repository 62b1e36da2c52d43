package dev.parley.curate;

import dev.parley.index.DocumentRelations;
import dev.parley.index.Located;
import dev.parley.model.Entity;
import dev.parley.model.Meeting;
import dev.parley.model.Person;
import dev.parley.model.Quote;

import java.util.ArrayList;
import java.util.List;

/**
 * A store's precomputed per-document relations, read through the corrections: a person merged away shows as the
 * one kept, hidden people and places are gone, quotes and meetings are the corrected ones. Computed one document
 * at a time, as asked, so that opening a corrected snapshot costs no more than opening it uncorrected.
 */
final class CorrectedRelations implements DocumentRelations {
    private final DocumentRelations stored;
    private final Corrector.Changes changes;

    CorrectedRelations(DocumentRelations stored, Corrector.Changes changes) {
        this.stored = stored;
        this.changes = changes;
    }

    @Override
    public List<Located<Person>> people(String docId) {
        List<Located<Person>> in = stored.people(docId);
        if (changes.people().isEmpty()) {
            return in;
        }
        List<Located<Person>> out = new ArrayList<>(in.size());
        for (Located<Person> l : in) {
            String id = l.item().id();
            String to = changes.moved().getOrDefault(id, id);
            if (!changes.people().containsKey(to)) {
                out.add(l);
            } else if (changes.people().get(to) != null) {
                out.add(new Located<>(changes.people().get(to), l.mention()));
            }
        }
        return List.copyOf(out);
    }

    @Override
    public List<Located<Entity>> places(String docId) {
        List<Located<Entity>> in = stored.places(docId);
        if (changes.entities().isEmpty()) {
            return in;
        }
        return in.stream().filter(l -> !changes.entities().contains(l.item().id())).toList();
    }

    @Override
    public List<Quote> quotes(String docId) {
        List<Quote> in = stored.quotes(docId);
        if (changes.quotes().isEmpty()) {
            return in;
        }
        return in.stream().map(q -> changes.quotes().getOrDefault(q.id(), q)).toList();
    }

    @Override
    public List<Meeting> meetings(String docId) {
        List<Meeting> in = stored.meetings(docId);
        if (changes.meetings().isEmpty()) {
            return in;
        }
        List<Meeting> out = new ArrayList<>(in.size());
        for (Meeting m : in) {
            Meeting now = changes.meetings().containsKey(m.id()) ? changes.meetings().get(m.id()) : m;
            if (now != null) {
                out.add(now);
            }
        }
        return List.copyOf(out);
    }
}
