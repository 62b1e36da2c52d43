package dev.parley.corpus;

import dev.parley.extract.EntityMention;
import dev.parley.extract.LocalPerson;
import dev.parley.extract.LocalQuote;
import dev.parley.extract.LocalSpeaker;
import dev.parley.extract.PersonMention;
import dev.parley.model.Corpus;
import dev.parley.model.Document;
import dev.parley.model.Entity;
import dev.parley.model.Mention;
import dev.parley.model.Paragraph;
import dev.parley.model.Quote;
import dev.parley.model.Speaker;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How the quotes' local speakers become the model's: people by their merged id, organisations by the table's. */
class SpeakerIdsTest {
    // invented articles in the style of diplomatic wires
    private static final String P0 = "The Foreign Ministry of Utopia rejected the claims. \u201cThe report is false,\u201d"
            + " the ministry said on Monday.";
    private static final String P1 = "\u201cWe will keep talking,\u201d Ana Kovač and Jonas Berg said in a joint statement.";
    private static final String P2 = "\u201cThe border stays open,\u201d the Coastal Authority said in a statement.";
    private static final String TITLE = "Coastal Authority: \u201cNo closure\u201d";

    private static CorpusBuilder.Extraction extraction() {
        Document doc = new Document("d1", "d1.txt", TITLE, "header", "Wire", "Capital", null,
                List.of(new Paragraph(P0, List.of()), new Paragraph(P1, List.of()), new Paragraph(P2, List.of())),
                List.of(), List.of());
        LocalPerson ana = person("Ana Kovač", 1, P1);
        LocalPerson jonas = person("Jonas Berg", 1, P1);
        int org = P0.indexOf("Foreign Ministry of Utopia");
        EntityMention ministry = new EntityMention("Foreign Ministry of Utopia", "organisation", 0, org,
                org + "Foreign Ministry of Utopia".length(), "Foreign Ministry of Utopia");
        LocalQuote byMinistry = new LocalQuote(0, P0.indexOf("The report") , P0.indexOf(",\u201d"), "The report is false",
                List.of(LocalSpeaker.organisation("Foreign Ministry of Utopia")), "the ministry", "said", "role", 0.8);
        LocalQuote joint = new LocalQuote(1, 1, P1.indexOf(",\u201d"), "We will keep talking",
                List.of(LocalSpeaker.person(0), LocalSpeaker.person(1)), "Ana Kovač and Jonas Berg", "said", "name", 0.9);
        // an organisation the finder of names did not list
        LocalQuote byAuthority = new LocalQuote(2, 1, P2.indexOf(",\u201d"), "The border stays open",
                List.of(LocalSpeaker.organisation("Coastal Authority")), "the Coastal Authority", "said", "name", 0.85);
        LocalQuote headline = new LocalQuote(Quote.HEADLINE, TITLE.indexOf("No"), TITLE.indexOf("\u201d", TITLE.indexOf("No")),
                "No closure", List.of(LocalSpeaker.organisation("Coastal Authority")), "Coastal Authority", null, "name", 0.7);
        LocalQuote unknown = new LocalQuote(2, 0, 0, "", List.of(), null, null, null, 0.0);
        return new CorpusBuilder.Extraction(doc, List.of(ana, jonas), List.of(), List.of(ministry),
                List.of(byMinistry, joint, byAuthority, headline, unknown), List.of(), Map.of(), List.of());
    }

    private static LocalPerson person(String name, int paragraph, String text) {
        int at = text.indexOf(name);
        return new LocalPerson(name, List.of(name), List.of(new PersonMention(paragraph, at, at + name.length(), name, "full")),
                List.of());
    }

    private static Corpus build() {
        return new CorpusBuilder("parley test").merge(List.of(extraction()), List.of());
    }

    private static Quote quote(Corpus c, String text) {
        return c.quotes().stream().filter(q -> q.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void organisationKnownToTheFinder_speaksUnderItsEntityId() {
        Corpus c = build();
        Entity ministry = c.organisations().stream().filter(o -> o.name().equals("Foreign Ministry of Utopia"))
                .findFirst().orElseThrow();

        assertThat(quote(c, "The report is false").speakers()).containsExactly(Speaker.organisation(ministry.id()));
        assertThat(ministry.mentions()).hasSize(1); // the speaker words add no mention to a listed organisation
    }

    @Test
    void organisationUnknownToTheFinder_becomesAnOrganisationNamedWhereItSpeaks() {
        Corpus c = build();
        Entity authority = c.organisations().stream().filter(o -> o.name().equals("Coastal Authority"))
                .findFirst().orElseThrow();

        assertThat(authority.kind()).isEqualTo("organisation");
        assertThat(authority.aliases()).isEmpty();
        assertThat(authority.mentions()).containsExactly(
                new Mention("d1", Quote.HEADLINE, 0, "Coastal Authority".length(), "Coastal Authority"),
                new Mention("d1", 2, P2.indexOf("the Coastal"), P2.indexOf(" said"), "the Coastal Authority"));
        assertThat(quote(c, "The border stays open").speakers()).containsExactly(Speaker.organisation(authority.id()));
        assertThat(quote(c, "No closure").speakers()).containsExactly(Speaker.organisation(authority.id()));
    }

    @Test
    void jointStatement_hasEachPersonInOrder_andEverySpeakerIdResolves() {
        Corpus c = build();

        Quote joint = quote(c, "We will keep talking");
        assertThat(joint.speakers()).extracting(Speaker::kind).containsOnly("person");
        assertThat(joint.people()).hasSize(2);
        assertThat(joint.people().stream().map(id -> c.people().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow().name())).containsExactly("Ana Kovač", "Jonas Berg");
        assertThat(joint.speaker()).isEqualTo(joint.people().get(0));
        for (Quote q : c.quotes()) {
            for (Speaker s : q.speakers()) {
                assertThat(s.isPerson() ? c.people().stream().anyMatch(p -> p.id().equals(s.id()))
                        : c.organisations().stream().anyMatch(o -> o.id().equals(s.id()))).as(s.toString()).isTrue();
            }
        }
        assertThat(quote(c, "").speakers()).isEmpty();
    }

    @Test
    void headlineQuote_comesFirstInItsDocument() {
        Corpus c = build();

        assertThat(c.quotes().get(0).text()).isEqualTo("No closure");
        assertThat(c.quotes().get(0).inHeadline()).isTrue();
        assertThat(c.quotes().get(0).id()).isEqualTo("q-d1-1");
    }

    @Test
    void extractionCache_keepsEverySpeaker() throws IOException {
        CorpusBuilder.Extraction e = extraction();

        CorpusBuilder.Extraction back = ExtractionCodec.decode(ExtractionCodec.encode(e));

        assertThat(back).isEqualTo(e);
        assertThat(back.quotes().get(1).speakers()).containsExactly(LocalSpeaker.person(0), LocalSpeaker.person(1));
        assertThat(back.quotes().get(0).speakers()).containsExactly(LocalSpeaker.organisation("Foreign Ministry of Utopia"));
    }
}
