package dev.parley.extract;

import dev.parley.text.Fold;

import dev.parley.extract.Gazetteer.Place;
import dev.parley.extract.PhraseIndex.Match;
import dev.parley.extract.Tokens.Token;
import dev.parley.model.Document;
import dev.parley.model.Paragraph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds countries, cities and regions named in a document. Countries count by name or official name only: an
 * adjective ("Russian") says where something is from, it does not name the place. Other names fold to the canonical
 * one ("Kosmet" and "Kosovo and Metohija" are Kosovo), the longest name wins ("Papua New Guinea" over "Guinea"),
 * and matching ignores accents but respects case ("Chad", not "chad").
 */
public final class PlaceFinder {
    private final PhraseIndex<Place> names = new PhraseIndex<>();
    private final List<String[]> officialPrefixes = new ArrayList<>();
    private final Set<String> clashes = new HashSet<>();
    /** "Brussels Agreement", "Minsk Protocol", "Berlin Process": a place naming a document or a process is not a place. */
    private static final Set<String> DOCUMENT_WORDS = Set.of("agreement", "agreements", "accord", "accords", "treaty",
            "declaration", "protocol", "protocols", "convention", "process", "format", "charter", "memorandum",
            "principles", "plan", "initiative", "consensus", "communique", "communiqué");

    public PlaceFinder(Vocabulary vocab) {
        this(vocab, new Gazetteer(vocab));
    }

    PlaceFinder(Vocabulary vocab, Gazetteer gazetteer) {
        for (Gazetteer.PlaceName name : gazetteer.placeNames()) {
            names.add(name.form(), name.place());
        }
        for (String prefix : vocab.list("official-name-prefixes")) {
            officialPrefixes.add(Tokens.of(prefix).stream().map(Token::key).toArray(String[]::new));
        }
        for (String name : vocab.list("place-clashes")) {
            clashes.add(Fold.key(name));
        }
    }

    public List<EntityMention> find(Document doc) {
        List<EntityMention> out = new ArrayList<>();
        List<Paragraph> paragraphs = doc.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            String text = paragraphs.get(p).text();
            List<Token> tokens = Tokens.ofParagraph(text);
            for (Match<Place> m : names.longest(tokens)) {
                if (looksLikePersonName(tokens, m) || namesDocumentOrCurrency(tokens, m)) {
                    continue;
                }
                int from = m.from();
                if ("country".equals(m.value().kind())) {
                    from = withOfficialPrefix(tokens, from);
                }
                int start = tokens.get(from).start();
                int end = tokens.get(m.to() - 1).end();
                out.add(new EntityMention(m.value().name(), m.value().kind(), p, start, end, text.substring(start, end)));
            }
        }
        return out;
    }

    /**
     * "Michael Jordan", "Santiago Peña": a one-word name that is also a common personal name, written right next to
     * another capitalised word, is taken as part of a person's name. Words capitalised only because they open the
     * sentence ("The", "In") do not count as the neighbour.
     */
    private boolean looksLikePersonName(List<Token> tokens, Match<Place> m) {
        if (m.length() != 1 || !clashes.contains(tokens.get(m.from()).key())) {
            return false;
        }
        int before = m.from() - 1;
        if (before >= 0 && tokens.get(before).isCapitalized() && !(Tokens.startsSentence(tokens, before)
                && Tokens.SENTENCE_STARTERS.contains(tokens.get(before).key()))) {
            return true;
        }
        int after = m.to();
        return after < tokens.size() && tokens.get(after).isCapitalized();
    }

    private static boolean namesDocumentOrCurrency(List<Token> tokens, Match<Place> m) {
        if (m.to() >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(m.to());
        if (next.start() == tokens.get(m.to() - 1).end() && next.key().length() == 1
                && Character.getType(next.key().charAt(0)) == Character.CURRENCY_SYMBOL) {
            return true; // "US$", "HK$": a currency
        }
        return next.isCapitalized() && DOCUMENT_WORDS.contains(next.key());
    }

    /** "Republic of Serbia" for "Serbia" preceded by "Republic of": the official name is one mention. */
    private int withOfficialPrefix(List<Token> tokens, int from) {
        int best = from;
        for (String[] prefix : officialPrefixes) {
            int at = from - prefix.length;
            if (at < 0 || at >= best) {
                continue;
            }
            boolean same = tokens.get(at).isCapitalized();
            for (int k = 0; same && k < prefix.length; k++) {
                same = tokens.get(at + k).key().equals(prefix[k]);
            }
            if (same) {
                best = at;
            }
        }
        return best;
    }
}
