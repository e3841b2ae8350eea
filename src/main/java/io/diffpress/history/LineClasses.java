package io.diffpress.history;

import java.util.Arrays;

/**
 * Gives equal records of both files the same class number (xdl_classify_record) and counts how
 * often each class occurs in either file, which xdl_cleanup_records() needs.
 */
final class LineClasses {

    /** Occurrences of each class in the old file. */
    final int[] inOld;
    /** Occurrences of each class in the new file. */
    final int[] inNew;

    private LineClasses(int[] inOld, int[] inNew) {
        this.inOld = inOld;
        this.inNew = inNew;
    }

    static LineClasses classify(LineRecords oldLines, LineRecords newLines) {
        int total = oldLines.count + newLines.count;
        int capacity = Integer.highestOneBit(Math.max(4, total * 2 - 1)) << 1;
        int[] slots = new int[capacity];
        // A class remembers one record that has it: which file (0 old, 1 new) and which record.
        int[] sampleFile = new int[total];
        int[] sampleRecord = new int[total];
        int[] hashes = new int[total];
        int[] inOld = new int[total];
        int[] inNew = new int[total];
        int classes = 0;
        LineRecords[] files = {oldLines, newLines};
        for (int f = 0; f < 2; f++) {
            LineRecords lines = files[f];
            for (int r = 0; r < lines.count; r++) {
                int hash = lines.hash(r);
                int slot = mix(hash) & (capacity - 1);
                int found = -1;
                while (slots[slot] != 0) {
                    int c = slots[slot] - 1;
                    if (hashes[c] == hash && lines.sameBytes(r, files[sampleFile[c]], sampleRecord[c])) {
                        found = c;
                        break;
                    }
                    slot = (slot + 1) & (capacity - 1);
                }
                if (found < 0) {
                    found = classes++;
                    slots[slot] = found + 1;
                    hashes[found] = hash;
                    sampleFile[found] = f;
                    sampleRecord[found] = r;
                }
                lines.classes[r] = found;
                if (f == 0) {
                    inOld[found]++;
                } else {
                    inNew[found]++;
                }
            }
        }
        return new LineClasses(Arrays.copyOf(inOld, classes), Arrays.copyOf(inNew, classes));
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
