package dev.parley.tui;

import dev.parley.command.CommandHistory;
import dev.parley.curate.CorrectionsFile;
import dev.parley.index.CorpusIndex;
import dev.parley.index.FixtureCorpus;
import dev.parley.model.Corpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The correction keys on the headless explorer: the screen and the status line change at once, u takes it back. */
class CurateKeysTest {
    @TempDir
    Path dir;

    private Driver d;
    private CorrectionsFile file;

    @BeforeEach
    void setUp() {
        Corpus corpus = FixtureCorpus.corpus();
        file = CorrectionsFile.of(dir.resolve("model.json"));
        Session.Curator curator = new FileCurator(file, () -> new CorpusIndex(corpus));
        Session session = Explorer.session(new CorpusIndex(corpus), new Explorer.Options(false, "model.json", false),
                Map.of(), State.initial(100, 30), text -> "not copied", CommandHistory.inMemory(), curator);
        d = new Driver(session, 100, 30);
    }

    @AfterEach
    void tearDown() {
        d.close();
    }

    @Test
    void m_mergesTheNamedPersonIntoTheSelectedOne_andUUndoesIt() throws Exception {
        d.press("2", "/").type("herrera").press("Enter", "m");
        assertThat(d.text()).contains("merge into Tomás Herrera: person");
        d.type("markov").press("Tab", "Enter");
        assertThat(d.text()).contains("Merge “Jelena Marković” into “Tomás Herrera” · u undoes");
        d.press("Esc");
        assertThat(d.text()).contains("People 4");
        assertThat(d.text().lines()).noneMatch(l -> l.startsWith(" Jelena Marković  "));
        assertThat(file.read()).hasSize(1);
        d.press("u");
        assertThat(d.text()).contains("Undone: merge “Jelena Marković” into “Tomás Herrera”").contains("People 5");
        assertThat(file.read()).isEmpty();
        d.press("u");
        assertThat(d.text()).contains("Nothing to undo");
    }

    @Test
    void x_hidesTheSelectedPerson_andMWithoutAPersonSaysWhatItNeeds() throws Exception {
        d.press("2", "/").type("kowalska").press("Enter", "x");
        assertThat(d.text()).contains("Hide person “Anna Kowalska” · u undoes");
        d.press("Esc");
        assertThat(d.text()).contains("People 4");
        assertThat(d.text().lines()).noneMatch(l -> l.startsWith(" Anna Kowalska  "));
        d.press("5", "m");
        assertThat(d.text()).contains("m merges into a person");
    }

    @Test
    void e_givesTheSelectedQuoteToAnotherSpeaker_orToNobody() throws Exception {
        d.press("5", "/").type("came to sign").press("Enter", "e");
        assertThat(d.text()).contains("speaker: person");
        d.type("kowalska").press("Tab", "Enter");
        assertThat(d.text()).contains("Speaker of " + FixtureCorpus.D1 + "#2:").contains("Anna Kowalska · u undoes");
        assertThat(new String(java.nio.file.Files.readAllBytes(file.path()), java.nio.charset.StandardCharsets.UTF_8))
                .contains("speaker\t" + FixtureCorpus.D1 + "#2:").contains("person:Anna Kowalska");
        d.press("e", "Backspace", "Backspace", "Backspace", "Backspace", "Backspace", "Backspace", "Backspace")
                .type("none").press("Enter");
        assertThat(d.text()).contains("none · u undoes");
        assertThat(file.read()).hasSize(2);
    }

    @Test
    void e_aSpeakerThatIsNoPerson_isLookedUpAmongTheOrganisations_andSaysWhenNothingMatches() throws Exception {
        d.press("5", "/").type("invitation").press("Enter", "e").type("nobody known").press("Enter");
        assertThat(d.text()).contains("no person 'nobody known'");
        assertThat(file.read()).isEmpty();
    }

    @Test
    void questionMark_listsTheCorrectionKeys() {
        d.press("?");
        StringBuilder help = new StringBuilder(d.text());
        for (int i = 0; i < 3; i++) {
            help.append(d.press("PgDn").text());
        }
        assertThat(help).contains("merge another person into this one", "change the speaker of a quote",
                "undo the last correction");
    }
}
