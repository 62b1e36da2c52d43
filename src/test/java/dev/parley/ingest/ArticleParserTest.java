package dev.parley.ingest;

import dev.parley.model.Document;
import dev.parley.model.Paragraph;
import dev.parley.model.Span;
import dev.parley.testing.Seeds;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleParserTest {

    private static Document parse(String text) {
        return ArticleParser.parse(new SourceFile("doc", "doc.txt", text));
    }

    @Test
    void seedWithoutTitle_derivesTitleFromLead() {
        Document d = ArticleParser.parse(Seeds.seed("000"));
        assertThat(d.titleFrom()).isEqualTo("lead");
        assertThat(d.title()).startsWith("First Deputy Prime Minister").endsWith("…").hasSizeLessThanOrEqualTo(101);
        assertThat(d.paragraphs()).hasSize(8);
        assertThat(d.date()).isNull();
    }

    @Test
    void seedWithOutletLine_keepsOutletAsSourceAndTitleSeparately() {
        Document d = ArticleParser.parse(Seeds.seed("001"));
        assertThat(d.source()).isEqualTo("Ministry of defence Republic of Serbia");
        assertThat(d.title()).isEqualTo("Minister Djordjevic talks to Ambassador Chepurin");
        assertThat(d.titleFrom()).isEqualTo("header");
        assertThat(d.paragraphs().get(0).text()).startsWith("Defence Minister Zoran Djordjevic met today");
    }

    @Test
    void sentenceBrokenAcrossBlankLine_isRejoined() {
        Document d = ArticleParser.parse(Seeds.seed("002"));
        assertThat(d.paragraphs()).anySatisfy(p -> assertThat(p.text())
                .contains("were developing a successful cooperation in political, economic, military and technical areas."));
        assertThat(d.paragraphs()).noneSatisfy(p -> assertThat(p.text()).startsWith("successful cooperation"));
    }

    @Test
    void repeatedTitleLine_countsOnce_andTrailingAgencySignatureBecomesSource() {
        Document d = ArticleParser.parse(Seeds.seed("003"));
        assertThat(d.title()).isEqualTo("Serbia: Dačić and Lavrov discuss strengthening and deepening of their relations");
        assertThat(d.paragraphs().get(0).text()).startsWith("First Deputy Prime Minister");
        assertThat(d.source()).isEqualTo("ibna");
        String last = d.paragraphs().get(d.paragraphs().size() - 1).text();
        assertThat(last).endsWith("to the First Deputy Prime Minister.").doesNotContain("/ibna");
    }

    @Test
    void navigationLineIsDropped_datelineGivesPlaceDateAndAgency() {
        Document d = ArticleParser.parse(Seeds.seed("004"));
        assertThat(d.title()).isEqualTo("Lavrov: Russia supports Serbia’s policy in Balkans");
        assertThat(d.source()).isEqualTo("TASS");
        assertThat(d.place()).isEqualTo("Belgrade");
        assertThat(d.date()).isNotNull();
        assertThat(d.date().value()).isEqualTo("--12-04");
        assertThat(d.date().precision()).isEqualTo("month-day");
        assertThat(d.date().from()).isEqualTo("dateline");
        assertThat(d.paragraphs()).noneSatisfy(p -> assertThat(p.text()).isEqualTo("All news"));
        assertThat(d.paragraphs().get(1).text()).startsWith("Russia supports the policy");
    }

    @Test
    void urlHeaderGivesSourceAndDate_capitalHeadlineIsTitle() {
        Document d = parse("https://www.example-news.org/world/2019/3/14/talks-in-hanoi\n\n"
                + "MINISTERS AGREE TO MEET AGAIN IN SPRING\n\n"
                + "HANOI (Example) -- The two foreign ministers agreed on Thursday to meet again.\n");
        assertThat(d.source()).isEqualTo("Example");
        assertThat(d.title()).isEqualTo("MINISTERS AGREE TO MEET AGAIN IN SPRING");
        assertThat(d.date().value()).isEqualTo("2019-03-14");
        assertThat(d.date().from()).isEqualTo("url");
        assertThat(d.place()).isEqualTo("Hanoi");
        assertThat(d.paragraphs()).extracting(Paragraph::text)
                .containsExactly("The two foreign ministers agreed on Thursday to meet again.");
    }

    @Test
    void headerDateLine_isTheDocumentDate() {
        Document d = parse("Ministry of Foreign Affairs of Ruritania\n\nMinister receives new envoy\n\n14 March 2016\n\n"
                + "The Minister received the new Ambassador today.\n");
        assertThat(d.source()).isEqualTo("Ministry of Foreign Affairs of Ruritania");
        assertThat(d.title()).isEqualTo("Minister receives new envoy");
        assertThat(d.date().value()).isEqualTo("2016-03-14");
        assertThat(d.date().from()).isEqualTo("header");
        assertThat(d.paragraphs()).hasSize(1);
    }

    @Test
    void hardWrappedLinesAreJoined_longLinesWithoutBlankLinesStaySeparateParagraphs() {
        Document wrapped = parse("Title of the item\n\nThe minister said the talks were\nconstructive and that both sides\n"
                + "would meet again next month.\n");
        assertThat(wrapped.paragraphs()).extracting(Paragraph::text).containsExactly(
                "The minister said the talks were constructive and that both sides would meet again next month.");

        String a = "The first paragraph is a long line that a feed wrote without any blank line after it, as many do.";
        String b = "The second paragraph is also a long line of its own and should stay a paragraph of its own here.";
        Document feed = parse("Title of the item\n\n" + a + "\n" + b + "\n");
        assertThat(feed.paragraphs()).extracting(Paragraph::text).containsExactly(a, b);
    }

    @Test
    void controlCharactersAndDirectionOverridesAreRemoved() {
        Document d = parse("Title\n\nThe envoy\u0007 arrived\u202E in town.\u001b[31m\n");
        String text = d.paragraphs().get(0).text();
        assertThat(text).doesNotContain("\u0007", "\u202E", "\u001b").isEqualTo("The envoy arrived in town.[31m");
    }

    @Test
    void sentencesDoNotBreakAfterTitlesOrInitials() {
        Document d = parse("Title\n\nMr. Smith met Dr. Jones and John F. Kennedy Jr. in the U.S. capital. They talked. "
                + "“It went well.” Then they left.\n");
        Paragraph p = d.paragraphs().get(0);
        assertThat(p.sentences()).extracting(s -> p.text().substring(s.start(), s.end())).containsExactly(
                "Mr. Smith met Dr. Jones and John F. Kennedy Jr. in the U.S. capital.", "They talked.",
                "“It went well.”", "Then they left.");
    }

    @Test
    void emptyOrHeaderOnlyText_givesADocumentWithoutParagraphs() {
        Document d = parse("Only a title\n");
        assertThat(d.title()).isEqualTo("Only a title");
        assertThat(d.paragraphs()).isEmpty();
        assertThat(parse("").paragraphs()).isEmpty();
    }

    @Test
    void sentenceSpansCoverTheirParagraph() {
        for (SourceFile s : Seeds.seeds()) {
            for (Paragraph p : ArticleParser.parse(s).paragraphs()) {
                assertThat(p.sentences()).isNotEmpty();
                Span first = p.sentences().get(0);
                Span last = p.sentences().get(p.sentences().size() - 1);
                assertThat(first.start()).isZero();
                assertThat(last.end()).isEqualTo(p.text().length());
            }
        }
    }

    @Test
    void datelineWithStateAbbreviationAndTightDash_isStripped() {
        Document d = parse("https://example.org/a/1\n\nSPRINGFIELD, Ill. --Mayor Jo Park opened the new bridge on Monday.\n");
        assertThat(d.place()).isEqualTo("Springfield");
        assertThat(d.paragraphs().get(0).text()).startsWith("Mayor Jo Park opened");
    }

    @Test
    void twoSentenceFirstLine_isBodyNotTitle() {
        Document d = parse("The envoy arrived late. Talks began at once?\n\nMore text follows here.\n");
        assertThat(d.titleFrom()).isEqualTo("lead");
        assertThat(d.paragraphs()).hasSize(2);
    }

    @Test
    void knownCityWithColon_isADateline_butASectionLabelInCapitalsIsNoPlace() {
        Document city = parse("Title\n\nNairobi: The regional bloc met on Tuesday.\n");
        assertThat(city.place()).isEqualTo("Nairobi");
        assertThat(city.paragraphs().get(0).text()).isEqualTo("The regional bloc met on Tuesday.");

        Document label = parse("Title\n\nWEEKEND TRAVEL DESK – The ferry leaves at dawn.\n");
        assertThat(label.place()).isNull();
        assertThat(label.paragraphs().get(0).text()).isEqualTo("The ferry leaves at dawn.");
    }

    @Test
    void hyphenatedWordAfterAPlace_isNoDateline() {
        Document d = parse("Title\n\nThe Nairobi-listed company reported profits.\n");
        assertThat(d.place()).isNull();
        assertThat(d.paragraphs().get(0).text()).startsWith("The Nairobi-listed");
    }
}
