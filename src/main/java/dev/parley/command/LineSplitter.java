package dev.parley.command;

import org.jline.reader.CompletingParsedLine;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

import java.util.List;

/**
 * The JLine side of {@link CommandParser}: the first word is the command, the rest of the line is one word, so
 * that completing "person sergey la" replaces "sergey la" as a whole and inserts names with spaces unquoted.
 */
public final class LineSplitter implements Parser {

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        return split(line, cursor);
    }

    /** Splits at the cursor; also used by the explorer's bar, which has no LineReader. */
    public static Split split(String line, int cursor) {
        String text = line == null ? "" : line;
        int at = Math.max(0, Math.min(cursor, text.length()));
        int lead = 0;
        while (lead < text.length() && (Character.isWhitespace(text.charAt(lead)) || text.charAt(lead) == ':')) {
            lead++;
        }
        int space = lead;
        while (space < text.length() && !Character.isWhitespace(text.charAt(space))) {
            space++;
        }
        if (at <= space) {
            String word = text.substring(lead, space);
            List<String> words = space >= text.length() ? List.of(word) : List.of(word, text.substring(space + 1));
            return new Split(text, at, words, 0, Math.max(0, at - lead), lead);
        }
        int argStart = space + 1;
        while (argStart < at && Character.isWhitespace(text.charAt(argStart))) {
            argStart++;
        }
        String arg = text.substring(argStart);
        return new Split(text, at, List.of(text.substring(lead, space), arg), 1, at - argStart, argStart);
    }

    /** A line split for completion; {@code start} is where the current word begins in the line. */
    public record Split(String line, int cursor, List<String> words, int wordIndex, int wordCursor, int start)
            implements CompletingParsedLine {
        public Split {
            words = List.copyOf(words);
        }

        @Override
        public String word() {
            return words.get(wordIndex);
        }

        /** The current word up to the cursor: what completion matches against. */
        public String typed() {
            String w = word();
            return w.substring(0, Math.min(wordCursor, w.length()));
        }

        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate; // names go in as they are: the rest of the line is one argument
        }

        @Override
        public int rawWordCursor() {
            return wordCursor;
        }

        @Override
        public int rawWordLength() {
            return word().length();
        }
    }
}
