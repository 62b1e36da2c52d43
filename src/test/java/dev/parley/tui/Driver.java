package dev.parley.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.parley.model.Corpus;
import dev.parley.tui.term.Loop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.BooleanSupplier;

/**
 * Runs the real explorer loop on Lanterna's virtual terminal: keys go in as KeyStrokes, the screen comes out as
 * text. Each call waits until the loop has handled the input and drawn the frame.
 */
final class Driver implements AutoCloseable {
    final DefaultVirtualTerminal terminal;
    final Session session;
    private final TerminalScreen screen;
    private final Loop loop;
    private final Thread thread;
    private volatile Integer exitCode;
    private volatile Throwable failure;
    private long expected;

    Driver(Corpus corpus, int cols, int rows) {
        this(corpus, cols, rows, false);
    }

    Driver(Corpus corpus, int cols, int rows, boolean noColor) {
        this(Explorer.session(corpus, new Explorer.Options(noColor, "data/model.json", false)), cols, rows);
    }

    /** Any session: with a fake clipboard, or picking. */
    Driver(Session session, int cols, int rows) {
        try {
            terminal = new DefaultVirtualTerminal(new TerminalSize(cols, rows));
            screen = new TerminalScreen(terminal);
            screen.startScreen();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.session = session;
        loop = new Loop(screen, session, () -> {
            while (true) {
                KeyStroke k = terminal.pollInput();
                if (k != null) {
                    return k;
                }
                Thread.sleep(1);
            }
        });
        thread = new Thread(() -> {
            try {
                exitCode = loop.run(false);
            } catch (Throwable t) {
                failure = t;
            }
        }, "explorer-under-test");
        thread.setDaemon(true);
        thread.start();
        await(() -> loop.frames() >= 1);
    }

    /** Presses keys by their keymap names ("j", "Enter", "Ctrl-D", "Shift-Tab"), one at a time. */
    Driver press(String... keys) {
        for (String k : keys) {
            terminal.addInput(stroke(k));
            expected++;
            await(() -> loop.handled() >= expected || exitCode != null);
        }
        return this;
    }

    /** Types text into the filter or search line. */
    Driver type(String text) {
        text.codePoints().forEach(cp -> press(new String(Character.toChars(cp))));
        return this;
    }

    Driver resize(int cols, int rows) {
        terminal.setTerminalSize(new TerminalSize(cols, rows));
        expected++;
        await(() -> loop.handled() >= expected);
        return this;
    }

    Integer exitCode() {
        await(() -> exitCode != null);
        return exitCode;
    }

    boolean running() {
        return exitCode == null && thread.isAlive();
    }

    State state() {
        return session.state();
    }

    /** The screen as lines of text; the cell after a wide character (its right half) is skipped. */
    String text() {
        TerminalSize size = terminal.getTerminalSize();
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < size.getRows(); r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < size.getColumns(); c++) {
                TextCharacter ch = terminal.getCharacter(c, r);
                line.append(ch.getCharacterString());
                if (ch.isDoubleWidth()) {
                    c++;
                }
            }
            out.append(line.toString().replaceAll("\\s+$", "")).append('\n');
        }
        return out.toString();
    }

    String line(int row) {
        return text().split("\n", -1)[row];
    }

    TextCharacter cell(int col, int row) {
        return terminal.getCharacter(col, row);
    }

    private void await(BooleanSupplier done) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!done.getAsBoolean()) {
            if (failure != null) {
                throw new AssertionError("the explorer loop failed", failure);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the explorer did not react in time; screen:\n" + text());
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        if (failure != null) {
            throw new AssertionError("the explorer loop failed", failure);
        }
    }

    static KeyStroke stroke(String name) {
        switch (name) {
            case "Enter": return new KeyStroke(KeyType.Enter);
            case "Esc": return new KeyStroke(KeyType.Escape);
            case "Tab": return new KeyStroke(KeyType.Tab);
            case "Shift-Tab": return new KeyStroke(KeyType.ReverseTab);
            case "Backspace": return new KeyStroke(KeyType.Backspace);
            case "Up": return new KeyStroke(KeyType.ArrowUp);
            case "Down": return new KeyStroke(KeyType.ArrowDown);
            case "Left": return new KeyStroke(KeyType.ArrowLeft);
            case "Right": return new KeyStroke(KeyType.ArrowRight);
            case "PgUp": return new KeyStroke(KeyType.PageUp);
            case "PgDn": return new KeyStroke(KeyType.PageDown);
            case "Home": return new KeyStroke(KeyType.Home);
            case "End": return new KeyStroke(KeyType.End);
            case "Space": return new KeyStroke(' ', false, false);
            default:
                if (name.startsWith("Ctrl-") && name.length() == 6) {
                    return new KeyStroke(Character.toLowerCase(name.charAt(5)), true, false);
                }
                if (name.length() == 1) {
                    return new KeyStroke(name.charAt(0), false, false);
                }
                throw new IllegalArgumentException("no key named " + name);
        }
    }

    @Override
    public void close() {
        if (running()) {
            terminal.addInput(stroke("Ctrl-C")); // quits from everywhere, even while typing in a bar
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
