package io.diffpress;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, the one digest of the project: report hashes, cache keys, page fingerprints, output files. */
public final class Sha256 {

    private Sha256() {
    }

    /** A new digest to feed. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The digest of these bytes in lower-case hex. */
    public static String hex(byte[] bytes) {
        return hex(bytes, 0, bytes.length);
    }

    /** The digest of {@code length} bytes from {@code offset} in lower-case hex. */
    public static String hex(byte[] bytes, int offset, int length) {
        MessageDigest sha = digest();
        sha.update(bytes, offset, length);
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The digest of the text's UTF-8 bytes in lower-case hex. */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }
}
