package io.diffpress.history;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes the hunks of a unified diff the way {@code git diff} does (xdl_emit_diff() of git 2.39):
 * three lines of context, changes closer than six lines share a hunk, git's default
 * function-name line after the hunk header, and "\ No newline at end of file" markers.
 */
final class UnifiedDiff {

    private static final int CONTEXT = 3;
    /** Changes at most this far apart share a hunk (xdl_get_hunk(): 2 * ctxlen + interhunkctxlen). */
    private static final int MAX_COMMON = 2 * CONTEXT;
    /** struct func_line's buffer: the function name is cut to this many bytes. */
    private static final int FUNC_NAME_MAX = 80;
    private static final byte[] NO_NEWLINE = "\\ No newline at end of file\n".getBytes(StandardCharsets.US_ASCII);

    private final LineDiff diff;
    private final int maxLines;
    private byte[] out = new byte[256];
    private int size;
    private int lines;
    private boolean cut;
    /** The last function line found and where the previous search started (get_func_line()). */
    private int funcStart = -1;
    private int funcEnd = -1;
    private int funcSearchedDownTo = -1;

    /** The bytes a diff may hold for each line of its limit. */
    static final int BYTES_PER_LINE = FileChange.DIFF_BYTES_PER_LINE;

    private UnifiedDiff(LineDiff diff, int maxLines) {
        this.diff = diff;
        this.maxLines = maxLines;
    }

    /** The diff text and whether it was cut after {@code maxLines} lines, or {@link #BYTES_PER_LINE} bytes for each. */
    record Result(String text, boolean cut) {
    }

    static Result format(LineDiff diff, int maxLines) {
        UnifiedDiff writer = new UnifiedDiff(diff, maxLines);
        writer.write();
        return new Result(new String(writer.out, 0, writer.size, StandardCharsets.UTF_8), writer.cut);
    }

    private void write() {
        int[] s = diff.script;
        LineRecords a = diff.oldLines;
        LineRecords b = diff.newLines;
        int first = 0;
        while (first < diff.changes && !cut) {
            int last = first;
            while (last + 1 < diff.changes
                    && s[(last + 1) * 4] - (s[last * 4] + s[last * 4 + 2]) <= MAX_COMMON) {
                last++;
            }
            int s1 = Math.max(s[first * 4] - CONTEXT, 0);
            int s2 = Math.max(s[first * 4 + 1] - CONTEXT, 0);
            int lastEnd1 = s[last * 4] + s[last * 4 + 2];
            int lastEnd2 = s[last * 4 + 1] + s[last * 4 + 3];
            int lctx = Math.min(CONTEXT, Math.min(a.count - lastEnd1, b.count - lastEnd2));
            int e1 = lastEnd1 + lctx;
            int e2 = lastEnd2 + lctx;
            header(s1 + 1, e1 - s1, s2 + 1, e2 - s2, s1 - 1);

            // Context lines come from the new file, as in git 2.39.
            for (int i2 = s2; i2 < s[first * 4 + 1]; i2++) {
                record(' ', b, i2);
            }
            for (int c = first; c <= last && !cut; c++) {
                int i1 = s[c * 4];
                int i2 = s[c * 4 + 1];
                if (c > first) {
                    for (int k = s[(c - 1) * 4 + 1] + s[(c - 1) * 4 + 3]; k < i2; k++) {
                        record(' ', b, k);
                    }
                }
                for (int k = i1; k < i1 + s[c * 4 + 2]; k++) {
                    record('-', a, k);
                }
                for (int k = i2; k < i2 + s[c * 4 + 3]; k++) {
                    record('+', b, k);
                }
            }
            for (int i2 = lastEnd2; i2 < e2; i2++) {
                record(' ', b, i2);
            }
            first = last + 1;
        }
    }

    /** xdl_emit_hunk_hdr(): an empty side shows the line before it and ",0"; a count of 1 is left out. */
    private void header(int s1, int c1, int s2, int c2, int funcFrom) {
        StringBuilder h = new StringBuilder(32).append("@@ -").append(c1 != 0 ? s1 : s1 - 1);
        if (c1 != 1) {
            h.append(',').append(c1);
        }
        h.append(" +").append(c2 != 0 ? s2 : s2 - 1);
        if (c2 != 1) {
            h.append(',').append(c2);
        }
        h.append(" @@");
        byte[] head = h.toString().getBytes(StandardCharsets.US_ASCII);
        findFunctionLine(funcFrom);
        int funcLength = funcEnd - funcStart;
        byte[] line = Arrays.copyOf(head, head.length + (funcLength > 0 ? funcLength + 1 : 0) + 1);
        if (funcLength > 0) {
            line[head.length] = ' ';
            System.arraycopy(diff.oldLines.data, funcStart, line, head.length + 1, funcLength);
        }
        line[line.length - 1] = '\n';
        emit(line, 0, line.length);
    }

    /**
     * get_func_line() with def_ff(): the nearest old line at or above {@code from} that starts
     * with an ASCII letter, '_' or '$', cut to 80 bytes and stripped of trailing whitespace.
     * The search stops where the previous hunk's search started and keeps its answer otherwise.
     */
    private void findFunctionLine(int from) {
        LineRecords a = diff.oldLines;
        for (int l = from; l != funcSearchedDownTo && l >= 0 && l < a.count; l--) {
            int start = a.start(l);
            int end = a.end(l);
            if (end > start && startsIdentifier(a.data[start])) {
                int len = Math.min(end - start, FUNC_NAME_MAX);
                while (len > 0 && ChangeCompaction.isSpace(a.data[start + len - 1])) {
                    len--;
                }
                funcStart = start;
                funcEnd = start + len;
                break;
            }
        }
        funcSearchedDownTo = from;
    }

    private static boolean startsIdentifier(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
    }

    private void record(char prefix, LineRecords text, int index) {
        int start = text.start(index);
        int end = text.end(index);
        if (!ensureLine(end - start + 2)) {
            return;
        }
        append((byte) prefix);
        append(text.data, start, end - start);
        if (!text.endsWithNewline(index)) {
            append((byte) '\n');
            emit(NO_NEWLINE, 0, NO_NEWLINE.length);
        }
    }

    private void emit(byte[] bytes, int from, int length) {
        if (ensureLine(length)) {
            append(bytes, from, length);
        }
    }

    /**
     * Counts one more output line of about {@code bytes} bytes, or marks the diff cut when the limit of lines, or of
     * bytes ({@value #BYTES_PER_LINE} a line of the limit: a file of one 2 MB line must not put megabytes in a report),
     * is reached.
     */
    private boolean ensureLine(int bytes) {
        if (cut || lines >= maxLines || size + (long) bytes > (long) maxLines * BYTES_PER_LINE) {
            cut = true;
            return false;
        }
        lines++;
        return true;
    }

    private void append(byte b) {
        if (size == out.length) {
            out = Arrays.copyOf(out, out.length * 2);
        }
        out[size++] = b;
    }

    private void append(byte[] bytes, int from, int length) {
        if (size + length > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, size + length));
        }
        System.arraycopy(bytes, from, out, size, length);
        size += length;
    }
}
