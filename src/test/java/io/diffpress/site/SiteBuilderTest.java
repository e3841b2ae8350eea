package io.diffpress.site;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.diffpress.DiffpressException;
import io.diffpress.Diffpress;
import io.diffpress.config.ConfigLoader;
import io.diffpress.config.SiteConfig;
import io.diffpress.testing.LinkChecker;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The site stage alone, on reports written by other generators in the reference format. */
class SiteBuilderTest {

    @TempDir
    Path portal;

    private Path site;

    @BeforeEach
    void portal() throws IOException {
        Files.createDirectories(portal.resolve("content/openai"));
        copy("example-report.md", portal.resolve("content/openai/2025-06-21.md"));
        copy("other/ja-report.md", portal.resolve("content/openai/2025-06-22.md"));
        Files.writeString(portal.resolve("site.yml"), """
                title: Azure AI docs changes
                baseURL: https://owner.github.io/repo/
                docsBaseURL: https://learn.microsoft.com
                cname: docs.example.com
                pageSize: 1
                """);
        site = portal.resolve("public");
    }

    private SiteConfig config() {
        return ConfigLoader.load(portal.resolve("site.yml"));
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = SiteBuilderTest.class.getResourceAsStream(resource)) {
            Files.copy(in, target);
        }
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void everyPageKindRendersAndEveryLinkResolvesUnderTheSubpath() throws IOException {
        Diffpress.build(config());

        Document index = page("index.html");
        assertEquals(List.of("/repo/openai/2025-06-22/"), index.select("ol.report-list h2 a").eachAttr("href"), "page size 1, newest first");
        assertEquals("/repo/page/2/", index.select("a[rel=next]").attr("href"));
        assertEquals(1, index.select("figure.chart svg rect").size() > 0 ? 1 : 0, "activity chart with bars");
        Document page2 = page("page/2/index.html");
        assertEquals(List.of("/repo/openai/2025-06-21/"), page2.select("ol.report-list h2 a").eachAttr("href"));

        Document example = page("openai/2025-06-21/index.html");
        assertEquals(6, example.select("table.summary-table tbody tr").size());
        assertNotNull(example.getElementById("item-03fc2e"));
        assertEquals(6, example.select("details pre code.diff-lines").size());
        assertTrue(example.select(".dl-add").size() > 30);
        assertEquals("/repo/files/articles/ai-services/openai/concepts/model-retirements.md/",
                example.select("table.summary-table tbody tr").first().select("a.history").attr("href"));

        Document ja = page("openai/2025-06-22/index.html");
        assertFalse(ja.html().contains("&lt;format&gt;"), "stray <format> wrapper removed");
        assertEquals("ハイライト", ja.select(".report-body h1").first().text());
        assertEquals("https://github.com/MicrosoftDocs/azure-ai-docs/blob/a1b2c3d/concepts/models.md#fine-tuning-models",
                ja.select(".report-body a:contains(モデル)").attr("href"), "relative link into the repository");
        assertEquals("https://learn.microsoft.com/azure/service-health/overview",
                ja.select(".report-body a:contains(サービス正常性)").attr("href"), "root-relative link into the docs site");
        assertEquals("https://github.com/MicrosoftDocs/azure-ai-docs/blob/a1b2c3d/articles/ai-services/openai/quotas-limits.md",
                ja.select(".report-body a:contains(quotas)").attr("href"), "resolved against the file's own folder");

        Document article = page("files/articles/ai-services/openai/how-to/responses.md/index.html");
        assertEquals(2, article.select("table.history-table tbody tr").size(), "one change per report, newest first");
        assertEquals("2025-06-22", article.select("table.history-table tbody tr td").first().text());
        assertEquals("/repo/openai/2025-06-21/#item-b9757d", article.select("table.history-table tbody tr").get(1).select("a").attr("href"));

        Document tag = page("tags/bug-fix/index.html");
        assertEquals(1, tag.select("ol.report-list li").size());
        assertTrue(Files.exists(site.resolve("tags/b-bold-b/index.html")), "a hostile tag gets a safe slug");
        assertTrue(page("tags/index.html").text().contains("<b>bold</b>"), "and is shown as text");
        assertEquals(2, page("sections/openai/index.html").select("ol.report-list li").size());
        assertEquals(2, page("archive/2025/06/index.html").select("ol.report-list li").size());
        assertTrue(page("404.html").text().contains("Page not found"));
        assertEquals("docs.example.com\n", Files.readString(site.resolve("CNAME")));
        assertTrue(Files.exists(site.resolve(".nojekyll")));
        assertTrue(Files.readString(site.resolve("robots.txt")).contains("Sitemap: https://owner.github.io/repo/sitemap.xml"));
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://owner.github.io/repo/openai/2025-06-21/</loc><lastmod>2025-06-21</lastmod>"), sitemap);

        int[] counted = {0};
        List<String> broken = LinkChecker.broken(site, "/repo/", counted);
        assertTrue(broken.isEmpty(), "broken links:\n" + String.join("\n", broken));
        assertTrue(counted[0] > 100, "checked " + counted[0] + " links");
    }

    @Test
    void theRenderCacheNeverChangesTheOutput() throws IOException {
        Diffpress.build(config());
        try (var entries = Files.walk(portal.resolve(".diffpress/cache/render"))) {
            assertEquals(2, entries.filter(p -> p.toString().endsWith(".html")).count(), "one entry per report");
        }
        Path ja = portal.resolve("content/openai/2025-06-22.md");
        Files.writeString(ja, Files.readString(ja).replace("新しいリージョン", "新しいリージョン (edited)"));
        Diffpress.build(config());
        String cached = Files.readString(site.resolve("openai/2025-06-22/index.html"));
        assertTrue(cached.contains("新しいリージョン (edited)"), "a changed report is rendered again");
        List<io.diffpress.publish.OutputFile> fresh = new SiteBuilder(config(), false).build();
        for (io.diffpress.publish.OutputFile file : fresh) {
            assertEquals(new String(file.content(), java.nio.charset.StandardCharsets.UTF_8),
                    Files.readString(site.resolve(file.path())), file.path());
        }
        try (var entries = Files.walk(portal.resolve(".diffpress/cache/render"))) {
            assertEquals(2, entries.filter(p -> p.toString().endsWith(".html")).count(), "the old entry is pruned");
        }
    }

    @Test
    void feedsParseBackWithRome() throws Exception {
        Diffpress.build(config());
        for (String feed : List.of("index.xml", "atom.xml", "sections/openai/index.xml", "tags/quota/atom.xml")) {
            SyndFeed parsed = new SyndFeedInput().build(new InputSource(new StringReader(Files.readString(site.resolve(feed)))));
            assertFalse(parsed.getEntries().isEmpty(), feed);
            assertTrue(parsed.getEntries().get(0).getLink().startsWith("https://owner.github.io/repo/openai/"), feed);
        }
        SyndFeed rss = new SyndFeedInput().build(new InputSource(new StringReader(Files.readString(site.resolve("index.xml")))));
        assertEquals(2, rss.getEntries().size());
        assertEquals("[ja_JP] Diff Insight Report - openai", rss.getEntries().get(0).getTitle());
    }

    @Test
    void feedsParseWithAnIndependentParser() throws Exception {
        Diffpress.build(config());
        Path script = Files.createTempFile(portal, "check_feed", ".py");
        try (InputStream in = SiteBuilderTest.class.getResourceAsStream("/io/diffpress/feed/check_feed.py")) {
            Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        for (String feed : List.of("index.xml", "atom.xml", "tags/bug-fix/index.xml", "sections/openai/atom.xml")) {
            Process p = new ProcessBuilder("/usr/bin/python3", script.toString(), site.resolve(feed).toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), "python3-feedparser must be installed (apt-get install python3-feedparser): " + out);
            com.fasterxml.jackson.databind.JsonNode result = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out);
            assertFalse(result.get("bozo").asBoolean(), feed + ": " + result.get("bozo_exception").asText());
            assertTrue(result.get("version").asText().startsWith(feed.endsWith("atom.xml") ? "atom" : "rss"), feed + ": " + out);
            assertTrue(result.get("entries").size() >= 1, feed);
            assertTrue(result.get("entries").get(0).get("link").asText().startsWith("https://owner.github.io/repo/openai/"), out);
            assertFalse(result.get("entries").get(0).get("published").asText().isEmpty(), out);
        }
    }

    @Test
    void malformedReportsAreAllListedWithLineAndReason() throws IOException {
        Files.writeString(portal.resolve("content/openai/bad-yaml.md"), "---\ntitle: x\ndate: [unclosed\n---\nbody\n");
        Files.writeString(portal.resolve("content/openai/no-front-matter.md"), "# Just text\n");
        Files.writeString(portal.resolve("content/openai/bad-date.md"), "---\ntitle: x\ndate: someday\n---\n");
        DiffpressException e = assertThrows(DiffpressException.class, () -> Diffpress.build(config()));
        assertEquals(DiffpressException.Kind.BUILD, e.kind());
        assertTrue(e.getMessage().contains("3 reports have errors"), e.getMessage());
        assertTrue(e.getMessage().contains("content/openai/bad-yaml.md:3: malformed front matter"), e.getMessage());
        assertTrue(e.getMessage().contains("content/openai/no-front-matter.md:1: has no front matter"), e.getMessage());
        assertTrue(e.getMessage().contains("content/openai/bad-date.md:3: front matter 'date' 'someday' is not a date"), e.getMessage());
        assertFalse(Files.exists(site), "nothing written");
    }

    @Test
    void duplicatePermalinksAreRefused() throws IOException {
        Files.writeString(portal.resolve("site.yml"), "title: t\nbaseURL: https://o.io/\npermalinks: '{section}/{year}/'\n");
        DiffpressException e = assertThrows(DiffpressException.class, () -> Diffpress.build(config()));
        assertTrue(e.getMessage().contains("both want the page /openai/2025/"), e.getMessage());
    }

    @Test
    void aThemeFileInThePortalOverridesTheBuiltInOne() throws IOException {
        Files.createDirectories(portal.resolve("themes/default/static"));
        Files.writeString(portal.resolve("themes/default/404.peb"), "{% extends \"base.peb\" %}{% block content %}<h1>Lost</h1>{% endblock %}");
        Files.writeString(portal.resolve("themes/default/static/extra.css"), "body{}");
        Diffpress.build(config());
        assertEquals("Lost", page("404.html").select("h1").text());
        assertTrue(Files.exists(site.resolve("assets/extra.css")));
        assertTrue(Files.exists(site.resolve("assets/style.css")), "built-in assets stay");
    }
}
