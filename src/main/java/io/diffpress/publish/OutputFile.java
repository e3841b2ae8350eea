package io.diffpress.publish;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One file of the built site: where it goes under the output folder and its bytes.
 * The path is checked here so that nothing can name a place outside the output folder.
 */
public record OutputFile(String path, byte[] content) {

    public OutputFile {
        Objects.requireNonNull(content, "content");
        check(path);
    }

    public static OutputFile text(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    static void check(String path) {
        if (path == null || path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("\0")
                || path.endsWith("/")) {
            throw new IllegalArgumentException("unsafe output path: " + path);
        }
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.chars().anyMatch(c -> c < 0x20)) {
                throw new IllegalArgumentException("unsafe output path: " + path);
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutputFile other && path.equals(other.path) && Arrays.equals(content, other.content);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "OutputFile[" + path + ", " + content.length + " bytes]";
    }
}
