package dev.parley.tui.term;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one loop that owns the screen. A daemon thread reads keys and a resize listener posts resizes, both into
 * one queue; this thread takes from it, lets the program handle everything pending, and draws once. Redrawing
 * the whole screen each time is cheap: {@link Screen#refresh} only sends the cells that changed.
 */
public final class Loop {
    private static final Object RESIZE = new Object();

    /** Where keys come from; blocks until there is one. */
    public interface Keys {
        KeyStroke next() throws IOException, InterruptedException;
    }

    private final TerminalScreen screen;
    private final Program program;
    private final Keys keys;
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final AtomicLong handled = new AtomicLong();
    private final AtomicLong frames = new AtomicLong();
    /** Held while a frame is sent, so that other writes to the terminal (OSC 52) go between frames. */
    private final Object sending = new Object();

    /** Something written to the terminal outside the loop's frames. */
    public interface TerminalWrite {
        void run() throws IOException;
    }

    public Loop(TerminalScreen screen, Program program) {
        this(screen, program, screen::readInput);
    }

    /**
     * With another key source: Lanterna's virtual terminal holds its lock while it blocks in readInput, so tests
     * poll it instead.
     */
    public Loop(TerminalScreen screen, Program program, Keys keys) {
        this.screen = screen;
        this.program = program;
        this.keys = keys;
    }

    /** Keys and resizes handled and drawn so far (not posted work); tests wait on it. */
    public long handled() {
        return handled.get();
    }

    /**
     * Runs {@code work} on the loop's thread (with everything else pending), then draws: how work done on other
     * threads (a copy, a filter scan) reaches the screen. Safe from any thread.
     */
    public void post(Runnable work) {
        queue.offer(work);
    }

    /** Runs {@code write} while no frame is being sent, from any thread; frames wait for it. */
    public void betweenFrames(TerminalWrite write) throws IOException {
        synchronized (sending) {
            write.run();
        }
    }

    /** Frames drawn so far. */
    public long frames() {
        return frames.get();
    }

    /**
     * Runs until the program returns an exit code. The screen must be started; stopping it is the caller's job,
     * so that it happens on every exit path.
     */
    public int run(boolean exitAfterFirstFrame) throws IOException, InterruptedException {
        screen.setCursorPosition(null);
        TerminalSize size = screen.getTerminalSize();
        program.resized(size.getColumns(), size.getRows());
        draw(true);
        if (exitAfterFirstFrame) {
            return 0;
        }
        screen.getTerminal().addResizeListener((terminal, newSize) -> queue.offer(RESIZE));
        Thread reader = new Thread(this::readKeys, "parley-keys");
        reader.setDaemon(true);
        reader.start();
        List<Object> batch = new ArrayList<>();
        while (true) {
            batch.clear();
            batch.add(queue.take());
            queue.drainTo(batch);
            int posted = 0;
            for (Object m : batch) {
                if (m instanceof KeyStroke) {
                    OptionalInt exit = program.key((KeyStroke) m);
                    if (exit.isPresent()) {
                        return exit.getAsInt();
                    }
                } else if (m instanceof Runnable) {
                    ((Runnable) m).run();
                    posted++;
                } else if (m instanceof IOException) {
                    throw (IOException) m;
                }
            }
            draw(false);
            handled.addAndGet(batch.size() - posted); // keys and resizes: what tests wait on
        }
    }

    private void draw(boolean complete) throws IOException {
        TerminalSize resized = screen.doResizeIfNecessary();
        if (resized != null) {
            program.resized(resized.getColumns(), resized.getRows());
            complete = true;
        }
        TextGraphics g = screen.newTextGraphics();
        program.draw(g);
        synchronized (sending) {
            screen.refresh(complete ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
        }
        frames.incrementAndGet();
    }

    private void readKeys() {
        try {
            while (true) {
                KeyStroke k = keys.next();
                if (k != null) {
                    queue.put(k);
                    if (k.getKeyType() == KeyType.EOF) {
                        return;
                    }
                }
            }
        } catch (IOException e) {
            queue.offer(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // the terminal was closed under us while quitting: nothing left to read
            queue.offer(new IOException("reading keys failed", e));
        }
    }
}
