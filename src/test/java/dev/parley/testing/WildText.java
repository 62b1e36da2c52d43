package dev.parley.testing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import java.util.List;

/**
 * Arbitrary text that looks enough like news to reach the extractors' deeper rules, mixed with everything that
 * breaks naive text code: characters outside the BMP (surrogate pairs, and lone halves of them), combining marks,
 * quotation marks of every style, control characters (C0, C1, DEL, escape sequences), bidi controls, zero-width
 * characters, every kind of line end, and very long runs without a break.
 */
public final class WildText {
    private WildText() {
    }

    private static final List<String> PIECES = List.of(
            // words that make people, roles, places, organisations, meetings, dates and quotes likely
            "Foreign Minister ", "Sergey Lavrov", "Lavrov", "Ivica Dačić", "Prime Minister ", "President ", "Ambassador ",
            "met ", "held talks with ", "said", " said ", "told reporters", "stressed", "according to ", "the Foreign Ministry",
            "in Moscow", "in Belgrade", "Serbia", "Russia", "the European Union", "NATO", "on 21 March 2024", "2015-10-12",
            "March 3", "Monday", "he", "she", "the ", "and ", "of ", "Mr. ", "Dr. ", "U.S. ", "(", ")", ",", ".", ":", ";",
            "!", "?", "…", "—", "–", "-", "/", "&", "#", "@",
            // whole sentences with a quote, for the rules that need more than a word or two
            "“We support the talks,” Lavrov said. ", "Foreign Minister Sergey Lavrov said: «The door is open». ",
            "\"It is a sovereign right,\" the Foreign Ministry said in a statement. ",
            "Prime Minister Ivica Dačić met President Vladimir Putin in Moscow on Monday. ",
            // quotation marks of every style, apostrophes, primes
            "\"", "'", "“", "”", "„", "‟", "«", "»", "‹", "›", "‘", "’", "‚", "‛", "''", "``", "「", "」", "『", "』", "″", "′",
            // outside the BMP, and broken surrogate pairs
            "😀", "𝐀𝐁", "𠜎", "\uD83D", "\uDE00", "\uDE00\uD83D",
            // combining marks, alone and after a letter
            "e\u0301", "\u0301", "c\u030C", "\u0308\u0308", "a\u20DD",
            // control characters, escape sequences, DEL, C1
            "\u0000", "\u0007", "\u0008", "\u001b[2J", "\u001b]52;c;", "\u007f", "\u0085", "\u009b", "\u000b", "\u000c",
            // bidi and zero-width
            "\u202e", "\u2066", "\u200b", "\u200d", "\ufeff", "\u00a0", "\u2028", "\u2029",
            // line ends and white space
            "\n", "\n\n", "\r\n", "\r", "\t", " ", " ", " ", "   ",
            // markup and JSON-ish bits that readers see
            "<p>", "</p>", "<b>", "&amp;", "&#0;", "&#xD800;", "{", "}", "[", "]", "\\", "\\u0000");

    /** One piece of text: a few of the pieces above and arbitrary characters, now and then a very long line. */
    public static Arbitrary<String> text() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.of(PIECES)),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().all().ofMaxLength(4)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(6)));
        Arbitrary<String> ordinary = piece.list().ofMaxSize(50).map(l -> String.join("", l));
        Arbitrary<String> longLine = Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(4)
                .map(l -> String.join("", l).repeat(20_000 / Math.max(1, String.join("", l).length()) + 1));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(30, ordinary), net.jqwik.api.Tuple.of(1, longLine));
    }

    /** One to four paragraphs of {@link #text()}. */
    public static Arbitrary<List<String>> paragraphs() {
        return text().list().ofMinSize(1).ofMaxSize(4);
    }
}
