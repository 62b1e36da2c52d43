package dev.parley.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.MalformedInputException;

/**
 * A buffered writer that encodes UTF-8 itself, for the model's tens of megabytes of JSON. Gson's writer hands over
 * a few characters at a time (a name, a colon, an indent); {@code BufferedWriter} takes a lock on each of those calls
 * and {@code OutputStreamWriter} runs a general encoder over every buffer. The bytes are the same as theirs with a
 * reporting UTF-8 encoder: a lone surrogate is refused with a {@link MalformedInputException}, as that encoder does.
 * Not thread-safe; one writer per file.
 */
final class Utf8Writer extends Writer {
    private final OutputStream out;
    /** Characters gathered by bulk copies, encoded a buffer at a time. */
    private final char[] chars;
    private int count;
    /** Room for a buffer of characters as UTF-8 (at most 3 bytes each; a pair of surrogates is 4 bytes for 2). */
    private final byte[] bytes;
    /** A high surrogate whose low half has not come yet, or 0. */
    private char pendingHigh;

    Utf8Writer(OutputStream out, int bufferChars) {
        this.out = out;
        this.chars = new char[Math.max(bufferChars, 16)];
        this.bytes = new byte[chars.length * 3 + 4];
    }

    @Override
    public void write(int c) throws IOException {
        if (count == chars.length) {
            encode();
        }
        chars[count++] = (char) c;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        while (len > 0) {
            if (count == chars.length) {
                encode();
            }
            int n = Math.min(len, chars.length - count);
            System.arraycopy(cbuf, off, chars, count, n);
            count += n;
            off += n;
            len -= n;
        }
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        while (len > 0) {
            if (count == chars.length) {
                encode();
            }
            int n = Math.min(len, chars.length - count);
            s.getChars(off, off + n, chars, count);
            count += n;
            off += n;
            len -= n;
        }
    }

    @Override
    public void write(String s) throws IOException {
        write(s, 0, s.length());
    }

    @Override
    public Writer append(CharSequence cs) throws IOException {
        String s = String.valueOf(cs);
        write(s, 0, s.length());
        return this;
    }

    @Override
    public Writer append(char c) throws IOException {
        write(c);
        return this;
    }

    /** Encodes the gathered characters and writes their bytes out. */
    private void encode() throws IOException {
        int size = 0;
        int i = 0;
        if (pendingHigh != 0 && count > 0) {
            size = pair(pendingHigh, chars[0], size);
            pendingHigh = 0;
            i = 1;
        }
        for (; i < count; i++) {
            char c = chars[i];
            if (c < 0x80) {
                bytes[size++] = (byte) c;
            } else if (c < 0x800) {
                bytes[size++] = (byte) (0xC0 | c >> 6);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 == count) {
                    pendingHigh = c; // its other half is in the next buffer
                } else {
                    size = pair(c, chars[++i], size);
                }
            } else if (Character.isLowSurrogate(c)) {
                throw new MalformedInputException(1);
            } else {
                bytes[size++] = (byte) (0xE0 | c >> 12);
                bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            }
        }
        count = 0;
        if (size > 0) {
            out.write(bytes, 0, size);
        }
    }

    private int pair(char high, char low, int size) throws MalformedInputException {
        if (!Character.isLowSurrogate(low)) {
            throw new MalformedInputException(1);
        }
        int cp = Character.toCodePoint(high, low);
        bytes[size++] = (byte) (0xF0 | cp >> 18);
        bytes[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
        bytes[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
        bytes[size++] = (byte) (0x80 | cp & 0x3F);
        return size;
    }

    /** Writes out what is gathered; a high surrogate waiting for its other half stays, as in a stream encoder. */
    @Override
    public void flush() throws IOException {
        encode();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
        if (pendingHigh != 0) {
            throw new MalformedInputException(1);
        }
        out.close();
    }
}
