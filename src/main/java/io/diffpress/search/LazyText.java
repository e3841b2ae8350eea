package io.diffpress.search;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A field's text known up front only by its SHA-256, and read when a part that holds it must be planned or built.
 * A rebuild whose parts are unchanged then never reads (nor digests) the text: a report's prose is most of the
 * index's input. The caller promises that {@code sha256} is the digest of the UTF-8 bytes of what {@code text}
 * gives; the digest stands for the text in the part cache's keys.
 */
public record LazyText(byte[] sha256, Supplier<String> text) {

    public LazyText {
        Objects.requireNonNull(text, "text");
        if (sha256 == null || sha256.length != 32) {
            throw new IllegalArgumentException("a SHA-256 digest has 32 bytes");
        }
        sha256 = sha256.clone();
    }

    /** A text given now, digested here. */
    public static LazyText of(String text) {
        byte[] sha = io.diffpress.Sha256.digest().digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new LazyText(sha, () -> text);
    }

    @Override
    public byte[] sha256() {
        return sha256.clone();
    }
}
