package io.diffpress.site;

/**
 * The appends of a StringBuilder, encoded to UTF-8 as they come, for markup made in Java that a template prints
 * ({@link Utf8Html}): made as a string, it was copied as it grew, again by toString, and again as bytes.
 */
final class Utf8Builder {

    /** Each thread's buffer for small markup (a list's entry), which a builder then takes only the bytes of. */
    private static final ThreadLocal<Utf8Writer> SCRATCH = ThreadLocal.withInitial(() -> new Utf8Writer(8 * 1024));

    private final Utf8Writer writer;

    /** A builder with a buffer of its own, of {@code capacity} bytes: for large markup. */
    Utf8Builder(int capacity) {
        writer = new Utf8Writer(capacity);
        writer.reset();
    }

    private Utf8Builder(Utf8Writer writer) {
        this.writer = writer;
        writer.reset();
    }

    /** A builder in this thread's buffer, until {@link #toHtml}: for small markup, made often. */
    static Utf8Builder small() {
        Utf8Writer scratch = SCRATCH.get();
        return new Utf8Builder(scratch.inUse() ? new Utf8Writer(8 * 1024) : scratch);
    }

    Utf8Builder append(String s) {
        writer.write(s, 0, s.length());
        return this;
    }

    Utf8Builder append(char c) {
        writer.write(c);
        return this;
    }

    Utf8Builder append(int n) {
        return append(Integer.toString(n));
    }

    /** What was appended; the builder is done with its buffer. */
    Utf8Html toHtml() {
        try {
            return writer.toHtml();
        } finally {
            writer.release();
        }
    }
}
