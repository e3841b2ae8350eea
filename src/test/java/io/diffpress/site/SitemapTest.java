package io.diffpress.site;

import io.diffpress.publish.OutputFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** sitemap.xml holds up to 50,000 URLs; past that it is an index of numbered sitemaps that hold every URL once, in order. */
class SitemapTest {

    private static final String BASE = "https://o.github.io/repo/";

    private static List<String[]> pages(int n) {
        List<String[]> pages = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            pages.add(new String[]{"r/" + i + "/", i % 2 == 0 ? "2025-06-21" : ""});
        }
        return pages;
    }

    private static Map<String, Document> parse(List<OutputFile> files) {
        Map<String, Document> docs = new LinkedHashMap<>();
        for (OutputFile f : files) {
            docs.put(f.path(), Jsoup.parse(new String(f.content(), StandardCharsets.UTF_8), "", Parser.xmlParser()));
        }
        return docs;
    }

    @Test
    void fiftyThousandUrlsFitOneSitemap() {
        Map<String, Document> files = parse(Sitemap.files(BASE, pages(Sitemap.MAX_URLS)));
        assertEquals(List.of("sitemap.xml"), List.copyOf(files.keySet()));
        assertEquals(Sitemap.MAX_URLS, files.get("sitemap.xml").select("urlset > url > loc").size());
    }

    @Test
    void pastFiftyThousandUrlsTheSitemapIsAnIndex() {
        int n = 2 * Sitemap.MAX_URLS + 1;
        Map<String, Document> files = parse(Sitemap.files(BASE, pages(n)));
        assertEquals(List.of("sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"), List.copyOf(files.keySet()));
        Document index = files.get("sitemap.xml");
        assertTrue(index.select("urlset").isEmpty());
        assertEquals(List.of(BASE + "sitemap-1.xml", BASE + "sitemap-2.xml", BASE + "sitemap-3.xml"),
                index.select("sitemapindex > sitemap > loc").eachText());
        List<String> all = new ArrayList<>();
        for (String part : List.of("sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml")) {
            List<String> locs = files.get(part).select("urlset > url > loc").eachText();
            assertTrue(locs.size() <= Sitemap.MAX_URLS, part + " has " + locs.size());
            all.addAll(locs);
        }
        assertEquals(n, all.size());
        for (int i = 0; i < n; i += 9_973) {
            assertEquals(BASE + "r/" + i + "/", all.get(i), "in order, each once");
        }
        assertEquals(BASE + "r/" + (n - 1) + "/", all.get(n - 1));
        assertEquals(1, files.get("sitemap-3.xml").select("url").size());
        assertEquals("2025-06-21", files.get("sitemap-1.xml").select("url").first().select("lastmod").text());
        assertTrue(files.get("sitemap-1.xml").select("url").get(1).select("lastmod").isEmpty(), "no date, no lastmod");
    }
}
