package dev.parley.extract;

import dev.parley.extract.Tokens.Kind;
import dev.parley.extract.Tokens.Token;
import dev.parley.model.Document;
import dev.parley.model.Paragraph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the people named in one document, with every mention and the roles the document gives them.
 *
 * <p>It works on runs of capitalised words. Leading titles, countries and common words are peeled off a run
 * ("Russian Foreign Minister Marko Petrov" leaves "Marko Petrov"); what remains is a person when the document
 * gives evidence: a title or a describing noun before it, a known given name or family name, a surname ending,
 * a reporting verb after it ("Petrov said") or before it ("said Petrov"), an appositive ("Smith, 45," or
 * "Smith, a lawyer"). Organisation and place words, and place names, rule a run out. Evidence is shared across
 * the document: once "Petrov said" shows that Petrov is a person, "Marko Petrov" is one too, and every lone
 * "Petrov" is a mention of him. Title-case headline lines only ever repeat names found elsewhere.
 *
 * <p>Its steps: {@link ParagraphScan} finds candidate runs in each paragraph, {@link CandidateEvidence} weighs
 * them, {@link RoleReader} reads their roles, and {@link PersonResolver} decides across the document who is a
 * person and which mentions belong together.
 */
public final class PersonFinder {
    /** Two-capital abbreviations that are never initials of a name. */
    private static final Set<String> NOT_INITIALS = Set.of("US", "UK", "UN", "EU", "NZ", "HK", "AU", "TV", "AI",
            "IT", "ID", "OK", "AM", "FM", "DJ", "GP", "HQ", "PR", "HR", "IQ", "UV", "VR", "AR", "OS", "PC", "CD",
            "BC", "AD", "ST", "NO", "SA", "UA", "RU", "CN", "JP", "KR", "IN", "BD", "PK", "LA", "NY", "DC", "GM");

    private final NameLexicon lex;

    public PersonFinder(Vocabulary vocab) {
        this.lex = new NameLexicon(vocab);
    }

    public List<LocalPerson> find(Document doc) {
        List<Paragraph> paragraphs = doc.paragraphs();
        List<List<Token>> tokens = new ArrayList<>(paragraphs.size());
        Set<String> lowerWords = new HashSet<>();
        for (Paragraph p : paragraphs) {
            List<Token> t = markInitials(Tokens.names(p.text(), lex.abbreviations));
            tokens.add(t);
            for (Token tok : t) {
                if (tok.isWord() && tok.lower().equals(tok.text())) {
                    lowerWords.add(tok.lower());
                }
            }
        }
        List<PersonCandidate> candidates = new ArrayList<>();
        List<Integer> headlineParagraphs = new ArrayList<>();
        for (int pi = 0; pi < paragraphs.size(); pi++) {
            List<Token> t = tokens.get(pi);
            if (isHeadline(t, lowerWords, lex)) {
                headlineParagraphs.add(pi);
                continue;
            }
            new ParagraphScan(lex, pi, paragraphs.get(pi), t, lowerWords, candidates).run();
        }
        List<LocalPerson> people = new PersonResolver(paragraphs, tokens, candidates, headlineParagraphs).resolve();
        return ImpliedCountry.fill(doc, tokens, people, lex);
    }

    /**
     * South Asian names are often written with undotted initials, in one or two capitals: "DK Shivakumar",
     * "K P Sasikala". Two capitals right before a capitalised word are initials unless they are a known
     * abbreviation ("US", "EU") or a title ("PM", "MP"), which the title rules read.
     */
    private List<Token> markInitials(List<Token> t) {
        List<Token> out = null;
        for (int i = 0; i + 1 < t.size(); i++) {
            Token tok = t.get(i);
            if (!tok.isWord() || !tok.allCaps() || tok.text().length() != 2 || !Character.isLetter(tok.text().charAt(1))
                    || NOT_INITIALS.contains(tok.text()) || lex.titles.isTitleWord(tok.lower())) {
                continue;
            }
            Token next = t.get(i + 1);
            if (!next.isWord() || !next.capitalised() || next.start() != tok.end() + 1) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(t);
            }
            out.set(i, tok.asInitial());
        }
        return out == null ? t : out;
    }

    /**
     * A line in title case or capitals with no sentence ending: a headline, where every word is capitalised and
     * capitals say nothing about names.
     */
    private static boolean isHeadline(List<Token> t, Set<String> lowerWords, NameLexicon lex) {
        int words = 0;
        int longWords = 0;
        int capitalisedLong = 0;
        int upperWords = 0;
        for (Token tok : t) {
            if (!tok.isWord() || !Character.isLetter(tok.text().charAt(0))) {
                continue;
            }
            words++;
            if (tok.allCaps()) {
                upperWords++;
            }
            if (tok.text().length() >= 4) {
                longWords++;
                if (Character.isUpperCase(tok.text().charAt(0))) {
                    capitalisedLong++;
                }
            }
        }
        if (words >= 3 && upperWords * 10 >= words * 8) {
            return true;
        }
        if (words < 5 || words > 25 || longWords < 4) {
            return false;
        }
        Token last = t.get(t.size() - 1);
        boolean ends = last.kind() == Kind.PUNCT && ".!?\"”".contains(last.text());
        if (ends || capitalisedLong * 10 < longWords * 8) {
            return false;
        }
        // a line of names ("Julián Melo and Martha Forero, co-founders") is not a headline: a headline
        // capitalises ordinary words that the article writes in lower case elsewhere
        int capitalisedCommon = 0;
        for (Token tok : t) {
            if (tok.isWord() && tok.capitalised() && !tok.initial() && lowerWords.contains(tok.lower())
                    && !lex.titles.isTitleWord(tok.lower())) {
                capitalisedCommon++;
            }
        }
        return capitalisedCommon >= 2;
    }
}