package io.diffpress.insight;

import io.diffpress.history.LineEdits;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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
    private final int head;
    private final int tail;
    /** The history stage's diff this one was read from, or null. */
    private final LineEdits edits;
    private int[] oldToNew;

    private LineDiff(boolean[] removed, boolean[] added, boolean exact, int head, int tail, LineEdits edits) {
        this.removed = removed;
        this.added = added;
        this.exact = exact;
        this.head = head;
        this.tail = tail;
        this.edits = edits;
    }

    /**
     * The diff the history stage computed for these versions (git's, which the report's hunks show),
     * when it was handed on and cuts them into as many lines as here; else this class's own.
     * <p>
     * Reading git's diff is a choice of truth over sameness with the earlier facts: git may align
     * lines otherwise than the shortest script found here (it slides runs of changes, its heuristics
     * give up minimality on long files) and it tells a last line that lost or gained its line feed
     * as changed, so some facts (lines per section, kept blocks, code blocks paired) differ from those
     * of this class's own diff; they are then the facts of exactly the diff the reader is shown.
     * Every pair git keeps is equal, so the diff is {@link #exact()}.
     */
    static LineDiff of(List<String> before, List<String> after, Optional<LineEdits> edits) {
        if (edits.isPresent() && edits.get().oldLines() == before.size() && edits.get().newLines() == after.size()) {
            LineEdits e = edits.get();
            boolean[] removed = new boolean[before.size()];
            boolean[] added = new boolean[after.size()];
            for (int k = 0; k < e.runs(); k++) {
                Arrays.fill(removed, e.oldStart(k), e.oldStart(k) + e.oldCount(k), true);
                Arrays.fill(added, e.newStart(k), e.newStart(k) + e.newCount(k), true);
            }
            // before the first run every line is kept as the one of the same number, and git keeps only equal lines
            int head = e.runs() == 0 ? Math.min(before.size(), after.size()) : Math.min(e.oldStart(0), e.newStart(0));
            // likewise after the last run
            int last = e.runs() - 1;
            int tail = e.runs() == 0 ? head : Math.min(before.size() - e.oldStart(last) - e.oldCount(last),
                    after.size() - e.newStart(last) - e.newCount(last));
            return new LineDiff(removed, added, true, head, tail, e);
        }
        return of(before, after);
    }

    static LineDiff of(List<String> before, List<String> after) {
        // compared and numbered in place (see Lines): most lines are never copied out
        Lines la = Lines.of(before);
        Lines lb = Lines.of(after);
        int n = la.size();
        int m = lb.size();
        int start = la.sameHead(lb);
        int tail = la.sameTail(lb, Math.min(n, m) - start);
        int endA = n - tail;
        int endB = m - tail;
        // only the lines between the common head and tail take part: number them alone
        TextIds ids = new TextIds(Math.max(endA, endB) - start); // most lines of one side are on the other too
        int[] a = new int[n];
        int[] b = new int[m];
        // the lines between are copied out alone: the head and tail of a page are not
        Lines.Window wa = la.window(start, endA, scratch(0, la, start, endA));
        Lines.Window wb = lb.window(start, endB, scratch(1, lb, start, endB));
        for (int i = start; i < endA; i++) {
            a[i] = ids.id(wa.chars(), la.start(i) - wa.base(), la.end(i) - wa.base());
        }
        for (int j = start; j < endB; j++) {
            b[j] = ids.id(wb.chars(), lb.start(j) - wb.base(), lb.end(j) - wb.base());
        }
        boolean[] removed = new boolean[n];
        boolean[] added = new boolean[m];
        boolean exact;
        if (start == endA || start == endB) {
            // one side has nothing left: every line of the other changed, which is what the search would find
            java.util.Arrays.fill(removed, start, endA, true);
            java.util.Arrays.fill(added, start, endB, true);
            exact = endA - start + endB - start <= MAX_EDITS;
        } else {
            exact = shortest(a, b, start, endA, endB, removed, added);
        }
        if (!exact) {
            byCopies(a, b, start, endA, endB, removed, added, ids.size());
        }
        return new LineDiff(removed, added, exact, start, tail, null);
    }

    /**
     * Per thread, a buffer for each side that the lines to number are copied into: the ids die with
     * the diff, so the next diff may reuse them, and a page's text is not copied into a new array
     * each time. Pages longer than MAX_SCRATCH characters get arrays of their own.
     */
    private static final ThreadLocal<char[][]> SCRATCH = ThreadLocal.withInitial(() -> new char[][] {new char[1024], new char[1024]});
    private static final int MAX_SCRATCH = 1 << 16;

    private static char[] scratch(int side, Lines lines, int from, int to) {
        char[][] buffers = SCRATCH.get();
        int size = from < to ? lines.end(to - 1) - lines.start(from) : 0;
        if (buffers[side].length < size && size <= MAX_SCRATCH) {
            buffers[side] = new char[Math.min(MAX_SCRATCH, Math.max(size, 2 * buffers[side].length))];
        }
        return buffers[side];
    }

    /** The history stage's diff this one was read from (its runs are the changed lines, in order), or null. */
    LineEdits edits() {
        return edits;
    }

    /** How many lines at the start of both versions are the same (kept one for one, whatever the rest of the diff). */
    int head() {
        return head;
    }

    /** How many lines at the end of both versions are the same (kept one for one, whatever the rest of the diff). */
    int tail() {
        return tail;
    }

    /** How many lines the old version has. */
    int oldSize() {
        return removed.length;
    }

    /** How many lines the new version has. */
    int newSize() {
        return added.length;
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
        // the furthest x of each diagonal step d reached, d + 1 values from index d(d+1)/2: all the
        // backtrack reads (step d's choice depends on step d - 1 only), so it costs O(D²) in all
        int[] history = new int[Math.min(64, (limit + 1) * (limit + 2) / 2)];
        for (int d = 0; d <= limit; d++) {
            int base = d * (d + 1) / 2;
            if (base + d + 1 > history.length) {
                history = Arrays.copyOf(history, Math.max(history.length * 2, base + d + 1));
            }
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])
                        ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[start + x] == b[start + y]) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                history[base + ((k + d) >> 1)] = x;
                if (x >= n && y >= m) {
                    backtrack(history, d, n, m, start, removed, added);
                    return true;
                }
            }
        }
        return false;
    }

    /** Walks back from the end along the choices the search made, marking each step's line. */
    private static void backtrack(int[] history, int last, int n, int m, int start, boolean[] removed, boolean[] added) {
        int x = n;
        int y = m;
        for (int d = last; d > 0; d--) {
            int base = (d - 1) * d / 2; // step d - 1: diagonal j is at base + (j + d - 1) / 2
            int k = x - y;
            boolean down = k == -d || (k != d && history[base + ((k - 1 + d - 1) >> 1)] < history[base + ((k + 1 + d - 1) >> 1)]);
            int prevK = down ? k + 1 : k - 1;
            int prevX = history[base + ((prevK + d - 1) >> 1)];
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
