package io.diffpress.site;

import io.diffpress.Sha256;
import io.diffpress.content.ReportDocument;
import io.diffpress.search.LazyText;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A report's search prose ({@link ReportProse}) with the SHA-256 of its UTF-8 bytes. A report parsed by this build
 * holds its prose in memory; one taken from the {@link ContentCache} holds only the digest, and its prose is made
 * again from the report's body, read again from its file, if the search index must build the part that holds it.
 * The cache then stays small (the prose of 10,000 reports is 140 MB, which every rebuild would read back and the
 * garbage collector copy), and a rebuild whose parts are unchanged neither reads nor digests any prose.
 */
final class ProseText {

    private final byte[] sha256;
    private final String text; // null: made from the body when asked for
    private final ReportDocument report; // whose body it is made from; null when the text is given or unbound

    private ProseText(byte[] sha256, String text, ReportDocument report) {
        if (sha256.length != 32) {
            throw new IllegalArgumentException("a SHA-256 digest has 32 bytes");
        }
        this.sha256 = sha256;
        this.text = text;
        this.report = report;
    }

    static ProseText of(String text) {
        return new ProseText(Sha256.digest().digest(text.getBytes(StandardCharsets.UTF_8)), text, null);
    }

    /** Prose known by its digest alone, as the cache stores it: {@link #from} says which body it is made from. */
    static ProseText digest(byte[] sha256) {
        return new ProseText(sha256.clone(), null, null);
    }

    /** This prose, made when asked for from {@code report}'s body if it is known only by its digest. */
    ProseText from(ReportDocument report) {
        return text != null ? this : new ProseText(sha256, null, Objects.requireNonNull(report));
    }

    byte[] sha256() {
        return sha256.clone();
    }

    String text() {
        if (text != null) {
            return text;
        }
        if (report == null) {
            throw new IllegalStateException("prose known by its digest only, not bound to a report's body");
        }
        // The body checks that it is the one whose digest the cache holds; its prose is then the one digested
        // (the cache is keyed by the code of ReportProse), unless the cache lies: say so rather than index it.
        String made = ReportProse.of(report.body());
        if (!MessageDigest.isEqual(sha256, Sha256.digest().digest(made.getBytes(StandardCharsets.UTF_8)))) {
            throw new IllegalStateException("content/" + report.source() + ": the prose made from its body is not the"
                    + " one the content cache knew; delete .diffpress/cache and build again");
        }
        return made;
    }

    LazyText lazy() {
        return new LazyText(sha256, this::text);
    }
}
