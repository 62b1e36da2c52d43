package dev.parley.command;

import dev.parley.index.CorpusIndex;
import dev.parley.model.Corpus;
import dev.parley.model.DocDate;
import dev.parley.model.Document;
import dev.parley.model.Mention;
import dev.parley.model.Paragraph;
import dev.parley.model.Person;
import dev.parley.model.Quote;
import dev.parley.model.Speaker;
import dev.parley.model.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Not a test: how long completing and resolving take on a large synthetic model (a key press in the bar runs
 * one completion). {@code java -cp target/parley.jar:target/test-classes dev.parley.command.CompletionBench [PEOPLE]}
 */
public final class CompletionBench {
    private CompletionBench() {
    }

    public static void main(String[] args) {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Corpus corpus = synthetic(people, people, people * 5);
        long t0 = System.nanoTime();
        CorpusIndex index = new CorpusIndex(corpus);
        System.out.printf("corpus index: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        Resolver r = new Resolver(index);
        CommandCompleter c = new CommandCompleter(r);
        for (String first : new String[] {"person a", "doc a", "quote a"}) {
            long s0 = System.nanoTime();
            c.candidates(first, first.length());
            System.out.printf("first '%s' (builds that kind's match tables): %.0f ms%n", first, (System.nanoTime() - s0) / 1e6);
        }
        String[] lines = {"person kov", "person zzzz", "person ana kov", "quote peace talks", "doc report 1234", "meeting m-1"};
        for (String line : lines) {
            int n = 30;
            long[] times = new long[n];
            for (int i = 0; i < n; i++) {
                long s = System.nanoTime();
                c.candidates(line, line.length());
                times[i] = System.nanoTime() - s;
            }
            java.util.Arrays.sort(times);
            System.out.printf("%-20s median %6.2f ms  p95 %6.2f ms%n", line, times[n / 2] / 1e6, times[(int) (n * 0.95)] / 1e6);
        }
        for (int i = 0; i < 3; i++) {
            long s = System.nanoTime();
            Resolver.Resolution res = r.resolve(Kind.PERSON, "kovalevx");
            System.out.printf("did-you-mean over %d people: %.2f ms (%s)%n", people, (System.nanoTime() - s) / 1e6, res.problem());
        }
    }

    static Corpus synthetic(int nPeople, int nDocs, int nQuotes) {
        Random rnd = new Random(7);
        String[] given = {"Ana", "Boris", "Chen", "Dara", "Emil", "Fatima", "Goran", "Hana", "Ivan", "Jana"};
        String[] family = {"Kovač", "Lind", "Moreau", "Novak", "Okafor", "Petrova", "Quispe", "Rossi", "Sato", "Tanaka"};
        String[] words = {"peace", "talks", "trade", "energy", "security", "border", "visit", "agreement", "summit", "aid"};
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < nDocs; i++) {
            docs.add(new Document("d" + i, "d" + i + ".txt", "Report " + i + " on " + words[i % words.length], "header", null, null,
                    new DocDate(String.format("20%02d-%02d-%02d", 10 + i % 12, 1 + i % 12, 1 + i % 28), "day", "header"),
                    List.of(new Paragraph("Text " + i, List.of())), List.of(), List.of()));
        }
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < nPeople; i++) {
            String name = given[rnd.nextInt(given.length)] + " " + family[rnd.nextInt(family.length)] + i;
            people.add(new Person("p" + i, name, List.of(name.substring(name.indexOf(' ') + 1)),
                    List.of(new Role("Minister", "Country " + (i % 50), null, List.of("d" + (i % nDocs)))),
                    List.of(new Mention("d" + (i % nDocs), 0, 0, 4, "Text"))));
        }
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < nQuotes; i++) {
            StringBuilder t = new StringBuilder();
            for (int w = 0; w < 12; w++) {
                t.append(words[rnd.nextInt(words.length)]).append(' ');
            }
            quotes.add(new Quote("q" + i, "d" + (i % nDocs), 0, 0, 4, t.toString().strip(),
                    List.of(Speaker.person("p" + (i % nPeople))), "he", "said",
                    "name", 0.9));
        }
        return new Corpus(Corpus.SCHEMA_VERSION, "bench", docs, people, List.of(), List.of(), List.of(), List.of(), quotes, List.of());
    }
}
