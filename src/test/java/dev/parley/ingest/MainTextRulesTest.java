package dev.parley.ingest;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The main-text rules, each on a small page written for it. */
class MainTextRulesTest {
    private static String text(String html) throws IOException {
        return String.join("\n", WebPageReader.read(html, null).paragraphs());
    }

    private static final String PROSE = "<p>The foreign ministers of Valdoria and Kestrel met in Ostrava on Thursday"
            + " to prepare the border commission, which has not sat since the spring.</p>"
            + "<p>Both delegations said the talks had been frank, and that the technical teams would meet again"
            + " before the end of the month to exchange maps of the disputed river crossings.</p>";

    @Test
    void textRightAfterAHeadingInTheSameElementIsProseNotHeading() throws IOException {
        String html = "<html><body><nav><a href=/>Home</a> <a href=/w>World</a></nav><article>" + PROSE
                + "<div><h3>Next steps</h3>The ministers will meet again in Vienna in June, a spokeswoman for the"
                + " Valdorian ministry said.</div></article></body></html>";
        assertThat(text(html)).contains("Next steps",
                "The ministers will meet again in Vienna in June, a spokeswoman for the Valdorian ministry said.");
    }

    @Test
    void teasersMarkedUpAsArticlesDoNotProtectTheirRelatedList() throws IOException {
        String teaser = "<article class=\"teaser\"><h4>Harbour strike enters its third week</h4>"
                + "<p>Dock workers in Port Selva rejected the latest offer, and the union called for new talks.</p></article>";
        String html = "<html><body><article class=\"story\">" + PROSE + PROSE.replace("Thursday", "Friday")
                + "<div class=\"related-stories\">" + teaser + teaser.replace("third", "fourth") + "</div>"
                + "</article></body></html>";
        String text = text(html);
        assertThat(text).contains("The foreign ministers of Valdoria and Kestrel met in Ostrava on Friday");
        assertThat(text).doesNotContain("Harbour strike", "Dock workers in Port Selva");
    }

    @Test
    void theMainArticleStillProtectsAContainerNamedLikeFurniture() throws IOException {
        // a theme that wraps the whole page in "with-sidebar" and the article in a "sidebar-layout" column
        String html = "<html><body><div class=\"sidebar-layout\"><article>" + PROSE + "</article></div>"
                + "<div class=\"sidebar\"><p>Popular: the ten best cafes in the old town, ranked by our readers.</p></div>"
                + "</body></html>";
        String text = text(html);
        assertThat(text).contains("The foreign ministers of Valdoria and Kestrel");
        assertThat(text).doesNotContain("best cafes");
    }

    @Test
    void linesThatOpenFurtherReadingAreLeftOutInSeveralLanguages() throws IOException {
        String html = "<html><body><article>" + PROSE
                + "<p>Read also: <a href=/x>Talks on the river crossings stall</a></p>"
                + "<p>Lesen Sie auch</p><p>À lire aussi : la commission frontalière</p>"
                + "<p>Was this article helpful?</p>"
                + "<p>Read more about the commission's history in our explainer, published when the border treaty was signed.</p>"
                + "</article></body></html>";
        String text = text(html);
        assertThat(text).doesNotContain("Read also", "Talks on the river crossings stall", "Lesen Sie auch",
                "lire aussi", "helpful");
        // a sentence that opens with the same words is text
        assertThat(text).contains("Read more about the commission's history in our explainer");
    }

    @Test
    void aLabelWordInsideALongerWordIsNotALabel() throws IOException {
        String html = "<html><body><article>" + PROSE + "<p>Comparative tables follow.</p><p>Partagerons-nous la rivière ?</p>"
                + "</article></body></html>";
        assertThat(text(html)).contains("Partagerons-nous la rivière ?");
    }
    @Test
    void rubyReadingsAreNotPartOfTheSentence() throws IOException {
        String html = "<html><body><article><p><ruby>外務大臣<rt>がいむだいじん</rt></ruby>は<ruby>会談<rp>(</rp><rt>かいだん</rt><rp>)</rp></ruby>の"
                + "あとで、<ruby>両国<rt>りょうこく</rt></ruby>の<ruby>協力<rt>きょうりょく</rt></ruby>について<ruby>話<rt>はな</rt></ruby>しました。</p>"
                + PROSE + "</article></body></html>";
        assertThat(text(html)).contains("外務大臣は会談のあとで、両国の協力について話しました。");
    }

    @Test
    void aCommentaryIsAnArticleNotACommentSection() throws IOException {
        String html = "<html><body><div class=\"opinion commentary\"><h1>Why the border commission matters</h1>" + PROSE
                + "</div><div class=\"commentlist\"><p>Reader from Ostrava: I do not believe a word of this, honestly.</p></div>"
                // as much text again beside it, so that the commentary is not kept only as the page's wrapper
                + "<aside>" + PROSE.replace("<p>", "<p>Archive: ") + "</aside>"
                + "</body></html>";
        String text = text(html);
        assertThat(text).startsWith("The foreign ministers of Valdoria and Kestrel");
        assertThat(text).doesNotContain("I do not believe", "Archive:");
    }

    @Test
    void aLeadParagraphAboveTheBodyColumnIsKept() throws IOException {
        String html = "<html><body><div class=\"page\"><div class=\"intro\"><p class=\"lead\">Valdoria and Kestrel"
                + " will reopen their border commission, closed since the spring, the two governments announced.</p></div>"
                + "<div class=\"columns\"><div class=\"body-column\">" + PROSE + PROSE.replace("Thursday", "Friday")
                + "</div><div class=\"rail\"><a href=/a>Weather</a> <a href=/b>Markets</a></div></div></div>"
                + "<div class=\"bottom\"><p>Our newsroom is independent, and you can support it with a small monthly gift.</p></div>"
                + "</body></html>";
        String text = text(html);
        assertThat(text).startsWith("Valdoria and Kestrel will reopen their border commission");
        assertThat(text).doesNotContain("Weather", "newsroom");
    }
}
