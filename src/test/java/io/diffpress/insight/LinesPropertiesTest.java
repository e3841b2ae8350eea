package io.diffpress.insight;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lines read in place are the lines String.lines() gives, and answer as those strings do. */
class LinesPropertiesTest {

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("ab[<]:` \t\n\r\u2028é日").ofMaxLength(60);
    }

    @Property(tries = 3000)
    void linesAreThoseOfStringLines(@ForAll("texts") String text, @ForAll("texts") String other) {
        List<String> expected = text.lines().toList();
        Lines lines = Lines.of(text);
        assertEquals(expected, lines);
        assertEquals(expected, Lines.of(expected), "joined from a list");
        List<String> others = other.lines().toList();
        Lines otherLines = Lines.of(other);
        assertEquals(sameHead(expected, others), lines.sameHead(otherLines));
        assertEquals(sameHead(others, expected), otherLines.sameHead(lines));
        Lines joined = Lines.of(expected.stream().map(l -> l + "\n").collect(java.util.stream.Collectors.joining()) + other);
        assertEquals(sameHead(others, expected), joined.sub(expected.size(), joined.size()).sameHead(lines), "a part of a longer text");
        for (int max = 0; max <= Math.min(expected.size(), others.size()); max++) {
            assertEquals(sameTail(expected, others, max), lines.sameTail(otherLines, max), "last " + max);
        }
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).length(), lines.length(i));
            for (int j = 0; j < others.size(); j++) {
                assertEquals(expected.get(i).equals(others.get(j)), lines.same(i, otherLines, j), i + " and " + j);
            }
            for (int to = i; to <= expected.size(); to++) {
                List<String> part = expected.subList(i, to);
                assertEquals(part, lines.sub(i, to));
                boolean any = part.stream().anyMatch(l -> l.indexOf('[') >= 0 || l.indexOf('<') >= 0);
                assertEquals(any, lines.containsAny('[', '<', i, to), i + ".." + to);
            }
        }
    }

    /** Long texts with a long common head: the head is compared block by block, lines are read through windows. */
    @Property(tries = 1000)
    void longHeadsAndWindowsAnswerAsStrings(@ForAll("texts") String head, @ForAll("texts") String text, @ForAll("texts") String other,
                                            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 40) int repeats) {
        String common = (head + "\n").repeat(repeats);
        List<String> expected = (common + text).lines().toList();
        List<String> others = (common + other).lines().toList();
        Lines lines = Lines.of(common + text);
        Lines otherLines = Lines.of(common + other);
        assertEquals(sameHead(expected, others), lines.sameHead(otherLines));
        assertEquals(sameHead(others, expected), otherLines.sameHead(lines));
        List<String> endA = (text + "\n" + common).lines().toList();
        List<String> endB = (other + "\n" + common + (repeats % 2 == 0 ? "" : "\n")).lines().toList();
        Lines tailA = Lines.of(text + "\n" + common);
        Lines tailB = Lines.of(other + "\n" + common + (repeats % 2 == 0 ? "" : "\n"));
        for (int max = 0; max <= Math.min(endA.size(), endB.size()); max++) {
            assertEquals(sameTail(endA, endB, max), tailA.sameTail(tailB, max), "last " + max);
            assertEquals(sameTail(endB, endA, max), tailB.sameTail(tailA, max), "last " + max);
        }
        for (int from = 0; from < expected.size(); from += 1 + from / 3) {
            for (int to = from; to <= expected.size(); to += 1 + to / 2) {
                for (Lines.Window w : List.of(lines.window(from, to), lines.window(from, to, new char[8]), lines.window(from, to, new char[4096]))) {
                    for (int i = from; i < to; i++) {
                        assertEquals(expected.get(i), new String(w.chars(), lines.start(i) - w.base(), lines.length(i)), from + ".." + to + " line " + i);
                    }
                }
            }
        }
    }

    /**
     * A new version's lines found between the old version's head and tail, as a line diff over git's
     * records (a line with its line feed) tells them, are those of the new text split alone.
     */
    @Property(tries = 3000)
    void linesOfANewVersionAreThoseOfItsText(@ForAll("texts") String head, @ForAll("texts") String a, @ForAll("texts") String b,
                                             @ForAll("texts") String tail) {
        String before = head + "\n" + a + "\n" + tail;
        String after = head + "\n" + b + "\n" + tail;
        // texts with a carriage return are split otherwise than git cuts them: most pairs without one
        String[][] pairs = {{before, after}, {a, b}, {head + a, head + b}, {a + tail, b + tail}};
        List<String[]> all = new java.util.ArrayList<>(List.of(pairs));
        for (String[] pair : pairs) {
            all.add(new String[] {pair[0].replace('\r', 'r'), pair[1].replace('\r', 'r')});
            all.add(new String[] {pair[0].replace('\r', '\n'), pair[1].replace('\r', '\n')});
        }
        for (String[] pair : all) {
            Lines old = Lines.of(pair[0]);
            Lines lines = Lines.of(pair[1], old, gitEdits(pair[0], pair[1]));
            Lines whole = Lines.of(pair[1]);
            assertEquals(pair[1].lines().toList(), lines, () -> java.util.Arrays.toString(pair));
            for (int i = 0; i < whole.size(); i++) {
                assertEquals(whole.start(i), lines.start(i));
                assertEquals(whole.end(i), lines.end(i));
            }
        }
    }

    /**
     * Lines where the history stage's diff found them (byte offsets of git's records) are those of the
     * text split alone, and are taken only when the bytes are the text's characters.
     */
    @Property(tries = 3000)
    void linesAtTheDiffsOffsetsAreThoseOfTheText(@ForAll("texts") String a, @ForAll("texts") String b, @ForAll boolean ascii) {
        String before = ascii ? a.replaceAll("[^ -~\n]", "x") : a;
        String after = ascii ? b.replaceAll("[^ -~\n]", "x") : b;
        io.diffpress.history.LineEdits edits = gitEdits(before, after);
        for (boolean old : new boolean[] {true, false}) {
            String text = old ? before : after;
            Lines lines = Lines.atOffsets(text, edits, old);
            if (ascii) {
                assertTrue(lines != null, text);
            }
            if (lines != null) {
                Lines whole = Lines.of(text);
                assertEquals(text.lines().toList(), lines);
                for (int i = 0; i < whole.size(); i++) {
                    assertEquals(whole.start(i), lines.start(i));
                    assertEquals(whole.end(i), lines.end(i));
                }
            }
        }
    }

    /** The runs of a shortest line diff over the records git cuts the texts into, with their byte offsets. */
    private static io.diffpress.history.LineEdits gitEdits(String before, String after) {
        List<String> a = records(before);
        List<String> b = records(after);
        LineDiff d = LineDiff.of(a, b);
        List<Integer> script = new java.util.ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && !d.removed(i) && !d.added(j)) {
                i++;
                j++;
                continue;
            }
            int si = i;
            int sj = j;
            while (i < a.size() && d.removed(i)) {
                i++;
            }
            while (j < b.size() && d.added(j)) {
                j++;
            }
            script.addAll(List.of(si, sj, i - si, j - sj));
        }
        return new io.diffpress.history.LineEdits(script.stream().mapToInt(Integer::intValue).toArray(), a.size(), b.size(),
                offsets(a), offsets(b));
    }

    private static int[] offsets(List<String> records) {
        int[] offsets = new int[records.size() + 1];
        for (int i = 0; i < records.size(); i++) {
            offsets[i + 1] = offsets[i] + records.get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        return offsets;
    }

    private static List<String> records(String text) {
        List<String> records = new java.util.ArrayList<>();
        int start = 0;
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
            records.add(text.substring(start, end + 1));
            start = end + 1;
        }
        if (start < text.length()) {
            records.add(text.substring(start));
        }
        return records;
    }

    private static int sameTail(List<String> a, List<String> b, int max) {
        int same = 0;
        while (same < max && a.get(a.size() - 1 - same).equals(b.get(b.size() - 1 - same))) {
            same++;
        }
        return same;
    }

    private static int sameHead(List<String> a, List<String> b) {
        int same = 0;
        while (same < a.size() && same < b.size() && a.get(same).equals(b.get(same))) {
            same++;
        }
        return same;
    }
}
