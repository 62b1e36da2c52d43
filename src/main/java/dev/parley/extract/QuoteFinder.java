package dev.parley.extract;

import dev.parley.model.Document;
import dev.parley.model.Paragraph;

import java.util.List;
import java.util.Set;

/**
 * Finds the direct quotes of a document and who said each: straight, curly, low-high („...“), guillemet and single
 * quotation marks; partial quotes after a speech verb; quotes running over several paragraphs. Quoted names and
 * scare quotes ('the so-called "reset"') are left out.
 *
 * <p>A speaker is found, in order of evidence, from a name next to a speech verb ('"...", Petrov said'), a title
 * and surname ("Minister Petrov"), a role phrase matched against the titles people hold in the document ("the
 * Russian Foreign Minister"), a pronoun resolved to the person the text is about, or the speaker of the quote or
 * paragraph a quote continues. Whoever cannot be resolved stays unknown (-1) rather than guessed.
 *
 * <p>Thread-safe: one finder may serve all build threads.
 */
public final class QuoteFinder {
    private final QuoteLexicon lexicon;
    private final RoleConcepts roles;
    private final Gazetteer gazetteer;
    private final Set<String> abbreviations;

    public QuoteFinder(Vocabulary vocab) {
        this.lexicon = new QuoteLexicon(vocab);
        this.gazetteer = vocab == Vocabulary.get() ? Gazetteer.get() : new Gazetteer(vocab);
        this.roles = new RoleConcepts(vocab, gazetteer);
        this.abbreviations = lexicon.abbreviations();
    }

    /** The quotes of a document whose organisations are not known: only people and unknown outlets speak. */
    public List<LocalQuote> find(Document doc, List<LocalPerson> people) {
        return find(doc, people, List.of());
    }

    /**
     * @param people the people found in the same document; a quote's speaker is an index into this list
     * @param orgs   the organisations named in the same document (as {@link OrgFinder} gives them); an organisation
     *               that speaks is given by its canonical name
     * @return the quotes in document order
     */
    public List<LocalQuote> find(Document doc, List<LocalPerson> people, List<EntityMention> orgs) {
        if (!hasQuoteMark(doc.title()) && !hasQuoteMark(doc)) {
            return List.of(); // most releases quote nobody: skip the reading
        }
        return List.copyOf(new QuoteReading(doc, people, orgs, lexicon, roles, gazetteer, abbreviations).run());
    }

    private static boolean hasQuoteMark(Document doc) {
        for (Paragraph p : doc.paragraphs()) {
            if (hasQuoteMark(p.text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasQuoteMark(String text) {
        for (int i = 0; text != null && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '„' || c == '«' || c == '‘' || c == '\'' || c == '”' || c == '»' || c == '`') {
                return true;
            }
        }
        return false;
    }
}
