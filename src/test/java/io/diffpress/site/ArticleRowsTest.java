package io.diffpress.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link ArticleRows} against the Pebble loop it replaces: the built-in article.peb before the change, kept as a
 * test resource, is put in a portal theme, and both themes render the same articles to the same bytes.
 */
class ArticleRowsTest {

    @TempDir
    Path dir;

    private static final String[] TEXTS = {"", " ", "\t", "new feature", "breaking change", "bug fix", "minor update",
        "unknown type", "<script>alert(1)</script>", "a & b \"quoted\" 'single'", "日本語のタイトル", "x\u00a0y", "  padded  ",
        "modified", "added", "removed", "renamed", "weird status", "e\u0301", "\uD83D\uDE00 emoji",
        "Corrected row `Max tokens` in `quotas.md`", "`<b>` & ``a`b``", "unclosed ` tick", "`` ` ``", "` `"};

    @Test
    void rowsAreThePebbleLoopsBytes() throws IOException {
        Path oracle = dir.resolve("oracle");
        Files.createDirectories(oracle);
        try (InputStream in = getClass().getResourceAsStream("oracle/article.peb")) {
            Files.write(oracle.resolve("article.peb"), in.readAllBytes());
        }
        Theme pebbleRows = new Theme(oracle);
        Theme javaRows = new Theme(dir.resolve("none"));
        Random random = new Random(7);
        int rows = 0;
        for (String locale : List.of("en_US", "ja_JP")) {
            Map<String, String> t = UiStrings.load(dir.resolve("none"), locale);
            for (int n = 0; n < 60; n++) {
                ArticleView article = article(random, n % 7 == 0 ? 0 : random.nextInt(40));
                rows += article.changes().size();
                Map<String, Object> context = new HashMap<>();
                context.put("article", article);
                context.put("chart", "");
                context.put("site", new SiteView("Site", "", random.nextBoolean() ? "/" : "/repo & <x>/", "https://x/", "en", true));
                context.put("pageTitle", article.path());
                context.put("t", t);
                context.put("pageUrl", article.url());
                if (random.nextBoolean()) { // a page of a longer history
                    context.put("count", article.changes().size() * 3);
                    context.put("pageLabel", "Page 2 of 3");
                    context.put("newer", new PageLink(article.url(), "1"));
                    context.put("older", new PageLink(article.url() + "page/3/", "3"));
                }
                String expected = new String(pebbleRows.renderBytes("article.peb", context), StandardCharsets.UTF_8);
                String actual = new String(javaRows.renderBytes("article.peb", context), StandardCharsets.UTF_8);
                assertEquals(expected, actual, "article " + n + " in " + locale);
            }
        }
        assertTrue(rows > 1000, "enough rows compared: " + rows);
    }

    /** A row names its report beside the date when the report is not named by the date (one per pull request). */
    @Test
    void aRowNamesItsReportWhenItsNameIsNotTheDate() {
        ArticleView.Change perPullRequest = new ArticleView.Change("2025-06-21", "bug fix", "Fixed", "modified", "docs/a.md", 1, 1,
                "docs/pr-42/", "Report", "item-aaaaaa", "");
        ArticleView.Change daily = new ArticleView.Change("2025-06-21", "bug fix", "Fixed", "modified", "docs/a.md", 1, 1,
                "docs/2025-06-21/", "Report", "item-aaaaaa", "");
        assertEquals("pr-42", perPullRequest.label());
        assertEquals("", daily.label());
        ArticleView article = new ArticleView("docs/a.md", "files/docs/a.md/", List.of(), List.of(perPullRequest, daily));
        String rows = ArticleRows.html(article, "/", Map.of()).toString();
        assertTrue(rows.contains("<time datetime=\"2025-06-21\">2025-06-21</time> <span class=\"muted\">pr-42</span></td>"), rows);
        assertTrue(rows.contains("<time datetime=\"2025-06-21\">2025-06-21</time></td>"), rows);
    }

    private static ArticleView article(Random random, int changes) {
        String path = "docs/" + pick(random) + ".md";
        List<ArticleView.Change> list = new ArrayList<>();
        for (int i = 0; i < changes; i++) {
            boolean counted = random.nextInt(4) > 0;
            list.add(new ArticleView.Change("2025-06-" + (10 + random.nextInt(20)), pick(random), pick(random), pick(random),
                    random.nextInt(3) == 0 ? "old/" + pick(random) : path,
                    counted ? random.nextInt(500) : -1, counted ? random.nextInt(500) : (random.nextBoolean() ? -1 : 3),
                    random.nextInt(3) == 0 ? "docs/pr-" + pick(random) + "/" : "openai/2025-06-" + random.nextInt(30) + "/", pick(random),
                    "item-" + pick(random),
                    random.nextInt(3) == 0 ? pick(random) : ""));
        }
        return new ArticleView(path, "files/" + path + "/", List.of(), list);
    }

    private static String pick(Random random) {
        return TEXTS[random.nextInt(TEXTS.length)];
    }
}
