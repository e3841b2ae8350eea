package io.diffpress.history;

import java.util.Arrays;

/**
 * A file cut into records as xdiff cuts it (xdl_prepare_ctx): each record is a line with its
 * LF, the last one possibly without. Records compare byte for byte, so "a" and "a\n" differ,
 * and a CR before the LF is part of the line.
 */
final class LineRecords {

    final byte[] data;
    /** Record i spans data[starts[i], starts[i + 1]). */
    private final int[] starts;
    final int count;
    /** Equivalence class of each record, shared with the other side of the diff (see {@link LineClasses}). */
    final int[] classes;

    LineRecords(byte[] data) {
        this.data = data;
        int lines = 0;
        for (byte b : data) {
            if (b == '\n') {
                lines++;
            }
        }
        if (data.length > 0 && data[data.length - 1] != '\n') {
            lines++;
        }
        starts = new int[lines + 1];
        int r = 1;
        for (int i = 0; i < data.length; i++) {
            if (data[i] == '\n' && r < lines) {
                starts[r++] = i + 1;
            }
        }
        starts[lines] = data.length;
        count = lines;
        classes = new int[lines];
    }

    int start(int record) {
        return starts[record];
    }

    int end(int record) {
        return starts[record + 1];
    }

    boolean endsWithNewline(int record) {
        int end = starts[record + 1];
        return end > starts[record] && data[end - 1] == '\n';
    }

    boolean sameBytes(int record, LineRecords other, int otherRecord) {
        return Arrays.equals(data, starts[record], starts[record + 1],
                other.data, other.starts[otherRecord], other.starts[otherRecord + 1]);
    }

    int hash(int record) {
        // The record hash of xdl_hash_record(); any hash would do, only equality matters.
        int h = 5381;
        for (int i = starts[record], end = starts[record + 1]; i < end; i++) {
            h += h << 5;
            h ^= data[i] & 0xff;
        }
        return h;
    }
}
