package io.diffpress.site;

import io.diffpress.content.ReportBody;
import io.diffpress.testing.HostilePortal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bodies made safe while flexmark renders them ({@link SafeBody}) are the documents the old pipeline made
 * (flexmark, then jsoup's cleaner and DOM passes: {@link JsoupBodyOracle}), on the reference report, hostile
 * payloads and generated Markdown.
 */
class SafeBodyTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
    private static final JsoupBodyOracle ORACLE = new JsoupBodyOracle();

    private static SafeBody.Links links() {
        return new SafeBody.Links(LinkRewriter.forReport(
                "https://github.com/MicrosoftDocs/azure-ai-docs/compare/MicrosoftDocs:fc0b900...MicrosoftDocs:fb526ea",
                Optional.of("https://learn.microsoft.com")),
                Map.of("item-03fc2e", new SafeBody.History("/base/files/a/", "History of a \"quoted\" <path>", "history"),
                        "item-b9757d", new SafeBody.History("/base/files/b/", "History of b", "history")),
                SafeBody.countColumns(Map.of("lines_added", "lines added")));
    }

    private static void assertSameDocument(String markdown, SafeBody.Links links) {
        String expected = JsoupBodyOracle.normalized(ORACLE.render(markdown, links));
        String actual = JsoupBodyOracle.normalized(RENDERER.renderBody(markdown, ReportBody.sha256(markdown), links));
        assertEquals(expected, actual, "for Markdown:\n" + markdown);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SafeBodyTest.class.getResourceAsStream(name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.startsWith("---") ? text.substring(text.indexOf("\n---", 3) + 4) : text;
        }
    }

    /** Braces in prose stay text; the attribute blocks the format uses still work. Found by a review of reports from other tools. */
    @Test
    void bracesThatAreNotAttributesStayText() {
        String markdown = "P1 the placeholder {name} is replaced.\n\nP2 use {{ page.title }} in Liquid.\n\n"
                + "P4 set {key=value} here and {.cls} and {#myid}.\n\nP5 the template https://github.com/o/r/compare/{base}...{head} works.\n\n"
                + "P7 ends with braces {x}\n\n## Heading with braces {y}\n\n- item {z}\n\n"
                + "[View Diff](https://github.com/o/r/compare/a...b){target=\"_blank\"}\n\n## docs/a.md{#item-03fc2e}\n\ntext\n";
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parseBodyFragment(RENDERER.renderBody(markdown, ReportBody.sha256(markdown), links()));
        String text = html.text();
        for (String kept : List.of("the placeholder {name} is replaced", "use {{ page.title }} in Liquid",
                "set {key=value} here and {.cls} and {#myid}.", "compare/{base}...{head} works", "ends with braces {x}",
                "Heading with braces {y}", "item {z}")) {
            assertTrue(text.contains(kept), kept + " in: " + text);
        }
        assertTrue(html.select(".cls, #myid").isEmpty(), "no class or id from prose: " + html.body().html());
        assertEquals("_blank", html.selectFirst("a:contains(View Diff)").attr("target"));
        assertEquals("docs/a.md", html.getElementById("item-03fc2e").text());
        assertSameDocument(markdown, links());
    }

    /**
     * A file's heading shows its path in parts that do not break ("articles/", "how-to/", "fine-tuning-deploy.md"), so a
     * phone wraps a long path after a slash, not at a hyphen inside a name (found in a 375 px screenshot); the heading's
     * text stays the path, names with entities and escapes included, and other headings and code spans are left alone.
     */
    @Test
    void aFileHeadingShowsItsPathInPartsThatDoNotBreak() {
        String markdown = "## articles/ai-services/how-to/fine-tuning-deploy.md{#item-03fc2e}\n\ntext\n\n"
                + "## docs/Q&A/my\\_notes.md{#item-b9757d}\n\ntext\n\n## `src/app.py`{#item-c0ffee}\n\n## README.md{#item-123456}\n\n"
                + "## Notes/Tips\n";
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parseBodyFragment(RENDERER.renderBody(markdown, ReportBody.sha256(markdown), links()));
        org.jsoup.nodes.Element deploy = html.getElementById("item-03fc2e");
        assertEquals(List.of("articles/", "ai-services/", "how-to/", "fine-tuning-deploy.md"),
                deploy.select("span.path-part").eachText());
        assertTrue(deploy.text().startsWith("articles/ai-services/how-to/fine-tuning-deploy.md"), deploy.text());
        assertEquals(List.of("docs/", "Q&A/", "my_notes.md"), html.getElementById("item-b9757d").select("span.path-part").eachText());
        assertEquals("src/app.py", html.getElementById("item-c0ffee").selectFirst("code").text());
        assertTrue(html.getElementById("item-c0ffee").select("span.path-part").isEmpty());
        assertTrue(html.getElementById("item-123456").select("span").isEmpty(), "a name without folders has no parts");
        assertTrue(html.select("h2:not([id^=item-]) span.path-part").isEmpty(), "only files' headings: " + html.body().html());
        assertSameDocument(markdown, links());
    }

    /**
     * A safe-listed element with an event handler (another tool's report, or a hostile one) renders as the element
     * without the attribute: shown as text, its start tag appeared as source while its end tag vanished.
     */
    @Test
    void aSafeElementWithAnUnsafeAttributeLosesTheAttribute() {
        String markdown = "<details ontoggle=\"alert(1)\" open>\n<summary onclick=x()>S</summary>\n\nBody\n\n</details>\n\n"
                + "Some <details ontoggle=alert(1)>inline</details> text and <b onclick=\"x()\">bold</b>.\n\n"
                + "| a | b |\n|---|---|\n| <br onclick=x()> | <details ontoggle=y()> |\n";
        String rendered = RENDERER.renderBody(markdown, ReportBody.sha256(markdown), links());
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parseBodyFragment(rendered);
        assertEquals(2, html.select("details").size(), rendered);
        assertEquals("S", html.selectFirst("details > summary").text());
        assertTrue(html.selectFirst("details").hasAttr("open"), "the allowed attribute stays: " + rendered);
        assertTrue(html.select("[ontoggle], [onclick]").isEmpty(), rendered);
        assertEquals(1, html.text().split("<details", -1).length - 1, "no tag shown as its source but the cell's: " + html.text());
        assertTrue(html.text().contains("<b onclick=\"x()\">bold</b>"), "a tag off the list stays text: " + html.text());
        assertEquals(1, html.select("td br").size(), "a br in a cell is kept, its attribute dropped: " + rendered);
        assertTrue(html.select("td").get(1).text().contains("<details"), "in a cell only br is HTML: " + rendered);
        assertSameDocument(markdown, links());
    }

    /** A closing table tag in a Summary Table cell is text: the table keeps its rows. */
    /** The Summary Table's "A", "D" and "M" are named for screen readers and as a tooltip; other tables' letters are not. */
    @Test
    void theCountColumnsAreNamed() {
        String markdown = "# Summary Table\n| Filename | Status | A | D | M |\n|---|---|---|---|---|\n| [a.md](#item-03fc2e) | modified | 1 | 2 | 3 |\n\n"
                + "| Grade | A |\n|---|---|\n| x | y |\n";
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parseBodyFragment(RENDERER.renderBody(markdown, ReportBody.sha256(markdown), links()));
        org.jsoup.select.Elements summary = html.select("table").get(0).select("th");
        assertEquals(List.of("lines added", "lines deleted", "lines changed (added + deleted)"), summary.eachAttr("aria-label"));
        assertFalse(summary.get(0).hasAttr("aria-label"), "Filename is a word already");
        assertEquals("lines deleted", summary.get(3).attr("title"));
        assertEquals("D", summary.get(3).text(), "the letter stays what the eye reads");
        assertTrue(html.select("table").get(1).select("th[aria-label], th[title]").isEmpty(), "a grade column 'A' is not a count");
        assertSameDocument(markdown, links());
        org.jsoup.nodes.Document plain = org.jsoup.Jsoup.parseBodyFragment(RENDERER.renderBody(markdown, ReportBody.sha256(markdown), SafeBody.Links.NONE));
        assertTrue(plain.select("th[aria-label]").isEmpty(), "plain Markdown (no report) is rendered as written");
    }

    @Test
    void tableTagsInACellAreText() {
        String markdown = "| File | Title |\n|---|---|\n| a.md | Evil </td></tr></table><b>bold</b> |\n| b.md | Fine<br>two lines |\n";
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parseBodyFragment(RENDERER.renderBody(markdown, ReportBody.sha256(markdown), links()));
        assertEquals(2, html.select("table tbody tr").size(), html.body().html());
        assertTrue(html.select("table tbody tr").get(0).text().contains("Evil </td></tr></table><b>bold</b>"), html.body().html());
        assertEquals(1, html.select("table td br").size(), "<br> in a cell is still a line break");
        assertSameDocument(markdown, links());
    }

    /** A link or image to a scheme not allowed, in any case, is its text or alt text: no anchor without a target, no image lost. */
    @Test
    void unsafeLinksAndImagesInAnyCaseAreTheirText() {
        String markdown = "[a](javascript:alert(1)) [b](JaVaScRiPt:alert(2)) ![c](javascript:alert(3)) ![d](JAVASCRIPT:x)"
                + " ![e](data:image/png;base64,AAAA) [f](vbscript:x) [ok](https://ok.example)\n\n"
                + "![see src=x](JAVASCRIPT:y) ![g](javascript:y \"title src=z\") [![badge](https://ci.example/b.svg)](javascript:void(0))\n";
        for (SafeBody.Links links : List.of(SafeBody.Links.NONE, links())) {
            org.jsoup.nodes.Document html = org.jsoup.Jsoup.parseBodyFragment(RENDERER.renderBody(markdown, ReportBody.sha256(markdown), links));
            assertEquals("a b c d e f ok", html.selectFirst("p").text(), html.body().html());
            assertEquals("see src=x g badge", html.select("p").get(1).text(), "' src=' in an alt or title fools nothing; an image"
                    + " in an unsafe link is its alt text too: " + html.body().html());
            assertEquals(List.of("https://ok.example"), html.select("a").eachAttr("href"), html.body().html());
            assertTrue(html.select("img").isEmpty(), html.body().html());
        }
        assertSameDocument(markdown, links());
    }

    /** A relative image is shown from the repository's raw view; one nothing resolves has no source (its alt text stays). */
    @Test
    void relativeImagesPointIntoTheRepository() {
        String markdown = "## articles/a/doc.md{#item-03fc2e}\n\n![pic](media/pic.png) ![abs](/azure/x.png) ![web](https://i.example/a.png)\n";
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parseBodyFragment(RENDERER.renderBody(markdown, ReportBody.sha256(markdown), links()));
        assertEquals("https://github.com/MicrosoftDocs/azure-ai-docs/raw/fb526ea/articles/a/media/pic.png", html.selectFirst("img[alt=pic]").attr("src"));
        assertEquals("https://learn.microsoft.com/azure/x.png", html.selectFirst("img[alt=abs]").attr("src"));
        assertEquals("https://i.example/a.png", html.selectFirst("img[alt=web]").attr("src"));
        SafeBody.Links unknownHost = new SafeBody.Links(LinkRewriter.forReport("https://git.example/compare?x", Optional.empty()), Map.of());
        org.jsoup.nodes.Document bare = org.jsoup.Jsoup.parseBodyFragment(RENDERER.renderBody(markdown, ReportBody.sha256(markdown), unknownHost));
        assertEquals(List.of("https://i.example/a.png"), bare.select("img").eachAttr("src"), "no broken image: " + bare.body().html());
        assertEquals("pic abs", bare.selectFirst("p").text(), "the images nothing resolves are their alt texts");
        assertSameDocument(markdown, links());
        assertSameDocument(markdown, unknownHost);
    }

    /** "<…>" destinations, the CommonMark way to write a path with spaces, are links and images too. */
    @Test
    void pathsWithSpacesInAngleBracketsAreLinks() {
        String markdown = "## articles/how to/doc.md{#item-03fc2e}\n\n[guide](<../sp ace/your guide.md#set up>) "
            + "![pic](<media/my pic.png>) [site](<https://e.example/a b>) [t](<x y.md> \"Title\")\n";
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parseBodyFragment(RENDERER.renderBody(markdown, ReportBody.sha256(markdown), links()));
        assertEquals("https://github.com/MicrosoftDocs/azure-ai-docs/blob/fb526ea/articles/sp%20ace/your%20guide.md#set%20up",
            html.selectFirst("a:contains(guide)").attr("href"));
        assertEquals("https://github.com/MicrosoftDocs/azure-ai-docs/raw/fb526ea/articles/how%20to/media/my%20pic.png",
            html.selectFirst("img[alt=pic]").attr("src"));
        assertEquals("https://e.example/a%20b", html.selectFirst("a:contains(site)").attr("href"));
        assertEquals("https://github.com/MicrosoftDocs/azure-ai-docs/blob/fb526ea/articles/how%20to/x%20y.md",
            html.selectFirst("a[title=Title]").attr("href"));
        assertFalse(html.body().html().contains("&lt;"), html.body().html());
        assertSameDocument(markdown, links());
        assertSameDocument(markdown, SafeBody.Links.NONE);
    }

    @Test
    void theReferenceReportIsTheSameDocument() throws IOException {
        for (String name : List.of("example-report.md", "other/ja-report.md")) {
            assertSameDocument(resource(name), links());
            assertSameDocument(resource(name), SafeBody.Links.NONE);
        }
    }

    @Test
    void hostilePayloadsAreTheSameDocumentAndHarmless() {
        String body = String.join("\n\n", HostilePortal.PAYLOADS) + "\n\n[md link](javascript:alert(1)) [data](data:text/html,x)"
                + " [ent](javascript&#58;alert(1)) [tab](java\tscript:alert(1)) [up](JAVASCRIPT:alert(1))\n\n"
                + "[attr](https://ok.example){href=\"javascript&#58;alert(1)\" onclick=\"alert(1)\" style=\"color:red\" target=\"x\"}\n\n"
                + "![img](javascript:alert(1)){onerror=\"alert(1)\"}\n\n"
                + "[upper](https://ok.example){HREF=\"javascript:alert(1)\" ONCLICK=\"alert(1)\" TARGET=\"x\" Style=\"color:red\"}\n\n"
                + "[caps only](#x){HREF=\"JavaScript:alert(1)\"} ![i](https://i.example/a.png){SRC=\"javascript:alert(1)\" OnError=\"alert(1)\"}\n\n"
                + "| a | b |\n|---|---|\n| x{style=\"text-align: left\"} | y |\n";
        assertSameDocument(body, links());
        String html = RENDERER.renderBody(body, ReportBody.sha256(body), links());
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(html);
        assertTrue(doc.select("script, iframe, object, svg, math, style, img[onerror]").isEmpty(), html);
        for (org.jsoup.nodes.Element e : doc.getAllElements()) {
            for (org.jsoup.nodes.Attribute a : e.attributes()) {
                assertFalse(a.getKey().toLowerCase().startsWith("on"), "an event handler: " + e.outerHtml());
                assertFalse(a.getValue().replaceAll("\\s", "").toLowerCase().startsWith("javascript:"), "a script URL: " + e.outerHtml());
            }
        }
        assertTrue(html.contains("target=\"_blank\""), html);
        // attribute names go out in lower case, so no second "HREF" can stand behind a checked "href"
        assertFalse(html.contains("HREF") || html.contains("SRC=") || html.contains("OnError") || html.contains("Style="), html);
    }

    @Provide
    Arbitrary<String> markdown() {
        Arbitrary<String> block = Arbitraries.of(
                "# Title", "## docs/a.md{#item-03fc2e}", "## docs/sub/b.md{#item-b9757d}", "### Explanation", "###### Deep\n\n####### not",
                "Text with [rel](../x/y.md#frag) and [root](/azure/z) and [abs](https://e.example/p) and [frag](#item-03fc2e).",
                "[missing](#nowhere) [encoded](#t%C3%A9) [there](#explanation) [proto](//cdn.example/x) [mail](mailto:a@b.c)",
                "[up](../../../../x.md) [q](?a=1) [empty]() <https://auto.example/x> www.example.com a@b.example",
                "[ref link][r]\n\n[r]: ../ref.md \"Title\"",
                "| File |\n|---|\n| [a.md][ra] x |\n\n[ra]: #item-03fc2e", "| Filename | Type |\n|---|---|\n| [a.md](#item-03fc2e) | new |\n| **[b.md](#item-b9757d)** and more | x |\n| [c](#item-ffffff) | y |",
                "<details>\n<summary>Diff</summary>\n\n```diff\n@@ -1,2 +1,2 @@\n-a\n+b\n```\n</details>",
                "<details open>\n<summary>x</summary>", "</details>", "<br> and <b>bold</b> <table><tr><td>t</td></tr></table>",
                "- item\n- ```diff\n  +x\n  ```\n- [l](y.md)", "> quote [q](q.md)\n> more", "```js\ncode & <x>\n```", "    indented <code>",
                "Emphasis *a* **b** ~~c~~ `code` and entity &copy; &amp; \\*esc\\*", "[t](x.md){target=\"_blank\"} [u](https://u.example){rel=\"me\"}", "[T](y.md){TARGET=\"_blank\" Title=\"T\" class=\"c\"}",
                "Para{#custom-id} [to custom](#custom-id)", "Accent{#té} [to accent](#t%C3%A9)", "## Té heading", "1. one\n2. two\n\n   loose", "---", "Line  \nbreak", "![alt](img.png \"t\") ![e](https://i.example/a.png)");
        return block.list().ofMinSize(1).ofMaxSize(8).map(blocks -> String.join("\n\n", blocks) + "\n");
    }

    @Property(tries = 400)
    void generatedBodiesAreTheSameDocument(@ForAll("markdown") String markdown) {
        assertSameDocument(markdown, links());
    }

    @Property(tries = 150)
    void generatedBodiesWithoutLinksAreTheSameDocument(@ForAll("markdown") String markdown) {
        assertSameDocument(markdown, SafeBody.Links.NONE);
    }

    @Test
    void onlyBalancedTopLevelDetailsSkipTheCleaner() {
        assertFalse(SafeBodyTest.needsCleaner("<details>\n<summary>Diff</summary>\n\ntext\n\n</details>\n"));
        assertFalse(SafeBodyTest.needsCleaner("a<br>b\n"));
        assertTrue(SafeBodyTest.needsCleaner("<details>\n\ntext\n"));
        assertTrue(SafeBodyTest.needsCleaner("</details>\n\n<details>\n"));
        assertTrue(SafeBodyTest.needsCleaner("- <details>\n\n  x\n\n</details>\n"));
        assertTrue(SafeBodyTest.needsCleaner("<table><tr><td>x</td></tr></table>\n"));
    }

    /** A paragraph too long to render in reasonable time is refused; the same text in paragraphs, lists and fences is not. */
    @Test
    void aParagraphTooLongToRenderIsRefused() {
        String line = "See [the page](https://example.com/a) and &amp; more.\n";
        String body = "# Highlights\n\n" + line.repeat(1400);
        ReportMarkdown.ParagraphTooLong e = org.junit.jupiter.api.Assertions.assertThrows(ReportMarkdown.ParagraphTooLong.class,
                () -> RENDERER.renderBody(body, ReportBody.sha256(body), links()));
        assertEquals(3, e.line);
        String split = "# Highlights\n\n" + (line + "\n").repeat(1400) + "- " + line.repeat(1) + ("- item\n").repeat(20000)
                + "```\n" + line.repeat(2000) + "```\n";
        assertTrue(RENDERER.renderBody(split, ReportBody.sha256(split), links()).contains("the page"));
    }

    private static boolean needsCleaner(String markdown) {
        return SafeBody.needsCleaner(RENDERER.parse(markdown));
    }

    /**
     * Characters that override the direction of the text around them are shown as U+FFFD wherever a page, the search store
     * or a feed shows text: a right-to-left override made `invoice\u202Edm.exe` read as `invoiceexe.md` and reversed the
     * page's own words after it (an audit). Right-to-left scripts need none of them and keep their letters.
     */
    @Test
    void directionOverridesAreShownAsReplacementCharacters() {
        String name = "invoice\u202Edm.exe";
        String markdown = "## " + name + "{#item-03fc2e}\n\nNew file `" + name + "` and \u2067isolated\u2069 text in \u05e2\u05d1\u05e8\u05d9\u05ea.\n\n"
                + "| Filename | A | D | M |\n|---|---|---|---|\n| [" + name + "](#item-03fc2e) | 1 | 0 | 1 |\n";
        String html = RENDERER.renderBody(markdown, ReportBody.sha256(markdown), links());
        for (char c : new char[]{'\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'}) {
            assertFalse(html.indexOf(c) >= 0 || FastText.printable("a" + c + "b").indexOf(c) >= 0 || Theme.escapeHtml("x" + c).indexOf(c) >= 0, "U+" + Integer.toHexString(c) + " in " + html);
        }
        assertTrue(html.contains("invoice\uFFFDdm.exe"), html);
        assertTrue(html.contains("\u05e2\u05d1\u05e8\u05d9\u05ea"), "Hebrew letters stay: " + html);
        assertEquals("a\u200fb", FastText.printable("a\u200fb"), "a right-to-left mark overrides nothing and stays");
    }
}
