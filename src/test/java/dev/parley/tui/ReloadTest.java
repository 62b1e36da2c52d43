package dev.parley.tui;

import dev.parley.index.CorpusIndex;
import dev.parley.index.FixtureCorpus;
import dev.parley.model.Corpus;
import dev.parley.model.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** A newer model on disk while the explorer is open: the notice, R, and what stays where it was. */
class ReloadTest {
    private static final Corpus OLD = FixtureCorpus.corpus();

    /** The same model with one more person, whose name sorts before everyone else's. */
    private static Corpus withNewcomer() {
        List<Person> people = new ArrayList<>(OLD.people());
        people.add(0, new Person("aaron-abel", "Aaron Abel", List.of(), List.of(), List.of()));
        return new Corpus(OLD.schemaVersion(), OLD.generator(), OLD.documents(), people, OLD.organisations(),
                OLD.places(), OLD.topics(), OLD.meetings(), OLD.quotes(), OLD.skipped(), OLD.events());
    }

    private static Session session(Session.Reloader reloader) {
        Session s = Explorer.session(new CorpusIndex(OLD), new Explorer.Options(false, "model.json", false),
                java.util.Map.of(), State.initial(100, 30), text -> "not copied");
        s.resized(100, 30);
        s.reloadFrom(reloader);
        return s;
    }

    private static void press(Session s, String... keys) {
        for (String k : keys) {
            assertThat(s.key(Driver.stroke(k))).isEmpty();
        }
    }

    private static Ref selected(Session s, Pane pane) {
        ListState ls = s.state().list(pane);
        return s.content().rows(pane, ls.filter()).get(ls.selected()).ref();
    }

    @Test
    void update_modelChangedSaysSo_andRAsksForAReload() {
        Update update = new Update(new Content(new CorpusIndex(OLD)), Keymap.DEFAULT);
        State s = State.initial(100, 30);

        Next changed = update.update(s, new Msg.ModelChanged());
        assertThat(changed.state().status()).isEqualTo("model changed on disk — press R to reload");
        assertThat(changed.effects()).isEmpty();

        Next r = update.update(changed.state(), new Msg.KeyPressed(Key.of(Driver.stroke("R"))));
        assertThat(r.effects()).containsExactly(new Effect.Reload());
        assertThat(r.state().page()).isEqualTo(s.page());

        assertThat(update.update(s, new Msg.Reloaded("Reloaded: 5 documents")).state().status())
                .isEqualTo("Reloaded: 5 documents");
    }

    @Test
    void theNoticeStaysUntilR_andRKeepsThePaneAndTheSelectedPersonWhereItMoved() {
        Corpus newer = withNewcomer();
        Session s = session(() -> new CorpusIndex(newer));
        press(s, "2", "j", "j");
        Ref before = selected(s, Pane.PEOPLE);
        int rowBefore = s.state().list(Pane.PEOPLE).selected();

        s.modelChanged();
        assertThat(s.state().status()).isEqualTo(Update.MODEL_CHANGED);
        press(s, "j", "k"); // keys clear the status line, but not this notice
        assertThat(s.state().status()).isEqualTo(Update.MODEL_CHANGED);
        assertThat(s.content().count(Pane.PEOPLE)).isEqualTo(OLD.people().size());

        press(s, "R");

        assertThat(s.state().status()).isEqualTo("Reloaded: " + OLD.documents().size() + " documents");
        assertThat(s.state().page()).isEqualTo(new Page.ListPage(Pane.PEOPLE));
        assertThat(s.content().count(Pane.PEOPLE)).isEqualTo(OLD.people().size() + 1);
        assertThat(selected(s, Pane.PEOPLE)).isEqualTo(before);
        assertThat(s.state().list(Pane.PEOPLE).selected()).isEqualTo(rowBefore + 1);
        press(s, "j");
        assertThat(s.state().status()).as("the notice is gone with the reload").isEmpty();
    }

    @Test
    void aDetailViewStaysOpen_onTheNewModel() {
        Session s = session(() -> new CorpusIndex(withNewcomer()));
        press(s, "2", "Enter");
        Page detail = s.state().page();
        assertThat(detail).isInstanceOf(Page.DetailPage.class);

        press(s, "R");

        assertThat(s.state().page()).isEqualTo(detail);
        press(s, "h", "g");
        assertThat(selected(s, Pane.PEOPLE).id()).isEqualTo("aaron-abel");
    }

    @Test
    void aModelThatCannotBeRead_leavesTheOldOneShown_withOneLine() {
        Session s = session(() -> {
            throw new java.io.IOException("model.json: not a Parley model\n(details)");
        });
        press(s, "2", "j");
        s.modelChanged();
        Content shown = s.content();

        press(s, "R");

        assertThat(s.content()).isSameAs(shown);
        assertThat(s.state().status()).isEqualTo(
                "Not reloaded (still showing the model as it was): model.json: not a Parley model");
        press(s, "j");
        assertThat(s.state().status()).as("the newer model still waits").isEqualTo(Update.MODEL_CHANGED);
    }

    @Test
    void watcher_tellsOncePerNewVersion_writtenByRenameLikeABuild(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("model.json");
        Files.writeString(model, "{\"one\":1}");
        Semaphore told = new Semaphore(0);
        AtomicReference<Thread> on = new AtomicReference<>();
        try (ModelWatcher w = ModelWatcher.start(model, ModelWatcher.Stamp.of(model), Duration.ofMillis(20), () -> {
            on.set(Thread.currentThread());
            told.release();
        })) {
            for (String content : List.of("{\"two\":22}", "{\"three\":333}")) {
                Path tmp = dir.resolve("model.json.tmp");
                Files.writeString(tmp, content);
                Files.move(tmp, model, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                assertThat(told.tryAcquire(30, TimeUnit.SECONDS)).as("told about " + content).isTrue();
            }
            assertThat(on.get().getName()).isEqualTo("parley-model-watch");
        }
    }

    @Test
    void withoutAModelFile_RSaysThereIsNothingToReload() {
        Session s = Explorer.session(OLD, new Explorer.Options(false, null, false));
        s.resized(100, 30);
        press(s, "R");
        assertThat(s.state().status()).startsWith("Nothing to reload");
    }
}
