package io.diffpress.history;

import java.util.ArrayDeque;

/**
 * git's default line diff, ported from xdiff (xprepare.c and xdiffi.c of git 2.39): common head
 * and tail are trimmed, records with no match in the other file are set aside before the search
 * (and so are multi-match records lost in a run of them), then Myers' divide and conquer runs
 * with xdiff's cost cut-offs. The cut-offs make the result non-minimal on large or very
 * different files, which is why a minimal diff (JGit's) counts differently there.
 * Marks changed records in {@code changedOld}/{@code changedNew}, indexed record + 1.
 */
final class MyersLineDiff {

    private static final int XDL_MAX_EQLIMIT = 1024;
    private static final int XDL_SIMSCAN_WINDOW = 100;
    private static final int XDL_KPDIS_RUN = 4;
    private static final int XDL_MAX_COST_MIN = 256;
    private static final int XDL_HEUR_MIN_COST = 256;
    private static final int XDL_SNAKE_CNT = 20;
    private static final int XDL_K_HEUR = 4;
    private static final int LINE_MAX = Integer.MAX_VALUE;

    /** Classes of the records that take part in the search, and where they sit in the file. */
    private final int[] ha1;
    private final int[] ha2;
    private final int[] rindex1;
    private final int[] rindex2;
    private final boolean[] changed1;
    private final boolean[] changed2;
    private final int[] kvd;
    private final int kvdf;
    private final int kvdb;
    private final int mxcost;

    private int splitI1;
    private int splitI2;
    private boolean splitMinLow;
    private boolean splitMinHigh;

    private MyersLineDiff(int[] ha1, int[] ha2, int[] rindex1, int[] rindex2, int nreff1, int nreff2,
                          boolean[] changed1, boolean[] changed2) {
        this.ha1 = ha1;
        this.ha2 = ha2;
        this.rindex1 = rindex1;
        this.rindex2 = rindex2;
        this.changed1 = changed1;
        this.changed2 = changed2;
        int ndiags = nreff1 + nreff2 + 3;
        kvd = new int[2 * ndiags + 2];
        kvdf = nreff2 + 1;
        kvdb = ndiags + nreff2 + 1;
        mxcost = Math.max(bogosqrt(ndiags), XDL_MAX_COST_MIN);
    }

    static void markChanges(LineRecords a, LineRecords b, LineClasses classes, boolean[] changedOld, boolean[] changedNew) {
        int n1 = a.count;
        int n2 = b.count;
        // xdl_trim_ends()
        int lim = Math.min(n1, n2);
        int head = 0;
        while (head < lim && a.classes[head] == b.classes[head]) {
            head++;
        }
        int tail = 0;
        while (tail < lim - head && a.classes[n1 - 1 - tail] == b.classes[n2 - 1 - tail]) {
            tail++;
        }
        int dend1 = n1 - tail - 1;
        int dend2 = n2 - tail - 1;

        // xdl_cleanup_records(): 0 = no match in the other file, 1 = keep, 2 = too many matches.
        byte[] dis1 = discardability(a, head, dend1, classes.inNew, bogosqrt(n1));
        byte[] dis2 = discardability(b, head, dend2, classes.inOld, bogosqrt(n2));
        int[] rindex1 = new int[Math.max(0, dend1 - head + 1)];
        int[] ha1 = new int[rindex1.length];
        int nreff1 = keep(a, head, dend1, dis1, rindex1, ha1, changedOld);
        int[] rindex2 = new int[Math.max(0, dend2 - head + 1)];
        int[] ha2 = new int[rindex2.length];
        int nreff2 = keep(b, head, dend2, dis2, rindex2, ha2, changedNew);

        new MyersLineDiff(ha1, ha2, rindex1, rindex2, nreff1, nreff2, changedOld, changedNew)
                .compare(0, nreff1, 0, nreff2);
    }

    private static byte[] discardability(LineRecords lines, int dstart, int dend, int[] inOther, int sqrt) {
        int mlim = Math.min(sqrt, XDL_MAX_EQLIMIT);
        byte[] dis = new byte[lines.count + 1];
        for (int i = dstart; i <= dend; i++) {
            int nm = inOther[lines.classes[i]];
            dis[i] = (byte) (nm == 0 ? 0 : nm >= mlim ? 2 : 1);
        }
        return dis;
    }

    private static int keep(LineRecords lines, int dstart, int dend, byte[] dis, int[] rindex, int[] ha, boolean[] changed) {
        int nreff = 0;
        for (int i = dstart; i <= dend; i++) {
            if (dis[i] == 1 || (dis[i] == 2 && !cleanMultiMatch(dis, i, dstart, dend))) {
                rindex[nreff] = i;
                ha[nreff] = lines.classes[i];
                nreff++;
            } else {
                changed[i + 1] = true;
            }
        }
        return nreff;
    }

    /**
     * xdl_clean_mmatch(): a record with many matches is discarded when it sits in a run of
     * records with no match, looking at most 100 records either way.
     */
    private static boolean cleanMultiMatch(byte[] dis, int i, int s, int e) {
        if (i - s > XDL_SIMSCAN_WINDOW) {
            s = i - XDL_SIMSCAN_WINDOW;
        }
        if (e - i > XDL_SIMSCAN_WINDOW) {
            e = i + XDL_SIMSCAN_WINDOW;
        }
        int rdis0 = 0;
        int rpdis0 = 1;
        for (int r = 1; i - r >= s; r++) {
            if (dis[i - r] == 0) {
                rdis0++;
            } else if (dis[i - r] == 2) {
                rpdis0++;
            } else {
                break;
            }
        }
        if (rdis0 == 0) {
            return false;
        }
        int rdis1 = 0;
        int rpdis1 = 1;
        for (int r = 1; i + r <= e; r++) {
            if (dis[i + r] == 0) {
                rdis1++;
            } else if (dis[i + r] == 2) {
                rpdis1++;
            } else {
                break;
            }
        }
        if (rdis1 == 0) {
            return false;
        }
        rdis1 += rdis0;
        rpdis1 += rpdis0;
        return rpdis1 * XDL_KPDIS_RUN < rpdis1 + rdis1;
    }

    /** xdl_bogosqrt(): the integer square root approximation xdiff sizes its limits with. */
    static int bogosqrt(long n) {
        int i = 1;
        for (; n > 0; n >>= 2) {
            i <<= 1;
        }
        return i;
    }

    /**
     * xdl_recs_cmp(): shrink the box by its common ends, mark a box with one empty side as
     * changed, otherwise split it and go on with both halves. A stack instead of recursion:
     * the boxes are independent, so the order does not change the result.
     */
    private void compare(int off1, int lim1, int off2, int lim2) {
        ArrayDeque<int[]> boxes = new ArrayDeque<>();
        boxes.push(new int[]{off1, lim1, off2, lim2, 0});
        while (!boxes.isEmpty()) {
            int[] box = boxes.pop();
            int o1 = box[0];
            int l1 = box[1];
            int o2 = box[2];
            int l2 = box[3];
            boolean needMin = box[4] != 0;
            while (o1 < l1 && o2 < l2 && ha1[o1] == ha2[o2]) {
                o1++;
                o2++;
            }
            while (o1 < l1 && o2 < l2 && ha1[l1 - 1] == ha2[l2 - 1]) {
                l1--;
                l2--;
            }
            if (o1 == l1) {
                for (; o2 < l2; o2++) {
                    changed2[rindex2[o2] + 1] = true;
                }
            } else if (o2 == l2) {
                for (; o1 < l1; o1++) {
                    changed1[rindex1[o1] + 1] = true;
                }
            } else {
                split(o1, l1, o2, l2, needMin);
                int i1 = splitI1;
                int i2 = splitI2;
                boxes.push(new int[]{i1, l1, i2, l2, splitMinHigh ? 1 : 0});
                boxes.push(new int[]{o1, i1, o2, i2, splitMinLow ? 1 : 0});
            }
        }
    }

    /**
     * xdl_split(): walk the forward and backward diagonals until they meet; past the cost limits
     * settle for a good snake or the furthest reaching path instead of the middle snake.
     */
    private void split(int off1, int lim1, int off2, int lim2, boolean needMin) {
        int dmin = off1 - lim2;
        int dmax = lim1 - off2;
        int fmid = off1 - off2;
        int bmid = lim1 - lim2;
        boolean odd = ((fmid - bmid) & 1) != 0;
        int fmin = fmid;
        int fmax = fmid;
        int bmin = bmid;
        int bmax = bmid;
        int[] k = kvd;
        int f = kvdf;
        int b = kvdb;
        k[f + fmid] = off1;
        k[b + bmid] = lim1;

        for (int ec = 1; ; ec++) {
            boolean gotSnake = false;

            if (fmin > dmin) {
                k[f + --fmin - 1] = -1;
            } else {
                ++fmin;
            }
            if (fmax < dmax) {
                k[f + ++fmax + 1] = -1;
            } else {
                --fmax;
            }
            for (int d = fmax; d >= fmin; d -= 2) {
                int i1 = k[f + d - 1] >= k[f + d + 1] ? k[f + d - 1] + 1 : k[f + d + 1];
                int prev1 = i1;
                int i2 = i1 - d;
                while (i1 < lim1 && i2 < lim2 && ha1[i1] == ha2[i2]) {
                    i1++;
                    i2++;
                }
                if (i1 - prev1 > XDL_SNAKE_CNT) {
                    gotSnake = true;
                }
                k[f + d] = i1;
                if (odd && bmin <= d && d <= bmax && k[b + d] <= i1) {
                    setSplit(i1, i2, true, true);
                    return;
                }
            }

            if (bmin > dmin) {
                k[b + --bmin - 1] = LINE_MAX;
            } else {
                ++bmin;
            }
            if (bmax < dmax) {
                k[b + ++bmax + 1] = LINE_MAX;
            } else {
                --bmax;
            }
            for (int d = bmax; d >= bmin; d -= 2) {
                int i1 = k[b + d - 1] < k[b + d + 1] ? k[b + d - 1] : k[b + d + 1] - 1;
                int prev1 = i1;
                int i2 = i1 - d;
                while (i1 > off1 && i2 > off2 && ha1[i1 - 1] == ha2[i2 - 1]) {
                    i1--;
                    i2--;
                }
                if (prev1 - i1 > XDL_SNAKE_CNT) {
                    gotSnake = true;
                }
                k[b + d] = i1;
                if (!odd && fmin <= d && d <= fmax && i1 <= k[f + d]) {
                    setSplit(i1, i2, true, true);
                    return;
                }
            }

            if (needMin) {
                continue;
            }

            // Past the heuristic trigger with a good snake: take a diagonal that got far enough.
            if (gotSnake && ec > XDL_HEUR_MIN_COST) {
                int best = 0;
                for (int d = fmax; d >= fmin; d -= 2) {
                    int dd = d > fmid ? d - fmid : fmid - d;
                    int i1 = k[f + d];
                    int i2 = i1 - d;
                    int v = (i1 - off1) + (i2 - off2) - dd;
                    if (v > XDL_K_HEUR * ec && v > best
                            && off1 + XDL_SNAKE_CNT <= i1 && i1 < lim1
                            && off2 + XDL_SNAKE_CNT <= i2 && i2 < lim2) {
                        for (int n = 1; ha1[i1 - n] == ha2[i2 - n]; n++) {
                            if (n == XDL_SNAKE_CNT) {
                                best = v;
                                splitI1 = i1;
                                splitI2 = i2;
                                break;
                            }
                        }
                    }
                }
                if (best > 0) {
                    splitMinLow = true;
                    splitMinHigh = false;
                    return;
                }
                best = 0;
                for (int d = bmax; d >= bmin; d -= 2) {
                    int dd = d > bmid ? d - bmid : bmid - d;
                    int i1 = k[b + d];
                    int i2 = i1 - d;
                    int v = (lim1 - i1) + (lim2 - i2) - dd;
                    if (v > XDL_K_HEUR * ec && v > best
                            && off1 < i1 && i1 <= lim1 - XDL_SNAKE_CNT
                            && off2 < i2 && i2 <= lim2 - XDL_SNAKE_CNT) {
                        for (int n = 0; ha1[i1 + n] == ha2[i2 + n]; n++) {
                            if (n == XDL_SNAKE_CNT - 1) {
                                best = v;
                                splitI1 = i1;
                                splitI2 = i2;
                                break;
                            }
                        }
                    }
                }
                if (best > 0) {
                    splitMinLow = false;
                    splitMinHigh = true;
                    return;
                }
            }

            // Enough is enough: take the furthest reaching path by the i1 + i2 measure.
            if (ec >= mxcost) {
                int fbest = -1;
                int fbest1 = -1;
                for (int d = fmax; d >= fmin; d -= 2) {
                    int i1 = Math.min(k[f + d], lim1);
                    int i2 = i1 - d;
                    if (lim2 < i2) {
                        i1 = lim2 + d;
                        i2 = lim2;
                    }
                    if (fbest < i1 + i2) {
                        fbest = i1 + i2;
                        fbest1 = i1;
                    }
                }
                int bbest = LINE_MAX;
                int bbest1 = LINE_MAX;
                for (int d = bmax; d >= bmin; d -= 2) {
                    int i1 = Math.max(off1, k[b + d]);
                    int i2 = i1 - d;
                    if (i2 < off2) {
                        i1 = off2 + d;
                        i2 = off2;
                    }
                    if (i1 + i2 < bbest) {
                        bbest = i1 + i2;
                        bbest1 = i1;
                    }
                }
                if ((lim1 + lim2) - bbest < fbest - (off1 + off2)) {
                    setSplit(fbest1, fbest - fbest1, true, false);
                } else {
                    setSplit(bbest1, bbest - bbest1, false, true);
                }
                return;
            }
        }
    }

    private void setSplit(int i1, int i2, boolean minLow, boolean minHigh) {
        splitI1 = i1;
        splitI2 = i2;
        splitMinLow = minLow;
        splitMinHigh = minHigh;
    }
}
