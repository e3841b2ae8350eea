package io.diffpress;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Names that become files or folders: one rule for keeping them within what file systems take. */
public final class FileNames {

    private FileNames() {
    }

    /**
     * The nearest existing path above {@code path} when it is no folder (a file, or a link that leads to none): no
     * folder can be made at {@code path} ("notes.txt/site"), which is to be told before any work rather than as a
     * failed write after it.
     */
    /**
     * Where a path really is: its deepest folder that exists with its symbolic links followed, then the rest of it. So
     * `self/content`, with `self` a link to the portal, is known as the content folder (an audit found an output folder
     * named so written into it).
     */
    public static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !java.nio.file.Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (java.io.IOException e) {
            return absolute;
        }
    }

    public static Optional<Path> fileAbove(Path path) {
        for (Path up = path.toAbsolutePath().normalize().getParent(); up != null; up = up.getParent()) {
            if (Files.exists(up, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return Files.isDirectory(up) ? Optional.empty() : Optional.of(up);
            }
        }
        return Optional.empty();
    }

    /**
     * {@code name} when its UTF-8 form has at most {@code maxBytes} bytes; else its start, cut at a character, then
     * "-" and ten hex digits of the SHA-256 of {@code whole} (what the name was made from), so that two long names
     * cut alike still differ. The result has at most {@code maxBytes} bytes.
     */
    public static String fitted(String name, String whole, int maxBytes) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return name;
        }
        StringBuilder cut = new StringBuilder();
        int size = 0;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            int n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            if (size + n > maxBytes - 11) {
                break;
            }
            cut.appendCodePoint(c);
            size += n;
            i += Character.charCount(c);
        }
        return cut + "-" + Sha256.hex(whole).substring(0, 10);
    }
}
