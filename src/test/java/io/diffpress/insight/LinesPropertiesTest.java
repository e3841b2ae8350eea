package io.diffpress.insight;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    private static int sameHead(List<String> a, List<String> b) {
        int same = 0;
        while (same < a.size() && same < b.size() && a.get(same).equals(b.get(same))) {
            same++;
        }
        return same;
    }
}
