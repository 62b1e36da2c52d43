package dev.parley.command;

import dev.parley.index.CorpusIndex;
import org.jline.reader.Candidate;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The completer, the line splitter and the parser on the seed model, as the three front ends use them. */
class CompletionTest {
    private final CommandCompleter completer = new CommandCompleter(SeedModel.resolver());

    @Test
    void commandNames_completeFromAPrefix_withGroupAndDescription() {
        List<Candidate> c = completer.candidates("pe", 2);
        assertThat(c).extracting(Candidate::value).containsExactly("person");
        assertThat(c.get(0).group()).isEqualTo("Commands");
        assertThat(c.get(0).suffix()).isEqualTo(" ");
        assertThat(completer.candidates("", 0)).extracting(Candidate::value).containsAll(
                Commands.ALL.stream().map(Command::name).toList());
    }

    @Test
    void personArgument_completesWholeNamesFromASurnamePrefix() {
        List<Candidate> c = completer.candidates("person lav", 10);
        // words are matched from their start: Tomis-lav is not offered
        assertThat(c).extracting(Candidate::value).containsExactly("Sergey Lavrov");
        assertThat(c.get(0).group()).isEqualTo("People");
        assertThat(c.get(0).descr()).contains("Minister of Foreign Affairs, Russia").contains("quote");
    }

    @Test
    void accentsAndAliases_complete() {
        assertThat(completer.candidates("person dacic", 12)).extracting(Candidate::value).containsExactly("Ivica Dačić");
        assertThat(completer.candidates("person Dačić", 12)).extracting(Candidate::value).containsExactly("Ivica Dačić");
        assertThat(completer.candidates(":person vucic", 13)).extracting(Candidate::value).containsExactly("Aleksandar Vucic");
    }

    @Test
    void multiWordNames_areOneArgument() {
        LineSplitter.Split s = LineSplitter.split("person sergey la", 16);
        assertThat(s.wordIndex()).isEqualTo(1);
        assertThat(s.typed()).isEqualTo("sergey la");
        assertThat(s.start()).isEqualTo(7);
        assertThat(completer.candidates("person sergey la", 16)).extracting(Candidate::value).containsExactly("Sergey Lavrov");
    }

    @Test
    void otherKinds_haveTheirGroups() {
        assertThat(completer.candidates("topic ", 6)).allSatisfy(c -> assertThat(c.group()).isEqualTo("Topics"))
                .hasSize(SeedModel.corpus().topics().size());
        assertThat(completer.candidates("doc 00", 6)).allSatisfy(c -> assertThat(c.group()).isEqualTo("Documents"))
                .hasSize(5);
        assertThat(completer.candidates("meeting m-1", 11)).extracting(Candidate::value).startsWith("m-1");
        assertThat(completer.candidates("meeting m-1", 11).get(0).group()).isEqualTo("Meetings");
        assertThat(completer.candidates("search lav", 10)).isEmpty();
        assertThat(completer.candidates("back ", 5)).isEmpty();
    }

    @Test
    void jlineCompleterInterface_givesTheSameCandidates() {
        List<Candidate> out = new ArrayList<>();
        completer.complete(null, new LineSplitter().parse("person lavr", 11, null), out);
        assertThat(out).extracting(Candidate::value).containsExactly("Sergey Lavrov");
    }

    @Test
    void matcher_commonPrefixAndExactMatch() {
        ResolvedMatcher m = new ResolvedMatcher();
        m.compile(java.util.Map.of(), false, LineSplitter.split("person dmi", 10), true, 0, null);
        List<Candidate> cs = new ArrayList<>();
        completer.complete(null, LineSplitter.split("person dmi", 10), cs);
        assertThat(m.matches(cs)).hasSize(2);
        assertThat(m.getCommonPrefix()).isEqualTo("Dmitry ");
        assertThat(m.exactMatch()).isNull();
        m.compile(java.util.Map.of(), false, LineSplitter.split("person sergey lavrov", 20), true, 0, null);
        cs.clear();
        completer.complete(null, LineSplitter.split("person sergey lavrov", 20), cs);
        m.matches(cs);
        assertThat(m.exactMatch().value()).isEqualTo("Sergey Lavrov");
    }

    @Test
    void emptyModel_completesCommandsButNoArguments() {
        CommandCompleter none = new CommandCompleter(new Resolver(new CorpusIndex(SeedModel.empty())));
        assertThat(none.candidates("pers", 4)).extracting(Candidate::value).containsExactly("person");
        assertThat(none.candidates("person ", 7)).isEmpty();
    }

    @Test
    void parser_takesTheRestOfTheLineAsOneArgument() throws Exception {
        Invocation i = CommandParser.parse(":person  Sergey Lavrov ");
        assertThat(i.command()).isEqualTo(Commands.PERSON);
        assertThat(i.argument()).isEqualTo("Sergey Lavrov");
        assertThat(CommandParser.parse("pe lav").command()).isEqualTo(Commands.PERSON);
        assertThat(CommandParser.parse("back").command()).isEqualTo(Commands.BACK);
        assertThat(CommandParser.parse("copy").command().reserved()).isTrue();
    }

    @Test
    void parser_explainsWhatIsWrong() {
        assertThatThrownBy(() -> CommandParser.parse("")).hasMessageContaining("no command");
        assertThatThrownBy(() -> CommandParser.parse("frobnicate x")).hasMessage("no command 'frobnicate' · help lists them");
        assertThatThrownBy(() -> CommandParser.parse("p x")).hasMessage("'p' could be person, pick");
        assertThatThrownBy(() -> CommandParser.parse("person")).hasMessage("person needs NAME · person NAME");
        assertThatThrownBy(() -> CommandParser.parse("back twice")).hasMessage("back takes nothing after it");
    }
}
