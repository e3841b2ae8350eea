package io.diffpress.insight;

import io.diffpress.history.FileChange;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The commits a submodule records before and after, from the line git diffs for it ("Subproject commit SHA"): in the
 * two texts of a change read from the repository, or in the hunk's removed and added lines of one read from a patch.
 */
final class SubmoduleCommits {

    private static final Pattern LINE = Pattern.compile("^([-+]?)Subproject commit ([0-9a-f]{7,64})(?:-dirty)?$", Pattern.MULTILINE);
    /** As many hex digits as an LFS pointer's id shows: enough to find the commit, short enough to read. */
    private static final int SHOWN = 12;

    private SubmoduleCommits() {
    }

    static Optional<Fact> moved(FileChange change) {
        Optional<String> before = change.oldText().flatMap(t -> commit(t, ""));
        Optional<String> after = change.newText().flatMap(t -> commit(t, ""));
        if (before.isEmpty() || after.isEmpty()) {
            before = commit(change.diff(), "-");
            after = commit(change.diff(), "+");
        }
        if (before.isEmpty() || after.isEmpty() || before.get().equals(after.get())) {
            return Optional.empty();
        }
        return Optional.of(new Fact.SubmoduleMoved(before.get(), after.get()));
    }

    /** The commit of the first "Subproject commit" line with this prefix ("" in a text, "-" or "+" in a hunk). */
    private static Optional<String> commit(String text, String prefix) {
        Matcher m = LINE.matcher(text);
        while (m.find()) {
            if (m.group(1).equals(prefix)) {
                String sha = m.group(2);
                return Optional.of(sha.substring(0, Math.min(SHOWN, sha.length())));
            }
        }
        return Optional.empty();
    }
}
