package dev.parley.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The snapshot's encoding: variable-length integers (zig-zag for signed ones), UTF-8 strings, raw doubles. */
final class Bytes {
    private Bytes() {
    }

    /** A growable output buffer. */
    static final class Out {
        private byte[] bytes = new byte[1 << 12];
        private int size;

        int size() {
            return size;
        }

        byte[] array() {
            return bytes;
        }

        void clear() {
            size = 0;
        }

        private void room(int n) {
            if (size + n > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
            }
        }

        void u8(int b) {
            room(1);
            bytes[size++] = (byte) b;
        }

        /** An unsigned variable-length number (counts, offsets, string table references). */
        void unsigned(long v) {
            if (v < 0) {
                throw new IllegalArgumentException("negative: " + v);
            }
            room(10);
            while ((v & ~0x7FL) != 0) {
                bytes[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            bytes[size++] = (byte) v;
        }

        /** A signed number (paragraph indexes and offsets, which the model does not promise to be positive). */
        void signed(int v) {
            unsigned(Integer.toUnsignedLong((v << 1) ^ (v >> 31)));
        }

        void f64(double v) {
            fixed64(Double.doubleToRawLongBits(v));
        }

        void fixed64(long bits) {
            room(8);
            for (int i = 0; i < 8; i++) {
                bytes[size++] = (byte) (bits >>> (8 * i));
            }
        }

        /** A string written in place: its UTF-8 length plus one (0 for null), then the bytes. */
        void inline(String s) {
            if (s == null) {
                unsigned(0);
                return;
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            unsigned(b.length + 1L);
            room(b.length);
            System.arraycopy(b, 0, bytes, size, b.length);
            size += b.length;
        }

        void append(Out other) {
            room(other.size);
            System.arraycopy(other.bytes, 0, bytes, size, other.size);
            size += other.size;
        }
    }

    /** Reads what {@link Out} wrote; a malformed input throws {@link Damaged}. */
    static final class In {
        private final ByteBuffer buf;
        private byte[] scratch = new byte[256];

        In(ByteBuffer buf) {
            this.buf = buf;
        }

        int position() {
            return buf.position();
        }

        int u8() {
            need(1);
            return buf.get() & 0xFF;
        }

        long unsigned() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                need(1);
                byte b = buf.get();
                v |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return v;
                }
            }
            throw new Damaged("number too long at " + buf.position());
        }

        /** A count or index that must fit an int and, for counts, the bytes left (each element takes one at least). */
        int count() {
            long v = unsigned();
            if (v > buf.remaining() && v > Integer.MAX_VALUE / 2) {
                throw new Damaged("count " + v + " at " + buf.position());
            }
            if (v > Integer.MAX_VALUE) {
                throw new Damaged("count " + v + " at " + buf.position());
            }
            return (int) v;
        }

        int signed() {
            long u = unsigned();
            if (u > 0xFFFFFFFFL) {
                throw new Damaged("number out of range at " + buf.position());
            }
            int v = (int) u;
            return (v >>> 1) ^ -(v & 1);
        }

        double f64() {
            return Double.longBitsToDouble(fixed64());
        }

        long fixed64() {
            need(8);
            long bits = 0;
            for (int i = 0; i < 8; i++) {
                bits |= (long) (buf.get() & 0xFF) << (8 * i);
            }
            return bits;
        }

        /** A reader of the same bytes from {@code offset} bytes after the current position. */
        In at(long offset) {
            if (offset < 0 || offset > buf.remaining()) {
                throw new Damaged("offset " + offset + " beyond the end");
            }
            ByteBuffer copy = buf.duplicate();
            copy.position(buf.position() + (int) offset);
            return new In(copy);
        }

        String inline() {
            long n = unsigned();
            if (n == 0) {
                return null;
            }
            int len = (int) Math.min(n - 1, Integer.MAX_VALUE);
            need(len);
            if (scratch.length < len) {
                scratch = new byte[Math.max(len, scratch.length * 2)];
            }
            buf.get(scratch, 0, len);
            return new String(scratch, 0, len, StandardCharsets.UTF_8);
        }

        private void need(int n) {
            if (n < 0 || buf.remaining() < n) {
                throw new Damaged("ends early at " + buf.position());
            }
        }
    }

    /** The bytes are not what the writer wrote: cut short or changed. */
    static final class Damaged extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Damaged(String message) {
            super(message);
        }
    }
}
