package dev.parley.search;

import dev.parley.text.Fold;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * How every text field is cut into terms: Unicode word boundaries (UAX #29), then {@link Fold#key} on each word so
 * that the index folds exactly as the rest of Parley does ("Đurić" and "djuric" meet, "Dačić" and "dacic" too), then
 * Lucene's ASCII folding for the rarer letters Fold leaves alone. No stop words (phrases need them) and no stemming
 * (the concordance shows word forms as written, and both must agree on what a word is).
 */
final class TextAnalyzer extends Analyzer {
    static final TextAnalyzer INSTANCE = new TextAnalyzer();

    private TextAnalyzer() {
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream folded = new ASCIIFoldingFilter(new FoldFilter(source));
        return new TokenStreamComponents(source, folded);
    }

    /** Values of a multi-valued field (paragraphs, a person's aliases) are far apart, so phrases never span two. */
    @Override
    public int getPositionIncrementGap(String fieldName) {
        return 100;
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new FoldFilter(in));
    }

    /** The terms of a text with their offsets in it, as the index sees them. */
    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = INSTANCE.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return out;
    }

    /** Replaces each term by its {@link Fold#key}; offsets stay those of the original word. */
    private static final class FoldFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        FoldFilter(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            String folded = Fold.key(term.toString());
            term.setEmpty().append(folded);
            return true;
        }
    }
}
