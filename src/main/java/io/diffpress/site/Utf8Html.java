package io.diffpress.site;

import io.pebbletemplates.pebble.extension.escaper.SafeString;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * HTML a template prints as it is, held as UTF-8: a {@link Utf8Writer} copies its bytes into the page, any other writer
 * gets its text. For markup made in Java and printed on many pages (a report's entry in a list) or long (a document's
 * history rows): held as text, each print had made a copy of it as bytes, a fifth of what a rebuild allocated.
 */
final class Utf8Html extends SafeString {

    private final byte[] utf8;

    /** The bytes are taken, not copied: the caller does not change them afterwards. */
    Utf8Html(byte[] utf8) {
        super("");
        this.utf8 = utf8;
    }

    static Utf8Html of(String html) {
        return new Utf8Html(html.getBytes(StandardCharsets.UTF_8));
    }

    /** The bytes themselves, not a copy: not to be changed. */
    byte[] bytes() {
        return utf8;
    }

    @Override
    public String toString() {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Utf8Html other && Arrays.equals(other.utf8, utf8);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(utf8);
    }
}
