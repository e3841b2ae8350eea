package io.diffpress.history;

/**
 * The line diff of two texts as {@code git diff} computes it (xdl_diff() of git 2.39 with
 * default options): {@link MyersLineDiff} marks changed lines, {@link ChangeCompaction} slides
 * them like xdl_change_compact() in both directions, and the edit script is collected as
 * xdl_build_script() does.
 */
final class LineDiff {

    final LineRecords oldLines;
    final LineRecords newLines;
    /** The edit script, four ints per change: old start, new start, old count, new count. */
    final int[] script;
    final int changes;
    final int additions;
    final int deletions;

    private LineDiff(LineRecords oldLines, LineRecords newLines, int[] script, int changes, int additions, int deletions) {
        this.oldLines = oldLines;
        this.newLines = newLines;
        this.script = script;
        this.changes = changes;
        this.additions = additions;
        this.deletions = deletions;
    }

    static LineDiff of(byte[] oldBytes, byte[] newBytes, boolean indentHeuristic) {
        LineRecords a = new LineRecords(oldBytes);
        LineRecords b = new LineRecords(newBytes);
        if (a.count == 0 || b.count == 0) {
            // An added or removed file (or one emptied): every record of the other side changed.
            int[] all = a.count + b.count == 0 ? new int[0] : new int[]{0, 0, a.count, b.count};
            return new LineDiff(a, b, all, all.length / 4, b.count, a.count);
        }
        LineClasses classes = LineClasses.classify(a, b);
        boolean[] changedOld = new boolean[a.count + 2];
        boolean[] changedNew = new boolean[b.count + 2];
        MyersLineDiff.markChanges(a, b, classes, changedOld, changedNew);
        ChangeCompaction.compact(a, changedOld, b, changedNew, indentHeuristic);
        ChangeCompaction.compact(b, changedNew, a, changedOld, indentHeuristic);
        return script(a, b, changedOld, changedNew);
    }

    /** xdl_build_script(): walk both files from the end and collect the runs of changed lines. */
    private static LineDiff script(LineRecords a, LineRecords b, boolean[] changedOld, boolean[] changedNew) {
        int count = 0;
        int[] reversed = new int[16];
        int additions = 0;
        int deletions = 0;
        for (int i1 = a.count, i2 = b.count; i1 >= 0 || i2 >= 0; i1--, i2--) {
            if (changedBefore(changedOld, i1) || changedBefore(changedNew, i2)) {
                int l1 = i1;
                while (changedBefore(changedOld, i1)) {
                    i1--;
                }
                int l2 = i2;
                while (changedBefore(changedNew, i2)) {
                    i2--;
                }
                if (count * 4 + 4 > reversed.length) {
                    reversed = java.util.Arrays.copyOf(reversed, reversed.length * 2);
                }
                reversed[count * 4] = i1;
                reversed[count * 4 + 1] = i2;
                reversed[count * 4 + 2] = l1 - i1;
                reversed[count * 4 + 3] = l2 - i2;
                deletions += l1 - i1;
                additions += l2 - i2;
                count++;
            }
        }
        int[] script = new int[count * 4];
        for (int c = 0; c < count; c++) {
            System.arraycopy(reversed, (count - 1 - c) * 4, script, c * 4, 4);
        }
        return new LineDiff(a, b, script, count, additions, deletions);
    }

    /** rchg[i - 1] of xdiff, false outside the file. */
    private static boolean changedBefore(boolean[] changed, int i) {
        return i >= 0 && changed[i];
    }
}
