package dev.parley.extract;

import dev.parley.model.Document;
import dev.parley.model.Paragraph;
import dev.parley.model.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteFinderTest {
    private final QuoteFinder finder = new QuoteFinder(Vocabulary.get());

    private static Document doc(String... paragraphs) {
        List<Paragraph> ps = new ArrayList<>();
        for (String p : paragraphs) {
            ps.add(new Paragraph(p, List.of(new Span(0, p.length()))));
        }
        return new Document("t", "t.txt", "", "lead", null, null, null, ps, List.of(), List.of());
    }

    /** People as "Full Name | Form | Title / Country / phrase" specs, found in the document by their forms. */
    private static List<LocalPerson> people(Document doc, String... specs) {
        List<LocalPerson> out = new ArrayList<>();
        for (String spec : specs) {
            out.add(QuoteCases.person(doc, spec));
        }
        return out;
    }

    private List<LocalQuote> find(Document doc, List<LocalPerson> people) {
        return finder.find(doc, people);
    }

    private static String speaker(List<LocalPerson> people, LocalQuote q) {
        return q.speaker() < 0 ? null : people.get(q.speaker()).name();
    }

    @Test
    void readsEveryStyleOfQuotationMarks() {
        Document d = doc(
                "\"Straight marks are common,\" Lavrov said.",
                "“Curly marks too,” Lavrov said.",
                "„Low and high marks are used in Belgrade“, Lavrov said.",
                "„Low and right marks as well”, Lavrov said.",
                "«Guillemets in translations», Lavrov said.",
                "« With inner spaces », Lavrov said.",
                "‘Single curly marks in British papers,’ Lavrov said.",
                "'Single straight marks,' Lavrov said.");
        List<LocalPerson> people = people(d, "Sergey Lavrov | Lavrov");
        List<LocalQuote> quotes = find(d, people);
        assertThat(quotes).extracting(LocalQuote::text).containsExactly(
                "Straight marks are common", "Curly marks too", "Low and high marks are used in Belgrade",
                "Low and right marks as well", "Guillemets in translations", "With inner spaces",
                "Single curly marks in British papers", "Single straight marks");
        for (LocalQuote q : quotes) {
            String text = d.paragraphs().get(q.paragraph()).text();
            assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
            assertThat(speaker(people, q)).isEqualTo("Sergey Lavrov");
            assertThat(q.how()).isEqualTo("name");
            assertThat(q.verb()).isEqualTo("said");
        }
    }

    @Test
    void readsTypewriterMarksOfTwoApostrophesAndBackticks() {
        Document d = doc(
                "''The embassy will stay open,'' Ambassador Halden said on Monday.",
                "``We expect an answer by Friday,'' Halden told reporters.",
                "Halden said the talks were ''open and frank'' and called them `a fair start'.",
                "''It is the envoys' job to talk,'' Halden added. ''They called it 'a dead end.'''");
        List<LocalPerson> people = people(d, "Erik Halden | Halden | Ambassador / Norway / Ambassador");
        List<LocalQuote> quotes = find(d, people);
        assertThat(quotes).extracting(LocalQuote::text).containsExactly(
                "The embassy will stay open", "We expect an answer by Friday", "open and frank", "a fair start",
                "It is the envoys' job to talk", "They called it 'a dead end.'");
        for (LocalQuote q : quotes) {
            String text = d.paragraphs().get(q.paragraph()).text();
            assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
            assertThat(speaker(people, q)).isEqualTo("Erik Halden");
        }
    }

    private List<LocalQuote> findWithOrgs(Document d, List<LocalPerson> people) {
        return finder.find(d, people, new OrgFinder(Vocabulary.get()).find(d));
    }

    private static List<String> speakerNames(List<LocalPerson> people, LocalQuote q) {
        List<String> out = new ArrayList<>();
        for (LocalSpeaker s : q.speakers()) {
            out.add(s.isPerson() ? people.get(s.person()).name() : "org:" + s.organisation());
        }
        return out;
    }

    @Test
    void organisationsSpeak() {
        Document d = doc(
                "“We regret the decision of the authorities,” the Norwegian Ministry of Fisheries said in a statement.",
                "The ministry added that talks would resume. “The door remains open,” the ministry said.",
                "“Relations have reached a new low,” according to the daily newspaper Vestposten.",
                "“The visit was a success,” the Vestposten daily wrote on Friday.",
                "“No decision has been taken,” a spokesman for the ministry said.");
        List<LocalQuote> quotes = findWithOrgs(d, List.of());
        assertThat(quotes).extracting(q -> speakerNames(List.of(), q)).containsExactly(
                List.of("org:Norwegian Ministry of Fisheries"), List.of("org:Norwegian Ministry of Fisheries"),
                List.of("org:Vestposten"), List.of("org:Vestposten"), List.of());
    }

    @Test
    void aJointStatementHasEverySpeaker() {
        Document d = doc("“We agreed to open a new chapter,” Minister Halden and his counterpart Marko Rasic said "
                + "after their meeting in Oslo.");
        List<LocalPerson> people = people(d, "Erik Halden | Halden | Minister / Norway / Minister",
                "Marko Rasic | Marko Rasic, Rasic");
        List<LocalQuote> quotes = find(d, people);
        assertThat(quotes).hasSize(1);
        assertThat(speakerNames(people, quotes.get(0))).containsExactly("Erik Halden", "Marko Rasic");
    }

    @Test
    void aQuoteOpeningTheParagraphTakesTheSpeakerOfThePassiveSentenceAfterIt() {
        Document d = doc(
                "Ministers of the two countries met in Oslo on Tuesday.",
                "“Our cooperation has entered a new phase.” This was said by Minister Halden and his counterpart "
                        + "Marko Rasic at their meeting.",
                "“Fisheries remain the main question.” This was stated by Rasic in an interview.");
        List<LocalPerson> people = people(d, "Erik Halden | Halden | Minister / Norway / Minister",
                "Marko Rasic | Marko Rasic, Rasic");
        List<LocalQuote> quotes = find(d, people);
        assertThat(quotes).extracting(q -> speakerNames(people, q)).containsExactly(
                List.of("Erik Halden", "Marko Rasic"), List.of("Marko Rasic"));
        assertThat(quotes).extracting(LocalQuote::verb).containsExactly("said", "stated");
    }

    @Test
    void aHeadlineQuoteGoesToThePersonTheHeadlineNames() {
        List<Paragraph> ps = new ArrayList<>();
        for (String p : List.of("Minister Erik Halden met his counterpart in Geneva on Monday.",
                "Halden said the talks had been useful.")) {
            ps.add(new Paragraph(p, List.of(new Span(0, p.length()))));
        }
        String title = "Minister Halden: talks in Geneva “open and frank”, no “reset”";
        Document d = new Document("t", "t.txt", title, "header", null, null, null, ps, List.of(), List.of());
        List<LocalPerson> people = people(d, "Erik Halden | Erik Halden, Halden | Minister / Norway / Minister");
        List<LocalQuote> quotes = find(d, people);
        assertThat(quotes).hasSize(1);
        LocalQuote q = quotes.get(0);
        assertThat(q.paragraph()).isEqualTo(-1);
        assertThat(title.substring(q.start(), q.end())).isEqualTo("open and frank").isEqualTo(q.text());
        assertThat(speaker(people, q)).isEqualTo("Erik Halden");
    }

    @Test
    void partialQuotesOfReportedSpeechAreTheSpeakersAndScareQuotesAreNot() {
        Document d = doc(
                "Halden said the meeting had opened a “new chapter” in relations between the two countries.",
                "Halden said the “reset” was over.",
                "The so-called “reforms” of the fisheries agreement were not discussed.");
        List<LocalPerson> people = people(d, "Erik Halden | Halden | Minister / Norway / Minister");
        List<LocalQuote> quotes = find(d, people);
        assertThat(quotes).extracting(LocalQuote::text).containsExactly("new chapter");
        assertThat(speaker(people, quotes.get(0))).isEqualTo("Erik Halden");
    }

    @Test
    void apostrophesAreNotQuotationMarks() {
        Document d = doc("Serbia’s position and the two countries’ views were discussed, and the minister’s visit "
                + "was announced for the country’s national day; rock 'n' roll was not.");
        assertThat(find(d, List.of())).isEmpty();
    }

    @Test
    void aNestedQuoteStaysInsideTheOuterOne() {
        Document d = doc("“He called the plan ‘a historic mistake’, and I agree with “every word” of it,” Lavrov said.");
        List<LocalQuote> quotes = find(d, people(d, "Sergey Lavrov | Lavrov"));
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).text()).isEqualTo("He called the plan ‘a historic mistake’, and I agree with “every word” of it");
    }

    @Test
    void findsTwoQuotesInAParagraphAndAQuoteOfSeveralSentences() {
        Document d = doc("\"We support Serbia. We always have. We always will,\" Lavrov said. "
                + "\"Our relations develop actively,\" the minister added.");
        List<LocalPerson> people = people(d, "Sergey Lavrov | Lavrov | Minister of Foreign Affairs / Russia / minister");
        List<LocalQuote> quotes = find(d, people);
        assertThat(quotes).extracting(LocalQuote::text)
                .containsExactly("We support Serbia. We always have. We always will", "Our relations develop actively");
        assertThat(quotes).allSatisfy(q -> assertThat(speaker(people, q)).isEqualTo("Sergey Lavrov"));
        assertThat(quotes.get(1).how()).isEqualTo("role");
        assertThat(quotes.get(1).verb()).isEqualTo("added");
    }

    @Test
    void keepsPartialQuotesAfterASpeechVerbAndSkipsNamedTerms() {
        Document d = doc("Minister Lavrov said that he \"sees nothing unusual\" in the agreement.",
                "He warned against choices made on the basis of the \"either Russia or the EU\" formula.",
                "The so-called \"reset\" was not mentioned, nor was the \"Balkan route\".",
                "An app called \"Diplomat\" was presented.");
        List<LocalPerson> people = people(d, "Sergey Lavrov | Lavrov | Minister of Foreign Affairs / Russia / Minister");
        List<LocalQuote> quotes = find(d, people);
        assertThat(quotes).extracting(LocalQuote::text).containsExactly("sees nothing unusual");
        LocalQuote q = quotes.get(0);
        assertThat(speaker(people, q)).isEqualTo("Sergey Lavrov");
        assertThat(q.how()).isEqualTo("title");
        assertThat(q.speakerText()).isEqualTo("Minister Lavrov");
        assertThat(d.paragraphs().get(0).text().substring(q.start(), q.end())).isEqualTo("sees nothing unusual");
    }

    @Test
    void leavesUnknownSpeakersUnknown() {
        Document d = doc("Foreign Minister Ivica Dacic met the delegation on Monday.",
                "\"Nobody expects a deal before the summit,\" a source close to the government said.",
                "\"The door remains open,\" said a spokesman for the European Commission.",
                "\"We will see,\" the ministry said in a statement.");
        List<LocalPerson> people = people(d, "Ivica Dacic | Dacic | Minister of Foreign Affairs / Serbia / Foreign Minister");
        List<LocalQuote> quotes = find(d, people);
        assertThat(quotes).hasSize(3);
        assertThat(quotes).allSatisfy(q -> {
            assertThat(q.speaker()).isEqualTo(-1);
            assertThat(q.how()).isNull();
        });
        assertThat(quotes).extracting(LocalQuote::speakerText).containsExactly(
                "a source close to the government", "a spokesman for the European Commission", "the ministry");
    }

    @Test
    void resolvesRolePhrasesToTheTitleHolderOfThatCountry() {
        Document d = doc("Serbian Foreign Minister Ivica Dacic met Russian Foreign Minister Sergey Lavrov in Moscow.",
                "\"We will provide assistance,\" the Russian Foreign Minister stated.",
                "\"We are grateful,\" the Serbian minister said.",
                "\"Serbia is our partner,\" the diplomat said.");
        List<LocalPerson> people = people(d,
                "Ivica Dacic | Dacic | Minister of Foreign Affairs / Serbia / Serbian Foreign Minister",
                "Sergey Lavrov | Lavrov | Minister of Foreign Affairs / Russia / Russian Foreign Minister");
        List<LocalQuote> quotes = find(d, people);
        assertThat(quotes).extracting(q -> speaker(people, q))
                .containsExactly("Sergey Lavrov", "Ivica Dacic", "Ivica Dacic");
        assertThat(quotes).extracting(LocalQuote::how).containsExactly("role", "role", "role");
        assertThat(quotes.get(0).speakerText()).isEqualTo("the Russian Foreign Minister");
    }

    @Test
    void resolvesHeAndSheByGenderAndSubject() {
        Document d = doc("Foreign Minister Ana Kovač received Ambassador Marko Horvat on Tuesday.",
                "\"Our doors are open,\" she said.",
                "Horvat thanked the minister for the invitation. \"This is a good day,\" he said.");
        List<LocalPerson> people = people(d,
                "Ana Kovač | Kovač | Minister of Foreign Affairs / - / Foreign Minister",
                "Marko Horvat | Horvat | Ambassador / - / Ambassador");
        List<LocalQuote> quotes = find(d, people);
        assertThat(quotes).extracting(q -> speaker(people, q)).containsExactly("Ana Kovač", "Marko Horvat");
        assertThat(quotes).extracting(LocalQuote::how).containsExactly("pronoun", "pronoun");
        assertThat(quotes).extracting(LocalQuote::speakerText).containsExactly("she", "he");
    }

    @Test
    void splitQuotesAndQuotesAfterAColonKeepTheirSpeaker() {
        Document d = doc("Lavrov told reporters: \"We support the dialogue.\"",
                "\"First part,\" he said. \"Second part.\"",
                "According to Lavrov, \"the door is open for talks with everyone\".",
                "\"Russia is ready,\" said Lavrov.");
        List<LocalPerson> people = people(d, "Sergey Lavrov | Lavrov");
        List<LocalQuote> quotes = find(d, people);
        assertThat(quotes).extracting(LocalQuote::text).containsExactly("We support the dialogue.", "First part",
                "Second part.", "the door is open for talks with everyone", "Russia is ready");
        assertThat(quotes).allSatisfy(q -> assertThat(speaker(people, q)).isEqualTo("Sergey Lavrov"));
        assertThat(quotes.get(0).verb()).isEqualTo("told");
        assertThat(quotes.get(3).speakerText()).isEqualTo("Lavrov");
    }

    @Test
    void aQuoteRunningOverTwoParagraphsTakesTheSpeakerNamedAfterIt() {
        Document d = doc("Whitman met Kravets in Washington.",
                "\"We spent four hours on the agenda. Some of it was difficult.",
                "\"But both delegations understood what is at stake,\" Whitman said.");
        List<LocalPerson> people = people(d, "John Whitman | Whitman", "Olena Kravets | Kravets");
        List<LocalQuote> quotes = find(d, people);
        assertThat(quotes).extracting(LocalQuote::text).containsExactly(
                "We spent four hours on the agenda. Some of it was difficult.",
                "But both delegations understood what is at stake");
        assertThat(quotes).extracting(q -> speaker(people, q)).containsExactly("John Whitman", "John Whitman");
        assertThat(quotes.get(0).paragraph()).isEqualTo(1);
        assertThat(quotes.get(0).end()).isEqualTo(d.paragraphs().get(1).text().length());
    }

    @Test
    void anUnattributedQuoteContinuesThePreviousParagraphsSpeaker() {
        Document d = doc("Ribeiro said the bloc needed to modernise its tariff.",
                "“Mercosur is thirty years old. It has to adapt to a changed world.”",
                "The meeting ended at noon.",
                "“Nobody knows what comes next. The markets are nervous.”");
        List<LocalPerson> people = people(d, "Paulo Ribeiro | Ribeiro");
        List<LocalQuote> quotes = find(d, people);
        assertThat(quotes).hasSize(2);
        assertThat(speaker(people, quotes.get(0))).isEqualTo("Paulo Ribeiro");
        assertThat(quotes.get(0).how()).isEqualTo("previous");
        assertThat(quotes.get(1).speaker()).as("the paragraph before is about no one").isEqualTo(-1);
    }

    @Test
    void plainNarrationAboutSomeoneDoesNotGiveThemTheNextParagraphsQuote() {
        Document d = doc("Ambassador Okafor arrived in Geneva on Monday for the third round of talks.",
                "“The gap between the two delegations is narrower than it looks. A deal is within reach.”",
                "Okafor told reporters the ceasefire had to come first.",
                "“Without a ceasefire there is nothing to sign.”",
                "Okafor later said on Tuesday that the text was nearly final.",
                "“Only two clauses remain open.”");
        List<LocalPerson> people = people(d, "Chidi Okafor | Okafor | Ambassador / - / Ambassador");
        List<LocalQuote> quotes = find(d, people);
        assertThat(quotes).hasSize(3);
        assertThat(quotes.get(0).speaker()).as("the paragraph before only narrates his arrival").isEqualTo(-1);
        assertThat(speaker(people, quotes.get(1))).as("reported as telling").isEqualTo("Chidi Okafor");
        assertThat(speaker(people, quotes.get(2))).as("speech verb a word after the name").isEqualTo("Chidi Okafor");
        assertThat(quotes.get(2).how()).isEqualTo("previous");
    }

    @Test
    void aQuotedSpeakerCarriesOverToTheNextParagraph() {
        Document d = doc("“We will table a new proposal,” Minister Haddad said after the meeting.",
                "“It addresses every concern the other side has raised.”");
        List<LocalPerson> people = people(d, "Rami Haddad | Haddad | Minister / - / Minister");
        List<LocalQuote> quotes = find(d, people);
        assertThat(quotes).extracting(q -> speaker(people, q)).containsExactly("Rami Haddad", "Rami Haddad");
        assertThat(quotes.get(1).how()).isEqualTo("previous");
    }

    @Test
    void theMinisterIsTheMostRecentMinisterTheTextIsAbout() {
        Document d = doc("Defence Minister Zoran Petrovic and Foreign Minister Milan Savic met the delegation.",
                "Minister Savic pointed out that the talks were useful.",
                "\"We plan to sign several agreements,\" the Minister said.",
                "Minister Petrovic stressed the importance of military neutrality.",
                "\"Neutrality is our choice,\" the Minister said.");
        List<LocalPerson> people = people(d,
                "Zoran Petrovic | Petrovic | Minister of Defence / - / Defence Minister",
                "Milan Savic | Savic | Minister of Foreign Affairs / - / Foreign Minister");
        List<LocalQuote> quotes = find(d, people);
        assertThat(quotes).extracting(q -> speaker(people, q)).containsExactly("Milan Savic", "Zoran Petrovic");
    }

    @Test
    void findsQuotesWithoutAnyPeople() {
        Document d = doc("\"We are ready for talks,\" the minister said.");
        List<LocalQuote> quotes = find(d, List.of());
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).speaker()).isEqualTo(-1);
        assertThat(quotes.get(0).speakerText()).isEqualTo("the minister");
    }

    @Test
    void organisationsNamedByTheirOwnWordsSpeakWithoutBeingListed() {
        Document d = doc(
                "“The figures do not add up,” Tidewater Watch said in a report on Monday.",
                "“It was a long night for the coalition,” Coastline News reported.",
                "“We do not pay our guests,” the BNRC said in a statement.",
                "“Nobody won the debate,” Ilse Marten, a lecturer at the academy, told Coastline News.",
                "“The vote was fair,” Bill Post said.",
                "“The border stays open,” US said.");
        List<LocalQuote> quotes = findWithOrgs(d, List.of());
        assertThat(quotes).extracting(q -> speakerNames(List.of(), q)).containsExactly(
                List.of("org:Tidewater Watch"), List.of("org:Coastline News"), List.of("org:BNRC"),
                List.of(), List.of(), List.of());
    }

    @Test
    void aSurnameThatIsAlsoANationalityWordStillNamesThePerson() {
        Document d = doc(
                "The investor Paula Cuban spoke on television on Sunday.",
                "“It is too early to tell,” Cuban said. “Anything can happen.”",
                "“We will not sign,” Israel said, after the talks in Geneva.");
        List<LocalPerson> people = people(d, "Paula Cuban | Paula Cuban", "Dana Israel | Dana Israel");
        List<LocalQuote> quotes = find(d, people);
        assertThat(quotes).extracting(q -> speaker(people, q))
                .containsExactly("Paula Cuban", "Paula Cuban", null);
    }

    @Test
    void aSurnameTwoPeopleShareMeansTheOneTheTextIsAbout() {
        Document d = doc(
                "Senator Ruth Calder opened the hearing; her brother Tom Calder, a banker, sat in the gallery.",
                "Ruth Calder asked the minister about the harbour contract.",
                "“The public deserves an answer,” Calder said.");
        List<LocalPerson> people = people(d, "Ruth Calder | Ruth Calder", "Tom Calder | Tom Calder");
        List<LocalQuote> quotes = find(d, people);
        assertThat(quotes).extracting(q -> speaker(people, q)).containsExactly("Ruth Calder");
    }

    @Test
    void aNameAndAColonLabelTheQuoteAfterThem() {
        Document d = doc(
                "Two analysts, Dana Ostrova and Piet Halvorsen, wrote about the results this week.",
                "Dana Ostrova: \"The turnout in the small states was higher than any poll expected.\"",
                "More from Halvorsen: \"Late deciders broke for the challenger by a wide margin.\"",
                "The rules are strict: \"No ballot may be counted after midnight.\"");
        List<LocalPerson> people = people(d, "Dana Ostrova | Dana Ostrova", "Piet Halvorsen | Piet Halvorsen, Halvorsen");
        List<LocalQuote> quotes = find(d, people);
        assertThat(quotes).extracting(q -> speaker(people, q))
                .containsExactly("Dana Ostrova", "Piet Halvorsen", null);
    }

    @Test
    void namesTheSpeakerBehindALongApposition() {
        Document d = doc(
                "''The quotas are far too low for the northern towns,'' Ingrid Solhaug, 58, a retired harbour pilot "
                        + "from the coast near Vard, Fin., said in a telephone interview.",
                "\"We have waited long enough,\" Sen. Aksel Bryne (L-Nor.) said Saturday at the forum.");
        List<LocalPerson> people = people(d, "Ingrid Solhaug | Ingrid Solhaug", "Aksel Bryne | Aksel Bryne");
        List<LocalQuote> quotes = find(d, people);
        assertThat(quotes).extracting(q -> speaker(people, q)).containsExactly("Ingrid Solhaug", "Aksel Bryne");
    }

    @Test
    void readsANameAndVerbStandingAsTheirOwnSentenceAfterTheQuote() {
        Document d = doc("\u201cI hope the envoys can find the missing letters.\u201d Tarjei Lunde said.");
        List<LocalPerson> people = people(d, "Tarjei Lunde | Tarjei Lunde");
        assertThat(speaker(people, find(d, people).get(0))).isEqualTo("Tarjei Lunde");
        // a sentence of narrative after the quote is no attribution
        Document other = doc("\u201cThe harbour stays closed to all ships this week.\u201d Tarjei Lunde sees it otherwise.");
        List<LocalPerson> named = people(other, "Tarjei Lunde | Tarjei Lunde");
        assertThat(find(other, named).get(0).speaker()).isEqualTo(-1);
    }

    @Test
    void readsVerbsOfMannerAsSpeechVerbs() {
        Document d = doc("\u201cYou have called our envoys cowards,\u201d Halvard Moe fumed on Tuesday.",
                "\u201cThis is a fantastic day!\u201d beamed Halvard Moe, who had come to see the talks.");
        List<LocalPerson> people = people(d, "Halvard Moe | Halvard Moe");
        assertThat(find(d, people)).extracting(q -> speaker(people, q)).containsExactly("Halvard Moe", "Halvard Moe");
    }

    @Test
    void aQuoteAfterAShortLeadInGoesOnWithTheVoiceBeforeIt() {
        Document d = doc("''We were not pleased at first,'' said Sven T. Aalvik, director at the Fjord Trade Council. "
                + "Now, ''most of the members think the levy is fair.''");
        List<LocalPerson> people = people(d, "Sven T. Aalvik | Sven T. Aalvik");
        List<LocalQuote> quotes = find(d, people);
        assertThat(quotes).extracting(LocalQuote::text)
                .containsExactly("We were not pleased at first", "most of the members think the levy is fair.");
        assertThat(quotes).extracting(q -> speaker(people, q)).containsExactly("Sven T. Aalvik", "Sven T. Aalvik");
    }
}
