package io.diffpress.insight;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** Telling scores only as far as the threshold, where no other pair competes, pairs as the exact scores do. */
class BlockPairsPropertiesTest {

    @Property(tries = 1000)
    void boundsPairAsExactScoresDo(@ForAll @IntRange(max = 8) int n, @ForAll @IntRange(max = 8) int m, @ForAll long seed) {
        Random random = new Random(seed);
        double threshold = 0.5;
        double[][] exact = new double[n][m];
        double[][] bound = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                exact[i][j] = random.nextInt(3) == 0 ? random.nextInt(11) / 10.0 : 0; // ties too
                // at or above the threshold exactly when the score is, else anything below it
                bound[i][j] = exact[i][j] >= threshold ? threshold + (exact[i][j] - threshold) * random.nextDouble() : exact[i][j] * random.nextDouble();
            }
        }
        List<Integer> before = new ArrayList<>();
        List<Integer> after = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            before.add(i);
        }
        for (int j = 0; j < m; j++) {
            after.add(j);
        }
        int[] expected = BlockPairs.pair(before, after, threshold, (i, j) -> exact[i][j]);
        int[] paired = BlockPairs.pair(n, m, threshold, new BlockPairs.Scores() {
            @Override
            public double atLeast(int i, int j) {
                return bound[i][j];
            }

            @Override
            public double exact(int i, int j) {
                return exact[i][j];
            }
        });
        assertArrayEquals(expected, paired);
    }
}
