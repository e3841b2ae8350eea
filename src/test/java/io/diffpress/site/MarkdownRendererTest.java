package io.diffpress.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    static String example() throws IOException {
        try (InputStream in = MarkdownRendererTest.class.getResourceAsStream("example-report.md")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.substring(text.indexOf("\n---\n", 4) + 5);
        }
    }

    @Test
    void rendersTheReferenceReport() throws IOException {
        Document html = Jsoup.parseBodyFragment(renderer.render(example()));
        assertEquals(1, html.select("table").size(), "the Summary Table");
        assertEquals(6, html.select("table tbody tr").size());
        assertEquals(7, html.select("table thead th[scope=col]").size(), "each header heads its column");
        assertEquals("#item-03fc2e", html.select("table tbody tr a").first().attr("href"));
        assertEquals("articles/ai-services/openai/concepts/model-retirements.md",
                html.getElementById("item-03fc2e").text());
        assertEquals("h3", html.getElementById("item-03fc2e").tagName(), "## under the page's h1 and the body's h2");
        assertTrue(html.select("h1").isEmpty(), "# Highlights is an h2: the page title is the only h1");
        assertEquals("h2", html.getElementById("highlights").tagName());
        for (String id : new String[]{"item-384724", "item-b9757d", "item-73207b", "item-06c6f9", "item-53303b"}) {
            assertTrue(html.getElementById(id) != null, id);
        }
        assertEquals(6, html.select("details > summary").size());
        assertEquals(6, html.select("details pre code.language-diff").size());
        assertTrue(html.select("details pre code").first().text().startsWith("@@ -41,6 +41,16 @@"));
        assertEquals("_blank", html.select("a[href^=https://github.com]").attr("target"));
        assertFalse(html.text().contains("{target="), "attribute syntax must not leak as text");
        assertFalse(html.text().contains("{#item-"), "anchor syntax must not leak as text");
    }

    /** A report from another tool with an escape sequence pasted from a terminal: HTML forbids control characters. */
    /** Each file's "Diff" toggle is named by its file for screen readers; none is outside a file's section (an audit). */
    @Test
    void eachDiffToggleIsNamedByItsFile() throws IOException {
        Document html = Jsoup.parseBodyFragment(renderer.render(example()));
        List<String> toggles = html.select("details > summary").eachText();
        assertEquals(6, toggles.size(), toggles.toString());
        assertEquals("Diff: articles/ai-services/openai/concepts/model-retirements.md", toggles.get(0));
        assertEquals(6, new java.util.HashSet<>(toggles).size(), "six names told apart: " + toggles);
        assertEquals("Diff", html.selectFirst("details > summary").ownText(), "the visible text is the report's");
        assertEquals(": articles/ai-services/openai/concepts/model-retirements.md",
                html.selectFirst("details > summary > span.visually-hidden").text());
        Document other = Jsoup.parseBodyFragment(renderer.render("## docs/a.md{#item-03fc2e}\n\n<details>\n<summary>Diff</summary>\n\n"
                + "x\n\n</details>\n\n# Insights\n\n<details>\n<summary>More</summary>\n\ny\n\n</details>\n\n"
                + "## docs/b.md{#item-b9757d}\n\n<details>\n<summary>Two<br>lines</summary>\n\nz\n\n</details>\n"));
        assertEquals(List.of("Diff: docs/a.md", "More"), other.select("summary").eachText().subList(0, 2));
        assertEquals(1, other.select("summary span.visually-hidden").size(), "a summary with markup is left as written");
    }

    @Test
    void controlCharactersBecomeReplacementCharactersInTextCodeAndHeadings() {
        String html = renderer.render("## docs/ev\u001b[31m.md{#item-0a1b2c}\n\nText \u001b[2J and \u0007 bell, `code \u001b x`, \u0085.\n\n"
                + "```\nblock \u001b[1m\n```\n\n| a\u001b | b |\n|---|---|\n| c\u0008 | d |\n");
        assertTrue(html.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c < 0xa0), html);
        Document doc = Jsoup.parseBodyFragment(html);
        assertEquals("docs/ev\uFFFD[31m.md", doc.selectFirst("h3").text());
        assertEquals("code \uFFFD x", doc.selectFirst("p code").text());
        assertEquals("block \uFFFD[1m", doc.selectFirst("pre code").text().strip());
        assertEquals("c\uFFFD", doc.select("td").get(0).text());
    }

    /** A file heading shows its path as written: raw, as other tools write it, or escaped, as diffpress does. */
    @Test
    void aFileHeadingShowsItsPathLiterally() {
        Document html = Jsoup.parseBodyFragment(renderer.render(String.join("\n",
                "## src/__init__.py{#item-e16adb}", "", "## docs/*star*.md{#item-07e9cf}", "",
                "## docs/\\_\\_init\\_\\_.md{#item-aaaaaa}", "", "## a\\\\b [x](y) <i>.md{#item-bbbbbb}", "",
                "## `code/span.md`{#item-cccccc}", "", "```", "## not/_a_/heading.md{#item-dddddd}", "```", "")));
        assertEquals("src/__init__.py", html.getElementById("item-e16adb").text());
        assertEquals("docs/*star*.md", html.getElementById("item-07e9cf").text());
        assertEquals("docs/__init__.md", html.getElementById("item-aaaaaa").text(), "diffpress's escapes read once");
        assertEquals("a\\b [x](y) <i>.md", html.getElementById("item-bbbbbb").text());
        assertTrue(html.getElementById("item-bbbbbb").select("a, i, em, strong").isEmpty(), "no markup from the path");
        assertEquals("code/span.md", html.getElementById("item-cccccc").select("code").text(), "a code span stays one");
        assertEquals("## not/_a_/heading.md{#item-dddddd}", html.select("pre code").text(), "in code: as it is");
    }

    /** A Summary Table row shows its file's name as written too (an audit found "__init__.py" shown as a bold "init"). */
    @Test
    void aSummaryTableRowShowsItsFileNameLiterally() {
        Document html = Jsoup.parseBodyFragment(renderer.render(String.join("\n", "# Summary Table", "",
                "| Filename | Type | Title | Status | A | D | M |", "|---|---|---|---|---|---|---|",
                "| [__init__.py](#item-e16adb) | minor update | t | modified | 1 | 0 | 1 |",
                "| [*star*.md](#item-07e9cf) | minor update | **bold title** | modified | 1 | 0 | 1 |",
                "| [\\_\\_x\\_\\_.md](#item-aaaaaa) | minor update | t | modified | 1 | 0 | 1 |",
                "| [`code.md`](#item-bbbbbb) | minor update | t | modified | 1 | 0 | 1 |", "",
                "## src/__init__.py{#item-e16adb}", "", "## docs/*star*.md{#item-07e9cf}", "",
                "## docs/__x__.md{#item-aaaaaa}", "", "## `docs/code.md`{#item-bbbbbb}", "")));
        List<String> names = html.select("table tbody tr td:first-child").eachText();
        assertEquals(List.of("__init__.py", "*star*.md", "__x__.md", "code.md"), names);
        assertTrue(html.select("table tbody td:first-child").select("em, strong").isEmpty(), "no markup from a name");
        assertEquals(List.of("#item-e16adb", "#item-07e9cf", "#item-aaaaaa", "#item-bbbbbb"), html.select("table tbody td:first-child a").eachAttr("href"));
        assertEquals("bold title", html.select("table tbody tr").get(1).select("td").get(2).select("strong").text(), "the other cells are Markdown still");
        assertEquals(1, html.select("table tbody tr").get(3).select("td:first-child code").size(), "a code span stays one");
    }

    /** A file heading without its anchor gets it when a link points to it; other headings keep their own ids. */
    @Test
    void aPlainFileHeadingGetsTheAnchorALinkPointsTo() {
        Document html = Jsoup.parseBodyFragment(renderer.render(String.join("\n", "# Highlights", "",
                "| Filename | Type |", "|---|---|", "| [y.md](#item-d85397) | minor update |", "",
                "## articles/x/y.md", "", "## articles/x/_z_.md", "")));
        assertEquals("articles/x/y.md", html.getElementById("item-d85397").text());
        assertEquals("#item-d85397", html.selectFirst("table a").attr("href"));
        assertEquals("highlights", html.selectFirst("h2").id(), "a heading no link points to keeps its own id");
        assertEquals("articles/x/z.md", html.select("h3").get(1).text(), "no link, no anchor: Markdown as before");
    }

    /** As GFM: a pipe escaped in a table cell is a pipe, in a code span too (a file named p|i|pe.md in the Summary Table). */
    @Test
    void anEscapedPipeInATableCellIsAPipeInCodeToo() {
        String html = renderer.render("| File | Title |\n|---|---|\n| p\\|i.md | Updated `p\\|i\\|pe.md` |\n\nOutside: `a\\|b`\n");
        Document doc = Jsoup.parseBodyFragment(html);
        assertEquals("p|i.md", doc.select("td").get(0).text());
        assertEquals("p|i|pe.md", doc.select("td code").text());
        assertEquals("a\\|b", doc.select("p code").text(), "outside a table a code span is as written");
    }

    @Test
    void rawHtmlOutsideTheSafeListIsShownAsText() {
        String html = renderer.render("a <b>bold</b> <br> c\n\n<table><tr><td align=\"left\">cell</td></tr></table>\n\n<div class=x>block</div>\n");
        Document doc = Jsoup.parseBodyFragment(html);
        assertTrue(doc.select("b, div").isEmpty(), html);
        assertEquals(1, doc.select("br").size(), html);
        assertEquals("cell", doc.select("table td").text(), html);
        assertTrue(doc.text().contains("<b>bold</b>"), html);
        assertTrue(doc.text().contains("<div class=x>block</div>"), html);
    }

    @Test
    void removesScriptAndEventHandlers() {
        String html = renderer.render("""
                Hello <script>window.pwned=1</script> <img src=x onerror="window.pwned=1">
                [x](javascript:alert(1)) <iframe src="https://evil.example"></iframe>

                <details open><summary>ok</summary>kept</details>

                <svg><script>alert(1)</script></svg>
                """);
        Document doc = Jsoup.parseBodyFragment(html);
        assertTrue(doc.select("script, img, iframe, svg, object").isEmpty(), html);
        doc.getAllElements().forEach(e -> e.attributes().forEach(a -> assertFalse(a.getKey().startsWith("on"), html)));
        assertTrue(doc.select("a[href^=javascript]").isEmpty(), html);
        assertTrue(doc.text().contains("<script>window.pwned=1</script>"), "unsafe raw HTML is shown as text: " + html);
        assertTrue(html.contains("<details open>"), html);
        assertTrue(html.contains("<summary>ok</summary>"), html);
    }

    /** A delimiter row of one or two dashes a cell makes a table, as on GitHub and Learn (flexmark wants three by default). */
    @Test
    void aDelimiterRowOfShortDashesMakesATable() {
        for (String delimiter : List.of("|--|--|", "|-|:-:|", "|---|---|")) {
            Document html = Jsoup.parseBodyFragment(renderer.render("| Limit | Value |\n" + delimiter + "\n| Resources | 30 |\n"));
            assertEquals(1, html.select("table td").stream().filter(td -> td.text().equals("30")).count(), delimiter + ": " + html.body().html());
        }
    }
}
