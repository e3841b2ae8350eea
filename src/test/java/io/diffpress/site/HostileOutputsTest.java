package io.diffpress.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.diffpress.Diffpress;
import io.diffpress.config.ConfigLoader;
import io.diffpress.config.SiteConfig;
import io.diffpress.testing.HostilePortal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outputs besides the pages, built from the payload fixture: feeds (whose HTML feed readers
 * render), the sitemap and the search store must carry the payloads only as inert text.
 */
class HostileOutputsTest {

    @TempDir
    static Path dir;

    private static Path site;

    @BeforeAll
    static void build() throws Exception {
        Path config = HostilePortal.create(dir, "https://o.github.io/repo/");
        SiteConfig loaded = ConfigLoader.load(config);
        Diffpress.generate(loaded, Optional.empty(), false, p -> { });
        Diffpress.build(loaded);
        site = loaded.output();
    }

    private static List<Path> files(String suffix) throws Exception {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void feedsAreWellFormedAndTheirHtmlIsInert() throws Exception {
        List<Path> feeds = files(".xml").stream().filter(p -> !p.getFileName().toString().startsWith("sitemap")).toList();
        assertTrue(feeds.size() >= 4, "feeds: " + feeds);
        int entries = 0;
        boolean sawAuthorOrSubject = false;
        for (Path feedFile : feeds) {
            SyndFeed feed = new SyndFeedInput().build(new StringReader(Files.readString(feedFile)));
            for (SyndEntry entry : feed.getEntries()) {
                entries++;
                assertTrue(entry.getLink().startsWith("https://o.github.io/repo/"), feedFile + ": " + entry.getLink());
                // What a reader renders as HTML: every RSS description, Atom content of type html.
                boolean rss = feed.getFeedType().startsWith("rss");
                List<String> html = new ArrayList<>();
                List<SyndContent> contents = new ArrayList<>(entry.getContents());
                if (entry.getDescription() != null) {
                    contents.add(entry.getDescription());
                }
                for (SyndContent content : contents) {
                    String type = content.getType() == null ? "text" : content.getType();
                    if (rss || type.contains("html")) {
                        html.add(content.getValue());
                    }
                }
                for (String fragment : html) {
                    assertInert(Jsoup.parseBodyFragment(fragment == null ? "" : fragment), feedFile + " entry " + entry.getLink());
                    sawAuthorOrSubject |= fragment != null && fragment.contains("__pwned");
                }
            }
        }
        assertTrue(entries > 0);
        assertTrue(sawAuthorOrSubject, "the payloads reached the feeds as text (otherwise this test proves nothing)");
    }

    @Test
    void sitemapListsOnlyTheSitesOwnUrls() throws Exception {
        Path sitemap = site.resolve("sitemap.xml");
        var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(Files.readString(sitemap))));
        var locs = xml.getElementsByTagName("loc");
        assertTrue(locs.getLength() > 5);
        for (int i = 0; i < locs.getLength(); i++) {
            String loc = locs.item(i).getTextContent();
            assertTrue(loc.startsWith("https://o.github.io/repo/") && !loc.contains("<") && !loc.contains("\"")
                    && !loc.contains(" "), "sitemap entry " + loc);
        }
    }

    @Test
    void searchStoreHoldsTextAndRelativeUrlsOnly() throws Exception {
        List<Path> stores = files(".json").stream().filter(p -> p.getFileName().toString().startsWith("store")).toList();
        assertFalse(stores.isEmpty());
        boolean sawPayload = false;
        for (Path store : stores) {
            JsonNode json = new ObjectMapper().readTree(store.toFile());
            for (JsonNode doc : json) {
                String url = doc.get("url").asText();
                assertFalse(url.contains(":") || url.startsWith("/") || url.contains(".."), store + ": url " + url);
                sawPayload |= doc.toString().contains("__pwned");
            }
        }
        // The store keeps titles and summaries as text (search.js inserts them with textContent,
        // which SearchScriptTest and BrowserTest check); here: the payload is there, as data.
        assertTrue(sawPayload, "the hostile report reached the store");
    }

    @Test
    void theHostileAuthorIsShownAsText() throws Exception {
        Path report = site.resolve("docs/2025-06-21/index.html");
        Document page = Jsoup.parse(report.toFile(), "UTF-8");
        assertTrue(page.text().contains("img src=x onerror=\"window.__pwned='author'\" Mallory &amp; \"Eve\" Smith"), "author name shown as text");
        assertInert(page, report.toString());
    }

    private static void assertInert(Document doc, String where) {
        assertEquals(0, doc.select("script, iframe, object, embed, base, meta[http-equiv=refresh]").stream()
                .filter(e -> !e.hasAttr("src") || !e.attr("src").startsWith("/repo/assets/")).count(), where + ": " + doc.body().html());
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertFalse(a.getKey().toLowerCase().startsWith("on"), where + ": event handler " + a + " on <" + e.tagName() + ">");
                String value = a.getValue().trim().toLowerCase();
                assertFalse(value.startsWith("javascript:") || value.startsWith("data:text/html") || value.startsWith("vbscript:"),
                        where + ": " + a);
            }
        }
    }
}
