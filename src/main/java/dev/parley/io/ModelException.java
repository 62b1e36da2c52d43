package dev.parley.io;

import dev.parley.text.Sanitize;

import java.io.IOException;
import java.nio.file.Path;

/** A model file that cannot be written or read; the message is one line naming the file and the problem. */
public final class ModelException extends IOException {
    private static final long serialVersionUID = 1L;

    public ModelException(Path file, String problem) {
        super(safe(file + ": " + problem));
    }

    ModelException(Path file, String problem, Throwable cause) {
        super(safe(file + ": " + problem), cause);
    }

    private ModelException(String message) {
        super(safe(message));
    }

    /**
     * The problem often quotes the file (a field name, a value, a path inside it), and the message goes to a
     * terminal: control characters and escape sequences from a file someone handed over must not reach it.
     */
    private static String safe(String message) {
        return Sanitize.line(message);
    }

    /** A message that names {@code file} itself, as a sentence, instead of after "file: ". */
    static ModelException whole(Path file, String message) {
        if (!message.contains(file.toString())) {
            throw new IllegalArgumentException("the message must name the file");
        }
        return new ModelException(message);
    }
}
