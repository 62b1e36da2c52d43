package dev.parley.extract;

import dev.parley.extract.PhraseIndex.Match;
import dev.parley.extract.Tokens.Token;
import dev.parley.model.Document;
import dev.parley.model.Evidence;
import dev.parley.model.Paragraph;
import dev.parley.model.Span;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tags a document with the topics of the editable taxonomy in {@code vocab/topics.txt}, each with the sentences that
 * show it.
 *
 * <p>Rule: a document is about a topic when it contains at least one of the topic's strong keywords ("military
 * neutrality", "pandemic"), or at least two different weak ones ("humanitarian" and "civilians"). A single weak word
 * is too often incidental in diplomatic prose, where "security", "aid" or "economic" turn up in any meeting report.
 * Variants written {@code a=b} in the file are one keyword. The evidence is every sentence with a keyword of the
 * topic, strong or weak, in document order.
 */
public final class TopicTagger {
    /** One keyword of one topic; {@code concept} identifies it among variants written with '='. */
    private record Keyword(int topic, boolean strong, int concept) {
    }

    private final List<Map.Entry<String, String>> topics = new ArrayList<>();
    private final PhraseIndex<Keyword> keywords = new PhraseIndex<>();

    public TopicTagger(Vocabulary vocab) {
        int concept = 0;
        for (List<String> row : vocab.table("topics")) {
            int topic = topics.size();
            topics.add(Map.entry(row.get(0), row.size() > 1 && !row.get(1).isBlank() ? row.get(1) : row.get(0)));
            for (int col = 2; col <= 3 && col < row.size(); col++) {
                boolean strong = col == 2;
                for (String item : row.get(col).split("\\|")) {
                    if (item.isBlank()) {
                        continue;
                    }
                    Keyword keyword = new Keyword(topic, strong, concept++);
                    for (String variant : item.split("=")) {
                        keywords.add(variant, keyword);
                    }
                }
            }
        }
    }

    /** The taxonomy in file order: topic id (stable, used in the model) to the name shown to people. */
    public List<Map.Entry<String, String>> topics() {
        return Collections.unmodifiableList(topics);
    }

    /** Topic id to its evidence sentences, for the topics the document is about; ids in taxonomy order. */
    public Map<String, List<Evidence>> tag(Document doc) {
        int n = topics.size();
        boolean[] strong = new boolean[n];
        List<Set<Integer>> weakConcepts = new ArrayList<>(n);
        List<TreeSet<Long>> sentences = new ArrayList<>(n);
        for (int t = 0; t < n; t++) {
            weakConcepts.add(new HashSet<>());
            sentences.add(new TreeSet<>());
        }
        List<Paragraph> paragraphs = doc.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph paragraph = paragraphs.get(p);
            List<Token> tokens = Tokens.ofParagraph(paragraph.text());
            for (Match<Keyword> m : keywords.all(tokens)) {
                Keyword k = m.value();
                if (k.strong()) {
                    strong[k.topic()] = true;
                } else {
                    weakConcepts.get(k.topic()).add(k.concept());
                }
                int sentence = sentenceIndex(paragraph, tokens.get(m.from()).start());
                sentences.get(k.topic()).add(((long) p << 32) | (sentence & 0xffffffffL));
            }
        }
        Map<String, List<Evidence>> out = new LinkedHashMap<>();
        for (int t = 0; t < n; t++) {
            if (!strong[t] && weakConcepts.get(t).size() < 2) {
                continue;
            }
            List<Evidence> evidence = new ArrayList<>();
            for (long ps : sentences.get(t)) {
                int p = (int) (ps >>> 32);
                int s = (int) ps;
                Paragraph paragraph = paragraphs.get(p);
                Span span = sentenceSpan(paragraph, s);
                evidence.add(new Evidence(doc.id(), p, span.start(), span.end(),
                        paragraph.text().substring(span.start(), span.end())));
            }
            out.put(topics.get(t).getKey(), List.copyOf(evidence));
        }
        return out;
    }

    /** Index of the sentence holding the offset, or -1 when the paragraph has no sentence spans covering it. */
    private static int sentenceIndex(Paragraph paragraph, int offset) {
        List<Span> spans = paragraph.sentences();
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i).contains(offset)) {
                return i;
            }
        }
        return -1;
    }

    private static Span sentenceSpan(Paragraph paragraph, int index) {
        if (index < 0) {
            return new Span(0, paragraph.text().length());
        }
        Span span = paragraph.sentences().get(index);
        int length = paragraph.text().length();
        return new Span(Math.min(span.start(), length), Math.min(span.end(), length));
    }
}
