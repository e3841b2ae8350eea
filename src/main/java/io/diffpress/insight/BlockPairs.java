package io.diffpress.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleBiFunction;

/**
 * Pairs removed things with added things that look like edits of them: best scores first,
 * ties broken by position, so the result never depends on hash order. Only pairs within
 * {@link #WINDOW} ranks of each other are scored, which keeps the work linear.
 */
final class BlockPairs {

    static final int WINDOW = 40;

    private BlockPairs() {
    }

    /**
     * A score told in two steps: first only whether it reaches the threshold, then exactly, which
     * is asked only for a pair that shares a side with another pair reaching the threshold (the
     * order of the scores decides nothing else).
     */
    interface Scores {

        /** A value at or above the threshold exactly when the score is: a bound may do. */
        double atLeast(int i, int j);

        /** The score, asked only when {@link #atLeast} reached the threshold. */
        double exact(int i, int j);

        /**
         * Whether the value the last {@link #atLeast} returned is the one {@link #exact} gives: then
         * it is not asked again.
         */
        default boolean lastExact() {
            return false;
        }
    }

    /** For each of before, the index into after it is paired with, or -1. */
    static <T> int[] pair(List<T> before, List<T> after, double threshold, ToDoubleBiFunction<T, T> score) {
        return pairExact(before.size(), after.size(), threshold, (i, j) -> score.applyAsDouble(before.get(i), after.get(j)));
    }

    /** A score known exactly at once, by the indexes of the two things. */
    interface ExactScore {
        double score(int i, int j);
    }

    /** As {@link #pair(int, int, double, Scores)}, for a score that has no cheaper bound. */
    static int[] pairExact(int n, int m, double threshold, ExactScore score) {
        Scores exact = new Scores() {
            @Override
            public double atLeast(int i, int j) {
                return score.score(i, j);
            }

            @Override
            public double exact(int i, int j) {
                return score.score(i, j);
            }

            @Override
            public boolean lastExact() {
                return true;
            }
        };
        return pair(n, m, threshold, exact);
    }

    /** For each of n things before, the index of the one of m after it is paired with, or -1. */
    static int[] pair(int n, int m, double threshold, Scores scores) {
        record Candidate(int i, int j, double score, boolean exact) {
        }
        List<Candidate> candidates = new ArrayList<>();
        int[] degreeBefore = new int[n];
        int[] degreeAfter = new int[m];
        for (int i = 0; i < n; i++) {
            int centre = m == 0 ? 0 : (int) ((long) i * m / Math.max(1, n));
            for (int j = Math.max(0, centre - WINDOW); j < Math.min(m, centre + WINDOW); j++) {
                double s = scores.atLeast(i, j);
                if (s >= threshold) {
                    candidates.add(new Candidate(i, j, s, scores.lastExact()));
                    degreeBefore[i]++;
                    degreeAfter[j]++;
                }
            }
        }
        // a pair sharing no side with another is taken whatever its score; the others are ordered by theirs
        for (int k = 0; k < candidates.size(); k++) {
            Candidate c = candidates.get(k);
            if (!c.exact() && (degreeBefore[c.i()] > 1 || degreeAfter[c.j()] > 1)) {
                candidates.set(k, new Candidate(c.i(), c.j(), scores.exact(c.i(), c.j()), true));
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparingInt(Candidate::i).thenComparingInt(Candidate::j));
        int[] pairs = new int[n];
        java.util.Arrays.fill(pairs, -1);
        boolean[] taken = new boolean[m];
        for (Candidate c : candidates) {
            if (pairs[c.i()] < 0 && !taken[c.j()]) {
                pairs[c.i()] = c.j();
                taken[c.j()] = true;
            }
        }
        return pairs;
    }
}
