package io.diffpress.insight;

/**
 * Which of the elements kept in both versions (list items, table rows, table of contents entries) were moved: of their
 * new positions in old order, those outside one longest increasing run. The rest stayed in order around them, so a swap
 * of two names one of them, and one item taken to the top names that one, not the items it passed.
 */
final class Reordering {

    private Reordering() {
    }

    /** The names of the elements moved, in old order: names and new positions are given alike, in old order. */
    static java.util.List<String> movedNames(java.util.List<String> names, int[] newPositions) {
        boolean[] moved = moved(newPositions);
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int k = 0; k < moved.length; k++) {
            if (moved[k]) {
                out.add(names.get(k));
            }
        }
        return out;
    }

    /**
     * For each element in old order, whether it was moved, given its new position (distinct positions). Patience sorting:
     * O(n log n), and the same answer for the same input.
     */
    static boolean[] moved(int[] newPositions) {
        int n = newPositions.length;
        boolean[] moved = new boolean[n];
        if (n < 2) {
            return moved;
        }
        int[] tails = new int[n]; // index of the smallest last element of a run of each length
        int[] previous = new int[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (newPositions[tails[mid]] < newPositions[i]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[i] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = i;
            length = Math.max(length, lo + 1);
        }
        java.util.Arrays.fill(moved, true);
        for (int i = length == 0 ? -1 : tails[length - 1]; i >= 0; i = previous[i]) {
            moved[i] = false;
        }
        return moved;
    }
}
