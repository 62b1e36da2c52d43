package dev.parley.tui.term;

import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The user's terminal, opened on /dev/tty so that stdout stays free (and may be piped). Ctrl-C arrives as a key
 * instead of killing the JVM, so the terminal can be restored. The mouse is never captured (it would break text
 * selection over SSH). {@link #restore} is idempotent and safe from a shutdown hook.
 */
public final class Tty {
    /** There is no terminal to draw on: no controlling tty (cron, `ssh host cmd` without -t, a pipe). */
    public static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final UnixTerminal terminal;
    private final TerminalScreen screen;
    private boolean started;
    private boolean restored;

    private Tty(UnixTerminal terminal, TerminalScreen screen) {
        this.terminal = terminal;
        this.screen = screen;
    }

    public static Tty open() throws Unavailable {
        InputStream in = null;
        OutputStream out = null;
        try {
            in = new FileInputStream("/dev/tty");
            out = new FileOutputStream("/dev/tty");
            UnixTerminal terminal = new UnixTerminal(in, out, StandardCharsets.UTF_8, UnixLikeTerminal.CtrlCBehaviour.TRAP);
            return new Tty(terminal, new TerminalScreen(terminal));
        } catch (IOException | RuntimeException e) {
            closeQuietly(in);
            closeQuietly(out);
            throw new Unavailable(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        }
    }

    public TerminalScreen screen() {
        return screen;
    }

    public synchronized void start() throws IOException {
        screen.startScreen();
        started = true;
    }

    /** Leaves the alternate screen, shows the cursor and puts stty back (stopScreen alone does not). */
    public synchronized void restore() {
        if (restored) {
            return;
        }
        restored = true;
        try {
            if (started) {
                screen.stopScreen();
            }
        } catch (IOException | RuntimeException ignored) {
            // go on: the stty settings matter more than the screen contents
        }
        try {
            terminal.close();
        } catch (IOException | RuntimeException ignored) {
            // nothing more can be done
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // already failing
            }
        }
    }
}
