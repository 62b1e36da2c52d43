package dev.parley.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * What went wrong with a file, in the words a user needs: "no space left on device", "read-only file system",
 * "permission denied". Java's messages name the temporary file a writer used, or carry the exception's class
 * ("java.io.IOException: No space left on device"); the caller names the file the user asked for.
 */
public final class IoProblem {
    private IoProblem() {
    }

    public static String of(Throwable e) {
        Throwable t = e;
        // Gson and the channel streams wrap the IOException that says what happened
        while (t.getCause() != null && !(t instanceof FileSystemException) && t.getCause() instanceof IOException) {
            t = t.getCause();
        }
        if (t instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (t instanceof NoSuchFileException n) {
            return "no such file or folder: " + n.getFile();
        }
        String message;
        if (t instanceof FileSystemException f) {
            message = f.getReason() != null ? f.getReason() : f.getMessage();
        } else {
            message = t.getMessage();
        }
        if (message == null || message.isBlank()) {
            return t.getClass().getSimpleName();
        }
        String line = firstLine(message).replaceFirst("^(?:[\\w$]+\\.)+[\\w$]+(?:Exception|Error): ", "");
        // "No space left on device" reads better in the middle of a sentence
        return line.length() > 1 && Character.isUpperCase(line.charAt(0)) && Character.isLowerCase(line.charAt(1))
                ? line.substring(0, 1).toLowerCase(Locale.ROOT) + line.substring(1) : line;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
