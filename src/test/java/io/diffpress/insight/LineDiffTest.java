package io.diffpress.insight;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineDiffTest {

    @Test
    void marksTheChangedLines() {
        LineDiff d = LineDiff.of(List.of("a", "b", "c", "d"), List.of("a", "x", "c", "d", "e"));
        assertEquals(1, d.removedCount());
        assertEquals(2, d.addedCount());
        assertTrue(d.removed(1));
        assertTrue(d.added(1) && d.added(4));
    }

    /** Myers finds a shortest edit script: removed + added = n + m - 2·LCS, and kept lines match in order. */
    @Property(tries = 300)
    void editsAreMinimal(@ForAll @Size(max = 40) List<@IntRange(max = 3) Integer> a,
                         @ForAll @Size(max = 40) List<@IntRange(max = 3) Integer> b) {
        List<String> x = a.stream().map(String::valueOf).toList();
        List<String> y = b.stream().map(String::valueOf).toList();
        LineDiff d = LineDiff.of(x, y);
        assertEquals(x.size() + y.size() - 2 * lcs(x, y), d.removedCount() + d.addedCount());
        List<String> keptOld = new ArrayList<>();
        List<String> keptNew = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
            if (!d.removed(i)) {
                keptOld.add(x.get(i));
            }
        }
        for (int j = 0; j < y.size(); j++) {
            if (!d.added(j)) {
                keptNew.add(y.get(j));
            }
        }
        assertEquals(keptOld, keptNew);
    }

    @Test
    void pastTheEditCapLinesMissingOnTheOtherSideAreChanged() {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        for (int i = 0; i < 3 * LineDiff.MAX_EDITS; i++) {
            a.add("old " + i);
            b.add("new " + i);
        }
        a.add("shared");
        b.add(0, "shared");
        LineDiff d = LineDiff.of(a, b);
        assertEquals(3 * LineDiff.MAX_EDITS, d.removedCount());
        assertEquals(3 * LineDiff.MAX_EDITS, d.addedCount());
    }

    private static int lcs(List<String> a, List<String> b) {
        int[][] t = new int[a.size() + 1][b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                t[i][j] = a.get(i - 1).equals(b.get(j - 1)) ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        return t[a.size()][b.size()];
    }
}
