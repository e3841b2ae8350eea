package io.diffpress.site;

import io.diffpress.Sha256;
import io.diffpress.search.LazyText;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A report's search prose ({@link ReportProse}) as UTF-8 bytes with their SHA-256: encoded once when the report is
 * parsed, or a slice of the content cache file. The search index reads it only for the parts it must build, so a
 * rebuild does not decode the prose of every report (most of the cache's bytes) nor digest it again.
 */
final class ProseText {

    private final byte[] bytes;
    private final int offset;
    private final int length;
    private final byte[] sha256;

    private ProseText(byte[] bytes, int offset, int length, byte[] sha256) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        this.bytes = bytes;
        this.offset = offset;
        this.length = length;
        this.sha256 = sha256;
    }

    static ProseText of(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return new ProseText(utf8, 0, utf8.length, Sha256.digest().digest(utf8));
    }

    /** Prose stored in {@code bytes} at {@code offset}, whose digest was stored with it. */
    static ProseText stored(byte[] bytes, int offset, int length, byte[] sha256) {
        return new ProseText(bytes, offset, length, sha256.clone());
    }

    String text() {
        return new String(bytes, offset, length, StandardCharsets.UTF_8);
    }

    LazyText lazy() {
        return new LazyText(sha256, this::text);
    }

    /** The digest, then the length and the bytes: what {@link #stored} is given back. */
    void write(DataOutputStream out) throws IOException {
        out.write(sha256);
        out.writeInt(length);
        out.write(bytes, offset, length);
    }
}
