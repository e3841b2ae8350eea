package io.diffpress.insight;

import io.diffpress.history.LineEdits;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A line taken out of a page (a fence line, see {@link FenceFlip}): the lines read in place are the list less that line,
 * and the history stage's diff less that line marks every other line as the diff of the two pages did.
 */
class WithoutLinePropertiesTest {

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("ab`\n\r").ofMaxLength(40);
    }

    @Provide
    Arbitrary<List<String>> pages() {
        return Arbitraries.of("a", "b", "```", "c", "").list().ofMaxSize(12);
    }

    @Property(tries = 2000)
    void linesWithoutOneAreTheListLessThatLine(@ForAll("texts") String text) {
        List<String> expected = text.lines().toList();
        Lines lines = Lines.of(text);
        for (int i = 0; i < expected.size(); i++) {
            List<String> less = new ArrayList<>(expected);
            less.remove(i);
            Lines without = lines.without(i);
            assertEquals(less, without, "without " + i);
            assertEquals(less, Lines.of(without.text()), "its text is its lines");
            for (int k = 0; k < less.size(); k++) {
                assertEquals(less.get(k).length(), without.length(k));
            }
            if (expected.size() > 1) {
                // a part of a longer text, too
                List<String> tail = expected.subList(1, expected.size());
                if (i < tail.size()) {
                    List<String> tailLess = new ArrayList<>(tail);
                    tailLess.remove(i);
                    assertEquals(tailLess, lines.sub(1, expected.size()).without(i));
                }
            }
        }
        assertThrows(IndexOutOfBoundsException.class, () -> lines.without(expected.size()));
    }

    @Provide
    Arbitrary<String> fencedTexts() {
        return Arbitraries.of("a", "```", "````", "~~~", "   ```", "    ```", "``` x", "```  ", "```\t", "``x", "", "\u00a0")
                .list().ofMaxSize(14).map(l -> String.join("\n", l));
    }

    /** Fences read in place in a page's text are those read from its lines as strings, with or without one line. */
    @Property(tries = 2000)
    void fencesReadInPlaceAreFencesReadFromStrings(@ForAll("fencedTexts") String text) {
        List<String> strings = text.lines().toList();
        Lines lines = Lines.of(text);
        for (int from = 0; from <= Math.min(2, strings.size()); from++) {
            boolean[] expected = CodeFences.of(strings, from);
            assertTrue(java.util.Arrays.equals(expected, CodeFences.of(lines, from)), "fenced lines from " + from);
            assertEquals(CodeFences.openAtEnd(strings, from), CodeFences.openAtEnd(lines, from));
            for (int i = 0; i < strings.size(); i++) {
                assertEquals(CodeFences.fenceRun(strings.get(i)), CodeFences.fenceRun(lines, i));
                List<String> less = new ArrayList<>(strings);
                less.remove(i);
                // line i gone, the lines after it move up one: "from" counts in the page with it
                int fromLess = i < from ? from - 1 : from;
                boolean open = CodeFences.openAtEnd(less, fromLess);
                assertEquals(open, CodeFences.openAtEndWithout(strings, from, i), "without " + i + " from " + from);
                assertEquals(open, CodeFences.openAtEndWithout(lines, from, i), "in place, without " + i + " from " + from);
            }
        }
    }

    @Property(tries = 2000)
    void editsWithoutOneLineMarkTheRestAsBefore(@ForAll("pages") List<String> a, @ForAll("pages") List<String> b) {
        LineDiff d = LineDiff.of(a, b);
        LineEdits edits = editsOf(d, a.size(), b.size());
        LineDiff same = LineDiff.of(a, b, Optional.of(edits));
        for (int i = 0; i < a.size(); i++) {
            assertEquals(d.removed(i), same.removed(i));
        }
        for (int side = 0; side < 2; side++) {
            boolean old = side == 0;
            List<String> lines = old ? a : b;
            for (int line = 0; line < lines.size(); line++) {
                boolean changed = old ? d.removed(line) : d.added(line);
                if (!changed) {
                    int l = line;
                    assertThrows(IllegalArgumentException.class, () -> edits.withoutLine(old, l));
                    continue;
                }
                LineEdits less = edits.withoutLine(old, line);
                List<String> a2 = new ArrayList<>(a);
                List<String> b2 = new ArrayList<>(b);
                (old ? a2 : b2).remove(line);
                assertEquals(a2.size(), less.oldLines());
                assertEquals(b2.size(), less.newLines());
                LineDiff d2 = LineDiff.of(a2, b2, Optional.of(less));
                assertTrue(d2.edits() == less, "the diff is read from the edits given");
                for (int i = 0; i < a2.size(); i++) {
                    int was = old && i >= line ? i + 1 : i;
                    assertEquals(d.removed(was), d2.removed(i), "old " + i);
                }
                for (int j = 0; j < b2.size(); j++) {
                    int was = !old && j >= line ? j + 1 : j;
                    assertEquals(d.added(was), d2.added(j), "new " + j);
                }
                for (int k = 0; k < less.runs(); k++) {
                    assertTrue(less.oldCount(k) + less.newCount(k) > 0, "no empty run");
                }
            }
        }
    }

    /** The runs of a diff as the history stage hands them on: removed lines, then added ones, between kept lines. */
    private static LineEdits editsOf(LineDiff d, int n, int m) {
        List<Integer> script = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && d.removed(i) || j < m && d.added(j)) {
                int oldStart = i;
                int newStart = j;
                while (i < n && d.removed(i)) {
                    i++;
                }
                while (j < m && d.added(j)) {
                    j++;
                }
                script.addAll(List.of(oldStart, newStart, i - oldStart, j - newStart));
            } else {
                i++;
                j++;
            }
        }
        return new LineEdits(script.stream().mapToInt(Integer::intValue).toArray(), n, m);
    }
}
