package dev.parley.curate;

import dev.parley.model.Quote;

/**
 * A quote named by where it stands, which a rebuild keeps (its id counts quotes in the document and may shift):
 * {@code DOC#PARAGRAPH:START-END}, e.g. {@code wires/003#2:14-80}.
 */
public record QuoteKey(String doc, int paragraph, int start, int end) {
    public static QuoteKey of(Quote q) {
        return new QuoteKey(q.doc(), q.paragraph(), q.start(), q.end());
    }

    /** The key in its written form; null when the text is not one. */
    public static QuoteKey parse(String text) {
        int hash = text.lastIndexOf('#');
        int colon = text.lastIndexOf(':');
        int dash = text.lastIndexOf('-');
        if (hash <= 0 || colon < hash || dash < colon) {
            return null;
        }
        try {
            return new QuoteKey(text.substring(0, hash), Integer.parseInt(text.substring(hash + 1, colon)),
                    Integer.parseInt(text.substring(colon + 1, dash)), Integer.parseInt(text.substring(dash + 1)));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The same quote: same document and place (a quote re-read a little wider or narrower still counts). */
    boolean matches(Quote q) {
        return q.doc().equals(doc) && q.paragraph() == paragraph && q.start() < end && start < q.end();
    }

    @Override
    public String toString() {
        return doc + "#" + paragraph + ":" + start + "-" + end;
    }
}
