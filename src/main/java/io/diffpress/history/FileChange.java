package io.diffpress.history;

import java.util.Optional;

/**
 * One changed file of a compare range, as {@code git diff -M --numstat} sees it.
 *
 * @param path        the path in the head tree (the old path for a removed file)
 * @param oldPath     the path in the base tree when the file was renamed or copied
 * @param status      added, modified, removed, renamed, copied or type changed (git's T, e.g. a file
 *                    that became a symlink: the new kind, with the content diff's counts as numstat prints them)
 * @param similarity  rename similarity in percent as git prints it after R (R087 is 87), 100 otherwise
 * @param kind        regular file, symlink or submodule (in the head tree, or the base tree when removed)
 * @param binary      true when git would print "-" for the counts
 * @param additions   lines added (A), 0 for binary files
 * @param deletions   lines deleted (D), 0 for binary files
 * @param diff        the unified diff hunks (from the first "@@"), possibly cut, empty for binary files
 * @param diffCut     true when {@code diff} was cut because it was longer than the configured limit
 * @param oldText     the base version as text, empty when absent, binary or too large (in a change of text to binary
 *                    content, or back, the side that is text keeps its text)
 * @param newText     the head version as text, empty when absent, binary or too large
 * @param missing     the file's contents are missing from the repository (partial clone) and were skipped
 * @param edits       the line diff the hunks were written from, over the two versions' lines; empty when no
 *                    diff was computed (binary, same content, a skipped blob, or a change read from a patch)
 * @param mode        whether the file was made executable or no longer is (git's "old mode / new mode")
 */
public record FileChange(
        String path,
        Optional<String> oldPath,
        ChangeStatus status,
        int similarity,
        FileKind kind,
        boolean binary,
        int additions,
        int deletions,
        String diff,
        boolean diffCut,
        Optional<String> oldText,
        Optional<String> newText,
        boolean missing,
        Optional<LineEdits> edits,
        ModeChange mode) {

    /** A change of contents with the mode it had. */
    public FileChange(String path, Optional<String> oldPath, ChangeStatus status, int similarity, FileKind kind,
                      boolean binary, int additions, int deletions, String diff, boolean diffCut,
                      Optional<String> oldText, Optional<String> newText, boolean missing, Optional<LineEdits> edits) {
        this(path, oldPath, status, similarity, kind, binary, additions, deletions, diff, diffCut, oldText, newText, missing,
                edits, ModeChange.NONE);
    }

    /** A change whose contents could be read (the usual case). */
    public FileChange(String path, Optional<String> oldPath, ChangeStatus status, int similarity, FileKind kind,
                      boolean binary, int additions, int deletions, String diff, boolean diffCut,
                      Optional<String> oldText, Optional<String> newText) {
        this(path, oldPath, status, similarity, kind, binary, additions, deletions, diff, diffCut, oldText, newText, false);
    }

    /** A change without the line diff its hunks were written from. */
    public FileChange(String path, Optional<String> oldPath, ChangeStatus status, int similarity, FileKind kind,
                      boolean binary, int additions, int deletions, String diff, boolean diffCut,
                      Optional<String> oldText, Optional<String> newText, boolean missing) {
        this(path, oldPath, status, similarity, kind, binary, additions, deletions, diff, diffCut, oldText, newText, missing,
                Optional.empty());
    }

    /** A change whose blob is missing (partial clone) and that was skipped: no counts, no diff. */
    static FileChange skipped(String path, ChangeStatus status, FileKind kind) {
        return new FileChange(path, Optional.empty(), status, 100, kind, false, 0, 0, "", false,
                Optional.empty(), Optional.empty(), true);
    }

    /** This change, with the file's mode changed as given. */
    public FileChange withMode(ModeChange change) {
        return new FileChange(path, oldPath, status, similarity, kind, binary, additions, deletions, diff, diffCut,
                oldText, newText, missing, edits, change);
    }

    /** M = A + D, the number of changed lines. */
    public int changes() {
        return additions + deletions;
    }

    /** The last segment of {@link #path()}. */
    public String fileName() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** A diff holds at most this many bytes for each line of the limit on its lines (500 kB at the default 5,000). */
    public static final int DIFF_BYTES_PER_LINE = 100;
}
