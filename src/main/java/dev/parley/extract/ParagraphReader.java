package dev.parley.extract;

import dev.parley.extract.Tokens.Kind;
import dev.parley.extract.Tokens.Token;
import dev.parley.model.Paragraph;
import dev.parley.model.Span;
import dev.parley.text.Fold;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One paragraph as its reading steps see it (finding runs, weighing evidence, reading roles): its tokens, where
 * sentences start, the document's lower-case words, and the word tests those steps share.
 */
abstract class ParagraphReader {
    /** Second halves of hyphenated adjectives built on a name: "Beijing-based", "Moscow-led". */
    protected static final Set<String> COMPOUND_TAILS = Set.of("based", "led", "owned", "listed", "style", "born",
            "backed", "run", "made", "era", "type", "like", "linked", "affiliated", "funded", "controlled", "bound",
            "wide", "specific", "centric", "focused", "headquartered", "registered", "friendly", "area",
            "level", "class", "grown", "built", "related", "dominated", "sponsored", "inspired", "themed",
            "supported", "allied", "aligned", "leaning", "speaking", "sized", "esque", "ist", "ism", "ization");
    private static final Set<String> CLOSING = Set.of("\"", "”", "“", "'", "’", "‘", ")", "]", "»", "«");

    protected final NameLexicon lex;
    protected final int pi;
    protected final String text;
    protected final List<Token> t;
    protected final Set<String> lowerWords;
    protected final boolean[] sentenceStart;

    protected ParagraphReader(NameLexicon lex, int pi, Paragraph p, List<Token> t, Set<String> lowerWords) {
        this.lex = lex;
        this.pi = pi;
        this.text = p.text();
        this.t = t;
        this.lowerWords = lowerWords;
        this.sentenceStart = sentenceStarts(p, t);
    }

    /** Another step over the same paragraph. */
    protected ParagraphReader(ParagraphReader same) {
        this.lex = same.lex;
        this.pi = same.pi;
        this.text = same.text;
        this.t = same.t;
        this.lowerWords = same.lowerWords;
        this.sentenceStart = same.sentenceStart;
    }

    protected boolean nameLike(Token tok) {
        return tok.isWord() && tok.capitalised();
    }

    protected boolean isParticle(Token tok) {
        return tok.isWord() && lex.particles.contains(tok.text());
    }

    protected boolean hyphenatedAdjective(String lower) {
        int hyphen = lower.indexOf('-');
        if (hyphen < 0) {
            return false;
        }
        for (String part : lower.split("-")) {
            if (COMPOUND_TAILS.contains(part) || lex.notNames.contains(Fold.key(part))) {
                return true;
            }
        }
        return false;
    }

    /** "translator", "co-author", "singer-actors", "ministers": a noun for a person, plural or compounded. */
    protected boolean isPersonNoun(String lower) {
        if (lex.personNouns.contains(lower)) {
            return true;
        }
        int hyphen = lower.lastIndexOf('-');
        String tail = hyphen >= 0 ? lower.substring(hyphen + 1) : lower;
        if (tail.equals("old") && lower.contains("year")) {
            return true; // "eight-year-old"
        }
        if (lex.personNouns.contains(tail)) {
            return true;
        }
        return tail.length() > 3 && tail.endsWith("s") && lex.personNouns.contains(tail.substring(0, tail.length() - 1));
    }

    /** Number of tokens from p (inside the run, before e) that spell a place or country; 0 if none. */
    protected int placeAt(int p, int e) {
        if (!lex.placeFirstWords.contains(t.get(p).key())) {
            return 0;
        }
        int max = Math.min(lex.longestPlace, e - p);
        for (int len = max; len >= 1; len--) {
            StringBuilder sb = new StringBuilder();
            boolean ok = true;
            for (int j = p; j < p + len; j++) {
                Token tok = t.get(j);
                if (!tok.isWord()) {
                    ok = false;
                    break;
                }
                if (j > p) {
                    sb.append(' ');
                }
                sb.append(tok.text());
            }
            if (!ok) {
                continue;
            }
            String key = Fold.key(sb.toString());
            if (lex.isPlace(key) && !(len == 1 && lex.givenNames.contains(key))) {
                return len;
            }
        }
        return 0;
    }

    protected boolean isCommonWord(Token tok) {
        String lower = tok.lower();
        return lowerWords.contains(lower) || lex.notNames.contains(tok.key())
                || lex.personNouns.contains(lower)
                || (lower.endsWith("s") && lex.personNouns.contains(lower.substring(0, lower.length() - 1)));
    }
    /** "WeChat", "ByteDance": capitals inside a word, which names of people only have after Mc, Mac, O', De ... */
    protected static boolean isCamelCase(String w) {
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isUpperCase(c) && Character.isLowerCase(w.charAt(i - 1))) {
                int partStart = Math.max(w.lastIndexOf('-', i) , Math.max(w.lastIndexOf('\'', i), w.lastIndexOf('’', i))) + 1;
                String head = w.substring(partStart, i);
                if (!head.equals("Mc") && !head.equals("Mac") && !head.equals("De") && !head.equals("Di")
                        && !head.equals("La") && !head.equals("Le") && !head.equals("Van") && !head.equals("Fitz")
                        && !head.equals("Du") && !head.equals("Da")) {
                    return true;
                }
            }
        }
        return false;
    }

    protected static boolean isNumber(Token tok) {
        if (!tok.isWord()) {
            return false;
        }
        String s = tok.text();
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return s.length() <= 3;
    }

    /** Token i starts a sentence: paragraph start, after . ! ? : (quotes and brackets skipped), or a given sentence start. */
    protected static boolean[] sentenceStarts(Paragraph p, List<Token> t) {
        boolean[] out = new boolean[t.size()];
        Set<Integer> starts = new HashSet<>();
        for (Span s : p.sentences()) {
            starts.add(s.start());
        }
        boolean atStart = true;
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            if (tok.isWord()) {
                out[i] = atStart || starts.contains(tok.start());
                atStart = false;
                if (tok.text().endsWith(".") && tok.text().length() > 2 && !tok.initial()
                        && Character.isLowerCase(tok.text().charAt(1))) {
                    atStart = false; // "Mr." does not end a sentence
                }
            } else if (tok.kind() == Kind.PUNCT) {
                String s = tok.text();
                if (s.equals(".") || s.equals("!") || s.equals("?") || s.equals(":") || s.equals(";")
                        || s.equals("•") || s.equals("|") || s.equals("–") || s.equals("—")) {
                    atStart = true;
                } else if (!CLOSING.contains(s) && !s.equals("(") && !s.equals("[")) {
                    atStart = atStart && false;
                }
            }
        }
        return out;
    }
}
