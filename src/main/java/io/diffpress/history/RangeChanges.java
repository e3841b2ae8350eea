package io.diffpress.history;

import java.util.List;

/** A compare range with the changed files of one section, sorted by path. */
public record RangeChanges(CompareRange range, String section, List<FileChange> files) {

    public RangeChanges {
        files = List.copyOf(files);
    }

    public int additions() {
        return files.stream().mapToInt(FileChange::additions).sum();
    }

    public int deletions() {
        return files.stream().mapToInt(FileChange::deletions).sum();
    }
}
