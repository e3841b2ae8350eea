package io.diffpress.history;

import java.util.Arrays;

/**
 * The line diff a change's hunks were written from (git's, see {@link LineDiff}): its runs of
 * changed lines, each an old and a new start and an old and a new count, over the files cut into
 * lines as git cuts them (a line with its line feed; the last one may lack it). Handed on so that
 * later stages read the same diff the report shows instead of computing another.
 */
public final class LineEdits {

    private final int[] script;
    private final int oldLines;
    private final int newLines;
    /** Byte offsets of each line of a side, then its length; null when not known. */
    private final int[] oldOffsets;
    private final int[] newOffsets;

    /**
     * @param script   four ints per run of changes: old start, new start, old count, new count; ascending
     * @param oldLines lines of the old version
     * @param newLines lines of the new version
     */
    public LineEdits(int[] script, int oldLines, int newLines) {
        this(script, oldLines, newLines, null, null);
    }

    /**
     * @param oldOffsets where each old line starts in the old version's bytes, then at [oldLines] its
     *                   length (more entries may follow and are not read); null when not known
     * @param newOffsets the same for the new version
     */
    public LineEdits(int[] script, int oldLines, int newLines, int[] oldOffsets, int[] newOffsets) {
        if (script.length % 4 != 0) {
            throw new IllegalArgumentException("script: four ints per run, got " + script.length);
        }
        if ((oldOffsets == null) != (newOffsets == null) || oldOffsets != null
                && (oldOffsets.length <= oldLines || newOffsets.length <= newLines)) {
            throw new IllegalArgumentException("offsets: one more than the lines of each side, or none");
        }
        this.script = script;
        this.oldLines = oldLines;
        this.newLines = newLines;
        this.oldOffsets = oldOffsets;
        this.newOffsets = newOffsets;
    }

    /**
     * The same edits with one changed line of a side taken out of that side (its run one line shorter, a run left
     * empty on both sides dropped, the lines after it one earlier); without line offsets.
     *
     * @throws IllegalArgumentException when that line is not one a run removes (old) or adds (new)
     */
    public LineEdits withoutLine(boolean old, int line) {
        int[] out = new int[script.length];
        int n = 0;
        boolean found = false;
        for (int k = 0; k < runs(); k++) {
            int oldStart = oldStart(k);
            int newStart = newStart(k);
            int oldCount = oldCount(k);
            int newCount = newCount(k);
            int start = old ? oldStart : newStart;
            if (!found && line >= start && line < start + (old ? oldCount : newCount)) {
                found = true;
                if (old) {
                    oldCount--;
                } else {
                    newCount--;
                }
            } else if (found) {
                if (old) {
                    oldStart--;
                } else {
                    newStart--;
                }
            }
            if (oldCount > 0 || newCount > 0) {
                out[n++] = oldStart;
                out[n++] = newStart;
                out[n++] = oldCount;
                out[n++] = newCount;
            }
        }
        if (!found) {
            throw new IllegalArgumentException((old ? "old" : "new") + " line " + line + " is in no run");
        }
        return new LineEdits(java.util.Arrays.copyOf(out, n), oldLines - (old ? 1 : 0), newLines - (old ? 0 : 1));
    }

    /** Whether {@link #oldOffset} and {@link #newOffset} are known. */
    public boolean hasOffsets() {
        return oldOffsets != null;
    }

    /** A copy of the byte offsets of one side's lines, then its length ({@link #oldLines()} or {@link #newLines()} + 1 entries). */
    public int[] offsets(boolean old) {
        return old ? Arrays.copyOf(oldOffsets, oldLines + 1) : Arrays.copyOf(newOffsets, newLines + 1);
    }

    /** The byte offset of old line i in the old version, or its length for i = {@link #oldLines()}. */
    public int oldOffset(int line) {
        if (line > oldLines) {
            throw new IndexOutOfBoundsException(line);
        }
        return oldOffsets[line];
    }

    /** The byte offset of new line i in the new version, or its length for i = {@link #newLines()}. */
    public int newOffset(int line) {
        if (line > newLines) {
            throw new IndexOutOfBoundsException(line);
        }
        return newOffsets[line];
    }

    /** The runs of changed lines. */
    public int runs() {
        return script.length / 4;
    }

    /** The first old line run k removes, or where it adds when it removes none (0-based). */
    public int oldStart(int run) {
        return script[run * 4];
    }

    /** The first new line run k adds, or where it removes when it adds none (0-based). */
    public int newStart(int run) {
        return script[run * 4 + 1];
    }

    /** How many old lines run k removes. */
    public int oldCount(int run) {
        return script[run * 4 + 2];
    }

    /** How many new lines run k adds. */
    public int newCount(int run) {
        return script[run * 4 + 3];
    }

    public int oldLines() {
        return oldLines;
    }

    public int newLines() {
        return newLines;
    }

    /** Equal when they tell the same runs over as many lines (where the lines start follows from the texts). */
    @Override
    public boolean equals(Object o) {
        return o instanceof LineEdits e && e.oldLines == oldLines && e.newLines == newLines && Arrays.equals(e.script, script);
    }

    @Override
    public int hashCode() {
        return (oldLines * 31 + newLines) * 31 + Arrays.hashCode(script);
    }

    @Override
    public String toString() {
        return "LineEdits[" + runs() + " runs over " + oldLines + " and " + newLines + " lines]";
    }
}
