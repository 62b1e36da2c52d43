package dev.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Quotes in a document's title ("Minister Halden: talks in Oslo “open and frank”"). A headline quote goes to the
 * one person the headline names outside its quotes; a headline naming several people, or nobody, leaves it unknown.
 * Its paragraph is -1 and its offsets point into the title. A single quoted word is a scare quote, not a quote.
 */
final class QuoteHeadline {
    /** The paragraph index that stands for the title. */
    static final int TITLE = -1;
    private static final double CONFIDENCE = 0.8;
    private static final int MIN_WORDS = 2;

    private record Named(int start, int end, int person) {
    }

    private QuoteHeadline() {
    }

    static List<LocalQuote> find(String title, List<LocalPerson> people, Set<String> abbreviations) {
        if (title == null || title.isBlank()) {
            return List.of();
        }
        String text = QuoteMarks.withTypewriterMarks(title);
        List<QuoteMarks.Marked> marks = QuoteMarks.find(text, null);
        if (marks.isEmpty()) {
            return List.of();
        }
        List<Named> named = named(text, marks, people);
        int speaker = -1;
        String speakerText = null;
        for (Named n : named) {
            if (speaker >= 0 && speaker != n.person()) {
                speaker = -1; // several people: the headline does not say which one speaks
                speakerText = null;
                break;
            }
            speaker = n.person();
            speakerText = title.substring(n.start(), n.end());
        }
        List<LocalQuote> out = new ArrayList<>();
        for (QuoteMarks.Marked m : marks) {
            int wordCount = 0;
            for (Tokens.Token t : Tokens.quotes(text.substring(m.start(), m.end()), abbreviations)) {
                wordCount += t.isWord() ? 1 : 0;
            }
            if (wordCount < MIN_WORDS) {
                continue;
            }
            out.add(new LocalQuote(TITLE, m.start(), m.end(), title.substring(m.start(), m.end()), speaker,
                    speaker < 0 ? null : speakerText, null, speaker < 0 ? null : "name", speaker < 0 ? 0 : CONFIDENCE));
        }
        return out;
    }

    /** Where the headline names a person outside its quotes: any form the document writes the person's name in. */
    private static List<Named> named(String text, List<QuoteMarks.Marked> marks, List<LocalPerson> people) {
        List<Named> out = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            LocalPerson person = people.get(i);
            for (String form : person.formsAndName()) {
                if (form == null || form.length() < 3) {
                    continue;
                }
                for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                    int end = at + form.length();
                    if (wordBoundary(text, at - 1) && wordBoundary(text, end) && !inside(marks, at)) {
                        out.add(new Named(at, end, i));
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static boolean wordBoundary(String text, int k) {
        return k < 0 || k >= text.length() || !Character.isLetterOrDigit(text.charAt(k));
    }

    private static boolean inside(List<QuoteMarks.Marked> marks, int offset) {
        for (QuoteMarks.Marked m : marks) {
            if (m.open() <= offset && offset < m.close()) {
                return true;
            }
        }
        return false;
    }
}
