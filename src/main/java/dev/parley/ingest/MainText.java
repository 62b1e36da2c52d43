package dev.parley.ingest;

import dev.parley.extract.Vocabulary;
import dev.parley.ingest.TextBlocks.Block;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The main text of a page: the blocks of the element that holds most of the page's prose, and the prose and
 * headings around it inside the same article.
 *
 * <p>Prose is told from furniture by general signals only: a block's length, how much of it is link text,
 * whether it has sentence punctuation. Every ancestor of a prose block earns its weight; from the body down, the
 * walk enters the child that holds most of its parent's weight, and stops where the weight splits (the core). The
 * region kept is the nearest article element ({@code <article>}, {@code <main>}, {@code itemprop=articleBody})
 * around the core, or the core's grandparent; outside the core only prose and the headings before it are kept.
 */
final class MainText {
    /** Shorter blocks carry no weight: headings, bylines, menu entries. */
    private static final int PROSE_MIN_CHARS = 30;
    private static final double PROSE_MAX_LINK_DENSITY = 0.3;
    /** The walk enters a child holding at least this share of its parent's weight. */
    private static final double DESCEND_SHARE = 0.7;
    /** Blocks inside the core with more link text than this are link lists. */
    private static final double MAX_LINK_DENSITY = 0.5;
    /** Lines around the prose shorter than this and not ending like a sentence are labels. */
    private static final int LABEL_MAX_CHARS = 50;

    private final PagePruner pruner;
    private final Set<String> boilerplateLines;
    private final List<String> moreLabels;

    MainText(Vocabulary vocab) {
        this.pruner = new PagePruner(vocab);
        this.boilerplateLines = vocab.lowerSet("boilerplate");
        this.moreLabels = List.copyOf(vocab.lowerSet("html-more-labels"));
    }

    List<String> extract(Element body) {
        pruner.prune(body);
        List<Block> blocks = TextBlocks.of(body);
        Map<Element, Double> weights = new IdentityHashMap<>();
        double total = 0;
        for (Block b : blocks) {
            double w = weight(b);
            if (w <= 0) {
                continue;
            }
            total += w;
            for (Element e = b.owner(); e != null; e = e.parent()) {
                weights.merge(e, w, Double::sum);
                if (e == body) {
                    break;
                }
            }
        }
        if (total == 0) {
            return keep(blocks, b -> b.linkDensity() <= MAX_LINK_DENSITY && !isBoilerplateLine(b));
        }
        Element core = descend(body, weights);
        Element region = region(core, body);
        int coreStart = Integer.MAX_VALUE;
        for (Block b : blocks) {
            if (inside(b.owner(), core, body)) {
                coreStart = Math.min(coreStart, b.order());
            }
        }
        int start = coreStart;
        return keep(blocks, b -> {
            if (b.linkDensity() > MAX_LINK_DENSITY || isBoilerplateLine(b)) {
                return false;
            }
            if (inside(b.owner(), core, body)) {
                return true;
            }
            if (!inside(b.owner(), region, body)) {
                return false;
            }
            // prose after the core counts only inside a marked article: elsewhere it is comments, teasers, bios
            if (PagePruner.isArticle(region) && isPlainListItem(b)) {
                return true; // ingredients, steps, key points: the article's own lists are short lines, not links
            }
            return (weight(b) > 0 && (b.order() < start || PagePruner.isArticle(region)))
                    || (b.heading() && b.order() < start);
        });
    }

    /** Most list items that are not the article's own text are links: menus, tags, related stories. */
    private static final double LIST_ITEM_MAX_LINK_DENSITY = 0.1;

    private static boolean isPlainListItem(Block b) {
        String tag = b.owner().normalName();
        return (tag.equals("li") || tag.equals("dd") || tag.equals("dt")) && b.linkDensity() < LIST_ITEM_MAX_LINK_DENSITY;
    }

    private interface Keep {
        boolean test(Block b);
    }

    private static List<String> keep(List<Block> blocks, Keep keep) {
        List<Block> kept = new ArrayList<>();
        for (Block b : blocks) {
            if (keep.test(b) && (kept.isEmpty() || !kept.get(kept.size() - 1).text().equals(b.text()))) {
                kept.add(b);
            }
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < kept.size(); i++) {
            if (weight(kept.get(i)) > 0) {
                last = i;
                if (first < 0) {
                    first = i;
                }
            }
        }
        List<String> out = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            Block b = kept.get(i);
            if (b.heading() ? orphan(kept, i) : (i < first || i > last) && isLabel(b.text()) && !isPlainListItem(b)) {
                continue;
            }
            out.add(b.text());
        }
        return out;
    }

    /** A heading with no text under it before the next heading: the title of a list that was left out. */
    private static boolean orphan(List<Block> kept, int i) {
        for (int j = i + 1; j < kept.size(); j++) {
            if (!kept.get(j).heading()) {
                return false;
            }
            if (headingRank(kept.get(j)) <= headingRank(kept.get(i))) {
                return true;
            }
        }
        return true;
    }

    private static int headingRank(Block b) {
        String tag = b.owner().normalName();
        return tag.length() == 2 && tag.charAt(0) == 'h' ? tag.charAt(1) - '0' : 7;
    }

    /**
     * A short line that does not end like a sentence, before the first or after the last paragraph of prose:
     * a byline, a date, "Contact:", "Comment" - the labels around an article, not its text.
     */
    private static boolean isLabel(String text) {
        if (text.length() >= LABEL_MAX_CHARS) {
            return false;
        }
        char end = text.charAt(text.length() - 1);
        return ".!?\"”»“…)。！？」".indexOf(end) < 0;
    }

    /** A block's weight as prose: its non-link length, halved without any sentence punctuation. */
    static double weight(Block b) {
        int len = b.text().length();
        double ld = b.linkDensity();
        if (len < PROSE_MIN_CHARS || ld > PROSE_MAX_LINK_DENSITY || b.heading()) {
            return 0;
        }
        double w = len * (1 - ld);
        return hasPunctuation(b.text()) ? w : w / 2;
    }

    private static boolean hasPunctuation(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == ',' || c == '!' || c == '?' || c == ';' || c == '。' || c == '،' || c == '、') {
                return true;
            }
        }
        return false;
    }

    private static Element descend(Element body, Map<Element, Double> weights) {
        Element cur = body;
        while (true) {
            double own = weights.getOrDefault(cur, 0.0);
            Element best = null;
            double bestWeight = 0;
            for (Element child : cur.children()) {
                double w = weights.getOrDefault(child, 0.0);
                if (w > bestWeight) {
                    bestWeight = w;
                    best = child;
                }
            }
            if (best == null || bestWeight < DESCEND_SHARE * own) {
                return cur;
            }
            cur = best;
        }
    }

    /** How far above the core the region reaches when no article element marks it. */
    private static final int REGION_LEVELS = 2;

    private static Element region(Element core, Element body) {
        for (Element e = core; e != null && e != body; e = e.parent()) {
            if (PagePruner.isArticle(e)) {
                return e;
            }
        }
        // lead paragraphs and standfirsts often sit one level above the column that holds the body text
        Element r = core;
        for (int up = 0; up < REGION_LEVELS && r != body && r.parent() != null; up++) {
            r = r.parent();
        }
        return r;
    }

    private static boolean inside(Element e, Element ancestor, Element body) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x == ancestor) {
                return true;
            }
            if (x == body) {
                return ancestor == body;
            }
        }
        return false;
    }

    /** Lines longer than this are text even when they open like a label ("Read more about ..." in a sentence). */
    private static final int MORE_LABEL_MAX_CHARS = 60;

    /** A line the site puts around articles ("Share", "Home"), or one that opens a list of further reading. */
    private boolean isBoilerplateLine(Block b) {
        String text = b.text();
        if (text.length() > MORE_LABEL_MAX_CHARS) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() <= 40 && boilerplateLines.contains(lower)) {
            return true;
        }
        for (String label : moreLabels) {
            if (lower.startsWith(label) && (lower.length() == label.length() || !Character.isLetter(lower.charAt(label.length())))) {
                return true;
            }
        }
        return false;
    }
}
