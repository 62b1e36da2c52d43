package dev.parley.tui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;

/**
 * Watches the model file for a newer one (a rebuild while the explorer is open) and says so once per new
 * version. It only reads the file's attributes, on a daemon thread of its own, and reports through a callback
 * that posts a message into the loop: it never touches the screen or the state.
 *
 * <p>Polling the attributes rather than a {@code WatchService}: a build replaces the model by renaming a
 * temporary file over it, which every file system shows as a new size, time or file key, while folder events
 * differ between systems (and inotify watches are a limited resource). One stat a second costs nothing.
 */
final class ModelWatcher implements AutoCloseable {
    /** What tells one version of the file from another; null fields when the file is missing. */
    record Stamp(FileTime modified, long size, Object fileKey) {
        static Stamp of(Path file) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                return new Stamp(a.lastModifiedTime(), a.size(), a.fileKey());
            } catch (IOException | RuntimeException e) {
                return null; // gone for a moment (being replaced) or unreadable: not a new model
            }
        }
    }

    private final Thread thread;
    private volatile boolean stopped;

    private ModelWatcher(Path file, Stamp shown, Duration every, Runnable changed) {
        thread = new Thread(() -> watch(file, shown, every, changed), "parley-model-watch");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
    }

    /**
     * Starts watching. {@code shown} is the stamp of the file as it was before it was read, so a rebuild that
     * finishes while the explorer starts is noticed too.
     */
    static ModelWatcher start(Path file, Stamp shown, Duration every, Runnable changed) {
        ModelWatcher w = new ModelWatcher(file, shown, every, changed);
        w.thread.start();
        return w;
    }

    private void watch(Path file, Stamp shown, Duration every, Runnable changed) {
        Stamp last = shown;
        Stamp seen = null;
        try {
            while (!stopped) {
                Thread.sleep(every.toMillis());
                Stamp now = Stamp.of(file);
                // a new version that stays the same over two looks: not one still being written in place
                if (now != null && !now.equals(last) && now.equals(seen)) {
                    last = now;
                    changed.run();
                }
                seen = now;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // the loop is gone (quitting): nothing to tell
        }
    }

    @Override
    public void close() {
        stopped = true;
        thread.interrupt();
    }
}
