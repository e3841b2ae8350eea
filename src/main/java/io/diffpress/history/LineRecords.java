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
    /** A hash of each record's bytes (xdl_hash_record()'s function; only equality matters). */
    private final int[] hashes;
    final int count;
    /** Equivalence class of each record, shared with the other side of the diff (see {@link LineClasses}). */
    final int[] classes;

    LineRecords(byte[] data) {
        this.data = data;
        // One pass: record boundaries and the hash of each record.
        int[] bounds = new int[Math.max(4, data.length / 32)];
        int[] sums = new int[bounds.length];
        int lines = 0;
        int h = 5381;
        int length = data.length;
        for (int i = 0; i < length; i++) {
            int b = data[i];
            h += h << 5;
            h ^= b & 0xff;
            if (b == '\n') {
                if (lines + 1 >= bounds.length) {
                    bounds = Arrays.copyOf(bounds, bounds.length * 2);
                    sums = Arrays.copyOf(sums, bounds.length);
                }
                sums[lines] = h;
                bounds[++lines] = i + 1;
                h = 5381;
            }
        }
        if (length > 0 && data[length - 1] != '\n') {
            if (lines + 1 >= bounds.length) {
                bounds = Arrays.copyOf(bounds, bounds.length + 2);
                sums = Arrays.copyOf(sums, bounds.length);
            }
            sums[lines] = h;
            bounds[++lines] = length;
        }
        starts = bounds;
        hashes = sums;
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
        return hashes[record];
    }
}
