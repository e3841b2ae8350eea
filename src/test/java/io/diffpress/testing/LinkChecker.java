package io.diffpress.testing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Checks every internal href and src of a built site as a server under {@code basePath} would
 * resolve them: the target file must exist, and a #fragment must name an id on the target page.
 */
public final class LinkChecker {

    private LinkChecker() {
    }

    /** The broken links, as "page: link" lines; empty when all resolve. Also returns the number checked via {@code counted[0]}. */
    public static List<String> broken(Path site, String basePath, int[] counted) throws IOException {
        List<String> broken = new ArrayList<>();
        Map<Path, Document> cache = new HashMap<>();
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        for (Path page : pages) {
            Document doc = parse(page, cache);
            String pageUrl = basePath + site.relativize(page).toString().replace('\\', '/');
            for (Element e : doc.select("[href], [src]")) {
                String link = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (link.startsWith("http://") || link.startsWith("https://") || link.startsWith("mailto:") || link.startsWith("data:")) {
                    continue;
                }
                counted[0]++;
                URI resolved = URI.create("http://site" + pageUrl).resolve(URI.create(link.replace(" ", "%20")));
                String path = URLDecoder.decode(resolved.getRawPath().replace("+", "%2B"), StandardCharsets.UTF_8);
                if (!path.startsWith(basePath)) {
                    broken.add(pageUrl + ": " + link + " (outside " + basePath + ")");
                    continue;
                }
                Path target = site.resolve(path.substring(basePath.length()));
                if (Files.isDirectory(target)) {
                    target = target.resolve("index.html");
                }
                if (!Files.isRegularFile(target)) {
                    broken.add(pageUrl + ": " + link);
                    continue;
                }
                String fragment = resolved.getFragment();
                if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")
                        && parse(target, cache).getElementById(fragment) == null) {
                    broken.add(pageUrl + ": " + link + " (no id " + fragment + ")");
                }
            }
        }
        return broken;
    }

    private static Document parse(Path page, Map<Path, Document> cache) throws IOException {
        Document doc = cache.get(page);
        if (doc == null) {
            doc = Jsoup.parse(page.toFile(), "UTF-8");
            cache.put(page, doc);
        }
        return doc;
    }
}
