package io.diffpress.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs search.js in Node (with lunr.js and a minimal DOM, see search-js-test.js) against an index split by
 * {@link IndexSplitter}: part loading, merging, query errors, accented and CJK queries, highlighting, rendering
 * and keyboard navigation.
 */
class SearchScriptTest {

    @Test
    void searchScriptPassesItsNodeTests(@TempDir Path dir) throws Exception {
        List<SearchPage> pages = new ArrayList<>();
        String[] years = {"2024", "2023", "2022"};
        for (String year : years) {
            for (int i = 0; i < 30; i++) {
                String title = "Report " + year + "-" + i + (i % 3 == 0 ? " release" : "");
                String body = "The release " + i + " fixed a crash in the parser. " + "Details ".repeat(i % 7)
                    + (i % 2 == 0 ? "Crashes were common." : "Releasing went fine.");
                pages.add(new SearchPage(year, Map.of("title", title, "body", body),
                    new SearchStoreEntry("reports/" + year + "/" + i + "/", title, year + "-03-0" + (i % 9 + 1),
                        "Reports", "Fixed a crash in the parser during release " + i, List.of("release"),
                        List.of("fix"))));
            }
        }
        // Accented and CJK text (the year of the newest part): found by whole words and by CJK bigrams
        pages.add(page("2024", "Über #1 100% ready.md", "Die Datei Über #1 100% ready.md wurde geändert.",
            "files/uber/", "Über #1 100% ready.md: geändert"));
        pages.add(page("2024", "モデルの削除", "古いモデルを削除しました。ファイルを削除しました。gpt-4.1の削除も完了。",
            "reports/2024/ja/", "ファイルを削除しました。"));
        pages.add(page("2024", "機能の追加", "新しい機能を追加しました。ファイルの一覧を更新。", "reports/2024/ja-add/",
            "新しい機能を追加しました。"));
        pages.add(page("2024", "删除文件", "我们删除了旧的文件。", "reports/2024/zh/", "删除了旧的文件"));
        Path site = dir.resolve("search");
        new IndexSplitter(List.of(SearchField.of("title", 10), SearchField.of("body")), 12_000).split(pages).writeTo(site);

        Path script = copy("search.js", dir, SearchScriptTest.class.getResourceAsStream("/io/diffpress/search/search.js"));
        Path test = copy("search-js-test.js", dir, SearchScriptTest.class.getResourceAsStream("search-js-test.js"));
        Process p = new ProcessBuilder(NodeLunr.node(), test.toString(), NodeLunr.lunrDir().toString(),
            script.toString(), site.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "search-js-test.js timed out");
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("14 passed, 0 failed"), output);
    }

    private static SearchPage page(String year, String title, String body, String url, String summary) {
        return new SearchPage(year, Map.of("title", title, "body", body),
            new SearchStoreEntry(url, title, year + "-04-01", "Reports", summary, List.of(), List.of()));
    }

    private static Path copy(String name, Path dir, InputStream in) throws Exception {
        try (in) {
            Path target = dir.resolve(name);
            Files.copy(in, target);
            return target;
        }
    }
}
