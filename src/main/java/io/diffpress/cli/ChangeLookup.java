package io.diffpress.cli;

import io.diffpress.DiffpressException;
import io.diffpress.Stage;
import io.diffpress.config.RepositoryConfig;
import io.diffpress.history.CompareRange;
import io.diffpress.history.FileChange;
import io.diffpress.history.HistoryReader;
import io.diffpress.history.RangeSpec;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Finds the change of one file for {@code diffpress explain}: resolves the range, then the path in it. */
final class ChangeLookup {

    private ChangeLookup() {
    }

    /** A file's change and the range it was found in. */
    record Found(CompareRange range, FileChange change) {
    }

    static Found inRange(RepositoryConfig repository, ZoneId zone, int maxDiffLines, String rangeText, String path) {
        try (HistoryReader history = HistoryReader.openForComparing(repository, zone, maxDiffLines)) {
            CompareRange range = plan(history, rangeText);
            FileChange change = find(history.changes(range), inRepository(repository.path(), path), "range " + describe(range));
            return new Found(range, change);
        }
    }

    /** BASE..HEAD and BASE...HEAD as written; one revision REV means REV^..REV, or the empty tree for a root commit. */
    private static CompareRange plan(HistoryReader history, String text) {
        if (text.contains("..")) {
            return history.plan(RangeSpec.parse(text));
        }
        String rev = text.trim();
        if (rev.isEmpty()) {
            throw DiffpressException.input(Stage.HISTORY, "range '' must look like BASE..HEAD, BASE...HEAD or REV");
        }
        CompareRange itself = history.plan(new RangeSpec(rev, rev, false)); // fails with a clear message for an unknown REV
        try {
            return history.plan(new RangeSpec(rev + "^", rev, false));
        } catch (DiffpressException e) {
            if (!e.getMessage().contains("names no commit")) {
                throw e;
            }
            // REV exists but REV^ does not: a root commit, compared with the empty tree as git show does
            return new CompareRange(Optional.empty(), itself.head(), itself.date(), itself.commits(), itself.date().toString(), false);
        }
    }

    /**
     * A path as the repository names it: an absolute path inside its work tree is taken relative to it, as git takes
     * one (by its real path, so a link to the work tree leads there too); any other path stays as written.
     */
    static String inRepository(java.nio.file.Path workTree, String path) {
        java.nio.file.Path given;
        try {
            given = java.nio.file.Path.of(path);
        } catch (java.nio.file.InvalidPathException e) {
            return path;
        }
        if (!given.isAbsolute()) {
            return path;
        }
        java.nio.file.Path root = real(workTree);
        java.nio.file.Path file = given.normalize();
        java.nio.file.Path parent = file.getParent() == null ? file : real(file.getParent()).resolve(file.getFileName());
        for (java.nio.file.Path candidate : List.of(file, parent)) {
            if (candidate.startsWith(root) && !candidate.equals(root)) {
                return root.relativize(candidate).toString().replace(java.io.File.separatorChar, '/');
            }
        }
        return path;
    }

    private static java.nio.file.Path real(java.nio.file.Path p) {
        try {
            return p.toRealPath();
        } catch (java.io.IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** The change whose new or old path is {@code path}; otherwise an error that names the nearest paths. */
    static FileChange find(List<FileChange> changes, String path, String where) {
        String wanted = path.startsWith("./") ? path.substring(2) : path;
        for (FileChange c : changes) {
            if (c.path().equals(wanted) || c.oldPath().map(wanted::equals).orElse(false)) {
                return c;
            }
        }
        String name = wanted.substring(wanted.lastIndexOf('/') + 1);
        List<String> near = changes.stream().map(FileChange::path)
                .filter(p -> p.endsWith("/" + wanted) || p.substring(p.lastIndexOf('/') + 1).equals(name)).limit(3).toList();
        if (near.isEmpty() && changes.size() <= 3) {
            near = changes.stream().map(FileChange::path).toList();
        }
        String hint = near.isEmpty() ? "" : "; did you mean " + String.join(" or ", near.stream().map(p -> "'" + ExplanationPrinter.oneLine(p) + "'").toList()) + "?";
        throw DiffpressException.input(Stage.HISTORY, "'" + wanted + "' did not change in " + where + " ("
                + changes.size() + (changes.size() == 1 ? " file" : " files") + " changed" + hint + ")");
    }

    static String describe(CompareRange range) {
        return range.base().map(b -> b.substring(0, 7)).orElse("(empty tree)") + ".." + range.head().substring(0, 7);
    }
}
