package io.diffpress.insight;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The syntax a page may hold, read in place in the text, is what a reading of each line as a string finds. */
class LearnSyntaxPropertiesTest {

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> line = Arbitraries.of("# Title", "## [A](#tab/a)", " ## [B](#tab/b)", "::: zone pivot=\"x\"", "  :::image", ": a",
                "<a id=\"x\"></a>", "## <a name=\"y\"></a>Heading", "<A href=\"z\">", "<a\tid=\"t\">", "<abbr>", "text <a ", "", "   ",
                "\t:::", "::", "#](#tab/", "plain words", "<", "#");
        return line.list().ofMaxSize(12).map(lines -> String.join("\n", lines));
    }

    @Property(tries = 2000)
    void inPlaceAsInStrings(@ForAll("texts") String text, @ForAll @IntRange(min = 0, max = 3) int from) {
        Lines lines = Lines.of(text);
        int start = Math.min(from, lines.size());
        assertEquals(byStrings(new ArrayList<>(lines), start), LearnSyntax.of(lines, start));
        assertEquals(byStrings(new ArrayList<>(lines), start), LearnSyntax.of(new ArrayList<>(lines), start), "lines given as strings");
        if (lines.size() > 1) {
            Lines part = lines.sub(1, lines.size());
            assertEquals(byStrings(new ArrayList<>(part), 0), LearnSyntax.of(part, 0), "a part of a longer text");
        }
    }

    /** A new version: the old one's lines with some inserted, removed or replaced, so that most keep their place at either end. */
    @Provide
    Arbitrary<List<Integer>> edits() {
        return Arbitraries.integers().between(0, 1000).list().ofMaxSize(9);
    }

    @Property(tries = 3000)
    void twoVersionsAlongTheirDiffAsEachReadWhole(@ForAll("texts") String oldText, @ForAll("texts") String inserted,
                                                 @ForAll("edits") List<Integer> edits, @ForAll @IntRange(min = 0, max = 3) int fromA,
                                                 @ForAll @IntRange(min = 0, max = 3) int fromB) {
        List<String> newLines = edited(new ArrayList<>(Lines.of(oldText)), inserted, edits);
        Lines a = Lines.of(oldText);
        Lines b = Lines.of(String.join("\n", newLines));
        int startA = Math.min(fromA, a.size());
        int startB = Math.min(fromB, b.size());
        LearnSyntax whole = byStrings(new ArrayList<>(a), startA).or(byStrings(new ArrayList<>(b), startB));
        assertEquals(whole, LearnSyntax.of(a, startA, b, startB, LineDiff.of(a, b)));
        // a diff of other lines (one more at the end of each) is not read along: both versions are read whole
        LineDiff other = LineDiff.of(Lines.of(oldText + "\nx"), Lines.of(String.join("\n", newLines) + "\ny"));
        assertEquals(whole, LearnSyntax.of(a, startA, b, startB, other), "a diff of other lines");
    }

    /** Pages cut into chunks (blank lines, fences, front matter) holding the syntax here and there. */
    @Provide
    Arbitrary<String> pages() {
        Arbitrary<String> line = Arbitraries.of("# Title", "## [A](#tab/a)", " ## [B](#tab/b)", "::: zone pivot=\"x\"", "  :::image", "",
                "", "", "<a id=\"x\"></a>", "## <a name=\"y\"></a>Heading", "<A href=\"z\">", "text <a ", "plain words", "More text.",
                "```", "~~~", "- item", "    indented", "#");
        Arbitrary<String> body = line.list().ofMaxSize(30).map(lines -> String.join("\n", lines));
        return Arbitraries.oneOf(body, body.map(b -> "---\ntitle: T\n---\n" + b), body.map(b -> "---\ntitle: <a x\n---\n" + b));
    }

    @Property(tries = 3000)
    void theChunkScansFindWhatBothVersionsReadWholeHold(@ForAll("pages") String oldText, @ForAll("pages") String inserted,
                                                        @ForAll("edits") List<Integer> edits) {
        List<String> a = new ArrayList<>(Lines.of(oldText));
        List<String> b = edited(new ArrayList<>(a), inserted, edits);
        LearnSyntax[] syntax = new LearnSyntax[1];
        MarkdownOutline[] outlines = ChunkReading.read(a, b, LineDiff.of(a, b), true, new MarkdownComparison.HeadingMatch[1], syntax);
        // most pairs must be read in chunks, with some syntax found, or this property would check little
        Statistics.label("read in chunks").collect(outlines != null);
        Statistics.label("read in chunks").coverage(c -> c.check(true).percentage(p -> p > 30));
        if (outlines == null) {
            return; // not read in chunks: the comparison reads the syntax itself
        }
        LearnSyntax whole = byStrings(a, outlines[0].frontMatter().lines()).or(byStrings(b, outlines[1].frontMatter().lines()));
        assertEquals(whole, syntax[0]);
        Statistics.label("some syntax").collect(!whole.equals(new LearnSyntax(false, false, false)));
        Statistics.label("some syntax").coverage(c -> c.check(true).percentage(p -> p > 30));
        assertEquals(whole, LearnSyntax.of(outlines[0], outlines[1], LineDiff.of(a, b)), "as the comparison would read it");
    }

    @Test
    void aChangeInTheMiddleIsReadThere() {
        Lines a = Lines.of("# T\ntext\nmore\nend\n");
        Lines b = Lines.of("# T\ntext\n::: zone pivot=\"x\"\nend\n");
        assertEquals(new LearnSyntax(false, true, false), LearnSyntax.of(a, 0, b, 0, LineDiff.of(a, b)));
        assertEquals(new LearnSyntax(false, true, false), LearnSyntax.of(b, 0, a, 0, LineDiff.of(b, a)), "and in the old version");
        Lines tabs = Lines.of("---\nx: 1\n---\n# [P](#tab/p)\n");
        Lines fewer = Lines.of("---\nx: 1\ny: 2\n---\n# [P](#tab/p)\n");
        // the old version's front matter ends after line 3: its heading line is read there, and in the new one at line 4
        assertEquals(new LearnSyntax(true, false, false), LearnSyntax.of(tabs, 3, fewer, 4, LineDiff.of(tabs, fewer)));
        assertEquals(new LearnSyntax(false, false, false), LearnSyntax.of(fewer, 5, tabs, 4, LineDiff.of(fewer, tabs)),
                "lines in either front matter are not read");
    }

    @Test
    void findsEachKind() {
        assertEquals(new LearnSyntax(true, false, false), LearnSyntax.of(Lines.of("text\n# [Python](#tab/python)\n"), 0));
        assertEquals(new LearnSyntax(false, true, false), LearnSyntax.of(Lines.of("text\n  ::: zone pivot=\"a\"\n"), 0));
        assertEquals(new LearnSyntax(false, false, true), LearnSyntax.of(Lines.of("## <a id=\"x\"></a>Title"), 0));
        assertEquals(new LearnSyntax(false, false, false), LearnSyntax.of(Lines.of(" # [P](#tab/p)\n<abbr>\n::\n"), 0), "an indented tab, no anchor, two colons");
        assertEquals(new LearnSyntax(false, false, false), LearnSyntax.of(List.of("::: zone", "text"), 1), "lines before from are not read");
    }

    /** The lines with each edit applied in turn: a line of {@code inserted} added or put in place of one, or a line removed. */
    private static List<String> edited(List<String> lines, String inserted, List<Integer> edits) {
        List<String> pool = new ArrayList<>(Lines.of(inserted));
        for (int e : edits) {
            int at = lines.isEmpty() ? 0 : e % (lines.size() + 1);
            String line = pool.isEmpty() ? "" : pool.get(e % pool.size());
            switch (e % 3) {
                case 0 -> lines.add(at, line);
                case 1 -> {
                    if (at < lines.size()) {
                        lines.remove(at);
                    }
                }
                default -> {
                    if (at < lines.size()) {
                        lines.set(at, line);
                    }
                }
            }
        }
        return lines;
    }

    /** The reading line by line, each line a string: what the scan in place must find. */
    private static LearnSyntax byStrings(List<String> lines, int from) {
        boolean tabs = false;
        boolean colons = false;
        boolean anchors = false;
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            int at = CodeFences.textStart(line);
            if (at == line.length()) {
                continue;
            }
            char c = line.charAt(at);
            if (c == '#') {
                tabs |= at == 0 && line.contains("](#tab/");
                anchors |= HtmlAnchors.mayHold(line);
            } else if (c == ':') {
                colons |= line.startsWith(":::", at);
            } else if (c == '<') {
                anchors |= HtmlAnchors.mayHold(line);
            }
        }
        return new LearnSyntax(tabs, colons, anchors);
    }
}
