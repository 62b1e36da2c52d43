package dev.parley.extract;

import dev.parley.extract.Tokens.Kind;
import dev.parley.extract.Tokens.Token;
import java.util.HashSet;
import java.util.Set;

/**
 * Weighs one candidate run: the evidence around it that it names a person (a title, a known name, a reporting
 * verb, an appositive) and the signs that it names a place, an organisation or a thing instead.
 */
final class CandidateEvidence extends ParagraphReader {
    private static final Set<String> VERBS_BEFORE_NAME = Set.of("said", "says", "added", "explained", "wrote",
            "noted", "stressed", "asked", "continued", "according", "recalled", "insisted", "argued", "warned",
            "tweeted", "quoted", "replied", "admitted", "urged", "thanked", "congratulated", "surnamed");
    static final Set<String> PREPOSITIONS = Set.of("of", "at", "from", "in", "into", "on", "for", "to",
            "near", "across", "via", "towards", "toward", "inside", "outside", "around");
    /** Articles that open Spanish, French, Italian and Arabic place and organisation names. */
    private static final Set<String> ARTICLES = Set.of("la", "las", "los", "el", "le", "les", "il", "al",
            "the", "des", "der", "die", "das", "het");
    private static final Set<String> EPONYM_NOUNS = Set.of("government", "administration", "regime",
            "dictatorship", "presidency", "era", "years", "cabinet", "family", "clan", "doctrine", "camp", "team",
            "dynasty", "legacy");
    /** Function words that may stand right before a name that nothing else marks as one. */
    private static final Set<String> WORDS_BEFORE_A_NAME = Set.of("and", "or", "as", "with", "that", "like", "after",
            "when", "while", "including", "between", "is", "was", "but", "by", "under", "against", "whom", "than",
            "for", "met", "where", "if", "because", "then", "also", "both", "said", "says", "whereas", "unlike",
            "besides", "alongside", "joined", "joining", "meeting", "replacing", "succeeding", "behind", "beside",
            "about", "named", "called");
    /** Function words and verbs that may follow such a name. */
    private static final Set<String> WORDS_AFTER_A_NAME = Set.of("has", "have", "is", "was", "will", "would", "had",
            "took", "went", "lives", "who", "also", "can", "could", "may", "might", "should", "must", "did", "does",
            "do", "of", "in", "on", "at", "by", "as", "for", "with", "to", "and", "or", "but", "whose", "were",
            "are", "from", "after", "before", "during", "when", "while", "since", "until", "himself", "herself",
            "not", "never", "again", "too", "gave", "made", "became", "won", "led", "played", "wrote", "plans",
            "wants", "spent", "got", "came", "says", "said", "told", "now", "still", "recently", "later", "once",
            "previously", "currently", "then", "already", "just", "only", "first", "last",
            // irregular past tenses, which the "-ed" test misses: "Mavel Ostrander struck twice"
            "struck", "shot", "hit", "threw", "ran", "met", "left", "brought", "sent", "found", "held", "kept",
            "began", "sat", "stood", "spoke", "broke", "fell", "drew", "flew", "grew", "paid", "sold", "built",
            "caught", "fought", "taught", "sought", "bought", "lost", "chose", "drove", "saw", "beat", "scored");
    private final RoleReader roles;

    CandidateEvidence(ParagraphReader same, RoleReader roles) {
        super(same);
        this.roles = roles;
    }

    private boolean onlyNumbering(int from, int to) {
        for (int j = from; j < to; j++) {
            Token tok = t.get(j);
            if (tok.isWord() ? !isNumber(tok) : ".:-–•*#)".indexOf(tok.text().charAt(0)) < 0) {
                return false;
            }
        }
        return true;
    }


    /** How far back a title may open before the comma that ends its phrase: "Ambassador of X to Y". */
    private static final int TITLE_PHRASE_REACH = 12;
    private static final java.util.Set<String> TITLE_PHRASE_GLUE = java.util.Set.of("of", "the", "and", "for", "to");

    /**
     * Whether the tokens ending at {@code last} are a title phrase: an office title, then only capitalised words and
     * "of", "the", "and", "for", "to" ("the Ambassador of the Kingdom of Morocco to the Slovak Republic").
     */
    private boolean titlePhraseEndsAt(int last) {
        for (int j = last; j >= 0 && j > last - TITLE_PHRASE_REACH; j--) {
            Token tok = t.get(j);
            if (!tok.isWord()) {
                return false;
            }
            if (tok.capitalised()) {
                Titles.Match m = lex.titles.match(t, j);
                if (m != null && "office".equals(m.kind())) {
                    return true;
                }
            } else if (!TITLE_PHRASE_GLUE.contains(tok.lower())) {
                return false;
            }
        }
        return false;
    }

    /**
     * Sets the evidence of candidate c, whose run is [s, q) and name [p, q); {@code previous} is the run read
     * just before it in this paragraph (a lone title, for "Ministers Jovanovic and Petrov"), or null.
     */
    void weigh(PersonCandidate c, int s, int p, int q, PersonCandidate previous) {
        int n = c.size();
        Token before = s > 0 ? t.get(s - 1) : null;
        Token before2 = s > 1 ? t.get(s - 2) : null;
        String beforeLower = before != null && before.isWord() ? before.lower() : "";

        c.titled = c.title != null
                || (before != null && before.isWord() && !before.capitalised()
                && (isPersonNoun(beforeLower) || lex.titles.match(t, s - 1) != null));
        // "the Chair of the Foreign Affairs Committee of the Riigikogu, Liis Saar": a name of two or more words
        // after a comma that ends a title phrase is the holder of that title
        if (!c.titled && n >= 2 && before != null && before.is(",") && titlePhraseEndsAt(s - 2)) {
            c.titled = true;
        }
        // "Ministers Jovanovic and Petrov": the second name shares the plural title of the first
        if (!c.titled && beforeLower.equals("and") && previous != null && previous.tokens == t
                && previous.end == s - 1 && previous.title != null
                && t.get(previous.title.end() - 1).lower().endsWith("s")) {
            c.titled = true;
        }
        String first = c.firstKey();
        String last = c.lastKey();
        c.given = n >= 2 && lex.givenNames.contains(first);
        c.family = n >= 2 && n <= 3 && lex.familyFirst.contains(first);
        c.surname = n >= 2 && lex.surnames.contains(last);
        c.shape = n >= 2 && (NameLexicon.hasSurnameShape(last)
                || n <= 3 && NameLexicon.isSyllableGivenName(t.get(q - 1).text()));
        boolean initialComma = sentenceStart[p] && n == 1 && !c.titled;
        // "K P Sasikala", "J. K. Rowling": initials before a name
        if (t.get(p).initial() && t.get(p).text().length() <= 2 + (t.get(p).text().endsWith(".") ? 1 : 0)
                && q - p >= 2) {
            c.appositive = true;
        }

        Token after = q < t.size() ? t.get(q) : null;
        if (after != null && after.isWord() && lex.personVerbs.contains(after.lower())) {
            c.verbAfter = true;
        }
        if (after != null && after.is(",") && q + 1 < t.size() && !initialComma) {
            c.appositive = appositiveAt(q + 1);
        }
        if (after != null && after.is("(") && q + 1 < t.size() && isNumber(t.get(q + 1))) {
            c.appositive = true;
        }
        if (before != null && before.isWord() && !before.capitalised()) {
            if (beforeLower.equals("to") && before2 != null && before2.lower().equals("according")) {
                c.verbBefore = n >= 2;
            } else if (VERBS_BEFORE_NAME.contains(beforeLower)) {
                c.verbBefore = true;
            } else if (beforeLower.equals("by") && n >= 2) {
                c.verbBefore = true; // "written by Ayako Nakada", "a poem by ..."
            }
        }
        // "the Bureau of Meteorology's Johnathan How", "Serbia's Ana Jovanovic"
        if (n >= 2 && before != null && before.kind() == Kind.POSSESSIVE) {
            c.verbBefore = true;
        }
        // a line that is only a name: bylines, captions, team sheets ("7. Ever Alvarado (Olimpia)")
        if (n >= 2 && n <= 4 && text.length() <= 60 && onlyNumbering(0, s)) {
            c.appositive = true;
        }
        if (before != null && before.isWord() && before.lower().equals("the") && eponym(q) && !c.titled) {
            c.appositive = true;
        }
        // after a preposition a lone word is a place or an organisation more often than a person
        if (n == 1 && !c.titled && before != null && PREPOSITIONS.contains(beforeLower)) {
            c.verbAfter = false;
            c.appositive = false;
            c.verbBefore = false;
        }

        c.negative = negative(c, s, p, q, before);
        for (int j = p; j < q; j++) {
            Token tok = t.get(j);
            if (!isParticle(tok) && !tok.initial() && !lex.isKnownName(tok.key())
                    && (lex.isEnglishWord(tok.lower()) || isCommonWord(tok))) {
                c.ordinaryWords++;
            }
        }
        c.plausible = n >= 2 && n <= 3 && c.ordinaryWords == 0 && plausibleAt(s, p, q);
        c.common = n == 1 && (isCommonWord(t.get(p))
                || lex.isEnglishWord(t.get(p).lower()) && !lex.isKnownName(t.get(p).key()));
        if (n == 1 && c.title != null && c.title.isHonorific() && c.title.end() == p && shortHonorific(c.title)
                && !lex.titles.isTitleWord(t.get(p).lower())) {
            c.common = false; // "Mr. Pike", "Ms. Small": after an honorific a word is a surname whatever else it means
        }
        if (beforeLower.equals("surnamed")) {
            c.common = false; // "a police officer surnamed Quell": the word is a name whatever else it means
        }
        c.roles.addAll(roles.rolesBefore(p));
        if (!c.roles.isEmpty()) {
            c.titled = true; // "Minister of Foreign Affairs of the Russian Federation Marko Petrov"
        }
        if (after != null && after.is(",")) {
            c.roles.addAll(roles.rolesAfter(q + 1));
        }
    }

    /** "Mr", "Mrs.", "Ms", "Dr": an abbreviated honorific, which only ever precedes a surname. */
    private boolean shortHonorific(Titles.Match m) {
        if (m.end() - m.start() > 2) {
            return false;
        }
        String w = t.get(m.start()).text();
        return w.length() <= 4 && (m.end() - m.start() == 1 || t.get(m.start() + 1).is("."));
    }

    private boolean negative(PersonCandidate c, int s, int p, int q, Token before) {
        int n = c.size();
        boolean strongFirst = c.given || c.family;
        // "the Velmar district", "drone firm Tryworth": a noun beside the name says what kind of thing it names
        if (q < t.size() && isLowerWord(t.get(q)) && lex.thingNounsAfter.contains(t.get(q).lower())) {
            return true;
        }
        if (!c.titled && before != null && isLowerWord(before) && lex.thingNounsBefore.contains(before.lower())) {
            return true;
        }
        for (int i = 0; i < n; i++) {
            String key = c.keys.get(i);
            // "Chief Daisy House said", "Abbas Ali Mandal, a farmer": a family name can look like an org word
            boolean surnameSlot = i == n - 1 && n >= 2 && c.given && c.contextShowsPerson();
            if (lex.isOrgWord(key, i, n) && !surnameSlot) {
                return true;
            }
            // "Ricardo Lagos", "Charles Santiago": a place name after a given name is a family name
            if (lex.isPlace(key) && !(i == 0 && strongFirst) && !(i > 0 && c.given)
                    && !(i > 0 && i == n - 1 && c.title != null && !c.title.isHonorific()) // "Ambassador Ana Florence"
                    && !(n >= 2 && lex.surnames.contains(key))) {
                return true;
            }
        }
        if (n >= 2 && lex.isPlace(c.fullKey())) {
            return true;
        }
        for (int j = p; j < q; j++) {
            Token tok = t.get(j);
            if (tok.allCaps() && !tok.initial() || isCamelCase(tok.text())) {
                return true;
            }
        }
        // "La Plata", "Al Jazeera", "Los Ríos": an article opens a place or an organisation
        if (!c.titled && n >= 2 && ARTICLES.contains(t.get(p).lower()) && !strongFirst) {
            return true;
        }
        String lastWord = t.get(q - 1).lower();
        int hyphen = lastWord.lastIndexOf('-');
        if (hyphen > 0 && COMPOUND_TAILS.contains(lastWord.substring(hyphen + 1))) {
            return true; // "Hong Kong-based", "Lingari-led"
        }
        boolean strong = c.titled || strongFirst;
        // "Bank of China", "University of Toronto", "Council of Europe": a name does not govern "of"
        if (!strong && q + 1 < t.size() && t.get(q).lower().equals("of") && nameLike(t.get(q + 1))
                && !lex.isPlace(t.get(q + 1).key()) && placeAt(q + 1, t.size()) == 0) {
            return true;
        }
        // "the Dayton agreements", "the Kosmet issue": a bare name rarely follows "the"
        if (!strong && before != null && before.isWord() && before.lower().equals("the") && !eponym(q)) {
            return true;
        }
        // "Beijing-based", "Serbia-Russia": compounded with a hyphen
        if (q < t.size() && t.get(q).is("-") && t.get(q).start() == t.get(q - 1).end()) {
            return true;
        }
        return false;
    }

    private static boolean isLowerWord(Token tok) {
        return tok.isWord() && !tok.capitalised() && !tok.allCaps() && tok.text().equals(tok.lower());
    }

    /**
     * Whether two or three unknown capitalised words at [p, q) read as a name by their surroundings alone. Names
     * of places, firms, works and programmes come after a noun ("the textile company X", "the newspaper X"), in
     * quotes or brackets, before a noun ("X province", "X programme") or before more capitalised words; names of
     * people come after punctuation or a function word and before punctuation or a verb.
     */
    private boolean plausibleAt(int s, int p, int q) {
        Token before = s > 0 ? t.get(s - 1) : null;
        if (before != null) {
            if (before.isWord()) {
                if (before.capitalised() || before.allCaps() || !WORDS_BEFORE_A_NAME.contains(before.lower())) {
                    return false;
                }
            } else if (before.kind() != Kind.PUNCT || ",.;:–—-".indexOf(before.text().charAt(0)) < 0) {
                return false;
            }
        }
        Token after = q < t.size() ? t.get(q) : null;
        if (after != null) {
            if (after.isWord()) {
                String a = after.lower();
                if (after.capitalised() || after.allCaps()
                        || !WORDS_AFTER_A_NAME.contains(a) && !lex.personVerbs.contains(a) && !a.endsWith("ed")) {
                    return false;
                }
            } else if (after.kind() != Kind.POSSESSIVE && ",.;:()?!–—".indexOf(after.text().charAt(0)) < 0) {
                return false;
            }
        }
        Set<String> seen = new HashSet<>();
        for (int j = p; j < q; j++) {
            Token tok = t.get(j);
            // "Casa de Velmar", "Tierra y Mar": particles inside unknown words belong to places and works;
            // "Kolo Kolo": a repeated word is a place; "Peruvian-based": a compound adjective
            if (!tok.capitalised() || !seen.add(tok.key()) || hyphenatedAdjective(tok.lower())) {
                return false;
            }
        }
        return true;
    }

    /** "the Albanese government", "the Pinochet dictatorship": a leader's name used for their rule. */
    private boolean eponym(int q) {
        return q < t.size() && t.get(q).isWord() && EPONYM_NOUNS.contains(t.get(q).lower());
    }

    /** After a comma: "45,", "who ...", "a lawyer", "the Russian ambassador", "Minister of ...". */
    private boolean appositiveAt(int i) {
        Token tok = t.get(i);
        if (isNumber(tok) && i + 1 < t.size() && (t.get(i + 1).is(",") || t.get(i + 1).is("."))) {
            return true; // age
        }
        if (!tok.isWord()) {
            return false;
        }
        String lower = tok.lower();
        if (lower.equals("who") || lower.equals("whose") || lex.personVerbs.contains(lower)) {
            return true;
        }
        // "a senior fellow at", "the company's executive director", "additional superintendent of police"
        int limit = Math.min(t.size(), i + 6);
        for (int j = i; j < limit; j++) {
            Token w = t.get(j);
            if (w.kind() == Kind.POSSESSIVE) {
                continue;
            }
            if (!w.isWord()) {
                return false;
            }
            if (isPersonNoun(w.lower())) {
                return true;
            }
            Titles.Match m = lex.titles.match(t, j);
            if (m != null && !m.isHonorific()) {
                return true;
            }
        }
        return false;
    }

}
