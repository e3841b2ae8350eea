package io.diffpress.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The heading anchor of a file in a report: "item-" and the first 6 hex digits of the MD5 of its path. */
public final class ItemAnchor {

    private ItemAnchor() {
    }

    public static String of(String path) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(path.getBytes(StandardCharsets.UTF_8));
            return "item-" + HexFormat.of().formatHex(digest).substring(0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }
}
