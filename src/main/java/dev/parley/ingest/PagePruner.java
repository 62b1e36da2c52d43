package dev.parley.ingest;

import dev.parley.extract.Vocabulary;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Removes what is never article text from a parsed page: scripts, styles, forms and controls, navigation,
 * asides, footers, hidden elements, and elements whose class or id says they are furniture (menus, share bars,
 * comment sections, cookie banners, related-article lists: the words are in vocab/html-boilerplate.txt).
 *
 * <p>An element named like furniture stays when it holds the article (an {@code <article>}, {@code <main>} or
 * {@code itemprop=articleBody} inside it) or most of the page's text: pages wrap everything in a
 * "has-sidebar" body or an ASP.NET form. Both passes are iterative (jsoup's traversor), so deep nesting costs no
 * stack.
 */
final class PagePruner {
    private static final Set<String> ALWAYS = Set.of("script", "style", "noscript", "template", "svg", "math",
            "iframe", "object", "embed", "canvas", "video", "audio", "button", "input", "select", "textarea", "option",
            "datalist", "dialog", "figcaption", "link", "meta", "head", "map", "area", "picture", "img",
            // ruby annotations: the reading set above the base text (furigana), not part of the sentence
            "rt", "rp");
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "menu", "form", "header");
    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "menu", "menubar", "search", "dialog", "alertdialog", "toolbar", "tablist");
    /** An element holding more than this share of the page's text is a wrapper, whatever its name. */
    private static final double WRAPPER_SHARE = 0.6;
    /** An article element with less than this share of the page's text does not protect what holds it. */
    private static final double HOLDS_ARTICLE_SHARE = 0.2;

    private final Set<String> furnitureWords;

    PagePruner(Vocabulary vocab) {
        this.furnitureWords = vocab.lowerSet("html-boilerplate");
    }

    void prune(Element body) {
        Map<Element, int[]> sizes = measure(body);
        int total = Math.max(1, sizes.getOrDefault(body, new int[2])[0]);
        // the nearest article element around the current node: a wrapper's share is measured against it
        java.util.ArrayDeque<Element> articles = new java.util.ArrayDeque<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult tail(Node node, int depth) {
                if (!articles.isEmpty() && articles.peek() == node) {
                    articles.pop();
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult head(Node node, int depth) {
                FilterResult r = decide(node);
                if (r == FilterResult.CONTINUE && node instanceof Element e && isArticle(e)) {
                    articles.push(e);
                }
                return r;
            }

            private FilterResult decide(Node node) {
                if (!(node instanceof Element e) || e == body) {
                    return node instanceof org.jsoup.nodes.Comment ? FilterResult.REMOVE : FilterResult.CONTINUE;
                }
                String tag = e.normalName();
                if (ALWAYS.contains(tag) || hidden(e)) {
                    return FilterResult.REMOVE;
                }
                int[] size = sizes.getOrDefault(e, new int[2]);
                // a teaser list marks each teaser up as an <article>: only an article with a good share of the
                // page's text makes its container the article's
                boolean holdsArticle = size[1] > 0 && size[1] >= HOLDS_ARTICLE_SHARE * total;
                int around = articles.isEmpty() ? total : Math.max(1, sizes.get(articles.peek())[0]);
                boolean wrapper = size[0] > WRAPPER_SHARE * around;
                if (holdsArticle || wrapper) {
                    return FilterResult.CONTINUE;
                }
                // an article's own <header> holds its headline and lead paragraph, not the site's banner
                boolean articleHeader = tag.equals("header") && !articles.isEmpty();
                if ((FURNITURE_TAGS.contains(tag) && !articleHeader) || FURNITURE_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
                    return FilterResult.REMOVE;
                }
                if (!isArticle(e) && namedLikeFurniture(e)) {
                    return FilterResult.REMOVE;
                }
                return FilterResult.CONTINUE;
            }
        }, body);
    }

    /**
     * Per element: visible non-space characters beneath it outside links (menus are all links, articles mostly
     * not), and the same count for the largest article element beneath it or itself (1 for an empty one).
     */
    private static Map<Element, int[]> measure(Element body) {
        Map<Element, int[]> sizes = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            int linkDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    sizes.put(e, new int[] {0, 0});
                    if (e.normalName().equals("a")) {
                        linkDepth++;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                int chars = 0;
                int article = 0;
                if (node instanceof TextNode t) {
                    chars = linkDepth > 0 ? 0 : visibleChars(t.getWholeText());
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("a")) {
                        linkDepth--;
                    }
                    int[] own = sizes.get(e);
                    if (ALWAYS.contains(e.normalName())) {
                        own[0] = 0;
                    }
                    chars = own[0];
                    if (isArticle(e)) {
                        own[1] = Math.max(1, Math.max(own[1], own[0]));
                    }
                    article = own[1];
                }
                if (node != body && node.parent() instanceof Element p) {
                    int[] parent = sizes.get(p);
                    if (parent != null) {
                        parent[0] += chars;
                        parent[1] = Math.max(parent[1], article);
                    }
                }
            }
        }, body);
        return sizes;
    }

    static boolean isArticle(Element e) {
        String tag = e.normalName();
        return tag.equals("article") || tag.equals("main") || e.attr("itemprop").equalsIgnoreCase("articleBody")
                || e.attr("role").equalsIgnoreCase("main");
    }

    private static int visibleChars(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static boolean hidden(Element e) {
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    private boolean namedLikeFurniture(Element e) {
        return hasWord(e.className(), furnitureWords) || hasWord(e.id(), furnitureWords);
    }

    /** Words that make a class name a state of its element rather than its kind: "has-sidebar", "no-comments". */
    private static final Set<String> STATE_WORDS = Set.of("has", "with", "no", "without", "show", "enable", "enabled",
            "disable", "disabled", "allow", "is");

    /**
     * Whether a class or id value has one of the words, split at separators and at lower-to-upper case changes; a
     * class name with a state word ("has-ads") does not count.
     */
    static boolean hasWord(String value, Set<String> words) {
        if (value.isEmpty()) {
            return false;
        }
        for (String name : value.split("\\s+")) {
            List<String> tokens = tokens(name);
            boolean state = false;
            boolean found = false;
            for (String t : tokens) {
                state |= STATE_WORDS.contains(t);
                found |= words.contains(t) || compound(t, words);
            }
            if (found && !state) {
                return true;
            }
        }
        return false;
    }

    /** Shortest furniture word that counts inside a run-together class name ("relatedposts", "commentlist"). */
    private static final int COMPOUND_MIN = 6;

    /**
     * Endings that make a furniture word another word rather than a compound: "commentary" is an article's genre,
     * "commentator" its author, not a comment section.
     */
    private static final Set<String> WORD_ENDINGS = Set.of("ary", "aries", "ator", "ators", "ated", "ation", "ations");

    /** Whether a run-together token begins or ends with a furniture word of some length: "jp-relatedposts". */
    private static boolean compound(String token, Set<String> words) {
        if (token.length() <= COMPOUND_MIN) {
            return false;
        }
        for (int cut = COMPOUND_MIN; cut <= token.length() - 3; cut++) {
            if ((words.contains(token.substring(0, cut)) && !WORD_ENDINGS.contains(token.substring(cut)))
                    || words.contains(token.substring(token.length() - cut))) {
                return true;
            }
        }
        return false;
    }

    static List<String> tokens(String name) {
        List<String> out = new ArrayList<>(4);
        int start = -1;
        for (int i = 0; i <= name.length(); i++) {
            char c = i < name.length() ? name.charAt(i) : ' ';
            boolean letter = Character.isLetterOrDigit(c);
            boolean caseBreak = letter && start >= 0 && Character.isUpperCase(c) && Character.isLowerCase(name.charAt(i - 1));
            if ((!letter || caseBreak) && start >= 0) {
                out.add(name.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
            if (letter && start < 0) {
                start = i;
            }
        }
        return out;
    }
}
