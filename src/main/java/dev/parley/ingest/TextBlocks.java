package dev.parley.ingest;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The visible text of a (pruned) page as blocks: each block element ({@code <p>}, {@code <div>}, {@code <li>},
 * headings, table cells ...) starts and ends a block, inline elements ({@code <b>}, {@code <a>}, {@code <span>})
 * never split a word, and a doubled {@code <br>} (or a single one after a sentence's end) is a paragraph break.
 * Each block remembers the element it belongs to and how much of its text is link text.
 */
final class TextBlocks {
    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
            "section", "article", "main", "header", "footer", "figure", "figcaption", "address", "hr", "center",
            "details", "summary", "fieldset", "legend", "body", "nav", "aside", "form", "hgroup", "dialog", "frame",
            "frameset", "noframes");

    /** A paragraph of page text. */
    record Block(Element owner, String text, int linkChars, boolean heading, int order) {
        double linkDensity() {
            return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
        }
    }

    private TextBlocks() {
    }

    static List<Block> of(Element root) {
        Collector c = new Collector(root);
        NodeTraversor.traverse(c, root);
        c.flush();
        return c.blocks;
    }

    private static final class Collector implements NodeVisitor {
        final List<Block> blocks = new ArrayList<>();
        final List<Element> owners = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        int linkChars;
        int linkDepth;
        int headingDepth;
        boolean headingSeen;
        boolean pendingBreak;

        Collector(Element root) {
            owners.add(root);
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t.getWholeText());
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    br();
                } else if (BLOCK_TAGS.contains(tag)) {
                    flush();
                    owners.add(e);
                }
                if (tag.equals("a")) {
                    linkDepth++;
                }
                if (isHeading(tag)) {
                    headingDepth++;
                    headingSeen = true;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("a")) {
                    linkDepth--;
                }
                // the heading's own text is already marked; the text after it, in the same parent, is not a heading
                if (isHeading(tag)) {
                    headingDepth--;
                }
                if (BLOCK_TAGS.contains(tag)) {
                    flush();
                    if (owners.size() > 1) {
                        owners.remove(owners.size() - 1);
                    }
                }
            }
        }

        private void append(String s) {
            if (pendingBreak) {
                // a single <br>: a paragraph break after a sentence's end, a space inside one
                pendingBreak = false;
                if (endsSentence()) {
                    flush();
                } else {
                    text.append(' ');
                }
            }
            int before = text.length();
            text.append(s);
            if (linkDepth > 0) {
                linkChars += text.length() - before;
            }
        }

        private void br() {
            if (pendingBreak) {
                pendingBreak = false;
                flush();
            } else if (!PageText.clean(text).isEmpty()) {
                pendingBreak = true;
            }
        }

        private boolean endsSentence() {
            for (int i = text.length() - 1; i >= 0; i--) {
                char c = text.charAt(i);
                if (!Character.isWhitespace(c) && c != '\u00A0') {
                    return ".!?:;\"”»’…".indexOf(c) >= 0;
                }
            }
            return false;
        }

        void flush() {
            pendingBreak = false;
            if (text.length() == 0) {
                headingSeen = headingDepth > 0;
                return;
            }
            int raw = text.length();
            String clean = PageText.clean(text);
            if (!clean.isEmpty()) {
                // link characters are counted in the raw text; scale them to the cleaned length
                int links = raw == 0 ? 0 : (int) Math.round((double) linkChars * clean.length() / raw);
                blocks.add(new Block(owners.get(owners.size() - 1), clean, Math.min(links, clean.length()),
                        headingSeen, blocks.size()));
            }
            text.setLength(0);
            linkChars = 0;
            headingSeen = headingDepth > 0;
        }

        private static boolean isHeading(String tag) {
            return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
        }
    }
}
