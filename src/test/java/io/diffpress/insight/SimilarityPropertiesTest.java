package io.diffpress.insight;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fast forms of the similarity measures and line numbering give exactly what the plain ones give. */
class SimilarityPropertiesTest {

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.of("print", "x", "Print", "client.call_1(\"a\")", "ÉTÉ", "İstanbul", "日本", "a_b", "42", "--", "**bold**",
                        "`code`", "(x)", "\t", "\u2028", "\u00a0", "ß", "ǅ", "\ud83d\ude00"),
                Arbitraries.strings().withChars("abAB_1.(),'\" \n\t").ofMaxLength(6));
        return word.list().ofMaxSize(40).map(w -> String.join(" ", w).replace(" \n ", "\n"));
    }

    /** A Bags recycled after other texts numbers words as a new one: ids from 0, the same Dice. */
    @Property(tries = 1000)
    void recycledBagsAreAsNew(@ForAll("texts") String before, @ForAll("texts") String a, @ForAll("texts") String b) {
        Similarity.Bags used = Similarity.Bags.recycled(Similarity.Bags.COMPARISON);
        used.words(before);
        used.code(before + "\n" + a);
        Similarity.Bags recycled = Similarity.Bags.recycled(Similarity.Bags.COMPARISON);
        Similarity.Bags fresh = new Similarity.Bags();
        int[] x = recycled.words(a);
        int[] y = fresh.words(a);
        assertEquals(java.util.Arrays.toString(y), java.util.Arrays.toString(x), "ids from 0 in the order met");
        assertEquals(fresh.dice(y, fresh.words(b)), recycled.dice(x, recycled.words(b)));
        assertEquals(fresh.dice(fresh.code(a), fresh.code(b)), recycled.dice(recycled.code(a), recycled.code(b)));
    }

    /** Whether two texts' words reach a Dice threshold, told from what they share at either end, is what their bags say. */
    @Property(tries = 3000)
    void reachingAThresholdIsWhatTheBagsSay(@ForAll("texts") String head, @ForAll("texts") String a, @ForAll("texts") String b,
                                            @ForAll("texts") String tail, @ForAll("thresholds") double threshold) {
        for (String[] pair : new String[][] {{head + a + tail, head + b + tail}, {head + " " + a + " " + tail, head + " " + b + " " + tail},
                {a, b}, {head + a, head + b}, {a + tail, b + tail}, {head + a + tail, head + tail}}) {
            Similarity.Bags bags = new Similarity.Bags();
            boolean expected = bags.dice(bags.words(pair[0]), bags.words(pair[1])) >= threshold;
            assertEquals(expected, new Similarity.Bags().reaches(pair[0], pair[1], threshold), () -> java.util.Arrays.toString(pair));
            assertEquals(expected, bags.reaches(pair[0], pair[1], threshold), "with words numbered before");
        }
    }

    /** Texts that share most lines, as two versions of one code block do. */
    @Provide
    Arbitrary<List<String>> versions() {
        return texts().list().ofMinSize(1).ofMaxSize(12).flatMap(lines -> texts().map(extra -> {
            List<String> edited = new ArrayList<>(lines);
            edited.set(extra.length() % edited.size(), extra);
            if (extra.length() % 3 == 0) {
                edited.add(extra);
            }
            return List.of(String.join("\n", lines), String.join("\n", edited));
        }));
    }

    @Property(tries = 2000)
    void wordBagsGiveTheDiceOfWords(@ForAll("texts") String a, @ForAll("texts") String b) {
        Similarity.Bags bags = new Similarity.Bags();
        assertEquals(Similarity.words(a, b), bags.dice(bags.words(a), bags.words(b)));
    }

    @Property(tries = 2000)
    void codeBagsGiveTheDiceOfIdentifiers(@ForAll("texts") String a, @ForAll("texts") String b) {
        Similarity.Bags bags = new Similarity.Bags();
        assertEquals(Similarity.identifiers(a, b), bags.dice(bags.code(a), bags.code(b)));
    }

    @Property(tries = 2000)
    void codeBagsGiveTheDiceOfIdentifiersOfEditedBlocks(@ForAll("versions") List<String> pair) {
        Similarity.Bags bags = new Similarity.Bags();
        Similarity.Bags.Code a = bags.code(pair.get(0));
        Similarity.Bags.Code b = bags.code(pair.get(1));
        assertEquals(Similarity.identifiers(pair.get(0), pair.get(1)), bags.dice(a, b));
        assertEquals(Similarity.identifiers(pair.get(1), pair.get(0)), bags.dice(b, a), "again, the other way round");
    }

    /**
     * Two versions of a file, each a block of lines, compared as verbatim code blocks on the lines the
     * line diff did not keep: Dice over their identifiers whenever it reaches the threshold, else
     * something below it; with no competing pair, on which side of the threshold it lies.
     */
    @Property(tries = 2000)
    void verbatimLinesGiveTheDiceOfIdentifiers(@ForAll("versions") List<String> pair, @ForAll("thresholds") double threshold) {
        List<String> a = List.of(pair.get(0).split("\n", -1));
        List<String> b = List.of(pair.get(1).split("\n", -1));
        LineDiff diff = LineDiff.of(a, b);
        double dice = Similarity.identifiers(pair.get(0), pair.get(1));
        int difference = Similarity.Bags.countIdentifiers(pair.get(0)) - Similarity.Bags.countIdentifiers(pair.get(1));
        VerbatimLines lines = new VerbatimLines(a, b, diff.oldToNew(), diff.exact());
        for (int round = 0; round < 2; round++) { // the second time from the lines' cached identifiers
            assertScore(dice, difference, threshold, lines, a.size(), 0, b.size());
        }
        // the new block after a copy of the old one, which the diff keeps: lines kept outside the block do not count
        List<String> copied = new ArrayList<>(a);
        copied.addAll(b);
        LineDiff moved = LineDiff.of(a, copied);
        assertScore(dice, difference, threshold, new VerbatimLines(a, copied, moved.oldToNew(), moved.exact()), a.size(), a.size(), b.size());
    }

    private static void assertScore(double dice, int difference, double threshold, VerbatimLines lines, int linesA, int fromB, int linesB) {
        double only = lines.dice(0, linesA, fromB, fromB + linesB, threshold, true);
        assertEquals(dice >= threshold, only >= threshold, only + " for " + dice);
        assertEquals(difference, lines.difference());
        double score = lines.dice(0, linesA, fromB, fromB + linesB, threshold, false);
        if (dice >= threshold) {
            assertEquals(dice, score);
        } else {
            assertTrue(score < threshold, score + " for " + dice);
        }
    }

    @Provide
    Arbitrary<Double> thresholds() {
        return Arbitraries.of(0.0, 0.3, 0.5, 0.75, 1.0);
    }

    @Property(tries = 2000)
    void codeBlockLinesAreThoseOfItsText(@ForAll("texts") String text, @ForAll boolean carriageReturn, @ForAll boolean closed) {
        String content = (carriageReturn ? text.replace("\t", "\r") : text) + (closed ? "\n" : "");
        assertEquals(content.isEmpty() ? 0 : content.lines().count(), new MarkdownOutline.CodeBlock(0, "", content, 0, false).lineCount());
    }

    @Property(tries = 2000)
    void collapseAndSameCollapsedAgree(@ForAll("texts") String a, @ForAll("texts") String b) {
        String slow = slowCollapse(a);
        assertEquals(slow, MarkdownOutline.collapse(a));
        assertEquals(slow.equals(slowCollapse(b)), MarkdownOutline.sameCollapsed(a, b));
    }

    /** Lines alike in length and in the characters the short hash reads still get ids of their own. */
    @Property(tries = 300)
    void textIdsNumberEqualTextsAlike(@ForAll("texts") String seed) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            lines.add("| row " + (char) ('a' + i % 26) + (char) ('a' + i / 26 % 26) + " | " + seed.length() + " |");
            lines.add(seed + i % 7);
        }
        TextIds ids = new TextIds(4);
        Map<String, Integer> expected = new HashMap<>();
        for (String line : lines) {
            int id = ids.id(line);
            assertEquals(expected.computeIfAbsent(line, k -> expected.size()), id, line);
            String padded = "<" + line + ">";
            assertEquals(id, ids.id(padded.toCharArray(), 1, padded.length() - 1), "a part of a longer text");
        }
        assertEquals(expected.size(), ids.size());
    }

    @Property(tries = 2000)
    void flattenReturnsFlatTextAsItIs(@ForAll("texts") String text) {
        assertEquals(slowFlatten(text), InlineCode.flatten(text));
        String tail = "x".repeat(330) + " " + text;
        assertEquals(slowFlatten(tail), InlineCode.flatten(tail), "past the length cap");
    }

    /** InlineCode.flatten without its shortcut: a text cut before its last non-blank character ends with "…". */
    private static String slowFlatten(String text) {
        StringBuilder out = new StringBuilder();
        boolean space = false;
        int i = 0;
        for (; i < text.length() && out.length() < 4 * InlineCode.MAX_CHARS; i++) {
            char c = text.charAt(i);
            if (slowBlank(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(Character.isISOControl(c) ? '\uFFFD' : c); // a control character that is no white space
            }
        }
        String rest = text.substring(i);
        boolean more = rest.chars().anyMatch(c -> !slowBlank((char) c));
        return more ? out + "…" : out.toString();
    }

    private static boolean slowBlank(char c) {
        return " \t\n\u000b\f\r\u2028\u2029\u00a0\ufeff".indexOf(c) >= 0 || Character.isSpaceChar(c) && c != '\u2007' && c != '\u202f';
    }

    private static String slowCollapse(String text) {
        StringBuilder out = null;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (out == null) {
                out = new StringBuilder();
            } else if (space) {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out == null ? "" : out.toString();
    }
}
