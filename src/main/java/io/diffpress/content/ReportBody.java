package io.diffpress.content;

import io.diffpress.DiffpressException;
import io.diffpress.Stage;

import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The Markdown body of a report and its SHA-256. A body is either held in memory, or only its hash is,
 * and the text is read from the report file again each time it is asked for: a site of ten thousand reports
 * then does not keep a quarter of a gigabyte of Markdown alive, and a rebuild that finds a page unchanged
 * never reads its body at all. A body read again must still have its hash, so a file edited during a build
 * fails the build instead of mixing two versions into one site.
 */
public final class ReportBody {

    private final String source;
    private final Supplier<String> reader;
    private final BooleanSupplier unchanged;
    private volatile String hash;
    private final String text;

    private ReportBody(String source, String text, String hash, Supplier<String> reader, BooleanSupplier unchanged) {
        this.source = source;
        this.text = text;
        this.hash = hash;
        this.reader = reader;
        this.unchanged = unchanged;
    }

    /** A body held in memory. */
    public static ReportBody of(String text) {
        return new ReportBody("", text, null, null, null);
    }

    /** A body held in memory whose hash is known: {@code hash} must be {@link #sha256(String)} of {@code text}. */
    static ReportBody hashed(String text, String hash) {
        return new ReportBody("", text, hash, null, null);
    }

    /**
     * A body read again when asked for.
     *
     * @param source the report's path under content/, for the error when the file changed
     * @param hash   {@link #hash()} of the body when its metadata was read
     * @param reader reads the body from the file
     */
    public static ReportBody stored(String source, String hash, Supplier<String> reader) {
        return stored(source, hash, reader, () -> false);
    }

    /**
     * A body read again when asked for, whose file can tell it is unchanged more cheaply than hashing the text.
     *
     * @param unchanged asked after each read: true only if the file is surely the one the hash was taken of;
     *                  when false the text read is hashed and compared
     */
    public static ReportBody stored(String source, String hash, Supplier<String> reader, BooleanSupplier unchanged) {
        return new ReportBody(source, null, hash, reader, unchanged);
    }

    /** SHA-256 of the body's UTF-8 bytes, in hex. */
    public String hash() {
        String h = hash;
        if (h == null) {
            h = sha256(text);
            hash = h;
        }
        return h;
    }

    public String text() {
        if (text != null) {
            return text;
        }
        String read = reader.get();
        if (!unchanged.getAsBoolean() && !sha256(read).equals(hash)) {
            throw DiffpressException.build(Stage.CONTENT, "content/" + source
                    + ": changed while the site was being built; run the build again", null);
        }
        return read;
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        return io.diffpress.Sha256.hex(bytes);
    }

    /** Bodies are equal when their texts are: same hash. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ReportBody other && hash().equals(other.hash());
    }

    @Override
    public int hashCode() {
        return hash().hashCode();
    }

    @Override
    public String toString() {
        return "ReportBody[" + hash() + "]";
    }
}
