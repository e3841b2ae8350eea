package io.diffpress.insight;

import io.diffpress.history.ChangeStatus;
import io.diffpress.history.FileChange;
import io.diffpress.history.FileKind;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Markdown-ish input of any shape never makes the writer throw, hang or write a multi-line fact. */
class RobustnessPropertiesTest {

    /** CPU time of this thread, not wall time: other builds share the machine's cores. */
    private static final long MAX_MILLIS_PER_FILE = 2_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static long cpuMillis() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() / 1_000_000
                : System.nanoTime() / 1_000_000;
    }

    @Provide
    Arbitrary<String> markdownish() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.of("---", "...", "title: x", "ms.date: 05/25/2025", "key: [unclosed", "a: b: c", "  - item",
                        "# Heading", "## Sub", "###### deep", "```", "```python", "~~~", "    indented code",
                        "| a | b |", "|---|---|", "| `x` | 1 M |", "|:--|--:|", "- item", "* item", "1. one", "> quote",
                        ">>>>>>>> nested", "[link](http://x)", "[ref]: http://y", "![img](a.png)", "`unclosed",
                        "**bold", "<div>", "</details>", "", " ", "\t", "\u0000\u0007\u001b[31m", "\r", "\u2028", "&amp;", "\\"),
                Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(30),
                Arbitraries.strings().withChars("|`*_-#>[]()!:\n ").ofMaxLength(40),
                Arbitraries.integers().between(1, 300).map(n -> "| c |".repeat(n)),
                Arbitraries.integers().between(1, 200).map(n -> ">".repeat(n) + " q"),
                Arbitraries.integers().between(1, 200).map(n -> "  ".repeat(n) + "- deep"));
        return line.list().ofMaxSize(80).map(lines -> String.join("\n", lines));
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.of("docs/a.md", "toc.yml", "data/x.json", "data/y.yaml", "samples/s.py", "README", "media/i.svg");
    }

    @Property(tries = 250)
    void neverThrowsAndFinishesQuickly(@ForAll("markdownish") String before, @ForAll("markdownish") String after,
                                       @ForAll("paths") String path) {
        FileChange change = Changes.modified(path, before, after);
        InsightWriter writer = new InsightWriter(Locale.US);
        // CPU time is measured on the thread that explains; a wall-clock bound as well, so that
        // a real hang fails the run instead of stalling CI.
        long[] cpu = new long[1];
        FileInsight insight = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> {
            long start = cpuMillis();
            FileInsight explained = writer.explain(change);
            cpu[0] = cpuMillis() - start;
            return explained;
        }, "explain hung");
        long millis = cpu[0];
        assertTrue(millis < MAX_MILLIS_PER_FILE, "took " + millis + " ms");
        for (String fact : insight.facts()) {
            assertFalse(fact.contains("\n") || fact.contains("\r"), fact);
        }
        assertFalse(insight.title().contains("\n"));
        assertTrue(insight.title().length() <= FileExplanation.MAX_TITLE, insight.title());
        assertEquals(insight, new InsightWriter(Locale.US).explain(change), "deterministic");
        writer.summarize("s", List.of(change), List.of(insight));
    }

    /** Noise comes first: after the table, a "---" line would turn the table's lines into a setext heading. */
    @Property(tries = 20)
    void hugeTablesStayCheap(@ForAll("markdownish") String noise) {
        StringBuilder before = new StringBuilder("| Model | Quota |\n|---|---|\n");
        StringBuilder after = new StringBuilder("| Model | Quota |\n|---|---|\n");
        for (int i = 0; i < 3_000; i++) {
            before.append("| m").append(i).append(" | ").append(i).append(" |\n");
            after.append("| m").append(i).append(" |").append(i % 7 == 0 ? i + 1 : i).append("|\n");
        }
        FileChange change = Changes.modified("t.md", noise + "\n\n" + before, noise + "\n\n" + after);
        long start = cpuMillis();
        FileInsight insight = new InsightWriter(Locale.US).explain(change);
        long millis = cpuMillis() - start;
        assertTrue(millis < MAX_MILLIS_PER_FILE, "took " + millis + " ms");
        // the respaced rows are neither removed nor added; the 429 corrected ones are row changes (unless noise opened a code block)
        assertFalse(insight.explanation().contains("rows were removed"), insight.explanation());
        assertFalse(insight.explanation().contains("rows were added"), insight.explanation());
    }

    @Property(tries = 100)
    void hunksOfAnyShapeAreReadSafely(@ForAll("markdownish") String diffBody) {
        String diff = "@@ -1,3 +1,3 @@\n" + diffBody.lines().map(l -> (l.hashCode() % 3 == 0 ? "+" : l.hashCode() % 3 == 1 ? "-" : " ") + l)
                .reduce("", (a, b) -> a + b + "\n");
        FileChange change = new FileChange("a.md", Optional.empty(), ChangeStatus.MODIFIED, 100, FileKind.FILE, false, 1, 1,
                diff, true, Optional.empty(), Optional.empty());
        FileInsight insight = new InsightWriter(Locale.JAPAN).explain(change);
        assertFalse(insight.facts().isEmpty());
    }

    @Provide
    Arbitrary<List<String>> sections() {
        Arbitrary<String> body = Arbitraries.oneOf(
                Arbitraries.of("text line", "- item a", "- item b", "| a | b |\n|---|---|\n| x | 1 |", "```python\n# comment\nx = 1\n```",
                        "~~~\n```\n~~~", "    indented # code", "> quote\n> # quoted heading", "<div>\n# in html\n</div>",
                        "  ```\n  # in indented fence\n  ```", "- item\n\n      ```\n      # deep fence\n      ```", "[ref]: http://r",
                        "Setext\n---", "", "```unclosed", "- loose a\n\n  continued a\n\n- loose b", "1. one\n\n   indented more",
                        "<!-- comment\n\nstill comment -->", "<pre>\n\ntext in pre\n\n</pre>", "para\nlazy line", "> q\n\n> r",
                        "| t | u |\n|---|---|\n| 1 | 2 |", "text [link](x.md) and `code`", "***", "Term\n===", "    indented code\n\n    more code"),
                Arbitraries.strings().withChars("#`~ -|>abc\n").ofMaxLength(20));
        Arbitrary<String> section = Combinators.combine(Arbitraries.of("# ", "## ", "### ", "#", "    # "),
                Arbitraries.strings().alpha().ofLength(3), body.list().ofMaxSize(5))
                .as((hashes, title, lines) -> hashes + title + "\n\n" + String.join("\n\n", lines));
        return section.list().ofMinSize(1).ofMaxSize(12);
    }

    /** What FactFinder does: parse the blanked versions, unless the scan is not confirmed by the parse. */
    private static List<Fact> shortcut(List<String> a, List<String> b, LineDiff diff) {
        List<List<String>> parsed = UnchangedSections.blank(a, b, diff);
        MarkdownOutline x = MarkdownOutline.read(a, parsed.get(0), true);
        MarkdownOutline y = MarkdownOutline.read(b, parsed.get(1), true);
        if (!UnchangedSections.confirmed(a, x) || !UnchangedSections.confirmed(b, y)) {
            return MarkdownComparison.compare(MarkdownOutline.read(a), MarkdownOutline.read(b), diff);
        }
        return MarkdownComparison.compare(x, y, diff);
    }

    /** Blanking unchanged sections is only a shortcut: the facts must be those of the full parse. */
    @Property(tries = 400)
    void blankingUnchangedSectionsKeepsTheFacts(@ForAll("sections") List<String> before, @ForAll("sections") List<String> replacements,
                                                @ForAll @IntRange(max = 11) int at) {
        List<String> after = new java.util.ArrayList<>(before);
        if (at < after.size()) {
            after.set(at, replacements.get(0));
        } else {
            after.addAll(replacements);
        }
        List<String> a = String.join("\n\n", before).lines().toList();
        List<String> b = String.join("\n\n", after).lines().toList();
        LineDiff diff = LineDiff.of(a, b);
        List<Fact> shortcut = shortcut(a, b, diff);
        List<Fact> full = MarkdownComparison.compare(MarkdownOutline.read(a), MarkdownOutline.read(b), diff);
        assertEquals(full, shortcut, () -> "before " + a + "\nafter " + b);
    }

    /** The same, for one line inserted, replaced or deleted anywhere: edits inside sections. */
    @Property(tries = 400)
    void blankingKeepsTheFactsOfLineEdits(@ForAll("sections") List<String> sections, @ForAll("sections") List<String> donor,
                                          @ForAll @IntRange(max = 200) int at, @ForAll @IntRange(max = 2) int kind) {
        List<String> a = String.join("\n\n", sections).lines().toList();
        List<String> b = new java.util.ArrayList<>(a);
        List<String> pool = String.join("\n\n", donor).lines().toList();
        String line = pool.get(at % pool.size());
        int where = at % (b.size() + 1);
        switch (kind) {
            case 0 -> b.add(where, line);
            case 1 -> { if (where < b.size()) b.set(where, line); else b.add(line); }
            default -> { if (where < b.size()) b.remove(where); }
        }
        LineDiff diff = LineDiff.of(a, b);
        List<Fact> shortcut = shortcut(a, b, diff);
        List<Fact> full = MarkdownComparison.compare(MarkdownOutline.read(a), MarkdownOutline.read(b), diff);
        assertEquals(full, shortcut, () -> "before " + a + "\nafter " + b);
    }

    @Provide
    Arbitrary<List<String>> frontMatterLines() {
        Arbitrary<String> key = Arbitraries.of("title", "ms.date", "ms.author", "a_b", "x-y", "n1");
        Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.of("05/25/2025", "2025-06-20", "how-to", "true", "12", "a b  c",
                        "Use the API", "x#y", "say: hi", "'q'", "\"d\"", "[a, b]", "~", "null", "a:b", "-1", "x ", "* y", "&a", "é ü"),
                Arbitraries.strings().withChars("ab :#'\"-_.,/").ofMaxLength(12));
        return Combinators.combine(key, value).as((k, v) -> k + ": " + v).list().ofMaxSize(6);
    }

    /** The fast reading of flat front matter gives exactly what the YAML parser gives. */
    @Property(tries = 1000)
    void simpleFrontMatterReadsAsYamlDoes(@ForAll("frontMatterLines") List<String> fields) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("---");
        lines.addAll(fields);
        lines.add("---");
        FrontMatter fast = FrontMatter.read(lines);
        java.util.Optional<java.util.Map<String, String>> yaml = FlatData.yamlTree(String.join("\n", fields))
                .filter(t -> t instanceof java.util.Map<?, ?>).map(FlatData::flatten);
        if (yaml.isPresent()) {
            assertEquals(yaml.get(), fast.fields(), String.join("\n", fields));
        }
    }
}
