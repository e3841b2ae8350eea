package io.diffpress.search;

import com.fasterxml.jackson.core.SerializableString;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A string escaped exactly as {@code JSON.stringify} escapes it, handed to Jackson's generator as a
 * {@link SerializableString} (the generator adds the quotes). Jackson's own escaping differs from
 * JavaScript's for lone surrogates (it can merge a lone high surrogate with the next character), and
 * the exact bytes are the point of this package. Also caches the encoded bytes of repeated names.
 */
final class JsonText implements SerializableString {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final String value;
    private final String escaped;
    private final byte[] escapedUtf8;

    JsonText(String value) {
        this.value = value;
        this.escaped = escape(value);
        // Every lone surrogate is escaped above, so the UTF-8 encoding is lossless.
        this.escapedUtf8 = escaped.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * JSON.stringify's QuoteJSONString without the quotes: short escapes for {@code " \ \b \f \n \r \t},
     * backslash-u escapes (lowercase hex) for other control characters and for unpaired surrogates.
     */
    static String escape(String s) {
        StringBuilder sb = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String replacement = null;
            if (c < 0x20 || c == '"' || c == '\\') {
                replacement = shortEscape(c);
            } else if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c)
                    ? i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))
                    : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
                if (!paired) {
                    replacement = unicodeEscape(c);
                }
            }
            if (replacement != null) {
                if (sb == null) {
                    sb = new StringBuilder(n + 16).append(s, 0, i);
                }
                sb.append(replacement);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static String shortEscape(char c) {
        switch (c) {
            case '"': return "\\\"";
            case '\\': return "\\\\";
            case '\b': return "\\b";
            case '\f': return "\\f";
            case '\n': return "\\n";
            case '\r': return "\\r";
            case '\t': return "\\t";
            default: return unicodeEscape(c);
        }
    }

    private static String unicodeEscape(char c) {
        return new String(new char[] {'\\', 'u', HEX[c >> 12], HEX[(c >> 8) & 0xF], HEX[(c >> 4) & 0xF], HEX[c & 0xF]});
    }

    @Override
    public String getValue() {
        return value;
    }

    @Override
    public int charLength() {
        return value.length();
    }

    @Override
    public char[] asQuotedChars() {
        return escaped.toCharArray();
    }

    @Override
    public byte[] asUnquotedUTF8() {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] asQuotedUTF8() {
        return escapedUtf8.clone();
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
        return copy(escapedUtf8, buffer, offset);
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
        int length = escaped.length();
        if (offset + length > buffer.length) {
            return -1;
        }
        escaped.getChars(0, length, buffer, offset);
        return length;
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
        return copy(asUnquotedUTF8(), buffer, offset);
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
        int length = value.length();
        if (offset + length > buffer.length) {
            return -1;
        }
        value.getChars(0, length, buffer, offset);
        return length;
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) throws IOException {
        out.write(escapedUtf8);
        return escapedUtf8.length;
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
        byte[] bytes = asUnquotedUTF8();
        out.write(bytes);
        return bytes.length;
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) {
        return put(escapedUtf8, buffer);
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) {
        return put(asUnquotedUTF8(), buffer);
    }

    private static int copy(byte[] source, byte[] buffer, int offset) {
        if (offset + source.length > buffer.length) {
            return -1;
        }
        System.arraycopy(source, 0, buffer, offset, source.length);
        return source.length;
    }

    private static int put(byte[] source, ByteBuffer buffer) {
        if (source.length > buffer.remaining()) {
            return -1;
        }
        buffer.put(source);
        return source.length;
    }

    @Override
    public String toString() {
        return value;
    }
}
