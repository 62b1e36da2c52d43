package dev.parley.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Who the words of an attribution designate: a name, a title and surname, a role phrase matched against the
 * titles people hold in the document, or a pronoun; keeping track of who the text is about (the subject of each
 * sentence, in {@link #history}) so that "he", "the minister" or an unattributed quote can be resolved to the
 * person the reader would think of.
 */
final class QuoteSpeakers {
    private final QuoteText document;
    private final QuoteLexicon lex;
    private final RoleConcepts roles;
    private final List<LocalPerson> people;
    private final List<String> texts;
    private final List<List<Tokens.Token>> tokens;
    private final List<List<QuoteText.Ref>> refs;
    private final char[] gender;
    /** The subjects of the sentences read so far, in reading order. */
    final List<Subject> history = new ArrayList<>();

    QuoteSpeakers(QuoteText document) {
        this.document = document;
        this.lex = document.lex;
        this.roles = document.roles;
        this.people = document.people;
        this.texts = document.texts;
        this.tokens = document.tokens;
        this.refs = document.refs;
        this.gender = document.gender;
    }

    static final double NAME = 0.95;
    static final double TITLE = 0.9;
    static final double ROLE_UNIQUE = 0.85;
    static final double ROLE = 0.75;
    static final double PRONOUN = 0.75;
    static final double PREVIOUS = 0.6;
    /** How many tokens (punctuation included) after a subject's name its speech verb may stand. */
    static final int SPEAKING_REACH = 4;
    static final double SPLIT_PENALTY = 0.05;
    /** How many sentence subjects or mentions are looked back through to resolve a title or pronoun. */
    static final int LOOKBACK = 400;
    /** Longest name a ref may have, for finding the refs inside a phrase. */
    static final int NAME_MAX_CHARS = 200;

    /**
     * The subject of a sentence: who the text is about at that point. {@code speaking} is true when the sentence gives
     * words to someone (a quote, or a speech verb: "Petrov said the talks would resume"), false for plain narration.
     */
    record Subject(int p, int offset, int person, String text, boolean speaking) {
        Subject(int p, int offset, int person, String text) {
            this(p, offset, person, text, false);
        }
    }

    /** Who a quote's words designate: one speaker, several for a joint statement, none when unknown. */
    record Resolution(List<LocalSpeaker> speakers, String text, String verb, String how, double confidence) {
        Resolution {
            speakers = List.copyOf(speakers);
        }

        /** At most one speaker, a person: {@code speaker} is its index, or -1 when unknown. */
        Resolution(int speaker, String text, String verb, String how, double confidence) {
            this(speaker < 0 ? List.of() : List.of(LocalSpeaker.person(speaker)), text, verb, how, confidence);
        }

        boolean known() {
            return !speakers.isEmpty();
        }

        /** The first speaker that is a person, or -1. */
        int speaker() {
            for (LocalSpeaker s : speakers) {
                if (s.isPerson()) {
                    return s.person();
                }
            }
            return -1;
        }

        int strength() {
            if (how == null) {
                return 0;
            }
            switch (how) {
                case "name":
                    return 5;
                case "title":
                    return 4;
                case "role":
                    return 3;
                case "pronoun":
                    return 2;
                default:
                    return 1;
            }
        }

        Resolution copy(double penalty) {
            return new Resolution(speakers, text, verb, how, Math.max(0, confidence - penalty));
        }
    }

    // ---------------------------------------------------------------- speakers

    Resolution resolve(int p, QuoteClauses.Attribution a, int open, int sentenceStart, Resolution inSentence) {
        List<Tokens.Token> toks = tokens.get(p);
        String verb = a.according() ? null : document.span(p, toks.get(a.verbStart()).start(), toks.get(a.verbEnd() - 1).end());
        if (a.phraseStart() >= 0) {
            Resolution r = resolvePhrase(p, a.phraseStart(), a.phraseEnd(), open, sentenceStart, verb);
            return r;
        }
        // leading verb: the speaker is its subject, read leftwards from the verb
        int windowIdx = Tokens.firstAtOrAfter(toks, sentenceStart);
        if (!a.participle()) {
            int end = a.verbStart();
            while (end > windowIdx && lex.is(toks.get(end - 1), "adverb")) {
                end--;
            }
            int start = chunkStart(toks, end, windowIdx);
            if (start < end && toks.get(start).isWord()
                    && (toks.get(start).is("who") || toks.get(start).is("which"))
                    && start - 1 > windowIdx && toks.get(start - 1).punct() == ',') {
                end = start - 1; // "Petrov, who ..., said": the speaker stands before the relative clause
                start = chunkStart(toks, end, windowIdx);
            }
            if (start < end) {
                Resolution r = resolvePhrase(p, start, end, open, sentenceStart, verb);
                if (!r.known() && start - 1 > windowIdx && toks.get(start - 1).punct() == ',') {
                    // an apposition: "Ivanova, the ministry's spokeswoman, said"
                    int before = chunkStart(toks, start - 1, windowIdx);
                    if (before < start - 1) {
                        Resolution r2 = resolvePhrase(p, before, start - 1, open, sentenceStart, verb);
                        if (r2.speaker() >= 0 && "name".equals(r2.how())) {
                            return r2;
                        }
                    }
                }
                return r;
            }
        }
        // "..., adding: '...'", "and said: '...'": the subject of the clause the verb hangs on
        if (inSentence != null && inSentence.known()) {
            return new Resolution(inSentence.speakers(), inSentence.text(), verb, inSentence.how(),
                    Math.max(0, inSentence.confidence() - SPLIT_PENALTY));
        }
        Subject s = subjectOf(p, sentenceStart, toks.get(a.verbStart()).start());
        if (s != null) {
            String how = s.text() != null && Character.isUpperCase(s.text().charAt(0)) && !isPronoun(s.text())
                    ? "name" : "pronoun";
            return new Resolution(s.person(), s.text(), verb, how, how.equals("name") ? TITLE : PRONOUN);
        }
        return new Resolution(-1, null, verb, null, 0);
    }

    boolean isPronoun(String text) {
        String l = text.toLowerCase();
        return lex.is(l, "pronoun-male") || lex.is(l, "pronoun-female");
    }

    /** Start of the clause chunk that ends at {@code end}: back to a comma, a conjunction or the window start. */
    int chunkStart(List<Tokens.Token> toks, int end, int windowIdx) {
        int a = end;
        while (a - 1 >= windowIdx && end - a < QuoteClauses.PHRASE_MAX) {
            Tokens.Token x = toks.get(a - 1);
            if (!x.isWord()) {
                if (x.punct() == '-' || x.punct() == '’' || x.punct() == '\'') {
                    a--;
                    continue;
                }
                break;
            }
            if (lex.verbAt(toks, a - 1, end) != null) {
                break; // "She said she was assured ...": the nearer clause has its own subject
            }
            if (lex.is(x, "boundary") && !(x.is("and") && a - 2 >= windowIdx && toks.get(a - 2).capitalised()
                    && a < end && toks.get(a).capitalised())) {
                break;
            }
            a--;
        }
        return a;
    }

    /** Who the words [a, b) of paragraph p designate, judged at offset {@code at}. */
    Resolution resolvePhrase(int p, int a, int b, int at, int sentenceStart, String verb) {
        List<Tokens.Token> toks = tokens.get(p);
        String text = texts.get(p);
        int from = toks.get(a).start();
        int to = toks.get(b - 1).end();
        String phrase = text.substring(from, to);

        QuoteText.Ref named = null;
        boolean joint = false;
        List<QuoteText.Ref> nearby = refs.get(p);
        for (int k = document.firstRef(p, Math.max(0, from - NAME_MAX_CHARS)); k < nearby.size(); k++) {
            QuoteText.Ref r = nearby.get(k);
            if (r.start() >= to) {
                break;
            }
            if (r.end() <= from || "role".equals(r.kind()) || isPossessive(text, r.end())) {
                continue;
            }
            if (named != null && named.person() != r.person()) {
                joint = true;
            }
            named = r;
        }
        if (named != null) {
            if (joint && containsWord(toks, a, b, "and")) {
                return joint(p, from, to, phrase, verb); // "Petrov and his counterpart Halden said"
            }
            boolean full = "full".equals(named.kind()) || document.span(p, named.start(), named.end()).contains(" ");
            boolean titled = "title".equals(named.kind());
            for (int k = a; k < b && !titled && toks.get(k).start() < named.start(); k++) {
                Tokens.Token t = toks.get(k);
                titled = t.isWord() && !t.is("the") && roles.isRoleWord(t.text()) && !full;
            }
            // keep the words of the name and its titles, not the clause before them ("what the third supremo X")
            int nameStart = skipNameLead(toks, Tokens.firstAtOrAfter(toks, named.start()) - 1, a) + 1;
            while (nameStart < b && toks.get(nameStart).isWord() && toks.get(nameStart).is("of")) {
                nameStart++;
            }
            String designation = nameStart > a && nameStart < b ? text.substring(toks.get(nameStart).start(), to) : phrase;
            return titled ? new Resolution(named.person(), designation, verb, "title", TITLE)
                    : new Resolution(named.person(), designation, verb, "name", NAME);
        }
        Resolution organisation = organisation(p, a, b, phrase, verb);
        if (organisation != null) {
            return organisation;
        }
        Resolution bySurname = bareSurname(p, a, b, at, phrase, verb);
        if (bySurname != null) {
            return bySurname;
        }
        Tokens.Token first = toks.get(a);
        if (b - a == 1 && (lex.is(first, "pronoun-male") || lex.is(first, "pronoun-female"))) {
            int person = pronoun(p, at, sentenceStart, lex.is(first, "pronoun-female"));
            return person >= 0 ? new Resolution(person, phrase, verb, "pronoun", PRONOUN)
                    : new Resolution(-1, phrase, verb, null, 0);
        }
        if (lex.is(first, "indefinite")) {
            return new Resolution(-1, phrase, verb, null, 0);
        }
        RoleConcepts.Phrase role = roles.parse(toks.subList(a, b));
        if (role != null) {
            boolean[] fits = new boolean[people.size()];
            int count = 0;
            for (int i = 0; i < people.size(); i++) {
                for (LocalRole r : people.get(i).roles()) {
                    if (!fits[i] && roles.fits(role, r)) {
                        fits[i] = true;
                        count++;
                    }
                }
            }
            int person = count == 0 ? -1 : recent(fits, p, at);
            if (person >= 0) {
                return new Resolution(person, phrase, verb, "role", count == 1 ? ROLE_UNIQUE : ROLE);
            }
        }
        return new Resolution(-1, phrase, verb, null, 0);
    }

    /** Per folded surname, the people of the document whose name or a form of it ends with it; built when first needed. */
    private java.util.Map<String, boolean[]> surnames;

    /**
     * A speaker named by a surname alone, with or without an honorific ("Cuban said", "Mr. Reed said"), that the
     * person list did not mark there: a surname that is also a nationality word, or one several people share ("Bush
     * said" with two Bushes named). As the subject of a speech verb a nationality word cannot stand for the country,
     * and of several people with one surname the text means the one it is about; a place name is left alone ("Israel
     * said" is the country's voice). Null when the phrase is not a lone surname of a listed person.
     */
    private Resolution bareSurname(int p, int a, int b, int at, String phrase, String verb) {
        List<Tokens.Token> toks = tokens.get(p);
        int k = a;
        if (k < b && (lex.is(toks.get(k), "honorific-male") || lex.is(toks.get(k), "honorific-female"))) {
            k++;
            if (k < b && toks.get(k).punct() == '.') {
                k++;
            }
        }
        if (k != b - 1 || !toks.get(k).isWord() || !toks.get(k).capitalised() || a > 0 && lex.is(toks.get(a - 1), "oblique")) {
            return null;
        }
        String key = dev.parley.text.Fold.key(toks.get(k).text());
        if (key.length() < 3 || document.gazetteer.place(key) != null) {
            return null;
        }
        if (surnames == null) {
            surnames = new java.util.HashMap<>();
            for (int i = 0; i < people.size(); i++) {
                for (String form : people.get(i).formsAndName()) {
                    String[] parts = form.trim().split("\\s+");
                    surnames.computeIfAbsent(dev.parley.text.Fold.key(parts[parts.length - 1]),
                            x -> new boolean[people.size()])[i] = true;
                }
            }
        }
        boolean[] fits = surnames.get(key);
        if (fits == null) {
            return null;
        }
        int only = -1;
        int count = 0;
        for (int i = 0; i < fits.length; i++) {
            if (fits[i]) {
                only = i;
                count++;
            }
        }
        int person = count == 1 ? only : recent(fits, p, at);
        return person < 0 ? null : new Resolution(person, phrase, verb, "name", count == 1 ? NAME : TITLE);
    }

    /** Everyone named in a phrase that joins several names with "and", in the order named. */
    private Resolution joint(int p, int from, int to, String phrase, String verb) {
        String text = texts.get(p);
        List<LocalSpeaker> all = new ArrayList<>();
        List<QuoteText.Ref> nearby = refs.get(p);
        for (int k = document.firstRef(p, Math.max(0, from - NAME_MAX_CHARS)); k < nearby.size(); k++) {
            QuoteText.Ref r = nearby.get(k);
            if (r.start() >= to) {
                break;
            }
            LocalSpeaker s = LocalSpeaker.person(r.person());
            if (r.end() > from && !"role".equals(r.kind()) && !isPossessive(text, r.end()) && !all.contains(s)) {
                all.add(s);
            }
        }
        return new Resolution(all, phrase, verb, "name", NAME);
    }

    /**
     * An organisation as speaker: one the document names inside the phrase and that heads it ("the Russian Foreign
     * Ministry", "the state news agency Tanjug"), an outlet the gazetteer does not know, named after or before the
     * word that describes it ("the daily newspaper Borba", "the Borba daily"), or "the ministry" for the latest
     * organisation named with that word. Null when the phrase designates no organisation.
     */
    private Resolution organisation(int p, int a, int b, String phrase, String verb) {
        List<Tokens.Token> toks = tokens.get(p);
        String text = texts.get(p);
        int from = toks.get(a).start();
        int to = toks.get(b - 1).end();
        for (EntityMention m : document.orgRefs.get(p)) {
            if (m.start() >= to) {
                break;
            }
            if (m.end() <= from || m.start() < from || isPossessive(text, m.end())) {
                continue;
            }
            if (onlyDescription(toks, a, Tokens.firstAtOrAfter(toks, m.start()))) {
                return new Resolution(List.of(LocalSpeaker.organisation(m.canonical())), phrase, verb, "name", NAME);
            }
            return null; // "a spokesman for the ministry": a person speaks, unnamed
        }
        int k = a;
        while (k < b && (toks.get(k).is("the") || toks.get(k).is("a") || toks.get(k).is("an"))) {
            k++;
        }
        int described = k;
        while (described < b && lex.is(toks.get(described), "outlet")) {
            described++;
        }
        if (described > k && described < b && allCapitalised(toks, described, b)) {
            String name = text.substring(toks.get(described).start(), to); // "the daily newspaper Borba"
            return new Resolution(List.of(LocalSpeaker.organisation(name)), phrase, verb, "name", NAME);
        }
        if (k > a && b - k >= 2 && lex.is(toks.get(b - 1), "outlet") && allCapitalised(toks, k, b - 1)
                && !toks.get(b - 1).capitalised()) {
            String name = text.substring(toks.get(k).start(), toks.get(b - 2).end()); // "the Borba daily"
            return new Resolution(List.of(LocalSpeaker.organisation(name)), phrase, verb, "name", NAME);
        }
        boolean object = a > 0 && lex.is(toks.get(a - 1), "oblique"); // "told CBS News": who was told, not who spoke
        if (!object && described == k && allCapitalised(toks, k, b) && namesOrganisation(toks, k, b)) {
            String name = text.substring(toks.get(k).start(), to); // "Harbor Watch said", "the ACU said"
            return new Resolution(List.of(LocalSpeaker.organisation(name)), phrase, verb, "name", NAME);
        }
        if (k > a && toks.get(a).is("the") && lex.is(toks.get(b - 1), "org-head") && allLowerWords(toks, k, b)) {
            EntityMention m = latestOrgWith(p, from, toks.get(b - 1).lower());
            if (m != null) {
                return new Resolution(List.of(LocalSpeaker.organisation(m.canonical())), phrase, verb, "role", ROLE);
            }
        }
        return null;
    }

    /** Longest acronym read as an organisation's name when it speaks ("ESPN said"). */
    private static final int ACRONYM_MAX = 6;

    /**
     * Whether the capitalised words [a, b), subject of a speech verb and naming nobody the document lists, name an
     * organisation: a word that only organisations carry ("Coastline News", "Metro Daily"), neither after a given
     * name ("Bill Post") nor with a title ("Foreign Minister"), or a lone acronym that names no place ("ESPN", "the ACU"; not "US").
     */
    private boolean namesOrganisation(List<Tokens.Token> toks, int a, int b) {
        if (b - a == 1) {
            String w = toks.get(a).text();
            boolean acronym = w.length() >= 2 && w.length() <= ACRONYM_MAX;
            for (int i = 0; i < w.length() && acronym; i++) {
                acronym = Character.isUpperCase(w.charAt(i));
            }
            return acronym && document.gazetteer.place(w) == null && document.gazetteer.country(w) == null;
        }
        if (lex.isGivenName(toks.get(a).text())) {
            return false;
        }
        boolean org = false;
        for (int k = a; k < b; k++) {
            if (toks.get(k).isWord() && roles.isRoleWord(toks.get(k).text())) {
                return false; // "the Russian Foreign Minister said": a title, read as a role
            }
            org |= toks.get(k).isWord() && lex.isOrgWord(toks.get(k).text(), k - a, b - a);
        }
        return org;
    }

    /** Whether tokens [a, b) only describe what follows: articles, capitalised words, outlet words. */
    private boolean onlyDescription(List<Tokens.Token> toks, int a, int b) {
        for (int k = a; k < b; k++) {
            Tokens.Token t = toks.get(k);
            if (!t.isWord() || !(t.is("the") || t.capitalised() || lex.is(t, "outlet"))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allCapitalised(List<Tokens.Token> toks, int a, int b) {
        for (int k = a; k < b; k++) {
            Tokens.Token t = toks.get(k);
            if (!t.capitalised() && !(t.is("of") && k > a && k + 1 < b)) {
                return false;
            }
        }
        return a < b;
    }

    private static boolean allLowerWords(List<Tokens.Token> toks, int a, int b) {
        for (int k = a; k < b; k++) {
            if (!toks.get(k).isWord() || toks.get(k).capitalised()) {
                return false;
            }
        }
        return true;
    }

    /** How far back "the ministry" looks for the ministry it stands for. */
    private static final int ORG_LOOKBACK_PARAGRAPHS = 40;

    /** The latest organisation named before (p, at) with {@code head} among the words of its name. */
    private EntityMention latestOrgWith(int p, int at, String head) {
        for (int q = p; q >= 0 && p - q <= ORG_LOOKBACK_PARAGRAPHS; q--) {
            List<EntityMention> list = document.orgRefs.get(q);
            for (int k = list.size() - 1; k >= 0; k--) {
                EntityMention m = list.get(k);
                if ((q < p || m.end() <= at) && hasWord(m.text(), head)) {
                    return m;
                }
            }
        }
        return null;
    }

    private static boolean hasWord(String name, String lowerWord) {
        for (String w : name.split("[\\s\\-]+")) {
            if (w.toLowerCase(java.util.Locale.ROOT).equals(lowerWord)) {
                return true;
            }
        }
        return false;
    }

    static boolean containsWord(List<Tokens.Token> toks, int a, int b, String word) {
        for (int k = a; k < b; k++) {
            if (toks.get(k).is(word)) {
                return true;
            }
        }
        return false;
    }

    static boolean isPossessive(String text, int end) {
        return end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’')
                && (text.charAt(end + 1) == 's' || text.charAt(end + 1) == 'S')
                && (end + 2 >= text.length() || !Character.isLetter(text.charAt(end + 2)));
    }

    /**
     * Among the people allowed by {@code fits}, the one the text is about at (p, at): the latest sentence subject,
     * else the latest mention. Nobody when no fitting person was mentioned yet: a title used before the name is
     * rare, and a wrong speaker is worse than none.
     */
    int recent(boolean[] fits, int p, int at) {
        for (int k = history.size() - 1; k >= 0 && history.size() - k <= LOOKBACK; k--) {
            Subject s = history.get(k);
            if (fits[s.person()] && (s.p() < p || s.offset() < at)) {
                return s.person();
            }
        }
        QuoteText.Ref last = lastRefBefore(fits, p, at);
        return last != null ? last.person() : -1;
    }

    QuoteText.Ref lastRefBefore(boolean[] fits, int p, int at) {
        int looked = 0;
        for (int q = Math.min(p, refs.size() - 1); q >= 0; q--) {
            List<QuoteText.Ref> list = refs.get(q);
            for (int k = (q == p ? document.firstRef(p, at) : list.size()) - 1; k >= 0; k--) {
                if (++looked > LOOKBACK) {
                    return null;
                }
                QuoteText.Ref r = list.get(k);
                if ((q < p || r.start() < at) && !r.inQuote() && fits[r.person()]) {
                    return r;
                }
            }
        }
        return null;
    }

    /**
     * The person "he" or "she" at (p, at) stands for: a subject earlier in the same sentence, else the latest
     * sentence subject, else the latest mention, of a compatible gender. For "she" a person known to be a woman is
     * looked for first, since most people in this kind of text are men.
     */
    int pronoun(int p, int at, int sentenceStart, boolean female) {
        int person = pronounReferent(p, at, sentenceStart, female);
        if (person >= 0 && gender[person] == 0) {
            gender[person] = female ? 'f' : 'm'; // the text has now told us
        }
        return person;
    }

    int pronounReferent(int p, int at, int sentenceStart, boolean female) {
        int passes = female ? 2 : 1;
        for (int pass = 0; pass < passes; pass++) {
            boolean[] fits = new boolean[people.size()];
            boolean any = false;
            for (int i = 0; i < fits.length; i++) {
                fits[i] = female ? (pass == 0 ? gender[i] == 'f' : gender[i] != 'm') : gender[i] != 'f';
                any |= fits[i];
            }
            if (!any) {
                continue;
            }
            List<QuoteText.Ref> list = refs.get(p);
            for (int k = document.firstRef(p, sentenceStart); k < list.size() && k - document.firstRef(p, sentenceStart) < LOOKBACK; k++) {
                QuoteText.Ref r = list.get(k);
                if (r.start() >= at) {
                    break;
                }
                if (!r.inQuote() && fits[r.person()] && subjectLike(p, r, sentenceStart)) {
                    return r.person();
                }
            }
            int person = recent(fits, p, at);
            if (person >= 0) {
                return person;
            }
        }
        return -1;
    }

    /**
     * {@link #subjectOf}, marked as speaking when a speech verb follows the subject's name closely ("Petrov said the
     * talks would resume", "Petrov then told reporters"): a speech verb elsewhere in the sentence may be
     * someone else's.
     */
    Subject narrativeSubjectOf(int p, int s, int e) {
        Subject subject = subjectOf(p, s, e);
        if (subject == null || subject.text() == null) {
            return subject;
        }
        List<Tokens.Token> toks = tokens.get(p);
        String[] nameWords = subject.text().trim().split("\\s+");
        String lastWord = nameWords[nameWords.length - 1];
        for (int k = Tokens.firstAtOrAfter(toks, s); k < toks.size() && toks.get(k).start() < e; k++) {
            if (!toks.get(k).text().equals(lastWord) || document.insideQuote(p, toks.get(k).start())) {
                continue;
            }
            for (int v = k + 1; v < toks.size() && v <= k + SPEAKING_REACH && toks.get(v).start() < e; v++) {
                if (lex.verbAt(toks, v, toks.size()) != null) {
                    return new Subject(subject.p(), subject.offset(), subject.person(), subject.text(), true);
                }
            }
            break;
        }
        return subject;
    }

    /** The person a sentence is about: its first name in subject position, or a role phrase or pronoun opening it. */
    Subject subjectOf(int p, int s, int e) {
        List<QuoteText.Ref> list = refs.get(p);
        QuoteText.Ref fallback = null;
        int firstInSentence = document.firstRef(p, s);
        for (int k = firstInSentence; k < list.size() && k - firstInSentence < LOOKBACK; k++) {
            QuoteText.Ref r = list.get(k);
            if (r.inQuote() || "role".equals(r.kind())) {
                continue; // the name next to a title designates the person better than the title
            }
            if (r.start() >= e) {
                break;
            }
            if (subjectLike(p, r, s)) {
                return new Subject(p, s, r.person(), document.span(p, r.start(), r.end()));
            }
            if (fallback == null && !afterOblique(p, r, s)) {
                fallback = r;
            }
        }
        List<Tokens.Token> toks = tokens.get(p);
        int i = Tokens.firstAtOrAfter(toks, s);
        if (i < toks.size() && toks.get(i).start() < e) {
            Tokens.Token first = toks.get(i);
            if (lex.is(first, "pronoun-male") || lex.is(first, "pronoun-female")) {
                int person = pronoun(p, first.start(), s, lex.is(first, "pronoun-female"));
                return person >= 0 ? new Subject(p, s, person, first.text()) : null;
            }
            int j = i;
            while (j < toks.size() && j - i < 8 && toks.get(j).isWord() && toks.get(j).start() < e
                    && (toks.get(j).is("the") || toks.get(j).is("of") || roles.isRoleWord(toks.get(j).text())
                    || toks.get(j).capitalised())) {
                j++;
            }
            if (j > i) {
                RoleConcepts.Phrase role = roles.parse(toks.subList(i, j));
                if (role != null) {
                    Resolution r = resolvePhrase(p, i, j, first.start(), s, null);
                    if (r.speaker() >= 0) {
                        return new Subject(p, s, r.speaker(), r.text());
                    }
                }
            }
        }
        if (fallback != null) {
            return new Subject(p, s, fallback.person(), document.span(p, fallback.start(), fallback.end()));
        }
        // "Hearing the apology here matters more, he said.": the pronoun before a speech verb is the subject
        for (int k = i; k + 1 < toks.size() && toks.get(k).start() < e && k - i < QuoteClauses.SENTENCE_REACH; k++) {
            Tokens.Token t = toks.get(k);
            boolean female = lex.is(t, "pronoun-female");
            if ((female || lex.is(t, "pronoun-male")) && !document.insideQuote(p, t.start())
                    && lex.verbAt(toks, k + 1, toks.size()) != null) {
                int person = pronoun(p, t.start(), s, female);
                return person >= 0 ? new Subject(p, s, person, t.text()) : null;
            }
        }
        return null;
    }

    /**
     * Whether a name stands where a subject does: at the start of its sentence or right after a comma, colon or
     * closing quote, once the titles and adjectives before it are passed over.
     */
    boolean subjectLike(int p, QuoteText.Ref r, int sentenceStart) {
        List<Tokens.Token> toks = tokens.get(p);
        int k = Tokens.firstAtOrAfter(toks, r.start()) - 1;
        int floor = Tokens.firstAtOrAfter(toks, sentenceStart);
        k = skipNameLead(toks, k, floor);
        if (k < floor) {
            return true;
        }
        Tokens.Token x = toks.get(k);
        if (x.is("to") && k - 1 >= floor && toks.get(k - 1).is("according")) {
            return true; // "According to Petrov, ..." makes him the source of the sentence
        }
        char c = x.punct();
        return c == ',' || c == ':' || c == '—' || c == '–' || c == '”' || c == '"' || c == '»' || c == '“'
                || c == '’' || c == '(';
    }

    boolean afterOblique(int p, QuoteText.Ref r, int sentenceStart) {
        List<Tokens.Token> toks = tokens.get(p);
        int floor = Tokens.firstAtOrAfter(toks, sentenceStart);
        int k = skipNameLead(toks, Tokens.firstAtOrAfter(toks, r.start()) - 1, floor);
        return k >= floor && lex.is(toks.get(k), "oblique");
    }

    /** Moves left over the titles, adjectives and names that may precede a name ("Russian Foreign Minister"). */
    int skipNameLead(List<Tokens.Token> toks, int k, int floor) {
        while (k >= floor) {
            Tokens.Token x = toks.get(k);
            if (x.isWord() && (x.capitalised() || x.is("the") || x.is("of") || roles.isRoleWord(x.text()))) {
                k--;
            } else if (!x.isWord() && (x.punct() == '-')) {
                k--;
            } else {
                break;
            }
        }
        return k;
    }
}
