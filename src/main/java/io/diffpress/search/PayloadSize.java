package io.diffpress.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/** Size of a file as stored (raw) and as typically served (gzip, default level). */
public record PayloadSize(long raw, long gzip) {

    public static PayloadSize of(byte[] content) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(content.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PayloadSize(content.length, compressed.size());
    }

    public PayloadSize plus(PayloadSize other) {
        return new PayloadSize(raw + other.raw, gzip + other.gzip);
    }
}
