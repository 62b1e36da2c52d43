package dev.parley.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.document.IntPoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The search language, read into a Lucene query and the words to highlight.
 *
 * <pre>
 * query   = or
 * or      = and { "OR" and }
 * and     = unary { ["AND"] unary }          (words side by side must all match)
 * unary   = ("NOT" | "-") unary | primary
 * primary = "(" or ")" | FIELD ":" value | value
 * value   = WORD | WORD* | "a phrase"
 * </pre>
 *
 * Fields: person, topic, source, place, title, kind (doc or quote), before and after (2017, 2017-06, 2017-06-30).
 * Operators are upper case; "and", "or" and "not" in lower case are searched as words. A field name must touch
 * its colon; other colons are part of the word.
 */
public final class SearchQuery {
    static final List<String> FIELDS = List.of("person", "speaker", "topic", "source", "place", "title", "kind", "before",
            "after");
    private static final float TITLE_BOOST = 2f;

    private final Query query;
    private final List<List<String>> highlights;
    private final List<String> highlightPrefixes;

    private SearchQuery(Query query, List<List<String>> highlights, List<String> highlightPrefixes) {
        this.query = query;
        this.highlights = List.copyOf(highlights);
        this.highlightPrefixes = List.copyOf(highlightPrefixes);
    }

    /** Reads a query; the exception's message names what is wrong with it. */
    public static SearchQuery parse(String text) throws QueryException {
        Reader reader = new Reader(lex(text == null ? "" : text));
        if (reader.atEnd()) {
            throw new QueryException("empty query: give words, \"a phrase\" or a filter such as person:NAME");
        }
        Query q = reader.or();
        if (!reader.atEnd()) {
            throw new QueryException("unexpected ')' (no '(' opened it)");
        }
        if (q == null) {
            throw new QueryException("nothing to search for in '" + text.strip() + "' (only punctuation?)");
        }
        return new SearchQuery(q, reader.highlights, reader.prefixes);
    }

    Query lucene() {
        return query;
    }

    /** Word sequences (one word, or a phrase) the query looks for in the text, folded; excluded ones are not here. */
    List<List<String>> highlights() {
        return highlights;
    }

    /** Folded prefixes of words ending in '*'. */
    List<String> highlightPrefixes() {
        return highlightPrefixes;
    }

    // ------------------------------------------------------------------ lexing

    private enum Kind { WORD, PHRASE, FIELD, OPEN, CLOSE, AND, OR, NOT }

    private record Lexeme(Kind kind, String text) {
    }

    private static List<Lexeme> lex(String s) throws QueryException {
        List<Lexeme> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                out.add(new Lexeme(Kind.OPEN, "("));
                i++;
            } else if (c == ')') {
                out.add(new Lexeme(Kind.CLOSE, ")"));
                i++;
            } else if (c == '"' || c == '“' || c == '”') {
                int close = closingQuote(s, i + 1);
                if (close < 0) {
                    throw new QueryException("unclosed quote: a phrase needs a closing \"");
                }
                out.add(new Lexeme(Kind.PHRASE, s.substring(i + 1, close)));
                i = close + 1;
            } else if (c == '-' && i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1))
                    && (out.isEmpty() || i == 0 || Character.isWhitespace(s.charAt(i - 1)) || s.charAt(i - 1) == '(')) {
                out.add(new Lexeme(Kind.NOT, "-"));
                i++;
            } else {
                int end = i;
                while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && "()\"“”".indexOf(s.charAt(end)) < 0) {
                    end++;
                }
                String word = s.substring(i, end);
                int colon = word.indexOf(':');
                if (colon > 0 && word.substring(0, colon).chars().allMatch(Character::isLetter)) {
                    out.add(new Lexeme(Kind.FIELD, word.substring(0, colon).toLowerCase(Locale.ROOT)));
                    String rest = word.substring(colon + 1);
                    if (!rest.isEmpty()) {
                        out.add(new Lexeme(Kind.WORD, rest));
                    }
                } else if (word.equals("AND") || word.equals("&&")) {
                    out.add(new Lexeme(Kind.AND, word));
                } else if (word.equals("OR") || word.equals("||")) {
                    out.add(new Lexeme(Kind.OR, word));
                } else if (word.equals("NOT")) {
                    out.add(new Lexeme(Kind.NOT, word));
                } else {
                    out.add(new Lexeme(Kind.WORD, word));
                }
                i = end;
            }
        }
        return out;
    }

    private static int closingQuote(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '”' || c == '“') {
                return i;
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------ parsing

    /** Recursive descent over the lexemes; null stands for a part with nothing to search (punctuation only). */
    private static final class Reader {
        private final List<Lexeme> lexemes;
        private int at;
        private int negations;
        final List<List<String>> highlights = new ArrayList<>();
        final List<String> prefixes = new ArrayList<>();

        Reader(List<Lexeme> lexemes) {
            this.lexemes = lexemes;
        }

        boolean atEnd() {
            return at >= lexemes.size();
        }

        private Lexeme peek() {
            return atEnd() ? null : lexemes.get(at);
        }

        private boolean startsOperand(Lexeme l) {
            return l != null && (l.kind == Kind.WORD || l.kind == Kind.PHRASE || l.kind == Kind.FIELD
                    || l.kind == Kind.OPEN || l.kind == Kind.NOT);
        }

        Query or() throws QueryException {
            List<Query> alternatives = new ArrayList<>();
            alternatives.add(and());
            while (peek() != null && peek().kind == Kind.OR) {
                at++;
                if (!startsOperand(peek())) {
                    throw new QueryException("OR needs something on both sides");
                }
                alternatives.add(and());
            }
            List<Query> kept = alternatives.stream().filter(q -> q != null).toList();
            if (kept.isEmpty()) {
                return null;
            }
            if (kept.size() == 1) {
                return kept.get(0);
            }
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            kept.forEach(q -> b.add(q, Occur.SHOULD));
            return b.build();
        }

        Query and() throws QueryException {
            List<Query> must = new ArrayList<>();
            List<Query> mustNot = new ArrayList<>();
            do {
                if (peek() != null && peek().kind == Kind.AND) {
                    if (must.isEmpty() && mustNot.isEmpty()) {
                        throw new QueryException("AND needs something on both sides");
                    }
                    at++;
                    if (!startsOperand(peek())) {
                        throw new QueryException("AND needs something on both sides");
                    }
                }
                boolean negated = false;
                while (peek() != null && peek().kind == Kind.NOT) {
                    at++;
                    negated = !negated;
                    if (!startsOperand(peek())) {
                        throw new QueryException("NOT needs something after it");
                    }
                }
                if (negated) {
                    negations++;
                }
                Query q = primary();
                if (negated) {
                    negations--;
                }
                if (q != null) {
                    (negated ? mustNot : must).add(q);
                }
            } while (startsOperand(peek()) || (peek() != null && peek().kind == Kind.AND));
            if (must.isEmpty() && mustNot.isEmpty()) {
                return null;
            }
            if (must.size() == 1 && mustNot.isEmpty()) {
                return must.get(0);
            }
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            must.forEach(q -> b.add(q, Occur.MUST));
            mustNot.forEach(q -> b.add(q, Occur.MUST_NOT));
            if (must.isEmpty()) {
                // "NOT x" alone (also as one side of an OR) means everything but x: give it something to subtract from
                b.add(new MatchAllDocsQuery(), Occur.FILTER);
            }
            return b.build();
        }

        private Query primary() throws QueryException {
            Lexeme l = peek();
            if (l == null) {
                throw new QueryException("the query ends too early");
            }
            at++;
            switch (l.kind) {
                case OPEN -> {
                    if (peek() != null && peek().kind == Kind.CLOSE) {
                        throw new QueryException("empty parentheses");
                    }
                    Query inner = or();
                    if (peek() == null || peek().kind != Kind.CLOSE) {
                        throw new QueryException("missing ')'");
                    }
                    at++;
                    return inner;
                }
                case FIELD -> {
                    return field(l.text);
                }
                case WORD -> {
                    return text(l.text, false);
                }
                case PHRASE -> {
                    return text(l.text, true);
                }
                default -> throw new QueryException("unexpected '" + l.text + "'");
            }
        }

        private Query field(String name) throws QueryException {
            if (!FIELDS.contains(name)) {
                throw new QueryException("unknown field '" + name + ":' (fields: " + String.join(": ", FIELDS) + ":)");
            }
            Lexeme value = peek();
            if (value == null || (value.kind != Kind.WORD && value.kind != Kind.PHRASE)) {
                throw new QueryException(name + ": needs a value, e.g. " + name + ":" + example(name));
            }
            at++;
            switch (name) {
                case "before", "after" -> {
                    int[] days = DateBound.filterRange(name, value.text);
                    // half-open: before:2017 is up to the last day of 2016, after:2015-06 from the first day of June 2015.
                    // A document whose own date is partial (a year, a month) matches when its days overlap the range.
                    return name.equals("before")
                            ? IntPoint.newRangeQuery(Schema.DATE_FROM, Integer.MIN_VALUE, days[0] - 1)
                            : IntPoint.newRangeQuery(Schema.DATE_TO, days[0], Integer.MAX_VALUE);
                }
                case "kind" -> {
                    String k = value.text.toLowerCase(Locale.ROOT);
                    if (k.startsWith("doc")) {
                        return new TermQuery(new Term(Schema.KIND, Schema.KIND_DOC));
                    }
                    if (k.startsWith("quote")) {
                        return new TermQuery(new Term(Schema.KIND, Schema.KIND_QUOTE));
                    }
                    throw new QueryException("kind: is doc or quote, not '" + value.text + "'");
                }
                default -> {
                    Query q = terms(name, value.text);
                    if (q == null) {
                        throw new QueryException(name + ": needs a value with letters or digits, not '" + value.text + "'");
                    }
                    if (name.equals("title") && negations == 0) {
                        highlights.add(TextAnalyzer.tokens(value.text).stream().map(Token::term).toList());
                    }
                    return q;
                }
            }
        }

        private static String example(String field) {
            return switch (field) {
                case "before", "after" -> "2017-06";
                case "kind" -> "quote";
                case "person" -> "lavrov";
                case "speaker" -> "ministry";
                case "topic" -> "energy";
                case "source" -> "tass";
                default -> "word";
            };
        }

        /** Words and phrases look in the title (counted double), the body and quotes. */
        private Query text(String raw, boolean phrase) {
            if (!phrase && raw.length() > 1 && raw.endsWith("*")) {
                String prefix = TextAnalyzer.INSTANCE.normalize(Schema.BODY, raw.substring(0, raw.length() - 1)).utf8ToString();
                if (prefix.isBlank()) {
                    return null;
                }
                if (negations == 0) {
                    prefixes.add(prefix);
                }
                return new DisjunctionMaxQuery(List.of(
                        new BoostQuery(new PrefixQuery(new Term(Schema.TITLE, prefix)), TITLE_BOOST),
                        new PrefixQuery(new Term(Schema.BODY, prefix)),
                        new PrefixQuery(new Term(Schema.QUOTE, prefix))), 0.1f);
            }
            List<String> words = TextAnalyzer.tokens(raw).stream().map(Token::term).toList();
            if (words.isEmpty()) {
                return null;
            }
            if (negations == 0) {
                highlights.add(words);
            }
            return new DisjunctionMaxQuery(List.of(
                    new BoostQuery(sequence(Schema.TITLE, words), TITLE_BOOST),
                    sequence(Schema.BODY, words),
                    sequence(Schema.QUOTE, words)), 0.1f);
        }

        /** A value of a filter field: one word is a term, several must stand together (a name, a phrase). */
        private static Query terms(String field, String raw) {
            List<String> words = TextAnalyzer.tokens(raw).stream().map(Token::term).toList();
            return words.isEmpty() ? null : sequence(field, words);
        }

        private static Query sequence(String field, List<String> words) {
            if (words.size() == 1) {
                return new TermQuery(new Term(field, words.get(0)));
            }
            return new PhraseQuery(field, words.toArray(String[]::new));
        }
    }
}
