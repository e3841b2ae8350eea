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

    /**
     * @param script   four ints per run of changes: old start, new start, old count, new count; ascending
     * @param oldLines lines of the old version
     * @param newLines lines of the new version
     */
    public LineEdits(int[] script, int oldLines, int newLines) {
        if (script.length % 4 != 0) {
            throw new IllegalArgumentException("script: four ints per run, got " + script.length);
        }
        this.script = script;
        this.oldLines = oldLines;
        this.newLines = newLines;
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
