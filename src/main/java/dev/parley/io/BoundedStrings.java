package dev.parley.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Refuses a JSON text with a string longer than a model can hold, before the JSON reader gathers all of it into
 * memory: a model someone hands over may hold a string of gigabytes that would end the program with an
 * out-of-memory error instead of a message. It follows the JSON text only as far as needed to know whether it is
 * inside a string (quotes and backslash escapes).
 */
final class BoundedStrings extends FilterReader {
    /**
     * No string of a model built by Parley comes near: its articles are read from files of at most a few tens of
     * megabytes and cut into paragraphs.
     */
    static final int MAX_STRING_CHARS = 32 * 1024 * 1024;

    private final int limit;
    private boolean inString;
    private boolean escaped;
    private int length;
    private long offset;

    BoundedStrings(Reader in) {
        this(in, MAX_STRING_CHARS);
    }

    BoundedStrings(Reader in, int limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int off, int len) throws IOException {
        int n = super.read(buffer, off, len);
        for (int i = off; i < off + Math.max(n, 0); i++) {
            char c = buffer[i];
            if (!inString) {
                inString = c == '"';
                length = 0;
            } else if (escaped) {
                escaped = false;
                length++;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            } else if (++length > limit) {
                throw new ModelReader.Invalid("a string of more than " + limit + " characters at character "
                        + (offset + i - off - length + 1) + " of the file");
            }
        }
        offset += Math.max(n, 0);
        return n;
    }
}
