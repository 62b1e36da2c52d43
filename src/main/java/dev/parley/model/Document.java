package dev.parley.model;

import java.util.List;

/**
 * One article. All offsets elsewhere in the model point into {@link #paragraphs()}: a paragraph index and
 * character offsets (UTF-16, as Java and JavaScript count them) inside that paragraph's text.
 *
 * @param id          stable id derived from the file path relative to the input folder, without extension
 * @param file        path relative to the input folder, with '/' separators
 * @param title       the article's own title, or one derived from the lead sentence
 * @param titleFrom   "header" when the article has a title line, "lead" when derived
 * @param source      outlet or agency (header line, dateline agency, trailing signature), or null
 * @param place       dateline place, or null
 * @param date        publication date as far as known, or null
 * @param paragraphs  clean body paragraphs (title, outlet and boilerplate lines removed)
 * @param topics      ids of the topics this document is about (evidence is in {@link Topic})
 * @param keyphrases  salient phrases of this document, most salient first
 */
public record Document(
        String id,
        String file,
        String title,
        String titleFrom,
        String source,
        String place,
        DocDate date,
        List<Paragraph> paragraphs,
        List<String> topics,
        List<String> keyphrases) {

    public Document {
        paragraphs = ModelLists.copyOf(paragraphs);
        topics = ModelLists.copyOf(topics);
        keyphrases = ModelLists.copyOf(keyphrases);
    }
}
