package io.diffpress.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The link checker finds what it is there to find: broken links in pages, feeds and sitemaps. */
class LinkCheckerTest {

    @Test
    void reportsBrokenLinksInPagesFeedsAndSitemaps(@TempDir Path site) throws IOException {
        Files.createDirectories(site.resolve("a"));
        Files.writeString(site.resolve("index.html"), """
                <!DOCTYPE html><html><head><link rel="canonical" href="https://o.io/r/gone/"></head>
                <body><a href="/r/a/">ok</a> <a href="/r/a/#here">ok</a> <a href="/r/a/#nowhere">no id</a>
                <a href="a/missing.css">missing</a> <a href="https://elsewhere.example/">external</a></body></html>""");
        Files.writeString(site.resolve("a/index.html"), "<!DOCTYPE html><html><body><h1 id=here>A</h1></body></html>");
        Files.writeString(site.resolve("index.xml"), """
                <?xml version="1.0"?><rss version="2.0"><channel><link>https://o.io/r/</link>
                <item><link>https://o.io/r/a/</link><guid isPermaLink="true">https://o.io/r/b/</guid></item></channel></rss>""");
        Files.writeString(site.resolve("atom.xml"), """
                <?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><id>https://o.io/r/atom.xml</id>
                <link rel="self" href="https://o.io/r/atom.xml"/><entry><id>https://o.io/r/a/</id>
                <link rel="alternate" href="https://o.io/r/c/"/></entry></feed>""");
        Files.writeString(site.resolve("sitemap.xml"), """
                <?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <url><loc>https://o.io/r/a/</loc></url><url><loc>https://o.io/other/</loc></url></urlset>""");
        int[] counted = {0};
        List<String> broken = LinkChecker.broken(site, "https://o.io/r/", counted);
        assertEquals(List.of(
                "/r/atom.xml: /r/c/",
                "/r/index.html: /r/gone/",
                "/r/index.html: /r/a/#nowhere (no id nowhere)",
                "/r/index.html: a/missing.css",
                "/r/index.xml: /r/b/",
                "/r/sitemap.xml: /other/ (outside /r/)"), broken);
        assertEquals(14, counted[0], "every link but the external one");
    }
}
