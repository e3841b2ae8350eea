package io.diffpress.history;

import java.util.List;

/**
 * A compare range with the changed files of one section, sorted by path, and the range's commits that changed one of
 * them (oldest first), which is what the section's report lists.
 */
public record RangeChanges(CompareRange range, String section, List<FileChange> files, List<CommitInfo> commits) {

    public RangeChanges {
        files = List.copyOf(files);
        commits = List.copyOf(commits);
    }

    public int additions() {
        return files.stream().mapToInt(FileChange::additions).sum();
    }

    public int deletions() {
        return files.stream().mapToInt(FileChange::deletions).sum();
    }
}
