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

    /**
     * CPU nanoseconds of the phases of reading one Markdown change, added to totals: splitting
     * into lines, the line diff, the chunked reading, the comparison (for benchmarks only).
     */
    public static void phases(FileChange change, long[] totals) {
        if (FileFormat.of(change.path()) != FileFormat.MARKDOWN || change.binary()) {
            return;
        }
        String before = change.status() == ChangeStatus.ADDED ? "" : change.oldText().orElse(null);
        String after = change.status() == ChangeStatus.REMOVED ? "" : change.newText().orElse(null);
        if (before == null || after == null) {
            return;
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = threads.getCurrentThreadCpuTime();
        List<String> a = FactFinder.lines(before);
        List<String> b = FactFinder.lines(after);
        long t1 = threads.getCurrentThreadCpuTime();
        LineDiff diff = LineDiff.of(a, b);
        long t2 = threads.getCurrentThreadCpuTime();
        MarkdownOutline[] outlines = ChunkReading.read(a, b, diff, true);
        long t3 = threads.getCurrentThreadCpuTime();
        if (outlines != null) {
            MarkdownComparison.compare(outlines[0], outlines[1], diff);
        }
        long t4 = threads.getCurrentThreadCpuTime();
        totals[0] += t1 - t0;
        totals[1] += t2 - t1;
        totals[2] += t3 - t2;
        totals[3] += t4 - t3;
        totals[4]++;
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
