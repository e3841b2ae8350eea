package io.diffpress.insight;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import io.diffpress.history.ChangeStatus;
import io.diffpress.history.FileChange;
import io.diffpress.history.FileKind;
import io.diffpress.history.LineEdits;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
    void theHistoryStagesDiffIsReadAsGiven() {
        // "b" kept and "a" removed, as git may slide it, though "a" then "b" kept is as short
        LineEdits edits = new LineEdits(new int[] {0, 0, 1, 1}, 3, 3);
        LineDiff d = LineDiff.of(List.of("a", "a", "b"), List.of("x", "a", "b"), Optional.of(edits));
        assertTrue(d.exact());
        assertTrue(d.removed(0) && !d.removed(1) && !d.removed(2));
        assertTrue(d.added(0) && !d.added(1) && !d.added(2));
        assertEquals(1, d.removedCount());
        assertEquals(1, d.addedCount());
    }

    @Test
    void aDiffOverOtherLinesIsNotRead() {
        // git cuts lines at line feeds only: a text with a lone carriage return has more lines here
        LineEdits edits = new LineEdits(new int[] {1, 1, 1, 1}, 2, 2);
        LineDiff d = LineDiff.of(List.of("a", "b", "c"), List.of("a", "b", "d"), Optional.of(edits));
        assertTrue(!d.removed(1) && d.removed(2));
        assertTrue(!d.added(1) && d.added(2));
    }

    @Test
    void sectionLineCountsFollowTheDiffTheReportShows() {
        String before = "# T\n\n## A\n\nx\n\n## B\n\ny";
        String after = "# T\n\n## A\n\nx\n\n## B\n\ny\n";
        // git: the last line gained its line feed, so it is removed and added; read as text it is the same
        LineEdits edits = new LineEdits(new int[] {8, 8, 1, 1}, 9, 9);
        FileChange change = new FileChange("a.md", Optional.empty(), ChangeStatus.MODIFIED, 100, FileKind.FILE, false, 1, 1,
                "", false, Optional.of(before), Optional.of(after), false, Optional.of(edits));
        List<Fact> facts = FactFinder.find(change);
        assertTrue(facts.contains(new Fact.SectionEdited("B", 1, 1)), facts.toString());
        List<Fact> own = FactFinder.find(new FileChange("a.md", Optional.empty(), ChangeStatus.MODIFIED, 100, FileKind.FILE,
                false, 1, 1, "", false, Optional.of(before), Optional.of(after)));
        assertTrue(own.stream().noneMatch(f -> f instanceof Fact.SectionEdited), own.toString());
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
