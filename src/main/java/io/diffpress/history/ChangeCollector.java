package io.diffpress.history;

import io.diffpress.DiffpressException;
import io.diffpress.Stage;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Computes the changed files between two commits as {@code git diff -M --numstat} and
 * {@code --name-status} of git 2.39 report them: git's rename detection ({@link RenameMatcher}),
 * git's binary rule, and git's line diff ({@link LineDiff}) for the counts and hunks.
 * <p>
 * A type change (file to symlink and the like, git's {@code T}) is one TYPE_CHANGED change whose
 * kind is the new one, with counts and hunks of the content diff, as numstat counts it.
 */
final class ChangeCollector {

    /** Texts larger than this are not handed to the insight stage (counts stay exact). */
    private static final int MAX_TEXT_BYTES = 2 * 1024 * 1024;
    /** git's core.bigFileThreshold default: larger blobs are binary without looking. */
    private static final long DEFAULT_BIG_FILE_THRESHOLD = 512L * 1024 * 1024;
    /** Blob bytes kept between rename detection and the line diff of one range. */
    private static final long KEEP_BUDGET = 64L * 1024 * 1024;

    private final Repository repository;
    private final int maxDiffLines;
    private final boolean skipMissing;
    private final int renameLimit;
    private final long bigFileThreshold;
    private final boolean indentHeuristic;
    /** The generate command computes ranges on several threads; each gets its own counting table. */
    private final ThreadLocal<SpanHash.Builder> spanHashes = ThreadLocal.withInitial(SpanHash.Builder::new);

    ChangeCollector(Repository repository, int maxDiffLines, boolean skipMissing) {
        this.repository = repository;
        this.maxDiffLines = maxDiffLines;
        this.skipMissing = skipMissing;
        Config config = repository.getConfig();
        // The settings git diff reads that change what it reports.
        this.renameLimit = config.getInt("diff", "renameLimit", RenameMatcher.DEFAULT_RENAME_LIMIT);
        this.bigFileThreshold = config.getLong("core", "bigFileThreshold", DEFAULT_BIG_FILE_THRESHOLD);
        this.indentHeuristic = config.getBoolean("diff", "indentHeuristic", true);
    }

    /**
     * The paths that differ between the two trees (a renamed file gives its old and its new path),
     * without reading any file: a tree walk that skips identical subtrees.
     */
    List<String> changedPaths(Optional<String> base, String head) {
        try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader);
             TreeWalk treeWalk = new TreeWalk(repository, reader)) {
            treeWalk.setRecursive(true);
            treeWalk.setFilter(TreeFilter.ANY_DIFF);
            treeWalk.addTree(base.isPresent() ? tree(reader, walk, base.get()) : new EmptyTreeIterator());
            treeWalk.addTree(tree(reader, walk, head));
            List<String> paths = new ArrayList<>();
            while (treeWalk.next()) {
                paths.add(GitPaths.of(treeWalk));
            }
            return paths;
        } catch (MissingObjectException e) {
            throw missing(e.getObjectId(), Optional.empty());
        } catch (IOException e) {
            throw cannotCompare(base, head, e);
        }
    }

    /**
     * Which of {@code paths} each commit changed against its first parent (a root commit, or the first commit of a
     * shallow clone, against the empty tree): a tree walk per commit that visits only the subtrees on those paths.
     * A commit whose trees are not in the clone counts as having changed all of them (it cannot be told otherwise).
     * With {@code firstOnly}, each commit's walk stops at the first of them it changed: whether it changed any is all
     * that is known then (what one section holding every changed file needs, at a fraction of the walk).
     */
    List<java.util.Set<String>> pathsChangedByEach(List<String> commits, java.util.Collection<String> paths, boolean firstOnly) {
        List<java.util.Set<String>> result = new ArrayList<>(commits.size());
        // a path filter matches UTF-8 bytes: a name that was not UTF-8 is found by walking every change instead
        java.util.Set<String> wanted = new java.util.HashSet<>(paths);
        TreeFilter filter = paths.stream().anyMatch(GitPaths::replaced) ? TreeFilter.ANY_DIFF
                : org.eclipse.jgit.treewalk.filter.AndTreeFilter.create(
                org.eclipse.jgit.treewalk.filter.PathFilterGroup.createFromStrings(paths), TreeFilter.ANY_DIFF);
        try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader);
             TreeWalk treeWalk = new TreeWalk(repository, reader)) {
            treeWalk.setRecursive(true);
            for (String sha : commits) {
                java.util.Set<String> changed = new java.util.HashSet<>();
                try {
                    org.eclipse.jgit.revwalk.RevCommit commit = walk.parseCommit(ObjectId.fromString(sha));
                    treeWalk.reset();
                    treeWalk.setFilter(filter);
                    if (commit.getParentCount() > 0) {
                        treeWalk.addTree(walk.parseCommit(commit.getParent(0)).getTree());
                    } else {
                        treeWalk.addTree(new EmptyTreeIterator());
                    }
                    treeWalk.addTree(commit.getTree());
                    while (treeWalk.next()) {
                        String path = GitPaths.of(treeWalk);
                        if (wanted.contains(path)) {
                            changed.add(path);
                            if (firstOnly) {
                                break;
                            }
                        }
                    }
                } catch (MissingObjectException e) {
                    changed.addAll(paths);
                }
                result.add(changed);
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All changed files between {@code base} (empty for the empty tree) and {@code head}, sorted by path. */
    List<FileChange> changes(Optional<String> base, String head) {
        // Declared outside the try so that a missing-object error can name the file.
        List<PathVersion[]> modified = new ArrayList<>();
        List<PathVersion> deleted = new ArrayList<>();
        List<PathVersion> added = new ArrayList<>();
        try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            AbstractTreeIterator oldTree = base.isPresent() ? tree(reader, walk, base.get()) : new EmptyTreeIterator();
            AbstractTreeIterator newTree = tree(reader, walk, head);
            try (TreeWalk treeWalk = new TreeWalk(repository, reader)) {
                treeWalk.setRecursive(true);
                treeWalk.setFilter(TreeFilter.ANY_DIFF);
                treeWalk.addTree(oldTree);
                treeWalk.addTree(newTree);
                // TreeWalk visits paths in git's tree order, the order diffcore-rename's tie-breaks rely on.
                while (treeWalk.next()) {
                    String path = GitPaths.of(treeWalk);
                    PathVersion before = new PathVersion(path, treeWalk.getRawMode(0), treeWalk.getObjectId(0));
                    PathVersion after = new PathVersion(path, treeWalk.getRawMode(1), treeWalk.getObjectId(1));
                    if (!before.present()) {
                        added.add(after);
                    } else if (!after.present()) {
                        deleted.add(before);
                    } else {
                        modified.add(new PathVersion[]{before, after});
                    }
                }
            }
            List<FileChange> skipped = new ArrayList<>();
            if (skipMissing) {
                skipped.addAll(withoutContents(reader, added, deleted, modified));
            }
            RangeBlobs blobs = new RangeBlobs(reader, spanHashes.get(), KEEP_BUDGET);
            RenameMatcher.Pairing pairing = new RenameMatcher(blobs, renameLimit).match(deleted, added);

            List<FileChange> changes = new ArrayList<>(modified.size() + deleted.size() + added.size());
            boolean[] deletedIsSource = new boolean[deleted.size()];
            for (int d = 0; d < added.size(); d++) {
                int source = pairing.sourceOf()[d];
                if (source >= 0) {
                    deletedIsSource[source] = true;
                    changes.add(change(blobs, deleted.get(source), added.get(d), pairing.scoreOf()[d]));
                } else {
                    changes.add(change(blobs, null, added.get(d), 0));
                }
            }
            for (int s = 0; s < deleted.size(); s++) {
                if (!deletedIsSource[s]) {
                    changes.add(change(blobs, deleted.get(s), null, 0));
                }
            }
            for (PathVersion[] pair : modified) {
                changes.add(change(blobs, pair[0], pair[1], 0));
            }
            changes.addAll(skipped);
            changes.sort(Comparator.comparing(FileChange::path));
            return changes;
        } catch (MissingObjectException e) {
            throw missing(e.getObjectId(), pathOf(e.getObjectId(), added, deleted, modified));
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof MissingObjectException m) {
                throw missing(m.getObjectId(), pathOf(m.getObjectId(), added, deleted, modified));
            }
            if (e.getCause() instanceof org.eclipse.jgit.errors.CorruptObjectException c) {
                throw corrupt(c, added, deleted, modified);
            }
            throw cannotCompare(base, head, e.getCause());
        } catch (org.eclipse.jgit.errors.CorruptObjectException e) {
            throw corrupt(e, added, deleted, modified);
        } catch (IOException e) {
            throw cannotCompare(base, head, e);
        }
    }

    private static final java.util.regex.Pattern OBJECT_ID = java.util.regex.Pattern.compile("\\b[0-9a-f]{40}\\b");

    /**
     * A damaged object of the store (its bytes no longer inflate), named with the file it is a version of, as a missing one
     * is: a problem of the repository given, not of the tool (an audit found the path left out).
     */
    private static DiffpressException corrupt(org.eclipse.jgit.errors.CorruptObjectException e, List<PathVersion> added,
                                              List<PathVersion> deleted, List<PathVersion[]> modified) {
        java.util.regex.Matcher id = OBJECT_ID.matcher(String.valueOf(e.getMessage()));
        Optional<String> path = id.find() ? pathOf(ObjectId.fromString(id.group()), added, deleted, modified) : Optional.empty();
        return DiffpressException.input(Stage.HISTORY, (id.find(0) ? "object " + id.group() : "an object")
                + path.map(p -> " (" + p + ")").orElse("") + " is corrupt in the repository (" + e.getMessage()
                + "); run 'git fsck' there to see what is damaged, and clone the repository again");
    }

    /** The path of the file whose blob is {@code id}, for the error message; empty for a tree or commit. */
    private static Optional<String> pathOf(ObjectId id, List<PathVersion> added, List<PathVersion> deleted,
                                           List<PathVersion[]> modified) {
        return java.util.stream.Stream.of(added.stream(), deleted.stream(), modified.stream().flatMap(java.util.Arrays::stream))
                .flatMap(s -> s).filter(v -> v.id().equals(id)).map(PathVersion::path).findFirst();
    }

    private static DiffpressException missing(ObjectId id, Optional<String> path) {
        return DiffpressException.input(Stage.HISTORY, "object " + id.name() + path.map(p -> " (" + p + ")").orElse("")
                + " is missing from the repository (a partial or damaged clone?); fetch the full repository, or set "
                + "repository.missingObjects: skip to report such files without their contents");
    }

    /**
     * Takes out the files whose blobs a partial clone lacks, and tells what the trees alone tell of them, as git does
     * without fetching: an exact rename (the same blob under another path, paired by rename detection's exact step among
     * such files), a change of mode or type with the same blob (no line changed), a type change ({@code T}). The rest
     * are known by status only ({@link FileChange#skipped}).
     */
    private List<FileChange> withoutContents(ObjectReader reader, List<PathVersion> added, List<PathVersion> deleted,
                                             List<PathVersion[]> modified) {
        List<FileChange> changes = new ArrayList<>();
        List<PathVersion> absentAdded = new ArrayList<>();
        List<PathVersion> absentDeleted = new ArrayList<>();
        added.removeIf(v -> absent(reader, v) && absentAdded.add(v));
        deleted.removeIf(v -> absent(reader, v) && absentDeleted.add(v));
        // blobs not there have no size to compare: only the exact step (same blob) can pair them
        RenameMatcher.Blobs none = new RenameMatcher.Blobs() {
            @Override
            public long size(ObjectId id) {
                return 0;
            }

            @Override
            public SpanHash spans(ObjectId id) {
                throw new IllegalStateException("no contents to compare");
            }
        };
        RenameMatcher.Pairing pairing = new RenameMatcher(none, renameLimit).match(absentDeleted, absentAdded);
        boolean[] source = new boolean[absentDeleted.size()];
        for (int d = 0; d < absentAdded.size(); d++) {
            PathVersion after = absentAdded.get(d);
            int s = pairing.sourceOf()[d];
            if (s >= 0) {
                source[s] = true;
                changes.add(new FileChange(after.path(), Optional.of(absentDeleted.get(s).path()), ChangeStatus.RENAMED, 100,
                        kindOf(after), false, 0, 0, "", false, Optional.empty(), Optional.empty())
                        .withMode(ModeChange.of(absentDeleted.get(s).mode(), after.mode())));
            } else {
                changes.add(FileChange.skipped(after.path(), ChangeStatus.ADDED, kindOf(after)));
            }
        }
        for (int s = 0; s < absentDeleted.size(); s++) {
            if (!source[s]) {
                changes.add(FileChange.skipped(absentDeleted.get(s).path(), ChangeStatus.REMOVED, kindOf(absentDeleted.get(s))));
            }
        }
        modified.removeIf(p -> {
            if (!absent(reader, p[0]) && !absent(reader, p[1])) {
                return false;
            }
            ChangeStatus status = p[0].sameType(p[1]) ? ChangeStatus.MODIFIED : ChangeStatus.TYPE_CHANGED;
            changes.add(p[0].id().equals(p[1].id())
                    ? new FileChange(p[1].path(), Optional.empty(), status, 100, kindOf(p[1]), false, 0, 0, "", false,
                    Optional.empty(), Optional.empty()).withMode(ModeChange.of(p[0].mode(), p[1].mode()))
                    : FileChange.skipped(p[1].path(), status, kindOf(p[1])).withMode(ModeChange.of(p[0].mode(), p[1].mode())));
            return true;
        });
        return changes;
    }

    private static boolean absent(ObjectReader reader, PathVersion version) {
        try {
            return !version.submodule() && !reader.has(version.id());
        } catch (IOException e) {
            return true;
        }
    }

    private static FileKind kindOf(PathVersion version) {
        return version.submodule() ? FileKind.SUBMODULE : version.symlink() ? FileKind.SYMLINK : FileKind.FILE;
    }

    private static DiffpressException cannotCompare(Optional<String> base, String head, IOException e) {
        return DiffpressException.build(Stage.HISTORY, "cannot compare " + base.orElse("the empty tree") + " with " + head
                + ": " + e.getMessage(), e);
    }

    private static AbstractTreeIterator tree(ObjectReader reader, RevWalk walk, String commit) throws IOException {
        CanonicalTreeParser parser = new CanonicalTreeParser();
        parser.reset(reader, walk.parseCommit(ObjectId.fromString(commit)).getTree());
        return parser;
    }

    /**
     * One file's change; {@code before} or {@code after} is null for an added or removed file.
     * {@code score} is the rename score when both are present under different paths.
     */
    private FileChange change(RangeBlobs blobs, PathVersion before, PathVersion after, int score) {
        ChangeStatus status;
        if (before == null) {
            status = ChangeStatus.ADDED;
        } else if (after == null) {
            status = ChangeStatus.REMOVED;
        } else if (!before.path().equals(after.path())) {
            status = ChangeStatus.RENAMED;
        } else if (!before.sameType(after)) {
            status = ChangeStatus.TYPE_CHANGED;
        } else {
            status = ChangeStatus.MODIFIED;
        }
        PathVersion shown = after != null ? after : before;
        Optional<String> oldPath = status == ChangeStatus.RENAMED ? Optional.of(before.path()) : Optional.empty();
        int similarity = status == ChangeStatus.RENAMED ? RenameMatcher.Pairing.percent(score) : 100;
        FileKind kind = shown.submodule() ? FileKind.SUBMODULE : shown.symlink() ? FileKind.SYMLINK : FileKind.FILE;

        ModeChange mode = before == null || after == null ? ModeChange.NONE : ModeChange.of(before.mode(), after.mode());
        boolean sameContent = before != null && after != null && before.id().equals(after.id());
        byte[] oldBytes = content(blobs, before);
        byte[] newBytes = sameContent ? oldBytes : content(blobs, after);
        // Null content: above core.bigFileThreshold, binary without looking (diff_populate_filespec()).
        boolean oldBinary = oldBytes != null && binary(before, oldBytes);
        boolean newBinary = newBytes != null && binary(after, newBytes);
        if (oldBytes == null || newBytes == null || oldBinary || newBinary) {
            // the side that is text keeps its text when the other one is binary, read: insight tells a file that became
            // binary (or text) from one replaced; a side too big to read (core.bigFileThreshold) tells neither
            return new FileChange(shown.path(), oldPath, status, similarity, kind, true, 0, 0, "", false,
                    newBinary && !oldBinary ? textOf(before, oldBytes) : Optional.empty(),
                    oldBinary && !newBinary ? textOf(after, newBytes) : Optional.empty()).withMode(mode);
        }
        int additions = 0;
        int deletions = 0;
        UnifiedDiff.Result diff = new UnifiedDiff.Result("", false);
        Optional<LineEdits> edits = Optional.empty();
        if (!sameContent) {
            LineDiff lines = LineDiff.of(oldBytes, newBytes, indentHeuristic);
            additions = lines.additions;
            deletions = lines.deletions;
            diff = UnifiedDiff.format(lines, maxDiffLines);
            // the script and the line starts are made anyway: handed on, so insight reads the diff the report shows
            edits = Optional.of(new LineEdits(lines.script, lines.oldLines.count, lines.newLines.count,
                    lines.oldLines.starts(), lines.newLines.starts()));
        }
        return new FileChange(shown.path(), oldPath, status, similarity, kind, false, additions, deletions,
                diff.text(), diff.cut(), text(before, oldBytes), text(after, newBytes), false, edits, mode);
    }

    /**
     * What git diffs for one side: nothing when absent, "Subproject commit" for a submodule, else
     * the blob; null for a blob above core.bigFileThreshold.
     */
    private byte[] content(RangeBlobs blobs, PathVersion side) {
        if (side == null) {
            return new byte[0];
        }
        if (side.submodule()) {
            return ("Subproject commit " + side.id().name() + "\n").getBytes(StandardCharsets.US_ASCII);
        }
        return blobs.take(side.id(), bigFileThreshold);
    }

    /** diff_filespec_is_binary() without attributes: a NUL in the first 8000 bytes. */
    private static boolean binary(PathVersion side, byte[] bytes) {
        return side != null && RangeBlobs.hasNul(bytes);
    }

    /** The text of a side that was read (not above core.bigFileThreshold), in a change git counts as binary. */
    private static Optional<String> textOf(PathVersion side, byte[] bytes) {
        return bytes == null ? Optional.empty() : text(side, bytes);
    }

    private static Optional<String> text(PathVersion side, byte[] bytes) {
        if (side == null || side.submodule() || bytes.length > MAX_TEXT_BYTES) {
            return Optional.empty();
        }
        return Optional.of(new String(bytes, StandardCharsets.UTF_8));
    }
}
