package dev.parley.tui.term;

import com.googlecode.lanterna.input.DefaultKeyDecodingProfile;
import com.googlecode.lanterna.input.InputDecoder;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.ScreenInfoCharacterPattern;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;

import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
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

    /**
     * The real terminal's start-up path as far as it goes without a terminal, for the launcher's class-data
     * archive (the explorer's rehearsal draws on a virtual terminal, which has no input decoder and forks no stty):
     * key decoding of a few typical sequences, a child process started the way Lanterna starts stty, the signal
     * and proxy machinery its resize handler uses, and the classes the first refresh and the exit load. Without
     * this about 140 classes come from the jar at every start. Best effort: nothing here may fail the rehearsal.
     */
    public static void rehearse() {
        byte[] typed = "a\u00e9\u001b[A\u001b[1;5C\u001b[2~\u001bOP\u001b[12;40R\u0003\r\t\u007f\u001b"
                .getBytes(StandardCharsets.UTF_8);
        try {
            InputDecoder decoder = new InputDecoder(new InputStreamReader(new ByteArrayInputStream(typed),
                    StandardCharsets.UTF_8));
            decoder.addProfile(new DefaultKeyDecodingProfile());
            decoder.addProfile(() -> java.util.List.of(new ScreenInfoCharacterPattern()));
            for (KeyStroke k = decoder.getNextCharacter(false); k != null; k = decoder.getNextCharacter(false)) {
                if (k.getKeyType() == com.googlecode.lanterna.input.KeyType.EOF) {
                    break;
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // only classes are wanted here
        }
        try {
            Process p = new ProcessBuilder("sh", "-c", "exit 0")
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor();
        } catch (IOException | RuntimeException ignored) {
            // no shell: the classes are still loaded
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Runnable proxy = (Runnable) Proxy.newProxyInstance(Tty.class.getClassLoader(),
                    new Class<?>[] {Runnable.class}, (self, method, args) -> null);
            proxy.run();
        } catch (RuntimeException ignored) {
            // as above
        }
        ClassLoader loader = Tty.class.getClassLoader();
        for (String name : new String[] {"sun.misc.Signal", "sun.misc.SignalHandler",
                "com.googlecode.lanterna.terminal.ansi.UnixTerminal",
                "com.googlecode.lanterna.terminal.ansi.UnixLikeTTYTerminal",
                "com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal",
                "com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal$CtrlCBehaviour",
                "com.googlecode.lanterna.terminal.ansi.ANSITerminal$1",
                "com.googlecode.lanterna.terminal.MouseCaptureMode", "com.googlecode.lanterna.input.MouseActionType",
                "java.util.concurrent.FutureTask", "java.util.concurrent.FutureTask$WaitNode",
                "java.util.concurrent.Callable", "java.lang.ProcessBuilder$Redirect$Type",
                "java.lang.ProcessBuilder$RedirectPipeImpl", "java.util.concurrent.CompletableFuture$UniHandle",
                "jdk.internal.event.ProcessStartEvent", "sun.nio.cs.ThreadLocalCoders", "java.util.EnumMap$ValueIterator",
                "com.googlecode.lanterna.input.ScreenInfoCharacterPattern$1", "sun.misc.Signal$InternalMiscHandler"}) {
            try {
                Class.forName(name, true, loader);
            } catch (ClassNotFoundException | LinkageError ignored) {
                // another Lanterna or JDK: fewer classes archived, nothing worse
            }
        }
        // what the first refresh encodes with
        StandardCharsets.UTF_8.newEncoder();
        java.nio.CharBuffer.wrap("x");
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
