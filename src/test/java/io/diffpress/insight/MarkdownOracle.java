package io.diffpress.insight;

import io.diffpress.history.ChangeStatus;
import io.diffpress.history.FileChange;

import java.util.List;

/**
 * The reference reading of a Markdown change, for benchmarks that check the fast path on many
 * real diffs: flexmark parses both versions whole, and the facts are compared with those
 * {@link FactFinder} gives.
 */
public final class MarkdownOracle {

    private MarkdownOracle() {
    }

    /** The facts of a change, for timing the reading apart from the writing. */
    public static int factCount(FileChange change) {
        return FactFinder.find(change).size();
    }

    /** Null when the fast path and the whole-document parse give the same facts (or the file is not checked), else both. */
    public static String check(FileChange change) {
        if (FileFormat.of(change.path()) != FileFormat.MARKDOWN || change.binary()) {
            return null;
        }
        String before = change.status() == ChangeStatus.ADDED ? "" : change.oldText().orElse(null);
        String after = change.status() == ChangeStatus.REMOVED ? "" : change.newText().orElse(null);
        if (before == null || after == null) {
            return null;
        }
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        if (Math.max(a.size(), b.size()) > FactFinder.MAX_STRUCTURE_LINES
                || Math.max(before.length(), after.length()) > FactFinder.MAX_STRUCTURE_CHARS) {
            return null;
        }
        List<Fact> fast;
        List<Fact> full;
        try {
            fast = FactFinder.markdown(a, b);
        } catch (RuntimeException | StackOverflowError e) {
            fast = List.of();
        }
        try {
            full = MarkdownComparison.compare(MarkdownOutline.read(a), MarkdownOutline.read(b), LineDiff.of(a, b));
        } catch (RuntimeException | StackOverflowError e) {
            full = List.of();
        }
        return fast.equals(full) ? null : "fast: " + fast + "\nfull: " + full;
    }
}
