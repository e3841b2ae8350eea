package io.diffpress.site;

import io.diffpress.Diffpress;
import io.diffpress.config.ConfigLoader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reports in the example's format as other tools write them, each a case an audit of such reports found rendered wrong. */
class OtherToolsReportsTest {

    @TempDir
    Path portal;

    private static final String FRONT = "---\ntitle: T\ndate: 2025-06-21\npermalink: https://github.com/o/r/compare/aaa111...bbb222\n---\n\n";

    /** Builds a portal of one report (content/s/r.md) and returns its page. */
    private Document build(String report) throws IOException {
        return build(report, "");
    }

    private Document build(String report, String siteYml) throws IOException {
        Files.writeString(portal.resolve("site.yml"), "title: Docs\nbaseURL: https://owner.github.io/repo/\n" + siteYml);
        Files.createDirectories(portal.resolve("content/s"));
        Files.writeString(portal.resolve("content/s/r.md"), report);
        Diffpress.build(ConfigLoader.load(portal.resolve("site.yml")));
        return Jsoup.parse(portal.resolve("public/s/r/index.html").toFile(), "UTF-8");
    }

    /** A file heading whose path has characters Markdown escapes: links under it resolve against the path as it is. */
    @Test
    void linksUnderAPathWithUnderscoresOrAmpersandsResolveAgainstThatPath() throws IOException {
        Document page = build(FRONT + "## docs/my_dir/x.md{#item-000010}\n\n[a](y.md)\n\n## docs/_includes/a&b/snake_case.md{#item-000011}\n\n"
                + "[b](z.md) [q](?tabs=a)\n\n## docs/C++/[draft]/x*.md{#item-000012}\n\n[c](w.md)\n");
        assertEquals("https://github.com/o/r/blob/bbb222/docs/my_dir/y.md", page.selectFirst(".report-body a:matchesOwn(^a$)").attr("href"));
        assertEquals("https://github.com/o/r/blob/bbb222/docs/_includes/a&b/z.md", page.selectFirst(".report-body a:matchesOwn(^b$)").attr("href"));
        assertEquals("https://github.com/o/r/blob/bbb222/docs/_includes/a&b/snake_case.md?tabs=a", page.selectFirst(".report-body a:matchesOwn(^q$)").attr("href"));
        assertEquals("https://github.com/o/r/blob/bbb222/docs/C++/%5Bdraft%5D/w.md", page.selectFirst(".report-body a:matchesOwn(^c$)").attr("href"));
        assertFalse(page.html().contains("%5C"), "no backslash in any link");
    }

    /** Lines that start like link definitions but are not ones (a footnote, "[Note]: text") stay text on the page. */
    @Test
    void footnotesAndNotesThatLookLikeLinkDefinitionsStayText() throws IOException {
        Document page = build(FRONT + "# Insights\n\nThe quota doubled[^1] this week.\n\n[Note]: The API is deprecated and will be removed.\n\n"
                + "[^1]: See the pricing page for details.\n\n[docs]: https://learn.example/x \"The docs\"\n\nSee [the docs][docs].\n");
        String text = page.selectFirst(".report-body").text();
        assertTrue(text.contains("[Note]: The API is deprecated and will be removed."), text);
        assertTrue(text.contains("[^1]: See the pricing page for details."), text);
        assertTrue(text.contains("The quota doubled[^1] this week."), text);
        assertFalse(page.html().contains("See%20the%20pricing"), "no link made of the footnote's words");
        assertEquals("https://learn.example/x", page.selectFirst("a:containsOwn(the docs)").attr("href"), "a real definition still works");
        assertEquals("[Note]: a b", ReportMarkdown.notALinkDefinition("[Note]: a b").replace("\\", ""));
        assertEquals("\\[Note]: a b", ReportMarkdown.notALinkDefinition("[Note]: a b"));
        assertEquals("   \\[^1]: a b", ReportMarkdown.notALinkDefinition("   [^1]: a b"));
        for (String definition : new String[]{"[a]: https://x.io", "[a]: <my file.md> 'T'", "[a]: x.md (T)", "[a]:", "    [a]: b c", "[a]: x \"T t\""}) {
            assertEquals(definition, ReportMarkdown.notALinkDefinition(definition), "left as it is");
        }
    }

    /** HTML shown as text inside a quote or a list item is shown without the quote's "> " or the item's indent. */
    @Test
    void htmlShownAsTextInAQuoteLosesTheQuoteMarkers() throws IOException {
        Document page = build(FRONT + "> <div>\n> hello\n> </div>\n\n- <span>\n  item continued\n\n> > <custom-tag>\n> > nested\n");
        String body = Files.readString(portal.resolve("public/s/r/index.html"));
        assertFalse(body.contains("\n&gt; hello") || body.contains("\n&gt; &lt;/div") || body.contains("&gt; nested"), body);
        assertEquals("<div>\nhello\n</div>", page.select(".report-body blockquote > p").first().wholeText(), body);
        assertEquals("<custom-tag>\nnested", page.select(".report-body blockquote blockquote > p").first().wholeText(), body);
    }

    /** A wrapper tag's line is taken out of the body, but not a line of an indented code block that shows one. */
    @Test
    void aWrapperTagInIndentedCodeIsKept() throws IOException {
        Document page = build(FRONT + "<format>\n\nText.\n\n    <format>\n    code line\n\n  </format>\n");
        assertEquals("<format>\ncode line\n", page.selectFirst(".report-body pre code").wholeText());
        assertEquals(1, page.select(".report-body p").size());
        assertFalse(page.selectFirst(".report-body").text().replace(page.selectFirst(".report-body pre").text(), "").contains("format"),
                "the wrappers outside the code are gone");
    }

    /** Without a permalink, the range the front matter names and site.yml's compareUrl make the repository's web view. */
    @Test
    void aReportWithoutPermalinkTakesItsViewFromTheRangeAndCompareUrl() throws IOException {
        Files.createDirectories(portal.resolve("repo"));
        String report = "---\ntitle: T\ndate: 2025-06-21\nrange: {base: aaa111, head: bbb222}\ncommits:\n  - sha: bbb2223344\n"
                + "    subject: s\n---\n\n## docs/a.md{#item-aaaaaa}\n\n[rel](b.md) ![pic](i.png)\n";
        Document page = build(report, "repository:\n  path: repo\n  compareUrl: https://github.com/o/r/compare/{base}...{head}\n");
        assertEquals("https://github.com/o/r/blob/bbb222/docs/b.md", page.selectFirst(".report-body a:matchesOwn(^rel$)").attr("href"));
        assertEquals("https://github.com/o/r/raw/bbb222/docs/i.png", page.selectFirst(".report-body img").attr("src"));
        assertEquals("https://github.com/o/r/commit/bbb2223344", page.selectFirst("a[href*=/commit/]").attr("href"));
        // a range from the start of history: the view of the head's files
        Document root = build(report.replace("base: aaa111", "base: ''"), "repository:\n  path: repo\n"
                + "  compareUrl: https://github.com/o/r/compare/{base}...{head}\n");
        assertEquals("https://github.com/o/r/blob/bbb222/docs/b.md", root.selectFirst(".report-body a:matchesOwn(^rel$)").attr("href"));
        // no compareUrl, or a range that names no revision: the link is text, as before
        Document none = build(report.replace("head: bbb222", "head: 'x y'"), "repository:\n  path: repo\n"
                + "  compareUrl: https://github.com/o/r/compare/{base}...{head}\n");
        assertEquals(null, none.selectFirst(".report-body a:matchesOwn(^rel$)"));
    }

    /** A Summary Table with the file's column elsewhere than first: its files are the report's, each row linked to its history. */
    @Test
    void aTableWithTheFileColumnElsewhereHasItsFilesAndHistoryLinks() throws IOException {
        Document page = build(FRONT + "# Summary Table\n\nStatus | Filename | D | A | Title | Type\n---|---|---|---|---|---\n"
                + "modified | **[a.md](#item-aaaaaa \"t\")** | 3 | 5 | Reordered | Bug Fix\n"
                + "added | [b.md](#item-bbbbbb) | 0 | 2 | New [see](#item-aaaaaa) | new feature\n\n"
                + "## docs/a.md{#item-aaaaaa}\n\ntext\n\n## docs/b.md{#item-bbbbbb}\n\ntext\n");
        assertEquals(java.util.List.of("/repo/files/docs/a.md/", "/repo/files/docs/b.md/"),
                page.select(".report-body table a.history").eachAttr("href"), "one history link a row, after the file's link");
        assertTrue(Files.exists(portal.resolve("public/files/docs/a.md/index.html")));
        Document history = Jsoup.parse(portal.resolve("public/files/docs/b.md/index.html").toFile(), "UTF-8");
        assertEquals("/repo/s/r/#item-bbbbbb", history.selectFirst("table.history-table tbody tr a").attr("href"));
    }
}
