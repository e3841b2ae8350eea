package io.diffpress.insight;

import io.diffpress.history.ChangeStatus;
import io.diffpress.history.FileChange;
import io.diffpress.history.FileKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** FileChange values for tests, with line counts computed the way git counts them. */
final class Changes {

    private Changes() {
    }

    static FileChange modified(String path, String before, String after) {
        return text(path, ChangeStatus.MODIFIED, Optional.of(before), Optional.of(after), "");
    }

    static FileChange added(String path, String text) {
        return text(path, ChangeStatus.ADDED, Optional.empty(), Optional.of(text), "");
    }

    static FileChange removed(String path, String text) {
        return text(path, ChangeStatus.REMOVED, Optional.of(text), Optional.empty(), "");
    }

    static FileChange text(String path, ChangeStatus status, Optional<String> before, Optional<String> after, String diff) {
        LineDiff d = LineDiff.of(before.orElse("").lines().toList(), after.orElse("").lines().toList());
        return new FileChange(path, Optional.empty(), status, 100, FileKind.FILE, false,
                d.addedCount(), d.removedCount(), diff, false, before, after);
    }

    static FileChange renamed(String oldPath, String path, String before, String after, int similarity) {
        FileChange c = modified(path, before, after);
        return new FileChange(path, Optional.of(oldPath), ChangeStatus.RENAMED, similarity, FileKind.FILE, false,
                c.additions(), c.deletions(), "", false, c.oldText(), c.newText());
    }

    static FileChange copied(String oldPath, String path, String before, String after, int similarity) {
        FileChange c = modified(path, before, after);
        return new FileChange(path, Optional.of(oldPath), ChangeStatus.COPIED, similarity, FileKind.FILE, false,
                c.additions(), c.deletions(), "", false, c.oldText(), c.newText());
    }

    static FileChange binary(String path, ChangeStatus status) {
        return new FileChange(path, Optional.empty(), status, 100, FileKind.FILE, true, 0, 0, "", false,
                Optional.empty(), Optional.empty());
    }

    /** A binary file renamed, its bytes as similar as given (100: the same). */
    static FileChange binaryRenamed(String oldPath, String path, int similarity) {
        return new FileChange(path, Optional.of(oldPath), ChangeStatus.RENAMED, similarity, FileKind.FILE, true, 0, 0, "", false,
                Optional.empty(), Optional.empty());
    }

    /** One of the six example files: its before/after texts, and the diff shown in the report. */
    static FileChange example(String name, boolean withTexts) {
        String dir = "example/";
        String diff = resource(dir + name + ".diff");
        int added = 0;
        int deleted = 0;
        for (String line : diff.split("\n")) {
            if (line.startsWith("+")) {
                added++;
            } else if (line.startsWith("-")) {
                deleted++;
            }
        }
        Optional<String> before = withTexts ? Optional.of(resource(dir + name + ".before.md")) : Optional.empty();
        Optional<String> after = withTexts ? Optional.of(resource(dir + name + ".after.md")) : Optional.empty();
        return new FileChange("articles/ai-services/openai/" + name + ".md", Optional.empty(), ChangeStatus.MODIFIED, 100,
                FileKind.FILE, false, added, deleted, diff, false, before, after);
    }

    static String resource(String name) {
        try (InputStream in = Changes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
