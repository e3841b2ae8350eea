package io.diffpress.site;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportProseTest {

    /** What the page keeps as HTML, not text: comments and the tags SafeHtml lets through, unescaped. */
    private static final String KEPT_HTML =
        "(?<!\\\\)<(?:!|/?(?i:details|summary|br|table|thead|tbody|tfoot|tr|th|td|caption)(?=[\\s/>]))[^>]*>";

    /**
     * The regex version of the linear scan, in three passes: same output, but backtracking on long lines. Kept HTML
     * is marked first (U+E000, which hides nothing, as a '<' does not), as the scan meets its '<' before anything in it.
     */
    private static final Pattern HTML = Pattern.compile(KEPT_HTML);
    private static final Pattern HIDDEN = Pattern.compile(
        "\\{(?:[#.]|[A-Za-z][\\w:.-]*=)[^{}<>\uE000]*\\}|\\]\\([^()\\s<>\uE000]*\\)");
    private static final Pattern MARKUP = Pattern.compile(
        "[#|*>`\\[\\](){}]+|\uE000|(?<![_\\p{L}\\p{N}])_++|(?<=[\\p{L}\\p{N}])_++(?![\\p{L}\\p{N}])");

    static String byRegex(String markdown) {
        StringBuilder text = new StringBuilder();
        String fence = null;
        for (String line : markdown.split("\n")) {
            String trimmed = line.trim();
            if (fence != null) {
                if (trimmed.startsWith(fence) && trimmed.replace(String.valueOf(fence.charAt(0)), "").isEmpty()) {
                    fence = null;
                }
            } else if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                char c = trimmed.charAt(0);
                int n = 0;
                while (n < trimmed.length() && trimmed.charAt(n) == c) {
                    n++;
                }
                fence = trimmed.substring(0, n);
            } else if (!trimmed.isEmpty()) {
                String shown = HIDDEN.matcher(HTML.matcher(trimmed).replaceAll("\uE000")).replaceAll(" ");
                text.append(MARKUP.matcher(shown).replaceAll(" ").replace("<", " <")).append(' ');
            }
        }
        return text.toString().replaceAll("\\s+", " ").trim();
    }

    @Test
    void keepsTheWordsOfTheExampleReportAndDropsItsDiffs() throws IOException {
        String report;
        try (InputStream in = ReportProseTest.class.getResourceAsStream("example-report.md")) {
            report = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String prose = ReportProse.of(report);
        assertEquals(byRegex(report), prose);
        assertTrue(prose.contains("The code diff introduces several updates"), prose);
        assertFalse(prose.contains("@@"), "diff hunks are code blocks");
        assertFalse(prose.contains("#") || prose.contains("`") || prose.contains("  "), prose);
    }

    @Test
    void examples() {
        assertEquals("Title a b c d", ReportProse.of("# Title\n\n**a** `b` <details><summary>c</summary>d</details>"));
        assertEquals("x < y and z", ReportProse.of("x < y and z"));
        assertEquals("before after", ReportProse.of("before\n````diff\n```\n+ code\n````\nafter"));
        assertEquals("a", ReportProse.of("a\n~~~\nnever closed\n```"));
        assertEquals("", ReportProse.of(""));
    }

    @Test
    void keepsWhatThePageShowsAsTextInAngleBrackets() {
        assertEquals("Fix the \\ <Tabs\\ component and the <Tooltip usage, see <Accordion",
            ReportProse.of("Fix the \\<Tabs\\> component and the <Tooltip> usage, see <Accordion>"));
        assertEquals("a <span class=\"x\" c </span", ReportProse.of("a <span class=\"x\">c</span>"), "not kept as HTML, so shown");
        assertEquals("- fix \\ <tags\\ here", ReportProse.of("- fix \\<tags\\> here"));
        assertEquals("a b", ReportProse.of("a<!-- note -->b<br/>"), "a comment and a kept tag are not shown");
        assertEquals("\\ <details x", ReportProse.of("\\<details> x"), "an escaped tag is text");
    }

    @Test
    void keepsTheUnderscoresOfIdentifiersAndDropsWhatIsNotShown() {
        assertEquals("Set max_completion_tokens and init x_1 é_ü", ReportProse.of(
            "Set `max_completion_tokens` and `__init__` x_1 é_ü"));
        assertEquals("emphasis and strong", ReportProse.of("_emphasis_ and __strong__"));
        assertEquals("docs/a.md Details", ReportProse.of("## docs/a.md{#item-03fc2e}\n#### Details {.note}"));
        assertEquals("the guide and the models", ReportProse.of(
            "the [guide](https://example.com/a_b){target=\"_blank\"} and [the models](../concepts/models.md#fine-tuning-models)"));
        assertEquals("a b x y = 1 c d e", ReportProse.of("a {b} {x y = 1 } [c] (d e)"), "braces and brackets that hide nothing");
    }

    @Property(tries = 2000)
    void equalsTheRegexVersion(@ForAll("markdown") String markdown) {
        assertEquals(byRegex(markdown), ReportProse.of(markdown));
    }

    @Provide
    Arbitrary<String> markdown() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
            Arbitraries.of("#", "##", "|", "*", "_", ">", "`", "```", "````", "~~~", "[", "]", "(", ")", "{", "}",
                "<", "<b>", "</a>", "<x y", " ", "  ", "\t", "\r", "\n", "\n\n", "\u0001", "\u000B", "\f", "\u00A0",
                "\u2003", "é", "😀", "word", "a", "diff", "-", "+", "_", "__", "x_y", "{#", "{.", "{k=", "](", "](u)",
                "=", ".", "1", "<details>", "</summary>", "<BR/>", "<br", "<!-- c -->", "\\", "\\<", "<Tabs>", "<tr "),
            Arbitraries.strings().withChars("ab <>#`~\n *").ofMaxLength(6));
        return pieces.list().ofMaxSize(60).map(list -> String.join("", list));
    }
}
