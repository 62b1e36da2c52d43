package dev.parley.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.parley.index.CorpusIndex;
import dev.parley.model.Corpus;
import dev.parley.model.DocDate;
import dev.parley.model.Document;
import dev.parley.model.Paragraph;
import dev.parley.model.Person;
import dev.parley.model.Quote;
import dev.parley.model.Speaker;
import dev.parley.store.ModelStore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Benchmark, not a test: key to redrawn frame (update, render, refresh at 160x50) while typing a filter over the
 * Quotes list, letter by letter, then Backspace and Esc. Arguments: [MODEL | QUOTES] [WORDS] [ROUNDS]: a model file
 * (opened as the explorer opens it), or a number of synthetic quotes (default 500,000, made-up words); words
 * separated by commas, one typed per round from an empty filter (as many letters as the shortest has), each with
 * another first letter so that no round meets results kept from an earlier one. The Quotes rows are built before
 * timing. As in the explorer, a long
 * filter scan runs in the background: per key it prints the time to the first frame (the first matches) and, in
 * brackets, to the frame with every match, waiting for it before the next key. A fourth argument "on-loop" keeps
 * every scan on the loop's thread, as before the background scan: the anchor.
 */
public final class FilterBench {
    private FilterBench() {
    }

    public static void main(String[] args) throws Exception {
        String source = args.length > 0 ? args[0] : "500000";
        // one word per round, each with another first letter, so that no round finds an earlier round's results kept
        String[] words = (args.length > 1 ? args[1] : "minister,president,security,cooperation,agreement,talks,"
                + "foreign,energy,border,union").split(",");
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : words.length;
        int letters = Integer.MAX_VALUE;
        for (String w : words) {
            letters = Math.min(letters, w.length());
        }
        CorpusIndex index = source.matches("\\d+") ? new CorpusIndex(synthetic(Integer.parseInt(source)))
                : ModelStore.open(Path.of(source), System.err::println);
        TerminalScreen screen = new TerminalScreen(new DefaultVirtualTerminal(new TerminalSize(160, 50)));
        screen.startScreen();
        Session session = Explorer.session(index, new Explorer.Options(false, "model.json", false), Map.of(),
                State.initial(80, 24), text -> "not copied");
        session.resized(160, 50);
        java.util.concurrent.LinkedBlockingQueue<Runnable> loop = new java.util.concurrent.LinkedBlockingQueue<>();
        java.util.concurrent.ExecutorService copies = java.util.concurrent.Executors.newSingleThreadExecutor();
        boolean onLoop = args.length > 3 && args[3].equals("on-loop"); // the anchor: every scan on the loop's thread
        if (!onLoop) {
            session.offLoop(copies, loop::add);
        }
        long t0 = System.nanoTime();
        session.content().rows(Pane.QUOTES);
        long build = System.nanoTime() - t0;
        press(session, screen, "5");
        List<String> keys = new ArrayList<>();
        keys.add("/");
        for (int i = 1; i <= letters; i++) {
            keys.add("letter" + i);
        }
        keys.add("Backspace");
        keys.add("Esc");
        long[][] nanos = new long[keys.size()][rounds];
        long[][] whole = new long[keys.size()][rounds];
        long[][] cpu = new long[keys.size()][rounds];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < keys.size(); k++) {
                long start = System.nanoTime();
                long cpu0 = threads.getCurrentThreadCpuTime();
                String key = keys.get(k).startsWith("letter")
                        ? words[r % words.length].substring(k - 1, k) : keys.get(k);
                nanos[k][r] = press(session, screen, key);
                cpu[k][r] = threads.getCurrentThreadCpuTime() - cpu0;
                while (!session.content().filterComplete(Pane.QUOTES, session.state().list(Pane.QUOTES).filter())) {
                    loop.take().run();
                    session.draw(screen.newTextGraphics());
                    screen.refresh(Screen.RefreshType.DELTA);
                }
                whole[k][r] = System.nanoTime() - start;
            }
        }
        copies.shutdown();
        System.out.printf((onLoop ? "ON THE LOOP'S THREAD: " : "") + "quotes %d (rows built in %.0f ms), words %s (one a round, the first %d letters), %d rounds, key to first frame median (max) "
                        + "{CPU time of the loop's thread for the first frame, median} [to the frame with every match, median] ms:%n",
                session.content().count(Pane.QUOTES), build / 1e6, String.join(",", words), letters, rounds);
        StringBuilder line = new StringBuilder();
        for (int k = 0; k < keys.size(); k++) {
            long[] v = nanos[k].clone();
            Arrays.sort(v);
            long[] w = whole[k].clone();
            Arrays.sort(w);
            long[] c = cpu[k].clone();
            Arrays.sort(c);
            line.append(String.format(" %s=%.1f(%.0f){%.1f}[%.0f]", keys.get(k), v[rounds / 2] / 1e6, v[rounds - 1] / 1e6,
                    c[rounds / 2] / 1e6, w[rounds / 2] / 1e6));
        }
        System.out.println(line.toString().strip());
        System.out.printf("update share of all keys: %.0f%%%n", 100.0 * updating / Arrays.stream(nanos).flatMapToLong(Arrays::stream).sum());
    }

    static long updating;

    private static long press(Session session, TerminalScreen screen, String key) throws Exception {
        long t0 = System.nanoTime();
        session.key(Driver.stroke(key));
        updating += System.nanoTime() - t0;
        session.draw(screen.newTextGraphics());
        screen.refresh(Screen.RefreshType.DELTA);
        return System.nanoTime() - t0;
    }

    private static final String[] SYLLABLES = {"ba", "ra", "mi", "ni", "ster", "pro", "tal", "ko", "vi", "sel",
            "an", "dor", "pe", "lu", "gra", "ne", "to", "si", "mar", "ek", "ov", "ic", "in", "ta", "re", "on", "es"};
    private static final String[] COMMON = {"the", "minister", "said", "we", "will", "cooperation", "relations",
            "president", "talks", "agreement", "our", "countries", "support", "of", "and", "to", "in", "a"};

    /** Made-up quotes over made-up words, sized like a large corpus: five quotes per document. */
    static Corpus synthetic(int quotes) {
        Random random = new Random(7);
        String[] vocabulary = new String[4000];
        for (int i = 0; i < vocabulary.length; i++) {
            StringBuilder w = new StringBuilder();
            for (int s = 0, n = 1 + random.nextInt(3); s < n; s++) {
                w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            vocabulary[i] = w.toString();
        }
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            String name = capital(vocabulary[random.nextInt(vocabulary.length)]) + " "
                    + capital(vocabulary[random.nextInt(vocabulary.length)]) + "ić";
            people.add(new Person("p" + i, name, List.of(), List.of(), List.of()));
        }
        int documents = Math.max(1, quotes / 5);
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < documents; i++) {
            docs.add(new Document(String.format("d%06d", i), "d.txt", "Report " + i, "header", null, null,
                    new DocDate(String.format("20%02d-%02d-%02d", 10 + i % 14, 1 + i % 12, 1 + i % 28), "day", "header"),
                    List.of(new Paragraph("Text.", List.of())), List.of(), List.of()));
        }
        List<Quote> out = new ArrayList<>();
        for (int i = 0; i < quotes; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0, n = 12 + random.nextInt(30); w < n; w++) {
                text.append(w == 0 ? "" : " ").append(random.nextInt(3) == 0 ? COMMON[random.nextInt(COMMON.length)]
                        : vocabulary[random.nextInt(vocabulary.length)]);
            }
            Person p = people.get(random.nextInt(people.size()));
            out.add(new Quote("q-" + i, docs.get(i / 5).id(), 0, 0, 1, text.toString(),
                    List.of(new Speaker(Speaker.PERSON, p.id())), "Minister " + p.name(), "said", "name", 0.9));
        }
        return new Corpus(Corpus.SCHEMA_VERSION, "bench", docs, people, List.of(), List.of(), List.of(), List.of(),
                out, List.of());
    }

    private static String capital(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
