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

    /** For each of before, the index into after it is paired with, or -1. */
    static <T> int[] pair(List<T> before, List<T> after, double threshold, ToDoubleBiFunction<T, T> score) {
        record Candidate(int i, int j, double score) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            int centre = after.isEmpty() ? 0 : (int) ((long) i * after.size() / Math.max(1, before.size()));
            for (int j = Math.max(0, centre - WINDOW); j < Math.min(after.size(), centre + WINDOW); j++) {
                double s = score.applyAsDouble(before.get(i), after.get(j));
                if (s >= threshold) {
                    candidates.add(new Candidate(i, j, s));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparingInt(Candidate::i).thenComparingInt(Candidate::j));
        int[] pairs = new int[before.size()];
        java.util.Arrays.fill(pairs, -1);
        boolean[] taken = new boolean[after.size()];
        for (Candidate c : candidates) {
            if (pairs[c.i()] < 0 && !taken[c.j()]) {
                pairs[c.i()] = c.j();
                taken[c.j()] = true;
            }
        }
        return pairs;
    }
}
