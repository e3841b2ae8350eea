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
import org.jsoup.nodes.Element;
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
        // the chart's title tells a screen reader what the bars show: one week with changes, its lines those of its bar
        String bar = index.select("figure.chart svg rect > title").first().text();
        String lines = bar.replaceAll(".*: (\\d+) lines changed", "$1");
        assertEquals("Lines changed per week (bar heights on a square-root scale): 1 of the 52 weeks up to the week of 2025-06-16 had changes; the most, " + lines
                + " lines, in the week of 2025-06-16.", index.select("figure.chart svg > title").text());
        // and for the eye under the bars, which tell neither the period nor the scale (an audit)
        assertEquals("1 of the 52 weeks up to the week of 2025-06-16 had changes; the most, " + lines + " lines, in the week of 2025-06-16.",
                index.select("figure.chart p.chart-summary[aria-hidden=true]").text());
        Document page2 = page("page/2/index.html");
        assertEquals(List.of("/repo/openai/2025-06-21/"), page2.select("ol.report-list h2 a").eachAttr("href"));

        Document example = page("openai/2025-06-21/index.html");
        assertTrue(example.title().startsWith("[en_US] Diff Insight Report - openai (2025-06-21) · "), "the day tells reports apart: " + example.title());
        assertEquals(6, example.select("table.summary-table tbody tr").size());
        // the wide table scrolls in a region keyboard users can focus, named by its heading
        org.jsoup.nodes.Element scroll = example.select("table.summary-table").first().parent();
        assertEquals("div", scroll.tagName());
        assertEquals("table-scroll", scroll.className());
        assertEquals("0", scroll.attr("tabindex"));
        assertEquals("region", scroll.attr("role"));
        assertEquals("Summary Table", example.getElementById(scroll.attr("aria-labelledby")).text());
        assertNotNull(example.getElementById("item-03fc2e"));
        assertEquals(6, example.select("details pre code.diff-lines").size());
        assertTrue(example.select(".dl-add").size() > 30);
        // a title or summary in a right-to-left script takes its direction from its own first letters
        assertEquals("auto", example.selectFirst("h1").attr("dir"));
        assertEquals("auto", example.selectFirst(".report-header p.summary").attr("dir"));
        assertEquals(List.of("auto"), index.select("ol.report-list h2").eachAttr("dir"));
        assertEquals("/repo/files/articles/ai-services/openai/concepts/model-retirements.md/",
                example.select("table.summary-table tbody tr").first().select("a.history").attr("href"));

        Document ja = page("openai/2025-06-22/index.html");
        assertFalse(ja.html().contains("&lt;format&gt;"), "stray <format> wrapper removed");
        assertEquals("ハイライト", ja.select(".report-body h2").first().text(), "body headings one level under the page title");
        assertEquals(List.of("[ja_JP] Diff Insight Report - openai"), ja.select("h1").eachText(), "the page title is the only h1");
        assertEquals("h3", ja.getElementById("item-b9757d").tagName(), "a file's heading keeps its id");
        assertEquals("https://github.com/MicrosoftDocs/azure-ai-docs/blob/a1b2c3d/articles/ai-services/openai/concepts/models.md#fine-tuning-models",
                ja.select(".report-body a:contains(モデル)").attr("href"), "relative link into the repository, in the Highlights: from the"
                        + " folder of the report's files");
        assertEquals("https://learn.microsoft.com/azure/service-health/overview",
                ja.select(".report-body a:contains(サービス正常性)").attr("href"), "root-relative link into the docs site");
        assertEquals("https://github.com/MicrosoftDocs/azure-ai-docs/blob/a1b2c3d/articles/ai-services/openai/quotas-limits.md",
                ja.select(".report-body a:contains(quotas)").attr("href"), "resolved against the file's own folder");

        Document article = page("files/articles/ai-services/openai/how-to/responses.md/index.html");
        assertEquals(2, article.select("table.history-table tbody tr").size(), "one change per report, newest first");
        assertEquals("articles/ai-services/openai/how-to/responses.md", article.select("h1.path").text(), "the path reads whole");
        assertEquals(List.of("articles/", "ai-services/", "openai/", "how-to/", "responses.md"), article.select("h1.path .path-part").eachText(),
                "each folder in a box of its own, so a line breaks after a slash");
        assertEquals("2025-06-22", article.select("table.history-table tbody tr td").first().text());
        assertEquals("/repo/openai/2025-06-21/#item-b9757d", article.select("table.history-table tbody tr").get(1).select("a").attr("href"));

        Document tag = page("tags/bug-fix/index.html");
        assertEquals(1, tag.select("ol.report-list li").size());
        // the navigation marks the part of the site a page is in: "page" on that part's own page, "true" below it
        assertEquals(List.of("/repo/tags/"), tag.select("nav.site-nav a[aria-current=true]").eachAttr("href"));
        assertEquals(List.of("/repo/tags/"), page("tags/index.html").select("nav.site-nav a[aria-current=page]").eachAttr("href"));
        assertEquals(List.of("/repo/"), page("index.html").select("nav.site-nav a[aria-current=page]").eachAttr("href"));
        assertEquals(List.of("/repo/"), ja.select("nav.site-nav a[aria-current=true]").eachAttr("href"), "a report is among the reports");
        assertEquals(List.of("/repo/files/"), article.select("nav.site-nav a[aria-current=true]").eachAttr("href"));
        assertEquals(List.of("/repo/archive/"), page("archive/2025/06/index.html").select("nav.site-nav a[aria-current]").eachAttr("href"));
        assertTrue(Jsoup.parse(Files.readString(site.resolve("404.html"))).select("nav.site-nav a[aria-current]").isEmpty(), "404: none");
        assertTrue(Files.exists(site.resolve("tags/b-bold-b/index.html")), "a hostile tag gets a safe slug");
        assertTrue(page("tags/index.html").text().contains("<b>bold</b>"), "and is shown as text");
        // Lists are paginated like the index (pageSize 1 here): newest first, linked both ways, in the sitemap.
        for (String list : List.of("sections/openai/", "archive/2025/06/")) {
            Document first = page(list + "index.html");
            assertEquals(List.of("/repo/openai/2025-06-22/"), first.select("ol.report-list h2 a").eachAttr("href"), list);
            assertEquals("/repo/" + list + "page/2/", first.select("nav.pager a[rel=next]").attr("href"), list);
            Document second = page(list + "page/2/index.html");
            assertEquals(List.of("/repo/openai/2025-06-21/"), second.select("ol.report-list h2 a").eachAttr("href"), list);
            assertEquals("/repo/" + list, second.select("nav.pager a[rel=prev]").attr("href"), list);
            assertTrue(second.select("nav.pager a[rel=next]").isEmpty(), list);
            assertTrue(second.title().contains("Page 2 of 2"), second.title());
        }
        assertEquals("2 reports · RSS feed · Atom feed", page("sections/openai/page/2/index.html").select("p.muted").first().text(),
                "counted from the newest, every page has the count");
        assertFalse(page("page/2/index.html").select("p.section-links").isEmpty(), "and the sections");
        Document sections = page("sections/index.html");
        assertEquals("Sections", sections.select("h1").text());
        assertEquals(List.of("/repo/sections/openai/"), sections.select("ul.lists a").eachAttr("href"));
        assertEquals("openai (2)", sections.select("ul.lists li").text());
        Document archive = page("archive/index.html");
        assertEquals(List.of("/repo/archive/2025/06/"), archive.select("ul.lists a").eachAttr("href"));
        assertEquals("2025-06 (2)", archive.select("ul.lists li").text());
        Document documents = page("files/index.html");
        assertEquals("Documents", documents.select("h1").text());
        assertTrue(documents.select("ul.documents a").eachAttr("href")
                .contains("/repo/files/articles/ai-services/openai/how-to/responses.md/"));
        assertEquals("articles/ai-services/openai/how-to/responses.md (2)",
                documents.select("ul.documents li:has(a[href$=/how-to/responses.md/])").text(), "with its number of changes");
        assertEquals(6, documents.select("ul.documents li").size(), "the example's six documents, each once (the ja report changes one of them)");
        Document search = page("search/index.html");
        assertEquals("/repo/search/", search.select("form.search-page-form").attr("action"));
        assertEquals(1, search.select("input[name=q][data-search-input]").size());
        assertEquals(1, search.select("ol[data-search-results]").size());
        assertEquals("No results", search.select("[data-search-status]").attr("data-text-no-results"));
        assertEquals(List.of("/repo/assets/lunr.js", "/repo/assets/search.js"), search.select("script").eachAttr("src"));
        assertTrue(Files.exists(site.resolve("search/manifest.json")));
        String sitemapUrls = Files.readString(site.resolve("sitemap.xml"));
        assertTrue(sitemapUrls.contains("<loc>https://owner.github.io/repo/sections/openai/page/2/</loc>"), sitemapUrls);
        assertTrue(sitemapUrls.contains("<loc>https://owner.github.io/repo/tags/openai/page/2/</loc>"), sitemapUrls);
        assertTrue(page("404.html").text().contains("Page not found"));
        // the 404 page is served for any missing path: not indexed, and no canonical address claiming the home page
        assertEquals(0, page("404.html").select("link[rel=canonical]").size());
        assertEquals("noindex", page("404.html").select("meta[name=robots]").attr("content"));
        assertEquals("https://owner.github.io/repo/openai/2025-06-21/", page("openai/2025-06-21/index.html").select("link[rel=canonical]").attr("href"));
        assertEquals(0, page("index.html").select("meta[name=robots]").size());
        assertEquals("Made with diffpress.", page("index.html").select("footer .wrap").text(), "no repository in site.yml: no history named");
        assertFalse(Files.exists(site.resolve("CNAME")));
        assertTrue(Files.exists(site.resolve(".nojekyll")));
        assertTrue(Files.readString(site.resolve("robots.txt")).contains("Sitemap: https://owner.github.io/repo/sitemap.xml"));
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://owner.github.io/repo/openai/2025-06-21/</loc><lastmod>2025-06-21</lastmod>"), sitemap);

        int[] counted = {0};
        List<String> broken = LinkChecker.broken(site, "https://owner.github.io/repo/", counted);
        assertTrue(broken.isEmpty(), "broken links:\n" + String.join("\n", broken));
        assertTrue(counted[0] > 100, "checked " + counted[0] + " links");
    }

    /** A portal's theme written before pageLabel and pageNav: its list pages still show their count and pager. */
    @Test
    void aBodyNestedDeeplyRendersUpToHundredsOfLevelsAndPastThemIsRefusedByName() throws IOException {
        String nested = "---\ntitle: Nested\ndate: 2025-06-23\nsection: openai\n---\n\n# Highlights\n\n" + ">".repeat(100) + " quoted\n\n"
                + java.util.stream.IntStream.range(0, 100).mapToObj(i -> "  ".repeat(i) + "- item " + i + "\n").collect(java.util.stream.Collectors.joining());
        Files.writeString(portal.resolve("content/openai/2025-06-23.md"), nested);
        Diffpress.build(config());
        Document page = page("openai/2025-06-23/index.html");
        assertEquals(100, page.select("blockquote").size(), "a hundred quotes in each other");
        assertTrue(page.text().contains("item 99"), "the deepest list item");

        Files.writeString(portal.resolve("content/openai/2025-06-23.md"), nested.replace(">".repeat(100), ">".repeat(20_000)));
        io.diffpress.DiffpressException e = org.junit.jupiter.api.Assertions.assertThrows(io.diffpress.DiffpressException.class,
                () -> Diffpress.build(config()));
        assertEquals("content: content/openai/2025-06-23.md: the body nests too deeply to render (block quotes, lists or emphasis"
                + " nested hundreds of levels deep)", e.userMessage());
        assertTrue(page("openai/2025-06-23/index.html").text().contains("item 99"), "the site built before stays");
    }

    /** A control character in a title shows as U+FFFD in search results too, as on the pages (JSON would keep it raw). */
    @Test
    void theSearchStoreShowsAControlCharacterAsThePagesDo() throws IOException {
        Files.writeString(portal.resolve("content/openai/2025-06-25.md"), "---\ntitle: \"Bell\\x07 and delete\\x7f\"\n"
                + "date: 2025-06-25\nsection: openai\nsummary: \"one\\x7ftwo\"\n---\n\n# Highlights\n\nText.\n");
        Diffpress.build(config());
        StringBuilder stores = new StringBuilder();
        try (java.util.stream.Stream<Path> files = Files.list(portal.resolve("public/search"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("store-")).toList()) {
                stores.append(Files.readString(f));
            }
        }
        assertTrue(stores.toString().contains("Bell\uFFFD and delete\uFFFD") && stores.toString().contains("one\uFFFDtwo"),
                "U+FFFD in the store");
        assertFalse(stores.toString().contains("\u007f") || stores.toString().contains("\\u0007"), "no control character left");
        assertTrue(page("openai/2025-06-25/index.html").title().contains("Bell\uFFFD and delete\uFFFD"), "as the page shows it");
    }

    /** A report whose body does not list its commits gets the theme's list; a commit without a message is said so. */
    @Test
    void theThemesListOfCommitsSaysWhenACommitHasNoMessage() throws IOException {
        Files.writeString(portal.resolve("content/openai/2025-06-24.md"), "---\ntitle: Other tool\ndate: 2025-06-24\nsection: openai\n"
                + "commits:\n- sha: " + "a".repeat(40) + "\n  subject: ''\n  author: T\n  date: 2025-06-24\n"
                + "- sha: " + "b".repeat(40) + "\n  subject: Fix a link\n  author: T\n  date: 2025-06-24\n---\n\n# Highlights\n\nText.\n");
        Diffpress.build(config());
        Document page = page("openai/2025-06-24/index.html");
        List<String> items = page.select("section.commits li").eachText();
        assertEquals(2, items.size(), items.toString());
        assertTrue(items.get(0).contains("(no message)") && page.select("section.commits li em").size() == 1, items.toString());
        assertTrue(items.get(1).contains("Fix a link") && !items.get(1).contains("(no message)"), items.toString());
    }

    @Test
    void aThemeWrittenForTheOldPagerStillWorks() throws IOException {
        Files.createDirectories(portal.resolve("themes/old"));
        Files.writeString(portal.resolve("themes/old/list.peb"), """
                {% extends "base.peb" %}
                {% import "macros.peb" %}
                {% block content %}<h1>{{ list.name }}</h1><p class="old-count">{{ list.count }} reports</p>
                {{ reportList(reports, site.base, t) }}{{ pager(page, pages, newer, older, site.base, t) }}{% endblock %}
                """);
        Files.writeString(portal.resolve("site.yml"), Files.readString(portal.resolve("site.yml")) + "theme: old\n");
        Diffpress.build(config());
        Document second = page("sections/openai/page/2/index.html");
        assertEquals("2 reports", second.select("p.old-count").text());
        assertEquals("Page 2 of 2", second.select("nav.pager > span").first().text());
    }

    @Test
    void stablePaginationCountsPagesFromTheOldest() throws IOException {
        Files.writeString(portal.resolve("site.yml"), Files.readString(portal.resolve("site.yml")) + "pagination: stable\n");
        Diffpress.build(config());

        // pageSize 1, two reports: the newest on the front page, the oldest on page 1
        Document index = page("index.html");
        assertEquals(List.of("/repo/openai/2025-06-22/"), index.select("ol.report-list h2 a").eachAttr("href"));
        assertEquals("/repo/page/1/", index.select("nav.pager a[rel=next]").attr("href"));
        assertEquals("", index.select("nav.pager span").get(1).text(), "no page number on the front page");
        assertFalse(index.select("p.section-links").isEmpty(), "the sections and their counts on the front page");
        Document oldest = page("page/1/index.html");
        assertEquals(List.of("/repo/openai/2025-06-21/"), oldest.select("ol.report-list h2 a").eachAttr("href"));
        assertEquals("/repo/", oldest.select("nav.pager a[rel=prev]").attr("href"));
        assertTrue(oldest.select("nav.pager a[rel=next]").isEmpty());
        assertEquals("Page 1", oldest.select("nav.pager > span").first().text());
        assertTrue(oldest.title().startsWith("Page 1"), oldest.title());
        assertTrue(oldest.select("p.section-links").isEmpty(), "nothing that changes with every report");
        assertFalse(Files.exists(site.resolve("page/2/index.html")));

        Document section = page("sections/openai/index.html");
        assertEquals("2 reports · RSS feed · Atom feed", section.select("p.muted").first().text(), "the count on the first page");
        assertFalse(section.select("figure.chart svg rect").isEmpty(), "the section's activity chart");
        Document sectionOldest = page("sections/openai/page/1/index.html");
        assertEquals(List.of("/repo/openai/2025-06-21/"), sectionOldest.select("ol.report-list h2 a").eachAttr("href"));
        assertEquals("RSS feed · Atom feed", sectionOldest.select("p.muted").first().text(), "only the feed on the others");
        assertTrue(sectionOldest.title().contains("openai · Sections · Page 1"), sectionOldest.title());
        // a section's page and a tag's of the same name are titled apart (an audit); lists keep their role where a list
        // without markers loses it (WebKit)
        assertTrue(section.title().startsWith("openai · Sections · "), section.title());
        assertTrue(page("tags/openai/index.html").title().startsWith("openai · Tags · "), page("tags/openai/index.html").title());
        assertEquals("list", section.selectFirst("ol.report-list").attr("role"));
        assertTrue(Files.readString(site.resolve("sitemap.xml")).contains("<loc>https://owner.github.io/repo/sections/openai/page/1/</loc>"));
        List<String> broken = LinkChecker.broken(site, "https://owner.github.io/repo/", new int[1]);
        assertTrue(broken.isEmpty(), "broken links:\n" + String.join("\n", broken));
    }

    /** Five changes to responses.md, two to a page: newest first, three pages; stable, the front page and page 1. */
    @Test
    void aDocumentsHistoryIsCutIntoPagesOfHistoryPageSize() throws IOException {
        String example = Files.readString(portal.resolve("content/openai/2025-06-21.md"));
        for (int day = 18; day <= 20; day++) {
            Files.writeString(portal.resolve("content/openai/2025-06-" + day + ".md"),
                    example.replace("date: '2025-06-21'", "date: '2025-06-" + day + "'"));
        }
        String settings = Files.readString(portal.resolve("site.yml")) + "historyPageSize: 2\n";
        String history = "files/articles/ai-services/openai/how-to/responses.md/";
        for (String pagination : List.of("newest-first", "stable")) {
            Files.writeString(portal.resolve("site.yml"), settings + "pagination: " + pagination + "\n");
            Diffpress.build(config());
            Document front = page(history + "index.html");
            assertEquals("5 changes", front.select("main p.muted").last().text(), pagination);
            assertFalse(front.select("figure.chart svg").isEmpty(), "the chart on the front page");
            assertEquals(pagination.equals("stable") ? "/repo/" + history + "page/1/" : "/repo/" + history + "page/2/",
                    front.select("nav.pager a[rel=next]").attr("href"), pagination);
            if (pagination.equals("newest-first")) {
                assertEquals(List.of("2025-06-22", "2025-06-21"), dates(front));
                Document second = page(history + "page/2/index.html");
                assertEquals(List.of("2025-06-20", "2025-06-19"), dates(second));
                assertEquals("Page 2 of 3", second.select("nav.pager > span").first().text());
                assertEquals("5 changes", second.select("main p.muted").last().text(), "counted from the newest: on every page");
                assertTrue(second.select("figure.chart").isEmpty(), "the chart on the front page only");
                assertTrue(second.title().contains("responses.md · Page 2 of 3"), second.title());
                assertEquals(List.of("2025-06-18"), dates(page(history + "page/3/index.html")));
                assertFalse(Files.exists(site.resolve(history + "page/4/index.html")));
            } else {
                assertEquals(List.of("2025-06-22", "2025-06-21", "2025-06-20"), dates(front), "the newest 2 to 3");
                Document oldest = page(history + "page/1/index.html");
                assertEquals(List.of("2025-06-19", "2025-06-18"), dates(oldest));
                assertEquals("Page 1", oldest.select("nav.pager > span").first().text());
                assertTrue(oldest.select("main p.muted").stream().noneMatch(p -> p.text().contains("changes")),
                        "no count on a page that keeps its bytes as changes are added");
                assertFalse(Files.exists(site.resolve(history + "page/2/index.html")));
            }
            assertTrue(Files.readString(site.resolve("sitemap.xml")).contains("<loc>https://owner.github.io/repo/" + history
                    + (pagination.equals("stable") ? "page/1/" : "page/3/") + "</loc>"));
            List<String> broken = LinkChecker.broken(site, "https://owner.github.io/repo/", new int[1]);
            assertTrue(broken.isEmpty(), "broken links:\n" + String.join("\n", broken));
        }
    }

    /**
     * One day's reports (the commits strategy writes one per pull request) are ordered by when their ranges end, not by
     * file name: a file added in the first, renamed in the second and edited in the third keeps one history, newest first
     * (an audit found two histories, and the index oldest first, with reports named pr-11, pr-12, pr-13).
     */
    @Test
    void oneDaysReportsAreOrderedByTimeNotByFileName() throws IOException {
        Files.delete(portal.resolve("content/openai/2025-06-21.md"));
        Files.delete(portal.resolve("content/openai/2025-06-22.md"));
        Files.createDirectories(portal.resolve("content/docs"));
        String[][] reports = { // file name, date, commit time, file entry
                {"pr-11", "2025-06-01", "2025-06-01T09:00:00Z", "{path: docs/a.md, status: added, type: new feature, title: Added, additions: 30, deletions: 0}"},
                {"pr-12", "2025-06-01", "2025-06-01T10:00:00Z", "{path: docs/b.md, oldPath: docs/a.md, status: renamed, type: breaking change, title: Renamed, additions: 0, deletions: 0}"},
                {"pr-13", "2025-06-01", "2025-06-01T11:00:00+00:00", "{path: docs/b.md, status: modified, type: minor update, title: Edited, additions: 1, deletions: 0}"}};
        for (String[] r : reports) {
            Files.writeString(portal.resolve("content/docs/" + r[0] + ".md"), "---\ntitle: '" + r[0] + "'\ndate: '" + r[1]
                    + "'\nsection: docs\nfiles:\n- " + r[3] + "\ncommits:\n- {sha: " + "a".repeat(40) + ", subject: s, author: A, date: '"
                    + r[2] + "'}\n---\n\n# Highlights\n\nText of " + r[0] + ".\n");
        }
        Files.writeString(portal.resolve("site.yml"), Files.readString(portal.resolve("site.yml")).replace("pageSize: 1", "pageSize: 10"));
        Diffpress.build(config());
        assertFalse(Files.exists(site.resolve("files/docs/a.md/index.html")), "one history, under the latest path");
        Document history = page("files/docs/b.md/index.html");
        assertEquals(List.of("Edited", "Renamed", "Added (docs/a.md)"), history.select("table.history-table tbody tr").stream()
                .map(tr -> tr.select("td").get(2).text()).toList(), "the titles, newest first, the first under its old path");
        assertEquals(List.of("pr-13", "pr-12", "pr-11"), page("index.html").select("main li.report-item h2, main li.report-item h3").eachText().stream()
                .map(t -> t.replaceAll(".*(pr-\\d+).*", "$1")).toList());
        // each link names its report's date too, for screen readers: titles alike are links told apart (an audit)
        assertEquals("pr-13, 2025-06-01", page("index.html").selectFirst("main li.report-item h2 a").text());
        assertEquals(", 2025-06-01", page("index.html").selectFirst("main li.report-item h2 a span.visually-hidden").text());
        // the feed entries carry those times, so that a reader keeps them apart too
        String atom = Files.readString(site.resolve("atom.xml"));
        assertTrue(atom.contains("2025-06-01T11:00:00Z") && atom.contains("2025-06-01T10:00:00Z") && atom.contains("2025-06-01T09:00:00Z"), atom);

        // the time written with the date orders them too, before the commits' (none here); without an offset, in the site's zone
        for (String[] r : reports) {
            Files.delete(portal.resolve("content/docs/" + r[0] + ".md"));
        }
        String[][] timed = {{"x-1", "2025-06-01T23:00:00+09:00"}, {"x-2", "2025-06-01 09:30"}, {"x-3", "2025-06-01T07:00:00Z"}};
        for (String[] r : timed) {
            Files.writeString(portal.resolve("content/docs/" + r[0] + ".md"), "---\ntitle: '" + r[0] + "'\ndate: '" + r[1]
                    + "'\nsection: docs\n---\n\n# Highlights\n\nText.\n");
        }
        Diffpress.build(config());
        // 23:00+09:00 is 14:00Z, the latest; 09:30 in UTC (the default zone) 09:30Z; then 07:00Z
        assertEquals(List.of("x-1", "x-2", "x-3"), page("index.html").select("main li.report-item h2, main li.report-item h3").eachText().stream()
                .map(t -> t.replaceAll(".*(x-\\d).*", "$1")).toList());
    }

    private static List<String> dates(Document history) {
        return history.select("table.history-table tbody tr td:first-child").eachText();
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
        // the section's reports share their title: the entries tell their days, as the pages' titles do
        assertEquals("[ja_JP] Diff Insight Report - openai (2025-06-22)", rss.getEntries().get(0).getTitle());
        assertEquals("[en_US] Diff Insight Report - openai (2025-06-21)", rss.getEntries().get(1).getTitle());
        // each RSS feed names its own address, as Atom's rel=self does (feed validators ask for it)
        for (String feed : List.of("index.xml", "sections/openai/index.xml", "tags/quota/index.xml")) {
            org.jsoup.nodes.Document xml = Jsoup.parse(Files.readString(site.resolve(feed)), "", org.jsoup.parser.Parser.xmlParser());
            org.jsoup.select.Elements self = xml.select("rss > channel > atom|link[rel=self]");
            assertEquals(1, self.size(), feed);
            assertEquals("https://owner.github.io/repo/" + feed, self.attr("href"));
            assertEquals("http://www.w3.org/2005/Atom", self.attr("xmlns:atom"));
        }
        // each list page with feeds advertises and links both, as every page does the site's
        for (String list : List.of("sections/openai/", "tags/quota/")) {
            Document page = page(list + "index.html");
            for (String feed : List.of("index.xml", "atom.xml")) {
                String href = "/repo/" + list + feed;
                assertEquals(1, page.select("head link[rel=alternate][href=" + href + "]").size(), list + feed);
                assertEquals(1, page.select("main a[href=" + href + "]").size(), list + feed);
                assertTrue(Files.exists(site.resolve(list + feed)), list + feed);
            }
        }
    }

    @Test
    void feedsCarryTheWholeReportWhenConfigured() throws Exception {
        Files.writeString(portal.resolve("site.yml"), Files.readString(portal.resolve("site.yml")) + "feeds:\n  content: full\n");
        Diffpress.build(config());
        SyndFeed rss = new SyndFeedInput().build(new InputSource(new StringReader(Files.readString(site.resolve("index.xml")))));
        SyndFeed atom = new SyndFeedInput().build(new InputSource(new StringReader(Files.readString(site.resolve("atom.xml")))));
        for (String html : List.of(rss.getEntries().get(1).getDescription().getValue(),
                atom.getEntries().get(1).getContents().get(0).getValue())) {
            Document body = Jsoup.parseBodyFragment(html);
            assertEquals(6, body.select("table.summary-table tbody tr").size(), "the whole report");
            assertEquals(6, body.select("details code.diff-lines").size(), "with its diffs");
            assertEquals("https://owner.github.io/repo/openai/2025-06-21/#item-03fc2e",
                    body.select("table.summary-table a[href*=item-03fc2e]").attr("href"), "links work in a feed reader");
            assertEquals("https://owner.github.io/repo/files/articles/ai-services/openai/concepts/model-retirements.md/",
                    body.select("a.history").first().attr("href"));
            for (String href : body.select("[href]").eachAttr("href")) {
                assertTrue(href.startsWith("https://"), "absolute: " + href);
            }
        }
        assertEquals("html", atom.getEntries().get(1).getContents().get(0).getType());
        assertTrue(atom.getEntries().get(1).getDescription().getValue().startsWith("Summary: The recent updates"), "the summary stays");

        for (String feed : List.of("index.xml", "atom.xml")) {
            com.fasterxml.jackson.databind.JsonNode result = feedparser(feed);
            assertFalse(result.get("bozo").asBoolean(), feed + ": " + result.get("bozo_exception").asText());
            String content = result.get("entries").get(1).get("content").asText();
            assertTrue(content.contains("https://owner.github.io/repo/openai/2025-06-21/#item-b9757d"), feed + ": " + content);
            assertTrue(content.contains("<table"), feed);
        }
    }

    /** A report too long for a feed is there as its summary and a link to it; the others whole. */
    @Test
    void aReportTooLongForAFeedIsItsSummaryAndALink() throws Exception {
        Files.writeString(portal.resolve("site.yml"), Files.readString(portal.resolve("site.yml")) + "feeds:\n  content: full\n");
        Path example = portal.resolve("content/openai/2025-06-21.md");
        String paragraph = "A long paragraph of plain words. ".repeat(30) + "\n\n";
        Files.writeString(example, Files.readString(example) + "\n" + paragraph.repeat(SiteBuilder.FEED_HTML_MAX_CHARS / paragraph.length() + 1));
        Diffpress.build(config());
        String feed = Files.readString(site.resolve("index.xml"));
        assertTrue(feed.length() < SiteBuilder.FEED_HTML_MAX_CHARS, "the feed holds no such report: " + feed.length() + " chars");
        SyndFeed rss = new SyndFeedInput().build(new InputSource(new StringReader(feed)));
        Document tooLong = Jsoup.parseBodyFragment(rss.getEntries().get(1).getDescription().getValue());
        assertTrue(tooLong.text().startsWith("Summary: The recent updates"), tooLong.text());
        assertEquals("https://owner.github.io/repo/openai/2025-06-21/", tooLong.select("a").attr("href"));
        assertEquals("This report is too long for a feed: read it on the site.", tooLong.select("a").text());
        assertEquals(1, Jsoup.parseBodyFragment(rss.getEntries().get(0).getDescription().getValue()).select("table.summary-table").size(),
                "the other report whole");
        assertTrue(Files.readString(site.resolve("openai/2025-06-21/index.html")).contains("A long paragraph"), "the page holds it all");
    }

    @Test
    void summaryFeedsCarryOnlyTheSummary() throws Exception {
        Diffpress.build(config());
        SyndFeed rss = new SyndFeedInput().build(new InputSource(new StringReader(Files.readString(site.resolve("index.xml")))));
        SyndFeed atom = new SyndFeedInput().build(new InputSource(new StringReader(Files.readString(site.resolve("atom.xml")))));
        assertEquals("Summary: 概要の文章。", rss.getEntries().get(0).getDescription().getValue());
        assertTrue(atom.getEntries().get(0).getContents().isEmpty(), "no content by default");
        assertFalse(Files.readString(site.resolve("index.xml")).contains("summary-table"));
    }

    /** A Summary Table row whose anchor names no file heading has only a bare file name: no history page merging unrelated files. */
    @Test
    void aRowWithoutItsFileHeadingGetsNoHistoryPage() throws Exception {
        Files.writeString(portal.resolve("content/openai/2025-06-23.md"), """
                ---
                title: Other tool
                date: 2025-06-23
                ---
                # Summary Table
                | Filename | Type | Title | Status | A | D | M |
                |---|---|---|---|---|---|---|
                | [index.md](#item-222222) | new feature | T2 | added | 2 | 0 | 2 |
                | [guide.md](#item-333333) | minor update | T3 | modified | 1 | 1 | 2 |

                ## docs/b/index.md

                no anchor on this heading

                ## docs/c/guide.md{#item-333333}

                text
                """);
        Diffpress.build(config());
        assertFalse(Files.exists(site.resolve("files/index.md/index.html")), "a bare name is no document");
        assertTrue(Files.exists(site.resolve("files/docs/c/guide.md/index.html")), "the row whose heading names its path has one");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(site.resolve("openai/2025-06-23/index.html").toFile(), "UTF-8");
        assertEquals(List.of("/repo/files/docs/c/guide.md/"), page.select("table.summary-table a.history").eachAttr("href"));
    }

    /** Body headings named like the theme's landmarks do not give a page the same id twice. */
    @Test
    void bodyHeadingsDoNotTakeTheThemesIds() throws Exception {
        Files.writeString(portal.resolve("content/openai/2025-06-24.md"),
                "---\ntitle: Ids\ndate: 2025-06-24\n---\n# Main\n\ntext\n\n# Search q\n\n# Commits heading\n\n# Search page\n");
        Diffpress.build(config());
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(site.resolve("openai/2025-06-24/index.html").toFile(), "UTF-8");
        List<String> ids = page.select("[id]").eachAttr("id");
        assertEquals(new java.util.HashSet<>(ids).size(), ids.size(), "ids: " + ids);
        assertTrue(ids.containsAll(List.of("main", "search-q", "commits-heading", "dp-main")), ids.toString());
        assertEquals("#dp-main", page.selectFirst("a.skip").attr("href"), "the skip link reaches the main landmark");
    }

    /** A report from another tool without a summary: its feed entry says its counts rather than nothing. */
    @Test
    void aReportWithoutSummaryHasItsCountsInTheFeeds() throws Exception {
        String report = Files.readString(portal.resolve("content/openai/2025-06-21.md"));
        int start = report.indexOf("summary: ");
        int end = report.indexOf("\ntitle: ", start);
        Files.writeString(portal.resolve("content/openai/2025-06-21.md"), report.substring(0, start) + report.substring(end + 1));
        Files.delete(portal.resolve("content/openai/2025-06-22.md"));
        Diffpress.build(config());
        SyndFeed rss = new SyndFeedInput().build(new InputSource(new StringReader(Files.readString(site.resolve("index.xml")))));
        SyndFeed atom = new SyndFeedInput().build(new InputSource(new StringReader(Files.readString(site.resolve("atom.xml")))));
        assertEquals("6 files, +43 −71", rss.getEntries().get(0).getDescription().getValue());
        assertEquals("6 files, +43 −71", atom.getEntries().get(0).getDescription().getValue());
        // one with no files either: its feed entry is not left without text
        Files.writeString(portal.resolve("content/openai/2025-06-25.md"), "---\ntitle: Prose only\ndate: 2025-06-25\nsummary: ''\n---\n\ntext\n");
        Diffpress.build(config());
        SyndFeed again = new SyndFeedInput().build(new InputSource(new StringReader(Files.readString(site.resolve("index.xml")))));
        assertEquals("Prose only (2025-06-25)", again.getEntries().get(0).getTitle());
        assertEquals("0 files, +0 −0", again.getEntries().get(0).getDescription().getValue());
    }

    /** Feed dates carry the site's time zone's offset, not GMT, which is the day before east of it (an audit). */
    @Test
    void feedDatesAreInTheSitesTimeZone() throws Exception {
        Files.writeString(portal.resolve("site.yml"), Files.readString(portal.resolve("site.yml")) + "timeZone: Pacific/Kiritimati\n");
        Diffpress.build(config());
        String rss = Files.readString(site.resolve("index.xml"));
        String atom = Files.readString(site.resolve("atom.xml"));
        assertTrue(rss.contains("<pubDate>Sun, 22 Jun 2025 00:00:00 +1400</pubDate>"), rss);
        assertTrue(rss.contains("<lastBuildDate>Sun, 22 Jun 2025 00:00:00 +1400</lastBuildDate>"), rss);
        assertTrue(rss.contains("<pubDate>Sat, 21 Jun 2025 00:00:00 +1400</pubDate>"), rss);
        assertFalse(rss.contains("GMT"), rss);
        assertTrue(atom.contains("<published>2025-06-22T00:00:00+14:00</published>"), atom);
        assertTrue(atom.contains("<updated>2025-06-21T00:00:00+14:00</updated>"), atom);
        assertFalse(atom.matches("(?s).*<(updated|published)>[^<]*Z<.*"), atom);
        java.time.Instant midnight = java.time.LocalDate.of(2025, 6, 22).atStartOfDay(java.time.ZoneId.of("Pacific/Kiritimati")).toInstant();
        for (String feed : List.of(rss, atom)) { // the same instants as before, read back by ROME
            SyndFeed parsed = new SyndFeedInput().build(new InputSource(new StringReader(feed)));
            assertEquals(midnight, parsed.getEntries().get(0).getPublishedDate().toInstant());
        }
    }

    /** What Python's feedparser, an independent parser, reads from a feed of the built site (check_feed.py's JSON). */
    private com.fasterxml.jackson.databind.JsonNode feedparser(String feed) throws Exception {
        Path script = Files.createTempFile(portal, "check_feed", ".py");
        try (InputStream in = SiteBuilderTest.class.getResourceAsStream("/io/diffpress/feed/check_feed.py")) {
            Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Process p = new ProcessBuilder("/usr/bin/python3", script.toString(), site.resolve(feed).toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "python3-feedparser must be installed (apt-get install python3-feedparser): " + out);
        Files.delete(script);
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(out);
    }

    @Test
    void feedsParseWithAnIndependentParser() throws Exception {
        Diffpress.build(config());
        for (String feed : List.of("index.xml", "atom.xml", "tags/bug-fix/index.xml", "sections/openai/atom.xml")) {
            com.fasterxml.jackson.databind.JsonNode result = feedparser(feed);
            String out = result.toString();
            assertFalse(result.get("bozo").asBoolean(), feed + ": " + result.get("bozo_exception").asText());
            assertTrue(result.get("version").asText().startsWith(feed.endsWith("atom.xml") ? "atom" : "rss"), feed + ": " + out);
            assertTrue(result.get("entries").size() >= 1, feed);
            assertTrue(result.get("entries").get(0).get("link").asText().startsWith("https://owner.github.io/repo/openai/"), out);
            assertFalse(result.get("entries").get(0).get("published").asText().isEmpty(), out);
            assertEquals("en-us", result.get("language").asText(), "RSS <language>, Atom xml:lang: " + out);
        }
    }

    /**
     * RSS titles are read as HTML by feedparser and most readers: markup in a report's title shows as the text it is, in
     * RSS (escaped for HTML) as in Atom (type="text"); an audit saw it render, an image loaded, a word in bold.
     */
    @Test
    void markupInATitleStaysTextInEveryFeed() throws Exception {
        Files.writeString(portal.resolve("content/openai/2025-06-25.md"),
                "---\ntitle: '<img src=x onerror=alert(7)> & <b>bold</b>'\ndate: 2025-06-25\nsummary: s\n---\n\ntext\n");
        Diffpress.build(config());
        for (String feed : List.of("index.xml", "atom.xml")) {
            com.fasterxml.jackson.databind.JsonNode out = feedparser(feed);
            String title = out.get("entries").get(0).get("title").asText();
            // as HTML for RSS (what a reader renders shows the markup as text), as the text itself for Atom
            assertEquals(feed.equals("index.xml") ? "&lt;img src=x onerror=alert(7)&gt; &amp; &lt;b&gt;bold&lt;/b&gt; (2025-06-25)"
                    : "<img src=x onerror=alert(7)> & <b>bold</b> (2025-06-25)", title, feed + ": " + out);
        }
    }

    @Test
    void tagsWhoseNamesShareASlugAreOnePage() throws IOException {
        // "Quota" here, "quota" in the ja report; the tag "breaking-change" and the example's type "breaking change";
        // a tag "OpenAI", a section "OpenAI" and the section "openai"; "Bug Fix" here, the ja report's type "bug fix" and a tag "bug fix".
        Files.writeString(portal.resolve("content/openai/2025-06-23.md"), """
                ---
                title: Third
                date: 2025-06-23
                tags: [Quota, breaking-change, OpenAI, Bug Fix, Quota, Release_Notes]
                ---

                # Highlights
                text
                """);
        Files.writeString(portal.resolve("content/openai/2025-06-24.md"),
                "---\ntitle: Fourth\ndate: 2025-06-24\nsection: OpenAI\ntags: [bug fix, Bug_Fix, snake_case, Release_Notes, release notes]\n---\n");
        Diffpress.build(config());
        // '_' between words too (an audit found "Bug_Fix" a page apart from "bug fix"); a name alone keeps its '_'
        assertFalse(Files.exists(site.resolve("tags/bug_fix/index.html")), "Bug_Fix is on the page of bug fix");
        assertTrue(page("tags/bug-fix/index.html").select("ol.report-list h2 a").eachAttr("href").contains("/repo/openai/2025-06-24/"));
        assertEquals("snake_case", page("tags/snake_case/index.html").select("h1").text());
        // "Release_Notes" used by more reports than "release notes": it names the page, whose URL is the one without '_'
        assertFalse(Files.exists(site.resolve("tags/release_notes/index.html")));
        assertEquals("Release_Notes", page("tags/release-notes/index.html").select("h1").text());
        assertEquals(List.of("/repo/openai/2025-06-23/", "/repo/openai/2025-06-22/"), List.of(
                page("tags/quota/index.html").select("ol.report-list h2 a").attr("href"),
                page("tags/quota/page/2/index.html").select("ol.report-list h2 a").attr("href")), "both spellings on one page");
        assertEquals("Quota", page("tags/quota/index.html").select("h1").text(), "used equally: the first in string order");
        assertEquals("bug fix", page("tags/bug-fix/index.html").select("h1").text(), "the spelling most reports use");
        assertEquals("breaking change", page("tags/breaking-change/index.html").select("h1").text());
        assertEquals("openai", page("tags/openai/index.html").select("h1").text());
        assertEquals(4, countItems("tags/openai/index.xml"), "the section's reports, the one tagged OpenAI among them");
        Document tags = page("tags/index.html");
        assertEquals(1, tags.select("ul.lists a[href=/repo/tags/quota/]").size(), "one entry per slug");
        assertEquals(tags.select("ul.lists a").eachAttr("href").stream().distinct().count(), tags.select("ul.lists a").size());
        Document sections = page("sections/index.html");
        assertEquals(List.of("openai (4)"), sections.select("ul.lists li").eachText(), "sections OpenAI and openai are one");
        Document third = page("openai/2025-06-23/index.html");
        assertEquals(List.of("#openai", "#Quota", "#breaking change", "#bug fix", "#Release_Notes"), third.select("p.tags a").eachText(),
                "each tag once on the report, under its page's name");
        assertEquals(List.of("#openai", "#bug fix", "#snake_case", "#Release_Notes"), page("openai/2025-06-24/index.html").select("p.tags a").eachText(),
                "bug fix and Bug_Fix are one tag of the report");
    }

    /** Names that share a slug but not a spelling ("C++" and "C#" are both "c") are pages of their own (a user trial). */
    @Test
    void tagsSpelledApartAreApartThoughTheirSlugsAreOne() throws IOException {
        Files.writeString(portal.resolve("content/openai/2025-06-23.md"),
                "---\ntitle: Third\ndate: 2025-06-23\ntags: [C++, a/b, a b]\n---\n\n# Highlights\ntext\n");
        Files.writeString(portal.resolve("content/openai/2025-06-24.md"),
                "---\ntitle: Fourth\ndate: 2025-06-24\ntags: [C#, a-b]\n---\n\n# Highlights\ntext\n");
        Files.writeString(portal.resolve("content/openai/2025-06-25.md"),
                "---\ntitle: Fifth\ndate: 2025-06-25\ntags: [C#]\n---\n\n# Highlights\ntext\n");
        Diffpress.build(config());
        String cSharp = "c-" + io.diffpress.Sha256.hex("c#").substring(0, 6);
        String aSlashB = "a-b-" + io.diffpress.Sha256.hex("a/b").substring(0, 6);
        assertEquals("C++", page("tags/c/index.html").select("h1").text(), "the spelling that appeared first keeps the slug,"
                + " though more reports use the other");
        assertEquals("C#", page("tags/" + cSharp + "/index.html").select("h1").text());
        assertEquals("a b", page("tags/a-b/index.html").select("h1").text(), "'a b' and 'a-b' are one spelling, used equally: the first");
        assertEquals("a/b", page("tags/" + aSlashB + "/index.html").select("h1").text());
        Document third = page("openai/2025-06-23/index.html");
        assertTrue(third.select("p.tags a").eachText().containsAll(List.of("#C++", "#a/b", "#a b")),
                third.select("p.tags a").eachText().toString());
        String feed = Files.readString(site.resolve("index.xml"));
        assertTrue(feed.contains("<category>C#</category>") && feed.contains("<category>C++</category>"), "both in the feed");
        int[] counted = {0};
        assertEquals(List.of(), LinkChecker.broken(site, "https://owner.github.io/repo/", counted));
    }

    private int countItems(String feed) throws IOException {
        return Files.readString(site.resolve(feed)).split("<item>", -1).length - 1;
    }

    @Test
    void fragmentLinksToIdsThePageDoesNotHaveBecomeText() throws IOException {
        Files.writeString(portal.resolve("content/openai/2025-06-23.md"), """
                ---
                title: Fragments
                date: 2025-06-23
                ---

                # Highlights
                See [the file](#item-b9757d), [the highlights](#highlights), [**gone**](#item-000000) and [nothing](#).

                ## docs/a.md{#item-b9757d}
                text
                """);
        Diffpress.build(config());
        Element body = page("openai/2025-06-23/index.html").selectFirst(".report-body");
        assertEquals(List.of("#item-b9757d", "#highlights"), body.select("a").eachAttr("href"));
        assertEquals("gone", body.select("p strong").text(), "the text stays, with its emphasis");
        assertTrue(body.text().contains("and nothing."), body.text());
        int[] counted = {0};
        assertEquals(List.of(), LinkChecker.broken(site, "https://owner.github.io/repo/", counted));
    }

    @Test
    void wrapperTagsOfOtherGeneratorsAreRemovedAnywhereOutsideCode() throws IOException {
        Files.writeString(portal.resolve("content/openai/2025-06-23.md"), """
                ---
                title: Wrapped after a line
                date: 2025-06-23
                ---

                [View Diff on GitHub](https://github.com/o/r/compare/a...b){target="_blank"}

                <format>

                # Highlights
                Text with <format> inline stays as text.

                ```
                <format>
                ```

                </FORMAT>
                """);
        // tag names in any case, as in HTML: an upper-case wrapper would start an HTML block that swallows the next line
        Files.writeString(portal.resolve("content/openai/2025-06-24.md"), """
                ---
                title: Wrapped in capitals
                date: 2025-06-24
                ---
                <FORMAT>
                [View Diff on GitHub](https://github.com/o/r/compare/a...b){target="_blank"}

                # Highlights
                </Format>
                """);
        Diffpress.build(config());
        Element capitals = page("openai/2025-06-24/index.html").selectFirst(".report-body");
        assertEquals("View Diff on GitHub", capitals.select("a").first().text(), capitals.html());
        assertFalse(capitals.html().toLowerCase(java.util.Locale.ROOT).contains("format&gt;"), capitals.html());
        Document page = page("openai/2025-06-23/index.html");
        Element body = page.selectFirst(".report-body");
        assertEquals("Highlights", body.select("h2").first().text());
        assertEquals("Text with <format> inline stays as text.", body.select("p").get(1).text(), "not a line of its own: kept");
        assertEquals("<format>", body.select("pre code").text(), "inside fenced code: kept");
        assertEquals(2, body.html().split("&lt;format&gt;", -1).length - 1, body.html());
        assertFalse(body.html().contains("&lt;/format&gt;"), body.html());
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
    void permalinksMayHaveLiteralFolders() throws IOException {
        Files.writeString(portal.resolve("site.yml"), "title: t\nbaseURL: https://o.io/\npermalinks: 'reports/{year}-{month}-{day}/'\n");
        Diffpress.build(config());
        assertTrue(Files.isRegularFile(site.resolve("reports/2025-06-21/index.html")));
        assertTrue(Files.isRegularFile(site.resolve("reports/2025-06-22/index.html")));
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
