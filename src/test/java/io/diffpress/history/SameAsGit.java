package io.diffpress.history;

import io.diffpress.testing.GitFixture;
import io.diffpress.testing.GitFixture.GitChange;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Compares our changes of a range with C git's: {@code git diff -M --name-status} (with the R
 * score), {@code --numstat} counts, and the hunks of {@code git diff -M} for every text file.
 * git's T is our TYPE_CHANGED with the new kind; its hunks are not compared because
 * git prints a type change as a deletion plus a creation while we diff the contents, as numstat does.
 */
final class SameAsGit {

    private SameAsGit() {
    }

    static void assertRange(GitFixture git, HistoryReader history, String base, String head) {
        List<GitChange> expected = git.gitDiff(base, head);
        List<FileChange> actual = history.changes(new CompareRange(Optional.of(base), head, LocalDate.EPOCH, List.of()));
        String where = base.substring(0, 7) + ".." + head.substring(0, 7);
        assertEquals(describeGit(expected), describeOurs(actual), "changes of " + where);

        Set<String> typeChanges = expected.stream().filter(c -> c.status().equals("T")).map(GitChange::path)
                .collect(Collectors.toSet());
        Map<String, String> hunks = git.gitHunks(base, head);
        Map<String, String> modes = git.gitModeChanges(base, head);
        for (FileChange change : actual) {
            assertEquals(switch (modes.getOrDefault(change.path(), "")) {
                case "+x" -> ModeChange.MADE_EXECUTABLE;
                case "-x" -> ModeChange.MADE_NOT_EXECUTABLE;
                default -> ModeChange.NONE;
            }, change.mode(), "mode of " + change.path() + " in " + where);
            if (change.binary() || typeChanges.contains(change.path())) {
                continue;
            }
            assertFalse(change.diffCut(), "diff of " + change.path() + " in " + where + " was cut");
            assertEquals(hunks.getOrDefault(change.path(), ""), change.diff(), "hunks of " + change.path() + " in " + where);
        }
    }

    private static String describeGit(List<GitChange> changes) {
        return changes.stream().map(c -> c.status()
                + (c.similarity() >= 0 ? String.format("%03d", c.similarity()) : "") + " "
                + (c.oldPath().isEmpty() ? "" : c.oldPath() + " -> ") + c.path()
                + (c.binary() ? " binary" : " +" + c.additions() + " -" + c.deletions())).collect(Collectors.joining("\n"));
    }

    private static String describeOurs(List<FileChange> changes) {
        return changes.stream().map(c -> letter(c.status())
                + (c.status() == ChangeStatus.RENAMED ? String.format("%03d", c.similarity()) : "") + " "
                + c.oldPath().map(p -> p + " -> ").orElse("") + c.path()
                + (c.binary() ? " binary" : " +" + c.additions() + " -" + c.deletions())).collect(Collectors.joining("\n"));
    }

    private static String letter(ChangeStatus status) {
        return switch (status) {
            case ADDED -> "A";
            case MODIFIED -> "M";
            case REMOVED -> "D";
            case RENAMED -> "R";
            case TYPE_CHANGED -> "T";
            case COPIED -> "C";
        };
    }
}
