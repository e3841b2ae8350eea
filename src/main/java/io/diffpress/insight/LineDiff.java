package io.diffpress.insight;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which lines of two sequences were removed and added: Myers' O((N+M)·D) diff after trimming
 * the common head and tail. Past {@link #MAX_EDITS} edits it stops looking for the shortest
 * script and marks a line changed when the other side lacks a copy of it, which is linear and
 * still true to what was added and removed, only less exact about moves.
 */
final class LineDiff {

    static final int MAX_EDITS = 1000;

    private final boolean[] removed;
    private final boolean[] added;
    private final boolean exact;
    private int[] oldToNew;

    private LineDiff(boolean[] removed, boolean[] added, boolean exact) {
        this.removed = removed;
        this.added = added;
        this.exact = exact;
    }

    static LineDiff of(List<String> before, List<String> after) {
        Map<String, Integer> ids = new HashMap<>();
        int[] a = ids(before, ids);
        int[] b = ids(after, ids);
        boolean[] removed = new boolean[a.length];
        boolean[] added = new boolean[b.length];
        int start = 0;
        while (start < a.length && start < b.length && a[start] == b[start]) {
            start++;
        }
        int endA = a.length;
        int endB = b.length;
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1]) {
            endA--;
            endB--;
        }
        boolean exact = shortest(a, b, start, endA, endB, removed, added);
        if (!exact) {
            byCopies(a, b, start, endA, endB, removed, added, ids.size());
        }
        return new LineDiff(removed, added, exact);
    }

    boolean removed(int oldLine) {
        return removed[oldLine];
    }

    boolean added(int newLine) {
        return added[newLine];
    }

    /** Whether the diff is Myers' shortest one (within the edit cap): then every kept pair of lines is equal. */
    boolean exact() {
        return exact;
    }

    /**
     * For each old line, the new line it is kept as (the i-th kept old line goes with the i-th
     * kept new line), or -1 when it was removed. Past the edit cap the pairs may differ in
     * text, so callers compare the two lines before trusting a pair. Shared: do not modify.
     */
    int[] oldToNew() {
        if (oldToNew == null) {
            oldToNew = pairs();
        }
        return oldToNew;
    }

    private int[] pairs() {
        int[] toNew = new int[removed.length];
        int j = 0;
        for (int i = 0; i < removed.length; i++) {
            if (removed[i]) {
                toNew[i] = -1;
                continue;
            }
            while (j < added.length && added[j]) {
                j++;
            }
            toNew[i] = j < added.length ? j++ : -1;
        }
        return toNew;
    }

    int removedCount() {
        return count(removed);
    }

    int addedCount() {
        return count(added);
    }

    private static boolean shortest(int[] a, int[] b, int start, int endA, int endB, boolean[] removed, boolean[] added) {
        int n = endA - start;
        int m = endB - start;
        int limit = Math.min(n + m, MAX_EDITS);
        int offset = limit + 1;
        int[] v = new int[2 * limit + 3];
        List<int[]> trace = new ArrayList<>();
        for (int d = 0; d <= limit; d++) {
            // keep only the diagonals step d can read: the trace costs O(D²), not O(D·(N+M))
            trace.add(Arrays.copyOfRange(v, offset - d - 1, offset + d + 2));
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])
                        ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[start + x] == b[start + y]) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    backtrack(trace, n, m, start, removed, added);
                    return true;
                }
            }
        }
        return false;
    }

    private static void backtrack(List<int[]> trace, int n, int m, int start, boolean[] removed, boolean[] added) {
        int x = n;
        int y = m;
        for (int d = trace.size() - 1; d > 0; d--) {
            int[] v = trace.get(d);
            int k = x - y;
            int base = d + 1;
            boolean down = k == -d || (k != d && v[base + k - 1] < v[base + k + 1]);
            int prevK = down ? k + 1 : k - 1;
            int prevX = v[base + prevK];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                x--;
                y--;
            }
            if (down) {
                added[start + prevY] = true;
            } else {
                removed[start + prevX] = true;
            }
            x = prevX;
            y = prevY;
        }
    }

    private static void byCopies(int[] a, int[] b, int start, int endA, int endB,
                                 boolean[] removed, boolean[] added, int distinct) {
        int[] copies = new int[distinct];
        for (int j = start; j < endB; j++) {
            copies[b[j]]++;
        }
        for (int i = start; i < endA; i++) {
            if (copies[a[i]] > 0) {
                copies[a[i]]--;
            } else {
                removed[i] = true;
            }
        }
        Arrays.fill(copies, 0);
        for (int i = start; i < endA; i++) {
            copies[a[i]]++;
        }
        for (int j = start; j < endB; j++) {
            if (copies[b[j]] > 0) {
                copies[b[j]]--;
            } else {
                added[j] = true;
            }
        }
    }

    private static int[] ids(List<String> lines, Map<String, Integer> ids) {
        int[] out = new int[lines.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids.computeIfAbsent(lines.get(i), k -> ids.size());
        }
        return out;
    }

    private static int count(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) {
            if (f) {
                n++;
            }
        }
        return n;
    }
}
