package io.diffpress.site;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A writer that encodes to UTF-8 bytes as it goes, for rendering a page straight into its file's bytes. A
 * page with a single character beyond Latin-1 (the default theme's "−") made the StringWriter's text two bytes
 * a character, copied three times and encoded at the end, which cost more than rendering the page. A lone
 * surrogate becomes '?', as {@code String.getBytes} makes it. Not thread-safe, not synchronized.
 */
final class Utf8Writer extends Writer {

    /** Strings at least this long are encoded by the JDK at once. */
    private static final int LONG = 64;

    private byte[] bytes = new byte[16 * 1024];
    private int size;
    private char pendingHigh;

    @Override
    public void write(int c) {
        put((char) c);
    }

    @Override
    public void write(char[] chars, int off, int len) {
        ensure(len * 3 + 4);
        for (int i = off; i < off + len; i++) {
            put(chars[i]);
        }
    }

    @Override
    public void write(String s, int off, int len) {
        if (len >= LONG && pendingHigh == 0 && !Character.isHighSurrogate(s.charAt(off + len - 1))) {
            // A report body or a long run of template: the JDK's encoder is many times faster than a charAt loop.
            // It makes a lone surrogate '?' too; a high surrogate at the end may pair with the next write, so not here.
            byte[] encoded = (off == 0 && len == s.length() ? s : s.substring(off, off + len)).getBytes(StandardCharsets.UTF_8);
            ensure(encoded.length);
            System.arraycopy(encoded, 0, bytes, size, encoded.length);
            size += encoded.length;
            return;
        }
        ensure(len * 3 + 4);
        for (int i = off; i < off + len; i++) {
            char c = s.charAt(i);
            if (c < 0x80 && pendingHigh == 0) {
                bytes[size++] = (byte) c; // most of a page
            } else {
                put(c);
            }
        }
    }

    private void put(char c) {
        ensure(4);
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                bytes[size++] = (byte) (0xF0 | (cp >> 18));
                bytes[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                bytes[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                bytes[size++] = (byte) (0x80 | (cp & 0x3F));
                return;
            }
            bytes[size++] = '?';
            ensure(4);
        }
        if (c < 0x80) {
            bytes[size++] = (byte) c;
        } else if (c < 0x800) {
            bytes[size++] = (byte) (0xC0 | (c >> 6));
            bytes[size++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[size++] = '?';
        } else {
            bytes[size++] = (byte) (0xE0 | (c >> 12));
            bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            bytes[size++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    private boolean inUse;

    /** Empties the writer, to render another page into it; it is in use until {@link #release}. */
    void reset() {
        size = 0;
        pendingHigh = 0;
        inUse = true;
    }

    void release() {
        inUse = false;
    }

    boolean inUse() {
        return inUse;
    }

    /** The bytes written, a lone high surrogate at the end as '?'. */
    byte[] toByteArray() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            ensure(1);
            bytes[size++] = '?';
        }
        return Arrays.copyOf(bytes, size);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
