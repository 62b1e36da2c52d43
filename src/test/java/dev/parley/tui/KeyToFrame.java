package dev.parley.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.parley.index.CorpusIndex;
import dev.parley.store.ModelStore;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Benchmark, not a test: time from a key to the redrawn frame (update, render, refresh) on a virtual terminal,
 * for a walk through every pane and into detail views. Arguments: MODEL (opened as the explorer opens it: from its
 * snapshot when fresh), or nothing for a synthetic corpus. The first round includes building each pane's rows on its
 * first visit; the median and p95 are over the later, warm rounds.
 */
public final class KeyToFrame {
    private KeyToFrame() {
    }

    public static void main(String[] args) throws Exception {
        long opening = System.nanoTime();
        CorpusIndex index = args.length > 0 ? ModelStore.open(Path.of(args[0]), System.err::println)
                : new CorpusIndex(NavigationTest.many(20_000));
        opening = System.nanoTime() - opening;
        TerminalScreen screen = new TerminalScreen(new DefaultVirtualTerminal(new TerminalSize(160, 50)));
        screen.startScreen();
        Session session = Explorer.session(index, new Explorer.Options(false, "model.json", false), java.util.Map.of(),
                State.initial(80, 24), text -> "not copied");
        session.resized(160, 50);
        session.draw(screen.newTextGraphics());
        screen.refresh(Screen.RefreshType.DELTA);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapAtFirstFrame = rt.totalMemory() - rt.freeMemory();
        String[] walk = {"j", "j", "PgDn", "Enter", "Tab", "Tab", "j", "PgDn", "Enter", "h", "h", "G", "g", "2", "j", "Enter",
                "Tab", "Enter", "h", "h", "3", "j", "4", "G", "Enter", "h", "5", "PgDn", "/", "a", "n", "Esc", "1"};
        long[] nanos = new long[walk.length * 30];
        for (int round = 0; round < 30; round++) {
            for (int i = 0; i < walk.length; i++) {
                long t0 = System.nanoTime();
                session.key(Driver.stroke(walk[i]));
                session.draw(screen.newTextGraphics());
                screen.refresh(Screen.RefreshType.DELTA);
                nanos[round * walk.length + i] = System.nanoTime() - t0;
            }
        }
        long[] warm = Arrays.copyOfRange(nanos, walk.length * 5, nanos.length);
        Arrays.sort(warm);
        StringBuilder firstRound = new StringBuilder();
        for (int i = 0; i < walk.length; i++) {
            if (nanos[i] > 16_000_000L) {
                firstRound.append(String.format(" %s=%.0f", walk[i], nanos[i] / 1e6));
            }
        }
        // per step of the walk, the median over the warm rounds: which keys are slow every time, not once
        StringBuilder slowSteps = new StringBuilder();
        for (int i = 0; i < walk.length; i++) {
            long[] step = new long[25];
            for (int round = 5; round < 30; round++) {
                step[round - 5] = nanos[round * walk.length + i];
            }
            Arrays.sort(step);
            if (step[12] > 16_000_000L) {
                slowSteps.append(String.format(" %d:%s=%.0f", i, walk[i], step[12] / 1e6));
            }
        }
        System.gc();
        System.out.printf("documents %d, opened in %.0f ms, keys %d: median %.2f ms, p95 %.2f ms, max %.2f ms; "
                        + "first round over 16 ms:%s; warm steps over 16 ms (median):%s; "
                        + "heap after GC at the first frame %.0f MB, at the end %.0f MB%n",
                index.corpus().documents().size(), opening / 1e6, warm.length, warm[warm.length / 2] / 1e6,
                warm[warm.length * 95 / 100] / 1e6, warm[warm.length - 1] / 1e6,
                firstRound.length() == 0 ? " none" : firstRound, slowSteps.length() == 0 ? " none" : slowSteps,
                heapAtFirstFrame / 1e6,
                (rt.totalMemory() - rt.freeMemory()) / 1e6);
    }
}
