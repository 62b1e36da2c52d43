package dev.parley.ingest;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebPageReaderTest {
    private static WebPage fixture(String name) throws IOException {
        try (InputStream in = WebPageReaderTest.class.getResourceAsStream("html/" + name)) {
            assertThat(in).as(name).isNotNull();
            return WebPageReader.read(in.readAllBytes(), null);
        }
    }

    private static String text(WebPage page) {
        return String.join("\n", page.paragraphs());
    }

    @Test
    void ministryPageKeepsTheArticleAndHeadingsAndDropsTheFurniture() throws IOException {
        WebPage page = fixture("ministry-press.html");
        assertThat(page.paragraphs()).containsExactly(
                "Foreign Minister Anna Kovach received the newly appointed Ambassador of Norway, Erik Lund, at the Ministry on Tuesday for a first courtesy visit.",
                "The two sides discussed energy cooperation, the situation in the Western Balkans and the preparations for the ministerial meeting of the Council of Europe in May.",
                "Cooperation in the Arctic",
                "“Our countries share an interest in a stable and peaceful Arctic,” the Minister said, adding that Examplia would support Norway’s initiative on maritime research.",
                "Ambassador Lund presented a copy of his credentials and thanked the Minister for the warm welcome.");
        assertThat(text(page)).doesNotContain("cookies", "Share on", "Home", "Related news", "Most read",
                "All rights reserved", "dataLayer");
    }

    @Test
    void jsonLdWinsOverOpenGraphAndTheTitleElement() throws IOException {
        WebPage page = fixture("ministry-press.html");
        assertThat(page.title()).isEqualTo("Foreign Minister Anna Kovach receives the Ambassador of Norway");
        assertThat(page.titleFrom()).isEqualTo("json-ld");
        assertThat(page.source()).isEqualTo("Ministry of Foreign Affairs of Examplia");
        assertThat(page.sourceFrom()).isEqualTo("json-ld");
        assertThat(page.date().value()).isEqualTo("2024-03-12"); // datePublished, not dateModified or the meta tag
        assertThat(page.date().precision()).isEqualTo("day");
        assertThat(page.date().from()).isEqualTo("json-ld");
        assertThat(page.url()).isEqualTo("https://mfa.example.org/news/2024/minister-receives-ambassador");
    }

    @Test
    void jsonLdArrayWithEntitiesAndABrokenScriptBesideIt() throws IOException {
        WebPage page = fixture("json-ld-array.html");
        assertThat(page.title()).isEqualTo("Summit ends with joint declaration on \"water security\"");
        assertThat(page.titleFrom()).isEqualTo("json-ld");
        assertThat(page.source()).isEqualTo("Danube Herald");
        assertThat(page.date().value()).isEqualTo("2022-05-18");
        assertThat(page.url()).isEqualTo("https://herald.example.net/2022/05/18/summit-ends");
        assertThat(page.paragraphs()).hasSize(2);
        assertThat(text(page)).doesNotContain("morning briefing");
    }

    @Test
    void openGraphAndTimeWhenThereIsNoJsonLd() throws IOException {
        WebPage page = fixture("agency-wire.html");
        assertThat(page.title()).isEqualTo("Talks on grain corridor resume in Istanbul");
        assertThat(page.titleFrom()).isEqualTo("meta");
        assertThat(page.source()).isEqualTo("Baltic News Agency");
        assertThat(page.sourceFrom()).isEqualTo("title");
        assertThat(page.date().value()).isEqualTo("2023-07-04");
        assertThat(page.date().from()).isEqualTo("time");
        assertThat(page.url()).isEqualTo("https://bna.example.com/world/grain-corridor-talks");
        assertThat(page.paragraphs()).hasSize(3);
        assertThat(page.paragraphs().get(0)).startsWith("ISTANBUL, July 4 (BNA) - Delegations");
        assertThat(text(page)).doesNotContain("best news", "Comments", "newsletter", "Parliament approves", "Terms of use",
                "Europe");
    }

    @Test
    void titleElementWithItsSiteSuffixSplitOff() throws IOException {
        WebPage page = fixture("newspaper-table.html");
        assertThat(page.title()).isEqualTo("Président reçoit le ministre français");
        assertThat(page.titleFrom()).isEqualTo("title");
        assertThat(page.source()).isEqualTo("Le Courrier du Soir");
        assertThat(page.sourceFrom()).isEqualTo("title");
        assertThat(page.date()).isNull();
    }

    @Test
    void declaredWindows1252TableLayoutWithDoubleBreaks() throws IOException {
        WebPage page = fixture("newspaper-table.html");
        assertThat(page.paragraphs()).contains(
                "Le président de la République a reçu jeudi le ministre français des Affaires étrangères pour un entretien consacré à la coopération régionale.",
                "« Nous avons eu un échange franc et constructif », a déclaré le ministre à l'issue de la rencontre.");
        assertThat(text(page)).doesNotContain("Accueil", "Archives", "abonnez-vous", "Copyright");
    }

    @Test
    void aWrongMetaCharsetGivesWayToValidUtf8() throws IOException {
        WebPage page = fixture("wrong-charset.html");
        assertThat(page.title()).isEqualTo("Straßenbau in Łódź beschlossen");
        assertThat(text(page)).contains("Der Stadtrat von Łódź", "Frühjahr");
    }

    @Test
    void utf8DeclaredButLatinBytesFallBackToWindows1252() throws IOException {
        byte[] bytes = "<html><head><meta charset=\"utf-8\"></head><body><p>Caf\u00e9 cr\u00e8me \u20ac5, served to the d\u00e9l\u00e9gation after the talks.</p></body></html>"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertThat(text(WebPageReader.read(bytes, null))).isEqualTo("Café crème €5, served to the délégation after the talks.");
    }

    @Test
    void byteOrderMarksDecide() throws IOException {
        String html = "<html><head><meta charset=\"windows-1252\"></head><body><p>Zürich hosts the conference on Ukraine’s recovery.</p></body></html>";
        byte[] utf16 = html.getBytes(StandardCharsets.UTF_16); // with a big-endian mark
        assertThat(text(WebPageReader.read(utf16, null))).isEqualTo("Zürich hosts the conference on Ukraine’s recovery.");
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        byte[] utf8 = new byte[body.length + 3];
        utf8[0] = (byte) 0xEF;
        utf8[1] = (byte) 0xBB;
        utf8[2] = (byte) 0xBF;
        System.arraycopy(body, 0, utf8, 3, body.length);
        assertThat(text(WebPageReader.read(utf8, null))).isEqualTo("Zürich hosts the conference on Ukraine’s recovery.");
    }

    @Test
    void inlineTagsNeverSplitWordsAndInvisibleCharactersGo() throws IOException {
        WebPage page = fixture("inline-tags.html");
        assertThat(page.paragraphs()).containsExactly(
                "The Ministry of Foreign Affairs issued a statement on Monday.",
                "Its spokeswoman, Ms Réka Balázs, said the talks were \"useful\" & <frank>.",
                "First line of an address Second line of the same paragraph.",
                "A new sentence starts a new paragraph here.",
                "Paragraph before a double break.",
                "Paragraph after a double break.");
        // composed: "é" is one character, as NFC has it
        assertThat(page.paragraphs().get(1)).contains("R\u00e9ka Bal\u00e1zs").doesNotContain("\u00AD", "\u200B", "\u0301");
    }

    @Test
    void aFormAroundTheWholePageIsNoReasonToDropIt() throws IOException {
        WebPage page = fixture("aspnet-form.html");
        assertThat(page.paragraphs()).hasSize(3);
        assertThat(page.paragraphs().get(0)).startsWith("The Embassy congratulates");
        assertThat(text(page)).doesNotContain("English", "Privacy", "dDwt");
        assertThat(page.title()).isEqualTo("Embassy statement on the election");
        assertThat(page.sourceFrom()).isNull();
    }

    @Test
    void cookieBannersPaywallsHiddenTextShareBarsAndTeaserListsAreDropped() throws IOException {
        WebPage page = fixture("cookie-paywall.html");
        assertThat(page.paragraphs()).containsExactly(
                "EU adopts new sanctions package",
                "The Council of the European Union adopted a new package of sanctions on Friday, targeting banks and exporters of dual-use goods.",
                "The package also extends the list of individuals subject to an asset freeze and a travel ban, the Council said in a statement.");
        assertThat(page.source()).isEqualTo("Brussels Briefing");
        assertThat(page.sourceFrom()).isEqualTo("meta");
    }

    @Test
    void theLeadInTheArticlesOwnHeaderIsKeptButNotTheSiteHeader() throws IOException {
        WebPage page = fixture("article-header-lead.html");
        assertThat(page.title()).isEqualTo("Talks on grain corridor resume");
        assertThat(page.paragraphs()).first().isEqualTo(
                "Negotiators from the three governments met again in Geneva on Monday, the foreign ministry said, after a pause of six weeks.");
        assertThat(page.paragraphs()).hasSize(4);
        assertThat(text(page)).doesNotContain("World", "Business", "All rights reserved");
    }

    @Test
    void theArticlesOwnListAfterItsProseIsKeptButNotItsLinkList() throws IOException {
        WebPage page = fixture("article-list.html");
        assertThat(page.paragraphs()).hasSize(6).endsWith(
                "Fees rise for long-stay visas",
                "Appointments only online",
                "Decisions within fifteen days");
        assertThat(text(page)).doesNotContain("Lisbon", "Hanover");
    }

    @Test
    void aPlainBlogWithoutMarkupHints() throws IOException {
        WebPage page = fixture("plain-blog.html");
        assertThat(page.paragraphs()).first().isEqualTo("A week at the visa section");
        assertThat(page.paragraphs()).hasSize(4);
        assertThat(text(page)).doesNotContain("About", "Archive", "Tags");
    }

    @Test
    void theGivenUrlIsUsedWhenThePageNamesNone() throws IOException {
        WebPage page = WebPageReader.read("<html><body><p>The delegation arrived in Geneva on Monday for the talks.</p></body></html>",
                "https://news.example.org/2019/11/25/geneva");
        assertThat(page.url()).isEqualTo("https://news.example.org/2019/11/25/geneva");
        assertThat(page.date().value()).isEqualTo("2019-11-25");
        assertThat(page.date().from()).isEqualTo("url");
        assertThat(page.source()).isEqualTo("news.example.org");
        assertThat(page.sourceFrom()).isEqualTo("url");
        assertThat(page.title()).isNull();
    }

    @Test
    void nestingAHundredThousandLevelsDeepIsReadWithoutOverflow() throws IOException {
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<div>".repeat(100_000));
        html.append("<p>The summit ended with a joint statement on trade and security.</p>");
        html.append("</div>".repeat(100_000));
        html.append("<span>".repeat(100_000)).append("deep inline text").append("</span>".repeat(100_000));
        html.append("</body></html>");
        WebPage page = WebPageReader.read(html.toString(), null);
        assertThat(text(page)).contains("The summit ended with a joint statement on trade and security.");
    }

    @Test
    void aPageOverTheLimitIsRejectedWithAReason() {
        byte[] huge = new byte[50 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        assertThatThrownBy(() -> WebPageReader.read(huge, null))
                .isInstanceOf(IOException.class).hasMessage("page larger than 20 MB");
    }

    @Test
    void aLargePageUnderTheLimitIsRead() throws IOException {
        String para = "<p>The foreign ministers met in Brussels to discuss the enlargement of the union, the minister said.</p>\n";
        String html = "<html><body><article>" + para.repeat(20_000) + "</article></body></html>"; // about 2 MB
        WebPage page = WebPageReader.read(html.getBytes(StandardCharsets.UTF_8), null);
        assertThat(page.paragraphs()).isNotEmpty().allMatch(p -> p.startsWith("The foreign ministers"));
    }

    @Test
    void binaryBehindAnHtmlNameIsRejected() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> WebPageReader.read(png, null)).isInstanceOf(IOException.class)
                .hasMessageContaining("not an HTML page");
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        assertThatThrownBy(() -> WebPageReader.read(noise, null)).isInstanceOf(IOException.class)
                .hasMessage("binary data, not an HTML page");
        assertThatThrownBy(() -> WebPageReader.read(new byte[0], null)).hasMessage("empty page");
    }

    @Test
    void aFewStrayNulBytesDoNotMakeAPageBinary() throws IOException {
        String html = "<html><body><p>" + "The talks continued late into the night. ".repeat(100) + "</p>\u0000</body></html>";
        assertThat(text(WebPageReader.read(html.getBytes(StandardCharsets.UTF_8), null))).startsWith("The talks continued");
    }

    @Test
    void classWordsAreWholeWordsAndStateClassesDoNotCount() {
        var words = java.util.Set.of("nav", "share", "ads");
        assertThat(PagePruner.hasWord("main-nav", words)).isTrue();
        assertThat(PagePruner.hasWord("socialShareBar", words)).isTrue();
        assertThat(PagePruner.hasWord("canvas navigation-free", words)).isFalse();
        assertThat(PagePruner.hasWord("section--has-ads", words)).isFalse();
        assertThat(PagePruner.tokens("documentContent__sharingContainer")).isEqualTo(List.of("document", "content", "sharing", "container"));
    }

    @Test
    void longFurnitureWordsAlsoCountRunTogetherButShortOnesDoNot() {
        var words = java.util.Set.of("related", "comment", "nav", "ads");
        assertThat(PagePruner.hasWord("jp-relatedposts", words)).isTrue();
        assertThat(PagePruner.hasWord("commentlist", words)).isTrue();
        assertThat(PagePruner.hasWord("postrelated", words)).isTrue();
        // short words inside longer ones are other words: "canvas", "downloads", "related" alone is whole anyway
        assertThat(PagePruner.hasWord("navigator-content", words)).isFalse();
        assertThat(PagePruner.hasWord("downloads", words)).isFalse();
        assertThat(PagePruner.hasWord("correlation", words)).isFalse();
    }
}
