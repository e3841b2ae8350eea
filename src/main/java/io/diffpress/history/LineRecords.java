package io.diffpress.history;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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
    /** A hash of each record's bytes; xdiff's own hash function is not needed, only equality matters. */
    private final int[] hashes;
    final int count;
    /** Equivalence class of each record, shared with the other side of the diff (see {@link LineClasses}). */
    final int[] classes;

    LineRecords(byte[] data) {
        this.data = data;
        // One pass, eight bytes at a time: record boundaries and a hash of each record's bytes.
        int[] bounds = new int[Math.max(4, data.length / 32)];
        int[] sums = new int[bounds.length];
        int lines = 0;
        int length = data.length;
        int start = 0;
        int i = 0;
        long h = SEED;
        while (i < length) {
            int available = length - i;
            long word = available >= 8 ? (long) LONGS.get(data, i) : tail(data, i, available);
            long x = word ^ 0x0A0A0A0A0A0A0A0AL;
            long newline = (x - 0x0101010101010101L) & ~x & 0x8080808080808080L;
            if (newline == 0) {
                h = mix(h, word);
                i += Math.min(8, available);
                continue;
            }
            // The lowest flagged byte is the first LF (higher flags may be borrow artefacts).
            int k = Long.numberOfTrailingZeros(newline) >>> 3;
            h = mix(h, k == 7 ? word : word & ((1L << ((k + 1) * 8)) - 1));
            i += k + 1;
            if (lines + 1 >= bounds.length) {
                bounds = Arrays.copyOf(bounds, bounds.length * 2);
                sums = Arrays.copyOf(sums, bounds.length);
            }
            sums[lines] = finish(h, i - start);
            bounds[++lines] = i;
            start = i;
            h = SEED;
        }
        if (start < length) {
            if (lines + 1 >= bounds.length) {
                bounds = Arrays.copyOf(bounds, bounds.length + 2);
                sums = Arrays.copyOf(sums, bounds.length);
            }
            sums[lines] = finish(h, length - start);
            bounds[++lines] = length;
        }
        starts = bounds;
        hashes = sums;
        count = lines;
        classes = new int[lines];
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long SEED = 0x243F6A8885A308D3L;

    /** The last bytes of the data as one little-endian word, zero-padded like a masked full word. */
    private static long tail(byte[] data, int from, int n) {
        long word = 0;
        for (int j = n - 1; j >= 0; j--) {
            word = (word << 8) | (data[from + j] & 0xff);
        }
        return word;
    }

    private static long mix(long h, long word) {
        h = (h ^ word) * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 32);
    }

    private static int finish(long h, int length) {
        h = mix(h, length);
        return (int) (h ^ (h >>> 29));
    }

    int start(int record) {
        return starts[record];
    }

    /** Where each record starts, and at [count] where the data ends: shared, not to be changed. */
    int[] starts() {
        return starts;
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
