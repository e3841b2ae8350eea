package io.diffpress.insight;

import java.util.List;

/**
 * Dice over the identifiers of two code blocks read verbatim from two versions of a file (see
 * {@link MarkdownOutline.CodeBlock}): the lines the diff kept from one block into the other hold the
 * same identifiers on both sides, so only the others are tallied. Pairing scores a block against up
 * to 80 others, so each line's identifiers are counted and numbered once, when first needed.
 */
final class VerbatimLines {

    private final Lines oldLines;
    private final Lines newLines;
    private final int[] keptAs;
    private final boolean exact;
    /** Identifiers per line plus one, 0 until counted: new arrays need no filling. */
    private final int[] oldCounts;
    private final int[] newCounts;
    private final int[][] oldIds;
    private final int[][] newIds;
    private final Similarity.Bags bags = Similarity.Bags.recycled(Similarity.Bags.VERBATIM);
    /** Per new line, the call that found it kept: no clearing between calls. */
    private final int[] keptIn;
    /** Per new line, the old line the diff kept as it plus one, or 0: the two hold the same identifiers. */
    private final int[] keptFrom;
    private int call;
    private int[] onlyA = new int[16];
    private int[] keptA = new int[16];
    private int difference;
    private int[] onlyB = new int[16];
    private int[] tally = new int[64];
    private boolean lastExact;

    /**
     * @param keptAs for each old line, the new line the diff kept it as, or -1
     * @param exact  whether every kept pair of lines is equal (else each pair is compared)
     */
    VerbatimLines(List<String> oldLines, List<String> newLines, int[] keptAs, boolean exact) {
        this.oldLines = Lines.of(oldLines);
        this.newLines = Lines.of(newLines);
        this.keptAs = keptAs;
        this.exact = exact;
        oldCounts = new int[oldLines.size()];
        newCounts = new int[newLines.size()];
        oldIds = new int[oldLines.size()][];
        newIds = new int[newLines.size()][];
        keptIn = new int[newLines.size()];
        keptFrom = new int[newLines.size()];
        for (int i = 0; i < keptAs.length; i++) {
            if (keptAs[i] >= 0) {
                keptFrom[keptAs[i]] = i + 1;
            }
        }
    }

    /**
     * Dice over the identifiers of old lines [fromA, toA) and new lines [fromB, toB) when it is at
     * least threshold; otherwise some value below it (0 when a side has none). With onlyThreshold (when
     * only whether Dice reaches the threshold matters) a value at or above it may be a lower bound of
     * Dice, found counting only as many kept lines as it takes.
     */
    double dice(int fromA, int toA, int fromB, int toB, double threshold, boolean onlyThreshold) {
        call++;
        lastExact = true;
        int na = 0;
        int kept = 0;
        int unsharedA = 0;
        onlyA = room(onlyA, toA - fromA);
        keptA = room(keptA, toA - fromA);
        onlyB = room(onlyB, toB - fromB);
        for (int i = fromA; i < toA; i++) {
            int j = i < keptAs.length ? keptAs[i] : -1;
            if (j >= fromB && j < toB && (exact || oldLines.same(i, newLines, j))) {
                keptIn[j] = call;
                keptA[kept++] = i;
            } else {
                onlyA[na++] = i;
                unsharedA += oldCount(i);
            }
        }
        int nb = 0;
        int unsharedB = 0;
        for (int j = fromB; j < toB; j++) {
            if (keptIn[j] != call) {
                onlyB[nb++] = j;
                unsharedB += newCount(j);
            }
        }
        difference = unsharedA - unsharedB;
        // kept lines hold the same identifiers on both sides: Dice is 2·(shared + tally) / (2·shared + unsharedA + unsharedB)
        int unshared = unsharedA + unsharedB;
        int shared = 0;
        for (int k = 0; k < kept; k++) {
            shared += oldCount(keptA[k]);
            if (onlyThreshold && 2.0 * shared / (2 * shared + unshared) >= threshold) {
                lastExact = false;
                return 2.0 * shared / (2 * shared + unshared); // at most Dice, and enough
            }
        }
        if (shared + unsharedA == 0 || shared + unsharedB == 0) {
            return 0;
        }
        // the kept lines bound Dice from below, and with the smaller count of the other lines from above
        double lower = 2.0 * shared / (2 * shared + unshared);
        if (2.0 * (shared + Math.min(unsharedA, unsharedB)) / (2 * shared + unshared) < threshold) {
            return lower;
        }
        if (onlyThreshold && lower >= threshold) {
            lastExact = false;
            return lower;
        }
        if (unsharedA == 0 || unsharedB == 0) {
            return lower;
        }
        for (int k = 0; k < na; k++) {
            oldIds(onlyA[k]);
        }
        if (tally.length < bags.size()) {
            tally = new int[Math.max(bags.size(), tally.length * 2)];
        }
        for (int k = 0; k < na; k++) {
            for (int id : oldIds[onlyA[k]]) {
                tally[id]++;
            }
        }
        int total = 2 * shared + unshared;
        // the new lines' identifiers are read (and numbered) line by line: with onlyThreshold, as soon
        // as the shared ones reach the threshold, or can no longer, the rest need not be read
        int matched = 0;
        int left = unsharedB;
        for (int k = 0; k < nb; k++) {
            int[] line = newIds(onlyB[k]);
            if (tally.length < bags.size()) {
                tally = java.util.Arrays.copyOf(tally, Math.max(bags.size(), tally.length * 2));
            }
            for (int id : line) {
                if (tally[id] > 0) {
                    tally[id]--;
                    matched++;
                }
            }
            left -= line.length;
            if (onlyThreshold && k + 1 < nb && (2.0 * (shared + matched) / total >= threshold
                    || 2.0 * (shared + matched + Math.min(left, unsharedA - matched)) / total < threshold)) {
                lastExact = false;
                break;
            }
        }
        shared += matched;
        for (int k = 0; k < na; k++) {
            for (int id : oldIds[onlyA[k]]) {
                tally[id] = 0;
            }
        }
        return 2.0 * shared / total;
    }

    /** Whether the value the last {@link #dice} call returned is the one it returns without onlyThreshold. */
    boolean lastExact() {
        return lastExact;
    }

    /**
     * The identifiers of the old block less those of the new one, of the last {@link #dice} call:
     * told by the lines that differ, as the kept ones hold the same on both sides.
     */
    int difference() {
        return difference;
    }

    /** The identifiers on old (or new) lines [from, to). */
    int count(boolean old, int from, int to) {
        int sum = 0;
        for (int i = from; i < to; i++) {
            sum += old ? oldCount(i) : newCount(i);
        }
        return sum;
    }

    /*
     * A line and the one the diff kept it as hold the same identifiers: what is read of one is
     * taken for the other too. Most lines of leftover blocks are kept ones, scored against their
     * partner's neighbours on one side and against the partner's own on the other.
     */

    private int oldCount(int i) {
        if (oldCounts[i] == 0) {
            int j = twin(i);
            oldCounts[i] = j >= 0 && newCounts[j] > 0 ? newCounts[j] : count(oldLines, i);
        }
        return oldCounts[i] - 1;
    }

    private int newCount(int j) {
        if (newCounts[j] == 0) {
            int i = keptFrom[j] - 1;
            newCounts[j] = i >= 0 && oldCounts[i] > 0 && twin(i) == j ? oldCounts[i] : count(newLines, j);
        }
        return newCounts[j] - 1;
    }

    private int[] oldIds(int i) {
        if (oldIds[i] == null) {
            int j = twin(i);
            oldIds[i] = j >= 0 && newIds[j] != null ? newIds[j] : ids(oldLines, oldIds, i);
        }
        return oldIds[i];
    }

    private int[] newIds(int j) {
        if (newIds[j] == null) {
            int i = keptFrom[j] - 1;
            newIds[j] = i >= 0 && oldIds[i] != null && twin(i) == j ? oldIds[i] : ids(newLines, newIds, j);
        }
        return newIds[j];
    }

    /** The new line old line i was kept as when the two are equal, else -1. */
    private int twin(int i) {
        int j = i < keptAs.length ? keptAs[i] : -1;
        return j >= 0 && (exact || oldLines.same(i, newLines, j)) ? j : -1;
    }

    /** The identifiers on a line plus one, counted in place in the page's text: no line is copied out to be counted. */
    private static int count(Lines lines, int line) {
        return Similarity.Bags.countIdentifiers(lines.text(), lines.start(line), lines.end(line)) + 1;
    }

    private int[] ids(Lines lines, int[][] ids, int line) {
        int[] t = ids[line];
        if (t != null) {
            return t;
        }
        return ids[line] = bags.identifiers(lines.text(), lines.start(line), lines.end(line));
    }

    private static int[] room(int[] array, int size) {
        return array.length >= size ? array : new int[Math.max(size, array.length * 2)];
    }
}
