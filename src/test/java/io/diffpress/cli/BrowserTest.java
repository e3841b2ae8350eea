package io.diffpress.cli;

import io.diffpress.Diffpress;
import io.diffpress.config.ConfigLoader;
import io.diffpress.config.SiteConfig;
import io.diffpress.testing.Browser;
import io.diffpress.testing.HostilePortal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built site in headless Chromium, served under a subpath: a reader browses it, and
 * no payload of a hostile repository ever runs, with or without the Content-Security-Policy.
 */
class BrowserTest {

    @TempDir
    static Path dir;

    private static ChromeDriver browser;
    private static StaticServer server;
    private static Path site;

    @BeforeAll
    static void buildAndServe() throws Exception {
        Path config = HostilePortal.create(dir, "https://o.github.io/repo/");
        try (InputStream in = BrowserTest.class.getResourceAsStream("/io/diffpress/site/example-report.md")) {
            // with a Japanese and a German sentence in its prose, for the search of non-ASCII words
            String report = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace(
                "\n# Insights\n", "\n日本語の要約：古いモデルのファイルを削除しました。Über die Änderungen.\n\n# Insights\n");
            assertTrue(report.contains("削除"), "the sentence was inserted");
            Files.writeString(dir.resolve("portal/content/other/2025-06-21.md"), report);
        }
        SiteConfig site = ConfigLoader.load(config);
        Diffpress.generate(site, Optional.empty(), false, p -> { });
        Diffpress.build(site);
        BrowserTest.site = site.output();
        server = StaticServer.start(site.output(), "/repo/", 0);
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.port() + "/repo/" + path;
    }

    private static void screenshot(String name) throws IOException {
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        Files.write(shots.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void aReaderBrowsesIndexReportTagAndArticle() throws IOException {
        browser.get(url(""));
        screenshot("index");
        assertTrue(browser.getTitle().contains("Hostile"), browser.getTitle());
        List<WebElement> reports = browser.findElements(By.cssSelector("ol.report-list h2 a"));
        assertEquals(4, reports.size());
        browser.findElement(By.cssSelector("ol.report-list h2 a[href='/repo/other/2025-06-21/']")).click();
        assertEquals(6, browser.findElements(By.cssSelector("table.summary-table tbody tr")).size());
        WebElement diff = browser.findElement(By.cssSelector("details"));
        assertFalse(diff.getDomAttribute("open") != null, "diffs start collapsed");
        diff.findElement(By.tagName("summary")).click();
        assertTrue(browser.findElement(By.cssSelector("details .dl-add")).isDisplayed(), "opened diff shows coloured lines");
        screenshot("report");
        browser.findElement(By.cssSelector("a.tag")).click();
        assertTrue(browser.getCurrentUrl().contains("/repo/tags/"), browser.getCurrentUrl());
        assertFalse(browser.findElements(By.cssSelector("ol.report-list li")).isEmpty());
        screenshot("tag");
        browser.get(url("other/2025-06-21/"));
        browser.findElement(By.cssSelector("table.summary-table a.history")).click();
        assertTrue(browser.getCurrentUrl().contains("/repo/files/articles/ai-services/openai/"), browser.getCurrentUrl());
        assertEquals(1, browser.findElements(By.cssSelector("table.history-table tbody tr")).size());
        screenshot("article");
    }

    @Test
    void searchFindsReportsAndArticlesUnderTheSubpath() throws IOException {
        browser.get(url("search/?q=" + java.net.URLEncoder.encode("title:responses", java.nio.charset.StandardCharsets.UTF_8)));
        org.openqa.selenium.support.ui.WebDriverWait wait = new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20));
        wait.until(d -> !d.findElements(By.cssSelector("li.search-result")).isEmpty());
        List<String> links = browser.findElements(By.cssSelector("li.search-result a.search-result-title")).stream()
                .map(a -> a.getDomAttribute("href")).toList();
        assertTrue(links.contains(url("files/articles/ai-services/openai/how-to/responses.md/")), links.toString());
        screenshot("search");

        // Typing in the box searches as one types; a report about quotas is found by a word of its text.
        WebElement box = browser.findElement(By.cssSelector("input[data-search-input]"));
        box.clear();
        box.sendKeys("quotas");
        wait.until(d -> d.findElements(By.cssSelector("li.search-result a.search-result-title")).stream()
                .anyMatch(a -> url("other/2025-06-21/").equals(a.getDomAttribute("href"))));
        assertTrue(browser.findElements(By.cssSelector("li.search-result mark")).size() > 0, "matched words highlighted");

        // Keyboard: arrow down selects the first result, Enter opens it.
        String first = browser.findElement(By.cssSelector("li.search-result a.search-result-title")).getDomAttribute("href");
        box.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        browser.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
        wait.until(d -> d.getCurrentUrl().endsWith(first));

        // Japanese is found by its bigrams (search.js segments the query as the index was), German words whole.
        for (String query : List.of("削除", "ファイルを削除しました", "über", "änderungen")) {
            browser.get(url("search/?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8)));
            wait.until(d -> d.findElements(By.cssSelector("li.search-result a.search-result-title")).stream()
                    .anyMatch(a -> url("other/2025-06-21/").equals(a.getDomAttribute("href"))));
        }

        // A file name or a whole path typed as it is finds the document's history page.
        for (String query : List.of("responses.md", "articles/ai-services/openai/how-to/responses.md")) {
            browser.get(url("search/?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8)));
            wait.until(d -> d.findElements(By.cssSelector("li.search-result a.search-result-title")).stream()
                    .anyMatch(a -> url("files/articles/ai-services/openai/how-to/responses.md/").equals(a.getDomAttribute("href"))));
        }

        // A syntax error is explained, not thrown.
        browser.get(url("search/?q=" + java.net.URLEncoder.encode("title:", java.nio.charset.StandardCharsets.UTF_8)));
        wait.until(d -> d.findElement(By.cssSelector("[data-search-status]")).getAttribute("class").contains("error"));
    }

    @Test
    void noPayloadRunsOnAnyPage() throws IOException {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() > 10, "pages: " + pages.size());
        for (Path page : pages) {
            String path = site.relativize(page).toString().replace("index.html", "");
            browser.get(url(path));
            assertNoPayloadRan(path);
        }
    }

    @Test
    void noPayloadRunsEvenWithoutTheContentSecurityPolicy() throws IOException {
        // The sanitiser alone must hold: serve copies of the pages with the CSP meta removed.
        Path bare = dir.resolve("bare");
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path target = bare.resolve(site.relativize(p).toString());
                Files.createDirectories(target.getParent());
                String name = p.getFileName().toString();
                if (name.endsWith(".html")) {
                    Files.writeString(target, Files.readString(p).replaceAll("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", ""));
                } else {
                    Files.copy(p, target);
                }
            }
        }
        try (StaticServer bareServer = StaticServer.start(bare, "/repo/", 0)) {
            for (String path : List.of("", "other/2025-06-22/", "docs/2025-06-21/", "tags/", "files/", "search/")) {
                browser.get("http://127.0.0.1:" + bareServer.port() + "/repo/" + path);
                assertFalse(browser.getPageSource().contains("Content-Security-Policy"));
                assertNoPayloadRan(path);
                for (WebElement summary : browser.findElements(By.tagName("summary"))) {
                    if (summary.isDisplayed()) {
                        summary.click(); // ontoggle payloads fire on opening
                    }
                }
                assertNoPayloadRan(path + " after opening details");
            }
        }
    }

    @Test
    void pagesCarryNoActiveContentFromThePayloads() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(p.toFile(), "UTF-8");
                for (Element script : doc.select("script")) {
                    assertTrue(script.attr("src").startsWith("/repo/assets/") && script.data().isEmpty(), p + ": " + script);
                }
                for (Element e : doc.getAllElements()) {
                    e.attributes().forEach(a -> assertFalse(a.getKey().toLowerCase().startsWith("on"), p + ": " + e.tagName() + " " + a));
                    for (String attr : List.of("href", "src", "action", "data", "xlink:href")) {
                        assertFalse(e.attr(attr).trim().toLowerCase().startsWith("javascript:"), p + ": " + e);
                        assertFalse(e.attr(attr).trim().toLowerCase().startsWith("data:text"), p + ": " + e);
                    }
                }
                assertTrue(doc.select("iframe, object, embed, math, style, base").isEmpty(), p.toString());
                assertTrue(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content").contains("script-src 'self'"), p.toString());
            }
        }
    }

    private static void assertNoPayloadRan(String page) {
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert(), page + ": a dialog opened");
        assertNull(browser.executeScript("return window.__pwned === undefined ? null : String(window.__pwned)"), page);
        assertNull(browser.executeScript("return document.body.getAttribute('onload')"), page);
    }
}
