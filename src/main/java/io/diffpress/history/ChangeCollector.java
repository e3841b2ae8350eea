package io.diffpress.history;

import io.diffpress.DiffpressException;
import io.diffpress.Stage;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Computes the changed files between two commits as {@code git diff -M --numstat} does:
 * rename detection at git's default 50% similarity and rename limit, binary files detected
 * by git's rule (a NUL byte in the first 8000 bytes), and line counts from a Myers diff.
 */
final class ChangeCollector {

    /** git's buffer_is_binary looks at this many leading bytes. */
    private static final int BINARY_PROBE = 8000;
    /** Texts larger than this are not handed to the insight stage (counts stay exact). */
    private static final int MAX_TEXT_BYTES = 2 * 1024 * 1024;
    private static final int RENAME_SCORE = 50;
    private static final int RENAME_LIMIT = 1000;

    private final Repository repository;
    private final int maxDiffLines;
    private final DiffAlgorithm algorithm = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.MYERS);

    ChangeCollector(Repository repository, int maxDiffLines) {
        this.repository = repository;
        this.maxDiffLines = maxDiffLines;
    }

    /** All changed files between {@code base} (empty for the empty tree) and {@code head}, sorted by path. */
    List<FileChange> changes(Optional<String> base, String head) {
        try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            AbstractTreeIterator oldTree = base.isPresent()
                    ? tree(reader, walk, base.get()) : new EmptyTreeIterator();
            AbstractTreeIterator newTree = tree(reader, walk, head);
            List<DiffEntry> entries;
            try (TreeWalk treeWalk = new TreeWalk(repository, reader)) {
                treeWalk.setRecursive(true);
                treeWalk.setFilter(TreeFilter.ANY_DIFF);
                treeWalk.addTree(oldTree);
                treeWalk.addTree(newTree);
                entries = DiffEntry.scan(treeWalk);
            }
            RenameDetector renames = new RenameDetector(reader, repository.getConfig().get(org.eclipse.jgit.diff.DiffConfig.KEY));
            renames.setRenameScore(RENAME_SCORE);
            renames.setRenameLimit(RENAME_LIMIT);
            renames.addAll(entries);
            entries = renames.compute(reader, null);
            List<FileChange> changes = new ArrayList<>(entries.size());
            for (DiffEntry entry : entries) {
                changes.add(change(reader, entry));
            }
            changes.sort(Comparator.comparing(FileChange::path));
            return changes;
        } catch (MissingObjectException e) {
            throw DiffpressException.input(Stage.HISTORY, "object " + e.getObjectId().name() + " is missing from the repository "
                    + "(a partial or damaged clone?); fetch the full repository");
        } catch (org.eclipse.jgit.api.errors.CanceledException e) {
            throw DiffpressException.build(Stage.HISTORY, "rename detection was cancelled", e);
        } catch (IOException e) {
            throw DiffpressException.build(Stage.HISTORY, "cannot compare " + base.orElse("the empty tree") + " with " + head + ": " + e.getMessage(), e);
        }
    }

    private static AbstractTreeIterator tree(ObjectReader reader, RevWalk walk, String commit) throws IOException {
        CanonicalTreeParser parser = new CanonicalTreeParser();
        parser.reset(reader, walk.parseCommit(ObjectId.fromString(commit)).getTree());
        return parser;
    }

    private FileChange change(ObjectReader reader, DiffEntry entry) throws IOException {
        ChangeStatus status = switch (entry.getChangeType()) {
            case ADD -> ChangeStatus.ADDED;
            case DELETE -> ChangeStatus.REMOVED;
            case MODIFY -> ChangeStatus.MODIFIED;
            case RENAME -> ChangeStatus.RENAMED;
            case COPY -> ChangeStatus.COPIED;
        };
        String path = status == ChangeStatus.REMOVED ? entry.getOldPath() : entry.getNewPath();
        Optional<String> oldPath = status == ChangeStatus.RENAMED || status == ChangeStatus.COPIED
                ? Optional.of(entry.getOldPath()) : Optional.empty();
        FileMode mode = status == ChangeStatus.REMOVED ? entry.getOldMode() : entry.getNewMode();
        FileKind kind = mode == FileMode.GITLINK ? FileKind.SUBMODULE
                : mode == FileMode.SYMLINK ? FileKind.SYMLINK : FileKind.FILE;
        byte[] oldBytes = content(reader, entry.getOldMode(), entry.getOldId(), entry.getOldPath());
        byte[] newBytes = content(reader, entry.getNewMode(), entry.getNewId(), entry.getNewPath());
        int similarity = oldPath.isPresent() ? entry.getScore() : 100;
        if (isBinary(oldBytes) || isBinary(newBytes)) {
            return new FileChange(path, oldPath, status, similarity, kind, true, 0, 0, "", false,
                    Optional.empty(), Optional.empty());
        }
        RawText a = new RawText(oldBytes);
        RawText b = new RawText(newBytes);
        EditList edits = algorithm.diff(RawTextComparator.DEFAULT, a, b);
        int additions = 0;
        int deletions = 0;
        for (Edit edit : edits) {
            additions += edit.getLengthB();
            deletions += edit.getLengthA();
        }
        UnifiedDiff.Result diff = UnifiedDiff.format(a, b, edits, maxDiffLines);
        return new FileChange(path, oldPath, status, similarity, kind, false, additions, deletions,
                diff.text(), diff.cut(), text(oldBytes, entry.getOldMode()), text(newBytes, entry.getNewMode()));
    }

    private static byte[] content(ObjectReader reader, FileMode mode, AbbreviatedObjectId id, String path) throws IOException {
        if (mode == FileMode.MISSING) {
            return new byte[0];
        }
        if (mode == FileMode.GITLINK) {
            // git shows a submodule as one line naming the commit it points to.
            return ("Subproject commit " + id.name() + "\n").getBytes(StandardCharsets.US_ASCII);
        }
        try {
            return reader.open(id.toObjectId(), Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE);
        } catch (MissingObjectException e) {
            throw DiffpressException.input(Stage.HISTORY, "blob " + id.name() + " of " + path
                    + " is missing from the repository (a partial or damaged clone?); fetch the full repository");
        }
    }

    static boolean isBinary(byte[] bytes) {
        int n = Math.min(bytes.length, BINARY_PROBE);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> text(byte[] bytes, FileMode mode) {
        if (mode == FileMode.MISSING || mode == FileMode.GITLINK || bytes.length > MAX_TEXT_BYTES) {
            return Optional.empty();
        }
        return Optional.of(new String(bytes, StandardCharsets.UTF_8));
    }
}
