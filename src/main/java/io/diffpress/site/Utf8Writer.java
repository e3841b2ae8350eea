package io.diffpress.site;

import io.pebbletemplates.pebble.extension.writer.SpecializedWriter;
import io.pebbletemplates.pebble.utils.StringUtils;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A writer that encodes to UTF-8 bytes as it goes, for rendering a page straight into its file's bytes. A
 * page with a single character beyond Latin-1 (the default theme's "−") made the StringWriter's text two bytes
 * a character, copied three times and encoded at the end, which cost more than rendering the page. A lone
 * surrogate becomes '?', as {@code String.getBytes} makes it. Not thread-safe, not synchronized.
 * <p>
 * Pebble prints a value through {@link #write(Object)} (a {@link SpecializedWriter}), so HTML held as UTF-8
 * ({@link Utf8Html}) is copied as bytes; every other value is written as the text Pebble makes of it otherwise.
 */
final class Utf8Writer extends Writer implements SpecializedWriter {

    /** Strings at least this long are encoded by the JDK at once. */
    private static final int LONG = 64;

    private byte[] bytes;
    private int size;
    private char pendingHigh;

    Utf8Writer() {
        this(16 * 1024);
    }

    /** A writer whose buffer starts with room for {@code capacity} bytes. */
    Utf8Writer(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    /** What Pebble prints: HTML held as UTF-8 as its bytes, anything else as Pebble's text of it. */
    @Override
    public void write(Object value) {
        if (value instanceof Utf8Html html && pendingHigh == 0) {
            // (after a lone high surrogate, as text: the pair it may make with the HTML's first character is the text's)
            byte[] utf8 = html.bytes();
            ensure(utf8.length);
            System.arraycopy(utf8, 0, bytes, size, utf8.length);
            size += utf8.length;
        } else {
            text(StringUtils.toString(value));
        }
    }

    @Override
    public void writeSpecialized(int i) {
        text(Integer.toString(i));
    }

    @Override
    public void writeSpecialized(long l) {
        text(Long.toString(l));
    }

    @Override
    public void writeSpecialized(double d) {
        text(Double.toString(d));
    }

    @Override
    public void writeSpecialized(float f) {
        text(Float.toString(f));
    }

    @Override
    public void writeSpecialized(short s) {
        text(Short.toString(s));
    }

    @Override
    public void writeSpecialized(byte b) {
        text(Byte.toString(b));
    }

    @Override
    public void writeSpecialized(char c) {
        write(c);
    }

    @Override
    public void writeSpecialized(String s) {
        text(s);
    }

    private void text(String s) {
        write(s, 0, s.length());
    }

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

    /** The bytes written as HTML a template prints as it is. */
    Utf8Html toHtml() {
        return new Utf8Html(toByteArray());
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
