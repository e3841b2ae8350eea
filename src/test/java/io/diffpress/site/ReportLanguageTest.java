package io.diffpress.site;

import io.diffpress.Diffpress;
import io.diffpress.config.ConfigLoader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A report in another language than the site's carries its language on its own text, wherever it is shown. */
class ReportLanguageTest {

    @TempDir
    Path portal;

    private void report(String day, String locale, String title, String summary) throws IOException {
        Files.writeString(portal.resolve("content/docs/" + day + ".md"), "---\ntitle: '" + title + "'\ndate: '" + day
            + "'\nsection: docs\n" + locale + "summary: '" + summary + "'\ntypes: [minor update]\n---\n# Highlights\n\n" + summary + "\n");
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(portal.resolve("public/" + path).toFile(), "UTF-8");
    }

    @Test
    void aJapaneseReportOnAnEnglishSiteIsMarkedJapanese() throws IOException {
        Files.createDirectories(portal.resolve("content/docs"));
        Files.writeString(portal.resolve("site.yml"), "title: Docs\nbaseURL: https://example.github.io/docs/\n");
        report("2026-11-01", "locale: ja_JP\nfiles:\n- {path: docs/a.md, status: modified, type: minor update, title: 'a.md を更新', additions: 1, deletions: 1, anchor: item-1}\n",
            "[ja_JP] Diff Insight Report - docs", "1 ファイルが変更されました。");
        report("2026-11-02", "locale: en_US\n", "[en_US] Diff Insight Report - docs", "One file changed.");
        report("2026-11-03", "", "Another tool", "Says no language.");
        Diffpress.build(ConfigLoader.load(portal.resolve("site.yml")));

        Document ja = page("docs/2026-11-01/index.html");
        assertEquals("en-US", ja.select("html").attr("lang"));
        assertEquals(List.of("h1", "p.summary", "div.report-body"), marked(ja, "ja-JP"));
        assertEquals(List.of(), marked(page("docs/2026-11-02/index.html"), ""), "the site's language is not repeated");
        assertEquals(List.of(), marked(page("docs/2026-11-03/index.html"), ""));

        for (String list : List.of("index.html", "sections/docs/index.html", "tags/docs/index.html")) {
            Document index = page(list);
            assertEquals(List.of("h2", "p.summary"), marked(index, "ja-JP"), list);
            assertEquals("[ja_JP] Diff Insight Report - docs", index.select("h2[lang=ja-JP] > a").first().ownText(), list);
        }
        // the search results: the store says the entry's language, which search.js puts on the result's title and summary
        com.fasterxml.jackson.databind.JsonNode store = new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(Files.readString(portal.resolve("public/search/store-0.json")));
        List<String> langs = new java.util.ArrayList<>();
        store.forEach(entry -> langs.add(entry.path("title").asText() + "=" + entry.path("lang").asText()));
        assertTrue(langs.contains("[ja_JP] Diff Insight Report - docs=ja-JP"), langs.toString());
        assertTrue(langs.contains("[en_US] Diff Insight Report - docs="), langs.toString());
        assertTrue(langs.contains("Another tool="), langs.toString());
        // the feeds: Atom says the entry's language (RSS has none per item)
        org.jsoup.nodes.Document atom = Jsoup.parse(Files.readString(portal.resolve("public/atom.xml")), "",
            org.jsoup.parser.Parser.xmlParser());
        assertEquals("en-us", atom.selectFirst("feed").attr("xml:lang"));
        assertEquals(List.of("", "", "ja-JP"), atom.select("entry").stream().map(e -> e.attr("xml:lang")).toList(), "newest first");
        // the document's history: the change's title is the report's text
        Document article = page("files/docs/a.md/index.html");
        assertEquals(List.of("a"), marked(article, "ja-JP"));
        assertEquals("a.md を更新", article.select("a[lang=ja-JP]").text());
    }

    /** The elements of the body that carry a lang attribute, each as its tag and first class, when all are of {@code lang}. */
    private static List<String> marked(Document page, String lang) {
        List<String> found = new java.util.ArrayList<>();
        for (Element e : page.select("body [lang]")) {
            assertEquals(lang, e.attr("lang"), e.toString());
            found.add(e.tagName() + (e.classNames().isEmpty() ? "" : "." + e.classNames().iterator().next()));
        }
        return found;
    }
}
