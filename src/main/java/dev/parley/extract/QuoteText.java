package dev.parley.extract;

import dev.parley.model.Document;
import dev.parley.model.Paragraph;
import dev.parley.text.Fold;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A document as the quote finder reads it: its paragraphs with typewriter marks made ordinary ones, their words,
 * their quotation marks, the places where the document's people are named or described (refs), each person's
 * gender as far as the text tells, and where sentences start outside quotes.
 */
final class QuoteText {
    final QuoteLexicon lex;
    final RoleConcepts roles;
    final Gazetteer gazetteer;
    final List<LocalPerson> people;
    /** The paragraphs as written, for the quoted words. */
    final List<String> originals = new ArrayList<>();
    /** The paragraphs as read: the same offsets, typewriter quotation marks made ordinary ones. */
    final List<String> texts = new ArrayList<>();
    final List<List<Tokens.Token>> tokens = new ArrayList<>();
    final List<List<QuoteMarks.Marked>> marks = new ArrayList<>();
    final List<List<Ref>> refs = new ArrayList<>();
    /** Per paragraph: the organisations named in it, in text order. */
    final List<List<EntityMention>> orgRefs = new ArrayList<>();
    /** Per person: 'f', 'm' or 0 when the document does not say. */
    final char[] gender;

    QuoteText(Document doc, List<LocalPerson> people, List<EntityMention> orgs, QuoteLexicon lex, RoleConcepts roles, Gazetteer gazetteer,
              Set<String> abbreviations) {
        this.lex = lex;
        this.roles = roles;
        this.gazetteer = gazetteer;
        this.people = people == null ? List.of() : people;
        for (Paragraph paragraph : doc.paragraphs()) {
            String text = paragraph.text() == null ? "" : paragraph.text();
            originals.add(text);
            texts.add(QuoteMarks.withTypewriterMarks(text));
        }
        for (String text : texts) {
            tokens.add(Tokens.quotes(text, abbreviations));
        }
        for (int p = 0; p < texts.size(); p++) {
            marks.add(QuoteMarks.find(texts.get(p), p + 1 < texts.size() ? texts.get(p + 1) : null));
        }
        for (int p = 0; p < texts.size(); p++) {
            orgRefs.add(new ArrayList<>());
        }
        for (EntityMention o : orgs == null ? List.<EntityMention>of() : orgs) {
            if (OrgFinder.KIND.equals(o.kind()) && valid(o.paragraph(), o.start(), o.end())) {
                orgRefs.get(o.paragraph()).add(o);
            }
        }
        for (List<EntityMention> list : orgRefs) {
            list.sort(Comparator.comparingInt(EntityMention::start));
        }
        this.gender = new char[this.people.size()];
        buildRefs();
        readGenders();
    }


    /** A person named, titled or described at [start, end) of paragraph p. */
    record Ref(int p, int start, int end, int person, String kind, boolean inQuote) {
    }

    /**
     * Sentence starts of a paragraph, counting only full stops outside quotes: a quote of three sentences is part
     * of the one sentence that attributes it.
     */
    List<Integer> sentenceStarts(int p) {
        String text = texts.get(p);
        List<Tokens.Token> toks = tokens.get(p);
        List<QuoteMarks.Marked> ms = marks.get(p);
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int mi = 0;
        for (Tokens.Token t : toks) {
            while (mi < ms.size() && ms.get(mi).close() < t.start()) {
                mi++;
            }
            if (mi < ms.size() && ms.get(mi).open() <= t.start() && t.start() <= ms.get(mi).close()) {
                QuoteMarks.Marked m = ms.get(mi);
                if (t.start() == m.close() && !m.openEnded() && m.end() > m.start()) {
                    char last = text.charAt(m.end() - 1);
                    if ((last == '.' || last == '!' || last == '?') && startsSentenceAfter(text, m.close() + 1)) {
                        addStart(text, starts, m.close() + 1);
                    }
                }
                continue;
            }
            char c = t.punct();
            if ((c == '.' || c == '!' || c == '?' || c == ';') && startsSentenceAfter(text, t.end())) {
                addStart(text, starts, t.end());
            }
        }
        return starts;
    }

    static boolean startsSentenceAfter(String text, int from) {
        int k = from;
        if (k < text.length() && !QuoteMarks.isSpace(text.charAt(k))) {
            return false;
        }
        while (k < text.length() && QuoteMarks.isSpace(text.charAt(k))) {
            k++;
        }
        if (k >= text.length()) {
            return false;
        }
        char c = text.charAt(k);
        return Character.isUpperCase(c) || Character.isDigit(c) || QuoteMarks.isQuoteMark(c);
    }

    static void addStart(String text, List<Integer> starts, int from) {
        int k = from;
        while (k < text.length() && QuoteMarks.isSpace(text.charAt(k))) {
            k++;
        }
        if (k < text.length() && k > starts.get(starts.size() - 1)) {
            starts.add(k);
        }
    }

    /** Index of the first ref of paragraph p that starts at or after {@code offset}. */
    int firstRef(int p, int offset) {
        List<Ref> list = refs.get(p);
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    // ---------------------------------------------------------------- people in the text

    void buildRefs() {
        for (int p = 0; p < texts.size(); p++) {
            refs.add(new ArrayList<>());
        }
        List<List<int[]>> spans = new ArrayList<>();
        for (int p = 0; p < texts.size(); p++) {
            spans.add(new ArrayList<>());
        }
        for (int i = 0; i < people.size(); i++) {
            LocalPerson person = people.get(i);
            for (PersonMention m : person.mentions()) {
                if (valid(m.paragraph(), m.start(), m.end())) {
                    addRef(m.paragraph(), m.start(), m.end(), i, m.form() == null ? "surname" : m.form());
                }
            }
            for (LocalRole r : person.roles()) {
                if (valid(r.paragraph(), r.start(), r.end())) {
                    addRef(r.paragraph(), r.start(), r.end(), i, "role");
                }
            }
        }
        // names the person list knows but did not mark at this place
        Map<String, Integer> bySurname = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            LocalPerson person = people.get(i);
            for (String form : person.formsAndName()) {
                String[] parts = form.trim().split("\\s+");
                String key = Fold.key(parts[parts.length - 1]);
                if (key.length() < 3 || roles.isRoleWord(key) || gazetteer.country(key) != null) {
                    continue;
                }
                Integer known = bySurname.putIfAbsent(key, i);
                if (known != null && known != i) {
                    bySurname.put(key, -1);
                }
            }
        }
        for (int p = 0; p < texts.size(); p++) {
            List<Ref> list = refs.get(p);
            list.sort(Comparator.comparingInt(Ref::start));
            List<Ref> found = new ArrayList<>();
            int ri = 0;
            for (Tokens.Token t : tokens.get(p)) {
                if (!t.capitalised()) {
                    continue;
                }
                while (ri < list.size() && list.get(ri).end() <= t.start()) {
                    ri++;
                }
                if (ri < list.size() && list.get(ri).start() < t.end()) {
                    continue;
                }
                String owner = Tokens.withoutPossessive(t);
                String word = owner != null ? owner : t.text();
                Integer person = bySurname.get(Fold.key(word));
                if (person != null && person >= 0) {
                    found.add(new Ref(p, t.start(), t.start() + word.length(), person, "found", false));
                }
            }
            list.addAll(found);
            List<Ref> marked = new ArrayList<>(list.size());
            for (Ref r : list) {
                marked.add(new Ref(r.p(), r.start(), r.end(), r.person(), r.kind(), insideQuote(p, r.start())));
            }
            marked.sort(Comparator.comparingInt(Ref::start).thenComparingInt(Ref::end));
            refs.set(p, Collections.unmodifiableList(marked));
        }
    }

    void addRef(int p, int start, int end, int person, String kind) {
        refs.get(p).add(new Ref(p, start, end, person, kind, false));
    }

    boolean valid(int p, int start, int end) {
        return p >= 0 && p < texts.size() && start >= 0 && end > start && end <= texts.get(p).length();
    }

    boolean insideQuote(int p, int offset) {
        List<QuoteMarks.Marked> ms = marks.get(p);
        int lo = 0;
        int hi = ms.size();
        while (lo < hi) { // the last quote opening before offset; quotes do not overlap
            int mid = (lo + hi) >>> 1;
            if (ms.get(mid).open() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 && offset < ms.get(lo - 1).close();
    }

    /**
     * What the document and the name say about each person's gender: honorifics before a mention (Ms, Mr),
     * gendered titles (spokeswoman), then the given name.
     */
    void readGenders() {
        for (int i = 0; i < people.size(); i++) {
            LocalPerson person = people.get(i);
            double score = 0;
            for (PersonMention m : person.mentions()) {
                if (!valid(m.paragraph(), m.start(), m.end())) {
                    continue;
                }
                List<Tokens.Token> toks = tokens.get(m.paragraph());
                int k = Tokens.firstAtOrAfter(toks, m.start()) - 1;
                if (k >= 0) {
                    String w = toks.get(k).lower();
                    if (lex.is(w, "honorific-female")) {
                        score += 2;
                    } else if (lex.is(w, "honorific-male")) {
                        score -= 2;
                    }
                }
            }
            for (LocalRole r : person.roles()) {
                String title = r.title() == null ? "" : r.title().toLowerCase();
                if (title.contains("woman") || title.contains("madam")) {
                    score += 2;
                } else if (title.contains("spokesman") || title.contains("chairman")) {
                    score -= 1;
                }
            }
            String name = person.name() == null ? "" : person.name().trim();
            String[] parts = name.split("\\s+");
            if (parts.length >= 2) {
                char g = lex.genderOfGivenName(parts[0]);
                score += g == 'f' ? 1 : g == 'm' ? -1 : g == 'w' ? 0.5 : 0;
            }
            gender[i] = score > 0 ? 'f' : score < 0 ? 'm' : 0;
        }
        pronounEvidence();
    }

    /**
     * A sentence that names one person and speaks of "her" (and never "him") tells that person's gender, as in
     * "Fehér, for her part, noted ...". Only fills genders nothing else has told.
     */
    void pronounEvidence() {
        int[] votes = new int[people.size()];
        for (int p = 0; p < texts.size(); p++) {
            List<Integer> starts = sentenceStarts(p);
            List<Tokens.Token> toks = tokens.get(p);
            for (int si = 0; si < starts.size(); si++) {
                int s = starts.get(si);
                int e = si + 1 < starts.size() ? starts.get(si + 1) : texts.get(p).length();
                int only = -1;
                int firstAt = -1;
                boolean several = false;
                List<Ref> list = refs.get(p);
                for (int k = firstRef(p, s); k < list.size() && list.get(k).start() < e; k++) {
                    Ref r = list.get(k);
                    if (!r.inQuote()) {
                        several |= only >= 0 && only != r.person();
                        only = r.person();
                        firstAt = firstAt < 0 ? r.end() : firstAt;
                    }
                }
                if (only < 0 || several) {
                    continue;
                }
                int female = 0;
                int male = 0;
                // a pronoun after the name refers back to it; one before it is somebody else ("She said X ...")
                for (int k = Tokens.firstAtOrAfter(toks, firstAt); k < toks.size() && toks.get(k).start() < e; k++) {
                    Tokens.Token t = toks.get(k);
                    if (!t.isWord() || insideQuote(p, t.start())) {
                        continue;
                    }
                    if (t.is("she") || t.is("her") || t.is("hers") || t.is("herself")) {
                        female++;
                    } else if (t.is("he") || t.is("his") || t.is("him") || t.is("himself")) {
                        male++;
                    }
                }
                votes[only] += Integer.signum(female - male);
            }
        }
        for (int i = 0; i < votes.length; i++) {
            if (gender[i] == 0 && votes[i] != 0) {
                gender[i] = votes[i] > 0 ? 'f' : 'm';
            }
        }
    }

    String span(int p, int start, int end) {
        return texts.get(p).substring(start, end);
    }
}
