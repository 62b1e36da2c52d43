package dev.parley.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.parley.io.ModelJson;
import dev.parley.model.Corpus;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Benchmark, not a test: time from a key to the redrawn frame (update, render, refresh) on a virtual terminal,
 * for a walk through every pane and into detail views. Arguments: MODEL, or nothing for a synthetic corpus.
 */
public final class KeyToFrame {
    private KeyToFrame() {
    }

    public static void main(String[] args) throws Exception {
        Corpus corpus = args.length > 0 ? ModelJson.read(Path.of(args[0])) : NavigationTest.many(20_000);
        TerminalScreen screen = new TerminalScreen(new DefaultVirtualTerminal(new TerminalSize(160, 50)));
        screen.startScreen();
        Session session = Explorer.session(corpus, new Explorer.Options(false, "model.json", false));
        session.resized(160, 50);
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
        System.out.printf("documents %d, keys %d: median %.2f ms, p95 %.2f ms, max %.2f ms; first key %.2f ms%n",
                corpus.documents().size(), warm.length, warm[warm.length / 2] / 1e6, warm[warm.length * 95 / 100] / 1e6,
                warm[warm.length - 1] / 1e6, nanos[0] / 1e6);
    }
}
