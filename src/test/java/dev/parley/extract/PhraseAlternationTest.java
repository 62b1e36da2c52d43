package dev.parley.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class PhraseAlternationTest {
    /** What the alternation stands for: one pattern of all the phrases, found left to right. */
    private static List<PhraseAlternation.Hit> onePattern(List<String> phrases, String text) {
        StringBuilder alt = new StringBuilder();
        for (String p : phrases) {
            alt.append(alt.length() == 0 ? "" : "|").append("(?:").append(p).append(')');
        }
        Matcher m = Pattern.compile("\\b(?:" + alt + ")\\b", Pattern.CASE_INSENSITIVE).matcher(text);
        List<PhraseAlternation.Hit> out = new ArrayList<>();
        while (m.find()) {
            out.add(new PhraseAlternation.Hit(m.start(), m.end()));
        }
        return out;
    }

    @Test
    void theFirstPhraseInOrderWinsAsInOnePattern() {
        List<String> phrases = List.of("met", "met with", "meeting(?: with)?");
        PhraseAlternation a = new PhraseAlternation(phrases);
        String text = "She met with him; the meeting with them; Met again.";
        assertThat(a.findAll(text)).isEqualTo(onePattern(phrases, text))
                .extracting(h -> text.substring(h.start(), h.end()))
                .containsExactly("met", "meeting with", "Met");
    }

    @Test
    void phrasesThatOpenWithAGroupOrAnOptionalLetterAreFoundAnywhere() {
        List<String> phrases = List.of("(?:is|are) due to", "ab?c", "x|yes", "[Tt]alks", "by (?:tele)?phone");
        PhraseAlternation a = new PhraseAlternation(phrases);
        String text = "They are due to meet; ac and abc; yes, talks by telephone; x";
        assertThat(a.findAll(text)).isEqualTo(onePattern(phrases, text)).hasSize(7);
    }

    @Test
    void noMatchInsideAWordOrAcrossCase() {
        List<String> phrases = List.of("met", "visit(?:s|ed)?");
        PhraseAlternation a = new PhraseAlternation(phrases);
        String text = "Sometimes metres; VISITED Metz; revisit; visits.";
        assertThat(a.findAll(text)).isEqualTo(onePattern(phrases, text))
                .extracting(h -> text.substring(h.start(), h.end())).containsExactly("VISITED", "visits");
    }

    @Test
    void theSameMatchesAsOnePatternOnRandomText() {
        List<String> phrases = Vocabulary.get().table("meeting-verbs").stream().map(r -> r.get(0)).toList();
        PhraseAlternation a = new PhraseAlternation(phrases);
        String[] words = {"met", "with", "Meet", "talks", "held", "on", "the", "phone", "by", "telephone", "is", "to",
                "visit", "visited", "Dr.", "Ünal", "invited", "Minister", "spoke", "x", "received", "—", "2024", "_met",
                "conversation", "between", "due", "are", "scheduled", "Éric", "meetings", "of"};
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i >= 0; i--) {
                text.append(words[random.nextInt(words.length)]).append(random.nextInt(5) == 0 ? ", " : " ");
            }
            assertThat(a.findAll(text.toString())).as(text.toString()).isEqualTo(onePattern(phrases, text.toString()));
        }
    }
}
