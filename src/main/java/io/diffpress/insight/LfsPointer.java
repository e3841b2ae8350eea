package io.diffpress.insight;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Git LFS pointer files: the few lines git keeps in place of a large file that LFS stores elsewhere
 * ({@code version https://git-lfs.github.com/spec/v1}, {@code oid sha256:…}, {@code size …}). Read as text they
 * look like a paragraph; what they say is which stored file the path now stands for.
 */
final class LfsPointer {

    /** The spec's pointer: the version line first, then keys in order, oid and size among them; at most 1 kB. */
    private static final Pattern POINTER = Pattern.compile(
            "version https://git-lfs\\.github\\.com/spec/v1\\n(?:[a-z0-9.-]+ [^\\n]*\\n)*?oid sha256:([0-9a-f]{64})\\n(?:[a-z0-9.-]+ [^\\n]*\\n)*?size ([0-9]{1,15})\\n(?:[a-z0-9.-]+ [^\\n]*\\n)*");
    private static final int MAX_POINTER = 1024;

    private LfsPointer() {
    }

    /** The stored file's id (12 hex digits) and size, when the text is a pointer. */
    record Stored(String object, long size) {
    }

    static Optional<Stored> read(String text) {
        if (text.length() > MAX_POINTER || !text.startsWith("version https://git-lfs.github.com/spec/v1\n")) {
            return Optional.empty();
        }
        Matcher m = POINTER.matcher(text);
        return m.matches() ? Optional.of(new Stored(m.group(1).substring(0, 12), Long.parseLong(m.group(2)))) : Optional.empty();
    }

    /**
     * The change of the stored file when both versions are pointers, or one is and the other side is empty (added or
     * removed); empty otherwise (a text that became a pointer, or stopped being one, is told as text).
     */
    static Optional<Fact> change(String before, String after) {
        return change(before, after, false);
    }

    /** {@link #change(String, String)}; {@code moved}: the other side is the file's own bytes, not a file added or removed. */
    static Optional<Fact> change(String before, String after, boolean moved) {
        if (before.equals(after)) {
            return Optional.empty(); // the same pointer: its mode changed, which FactFinder tells
        }
        Optional<Stored> a = read(before);
        Optional<Stored> b = read(after);
        if ((a.isPresent() || before.isEmpty()) && (b.isPresent() || after.isEmpty()) && (a.isPresent() || b.isPresent())) {
            return Optional.of(new Fact.LfsPointerChanged(a.map(Stored::object).orElse(""), a.map(Stored::size).orElse(0L),
                    b.map(Stored::object).orElse(""), b.map(Stored::size).orElse(0L), moved));
        }
        return Optional.empty();
    }
}
