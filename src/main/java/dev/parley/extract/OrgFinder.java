package dev.parley.extract;

import dev.parley.text.Fold;

import dev.parley.extract.PhraseIndex.Match;
import dev.parley.extract.Tokens.Shape;
import dev.parley.extract.Tokens.Token;
import dev.parley.model.Document;
import dev.parley.model.Paragraph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds organisations named in a document: the known ones of {@code vocab/organisations.txt} by any of their names
 * ("UN Security Council" beats "UN": the longest name wins), and unknown ones by their structure, a capitalised name
 * headed by a word such as Ministry, Committee or Party ("the Intergovernmental Committee on Trade and Economic
 * Cooperation" gives "Intergovernmental Committee on Trade and Economic Cooperation"). Agreements and resolutions
 * are not organisations and are left out.
 */
public final class OrgFinder {
    static final String KIND = "organisation";

    /** What a known name stands for; a contextual name ("the Alliance") may stand for several organisations. */
    private record OrgName(List<String> canonicals, boolean contextual) {
    }

    /** A candidate mention on tokens [from, to) of one paragraph. */
    private record Candidate(int paragraph, int from, int to, OrgName known, boolean nested) {
        int length() {
            return to - from;
        }

        boolean overlaps(Candidate o) {
            return o.from < to && from < o.to;
        }
    }

    private static final Set<String> CONNECTORS = Set.of("of", "for", "on", "and", "&", "de", "del", "la", "des", "du");
    private static final Set<String> NESTING = Set.of("of", "at", "to", "for");
    private static final Set<String> POSSESSIVE_OWNERS = Set.of("people", "peoples", "women", "workers", "children",
            "veterans", "farmers", "citizens", "writers", "journalists", "lawyers", "teachers", "students", "mothers");

    private final PhraseIndex<OrgName> known = new PhraseIndex<>();
    private final Set<String> keywords = new HashSet<>();
    private final Set<String> breaks = new HashSet<>();
    private final Gazetteer gazetteer;

    public OrgFinder(Vocabulary vocab) {
        this(vocab, new Gazetteer(vocab));
    }

    OrgFinder(Vocabulary vocab, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        // columns: canonical, other names, names valid only when the organisation is otherwise named in the document
        Map<String, OrgName> names = new LinkedHashMap<>();
        for (List<String> row : vocab.table("organisations")) {
            String canonical = row.get(0);
            names.putIfAbsent(canonical, new OrgName(List.of(canonical), false));
            if (row.size() > 1) {
                for (String form : row.get(1).split("\\|")) {
                    if (!form.isBlank()) {
                        names.putIfAbsent(form.strip(), new OrgName(List.of(canonical), false));
                    }
                }
            }
            if (row.size() > 2) {
                for (String form : row.get(2).split("\\|")) {
                    if (!form.isBlank()) {
                        names.merge(form.strip(), new OrgName(List.of(canonical), true), OrgFinder::mergeContextual);
                    }
                }
            }
        }
        names.forEach(known::add);
        for (String word : vocab.list("org-keywords")) {
            keywords.add(Fold.key(word));
        }
        for (String word : vocab.list("org-breaks")) {
            breaks.add(Fold.key(word));
        }
    }

    private static OrgName mergeContextual(OrgName old, OrgName added) {
        if (!old.contextual()) {
            return old;
        }
        List<String> all = new ArrayList<>(old.canonicals());
        all.addAll(added.canonicals());
        return new OrgName(List.copyOf(all), true);
    }

    public List<EntityMention> find(Document doc) {
        List<Paragraph> paragraphs = doc.paragraphs();
        List<List<Token>> tokensOf = new ArrayList<>();
        List<Candidate> chosen = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            List<Token> tokens = Tokens.ofParagraph(paragraphs.get(p).text());
            tokensOf.add(tokens);
            chosen.addAll(choose(p, paragraphs.get(p).text(), tokens));
        }

        // a contextual name counts when exactly one of the organisations it may stand for is named otherwise
        Set<String> named = new HashSet<>();
        for (Candidate c : chosen) {
            if (c.known() != null && !c.known().contextual()) {
                named.addAll(c.known().canonicals());
            }
        }

        List<EntityMention> out = new ArrayList<>();
        Map<String, String> acronyms = new HashMap<>();
        for (Candidate c : chosen) {
            String text = paragraphs.get(c.paragraph()).text();
            List<Token> tokens = tokensOf.get(c.paragraph());
            String canonical;
            if (c.known() == null) {
                canonical = phrase(text, tokens, c.from(), c.to());
                if (gazetteer.place(canonical) != null) {
                    continue;
                }
                String acronym = acronymAfter(tokens, c.to());
                if (acronym != null) {
                    acronyms.putIfAbsent(Fold.key(acronym), canonical);
                }
            } else if (c.known().contextual()) {
                List<String> present = c.known().canonicals().stream().filter(named::contains).toList();
                if (present.size() != 1) {
                    continue;
                }
                canonical = present.get(0);
            } else {
                canonical = c.known().canonicals().get(0);
            }
            out.add(mention(canonical, c, text, tokens));
        }
        if (!acronyms.isEmpty()) {
            addAcronymMentions(paragraphs, tokensOf, chosen, acronyms, out);
        }
        out.sort(Comparator.comparingInt(EntityMention::paragraph).thenComparingInt(EntityMention::start)
                .thenComparingInt(m -> -m.end()));
        return out;
    }

    /** Known and structural candidates of one paragraph, longest first, without overlaps; plus nested known names. */
    private List<Candidate> choose(int p, String text, List<Token> tokens) {
        List<Candidate> all = new ArrayList<>();
        for (Match<OrgName> m : known.longest(tokens)) {
            all.add(new Candidate(p, m.from(), m.to(), m.value(), false));
        }
        all.addAll(structural(p, text, tokens));
        // longest first; a known name beats a structural one of the same length; then by position
        all.sort(Comparator.comparingInt(Candidate::length).reversed()
                .thenComparing(c -> c.known() == null)
                .thenComparingInt(Candidate::from));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : all) {
            if (kept.stream().noneMatch(c::overlaps)) {
                kept.add(c);
            }
        }
        List<Candidate> nested = new ArrayList<>();
        for (Candidate c : kept) {
            nested.addAll(nestedKnown(p, tokens, c));
        }
        kept.addAll(nested);
        kept.sort(Comparator.comparingInt(Candidate::from));
        return kept;
    }

    /**
     * Names built around an organisation keyword: capitalised words before it ("Serbian Armed Forces") and after it
     * capitalised words joined by of/for/on/and ("Committee on Trade and Economic Cooperation", "Ministry of Defence").
     */
    private List<Candidate> structural(int p, String text, List<Token> tokens) {
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (!t.isCapitalized() || !keywords.contains(t.key())) {
                i++;
                continue;
            }
            int from = extendLeft(text, tokens, i);
            if (gazetteer.place(phrase(text, tokens, from, i + 1)) != null) {
                // "Russian Federation and China": a country's name that happens to end in a keyword
                i++;
                continue;
            }
            int to = extendRight(text, tokens, i + 1);
            if (wordCount(tokens, from, to) >= 2) {
                out.add(new Candidate(p, from, to, null, false));
            }
            i = Math.max(to, i + 1);
        }
        return out;
    }

    private int extendLeft(String text, List<Token> tokens, int keyword) {
        int from = keyword;
        int j = keyword - 1;
        while (j >= 0) {
            Token t = tokens.get(j);
            if (isNamePart(t)) {
                if (Tokens.SENTENCE_STARTERS.contains(t.key())) {
                    // "The Ministry", "In Parliament": capitalised for the sentence or a headline, not the name
                    break;
                }
                from = j;
                j--;
            } else if (("-".equals(t.key()) || "&".equals(t.key())) && j > 0 && isNamePart(tokens.get(j - 1))) {
                j--;
            } else if ("s".equals(t.key()) && j >= 2 && "'".equals(tokens.get(j - 1).key())
                    && possessiveInName(text, tokens, j - 2)) {
                // "People's Liberation Army", but not "Serbia's Ministry of Defence"
                j -= 2;
            } else {
                break;
            }
        }
        return from;
    }

    private int extendRight(String text, List<Token> tokens, int next) {
        int to = next;
        int k = next;
        // right after the keyword only another keyword continues the name ("Group Inc", "Security Service"):
        // a capitalised word there is usually a person named after an institution's title
        while (k < tokens.size() && isNamePart(tokens.get(k)) && keywords.contains(tokens.get(k).key())) {
            k++;
            to = k;
        }
        while (k < tokens.size() && CONNECTORS.contains(tokens.get(k).key()) && !tokens.get(k).isCapitalized()) {
            int w = k + 1;
            if (!"and".equals(tokens.get(k).key()) && w < tokens.size() && "the".equals(tokens.get(w).key())) {
                w++;
            }
            int run = w;
            boolean anotherName = false;
            while (run < tokens.size() && run - w < 5 && isNamePart(tokens.get(run))) {
                anotherName |= keywords.contains(tokens.get(run).key());
                run++;
            }
            if (run == w) {
                break;
            }
            // "AIA Group and United States", "the Bank and China Exim Bank": "and" joins two names here
            if ("and".equals(tokens.get(k).key()) && (anotherName || startsKnownName(text, tokens, w))) {
                break;
            }
            to = run;
            k = run;
        }
        return to;
    }

    /** Only collective nouns own an organisation's name; "Abe's Cabinet" is a person's, "Serbia's Ministry" a country's. */
    private static boolean possessiveInName(String text, List<Token> tokens, int owner) {
        Token t = tokens.get(owner);
        return t.isCapitalized() && POSSESSIVE_OWNERS.contains(t.key())
                && t.end() == tokens.get(owner + 1).start();
    }

    private boolean startsKnownName(String text, List<Token> tokens, int at) {
        for (int end = at + 1; end <= Math.min(tokens.size(), at + 5); end++) {
            if (gazetteer.place(phrase(text, tokens, at, end)) != null) {
                return true;
            }
        }
        List<Match<OrgName>> m = known.longest(tokens.subList(at, Math.min(tokens.size(), at + 8)));
        return !m.isEmpty() && m.get(0).from() == 0;
    }

    private boolean isNamePart(Token t) {
        return t.isCapitalized() && t.shape() != Shape.NUMBER && !breaks.contains(t.key());
    }

    private static int wordCount(List<Token> tokens, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (tokens.get(i).isWord()) {
                n++;
            }
        }
        return n;
    }

    /** "Parliamentary Assembly of the Council of Europe" also names the Council of Europe. */
    private List<Candidate> nestedKnown(int p, List<Token> tokens, Candidate outer) {
        List<Candidate> out = new ArrayList<>();
        for (int i = outer.from() + 1; i < outer.to() - 1; i++) {
            if (!NESTING.contains(tokens.get(i).key())) {
                continue;
            }
            int at = "the".equals(tokens.get(i + 1).key()) ? i + 2 : i + 1;
            if (at >= outer.to()) {
                continue;
            }
            List<Match<OrgName>> inner = known.longest(tokens.subList(at, outer.to()));
            if (!inner.isEmpty() && inner.get(0).from() == 0 && !inner.get(0).value().contextual()) {
                Match<OrgName> m = inner.get(0);
                out.add(new Candidate(p, at, at + m.to(), m.value(), true));
            }
        }
        return out;
    }

    /** "... Committee (IGC)": an acronym given in brackets right after a name. */
    private static String acronymAfter(List<Token> tokens, int to) {
        if (to + 2 < tokens.size() && "(".equals(tokens.get(to).key()) && ")".equals(tokens.get(to + 2).key())) {
            Token a = tokens.get(to + 1);
            if (a.shape() == Shape.UPPER && a.end() - a.start() >= 2) {
                return a.key();
            }
        }
        return null;
    }

    /** Later uses of an acronym the document introduced stand for the long name. */
    private static void addAcronymMentions(List<Paragraph> paragraphs, List<List<Token>> tokensOf,
                                           List<Candidate> chosen, Map<String, String> acronyms,
                                           List<EntityMention> out) {
        for (int p = 0; p < paragraphs.size(); p++) {
            List<Token> tokens = tokensOf.get(p);
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                String canonical = t.shape() == Shape.UPPER ? acronyms.get(t.key()) : null;
                if (canonical == null) {
                    continue;
                }
                int para = p;
                int at = i;
                boolean covered = chosen.stream()
                        .anyMatch(c -> c.paragraph() == para && c.from() <= at && at < c.to());
                if (!covered) {
                    String text = paragraphs.get(p).text();
                    out.add(new EntityMention(canonical, KIND, p, t.start(), t.end(), text.substring(t.start(), t.end())));
                }
            }
        }
    }

    private static EntityMention mention(String canonical, Candidate c, String text, List<Token> tokens) {
        int start = tokens.get(c.from()).start();
        int end = tokens.get(c.to() - 1).end();
        return new EntityMention(canonical, KIND, c.paragraph(), start, end, text.substring(start, end));
    }

    /** The words of tokens [from, to) as one line: single spaces between words, none around hyphens. */
    private static String phrase(String text, List<Token> tokens, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (i > from && tokens.get(i - 1).end() < t.start()) {
                out.append(' ');
            }
            out.append(text, t.start(), t.end());
        }
        return out.toString();
    }
}
