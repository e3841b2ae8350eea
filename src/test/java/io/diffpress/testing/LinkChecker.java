package io.diffpress.testing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

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
 * Checks every link of a built site as a server under the site's {@code baseURL} would resolve
 * them: each internal href and src of every page, every absolute link into the site (canonical
 * links), and every URL in the feeds and sitemaps. The target file must exist, and a #fragment
 * must name an id on the target page.
 */
public final class LinkChecker {

    private LinkChecker() {
    }

    /**
     * The broken links, as "page: link" lines; empty when all resolve. Also returns the number checked via {@code counted[0]}.
     *
     * @param baseURL the site's absolute base URL, e.g. "https://owner.github.io/repo/"
     */
    public static List<String> broken(Path site, String baseURL, int[] counted) throws IOException {
        URI base = URI.create(baseURL);
        String basePath = base.getRawPath();
        String origin = base.getScheme() + "://" + base.getRawAuthority();
        List<String> broken = new ArrayList<>();
        Map<Path, Document> cache = new HashMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String fileUrl = basePath + site.relativize(file).toString().replace('\\', '/');
            List<String> links = new ArrayList<>();
            if (file.toString().endsWith(".html")) {
                for (Element e : parse(file, cache).select("[href], [src]")) {
                    links.add(e.hasAttr("href") ? e.attr("href") : e.attr("src"));
                }
            } else if (file.toString().endsWith(".xml")) {
                links.addAll(xmlLinks(file));
            } else {
                continue;
            }
            for (String link : links) {
                if (link.startsWith(origin + "/")) {
                    link = link.substring(origin.length());
                } else if (link.startsWith("http://") || link.startsWith("https://") || link.startsWith("mailto:")
                        || link.startsWith("data:")) {
                    continue;
                }
                counted[0]++;
                check(site, basePath, fileUrl, link, cache).ifPresent(broken::add);
            }
        }
        return broken;
    }

    /** URLs of a feed (RSS link and guid, Atom link and id) or a sitemap (loc). */
    private static List<String> xmlLinks(Path file) throws IOException {
        Document xml = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
        List<String> links = new ArrayList<>();
        for (Element e : xml.select("loc, rss link, guid[isPermaLink=true], guid:not([isPermaLink]), feed > id, entry > id")) {
            links.add(e.text().trim());
        }
        links.addAll(xml.select("feed link[href], entry link[href]").eachAttr("href"));
        return links;
    }

    private static java.util.Optional<String> check(Path site, String basePath, String fileUrl, String link,
                                                    Map<Path, Document> cache) throws IOException {
        URI resolved = URI.create("http://site" + fileUrl).resolve(URI.create(link.replace(" ", "%20")));
        String path = URLDecoder.decode(resolved.getRawPath().replace("+", "%2B"), StandardCharsets.UTF_8);
        if (!path.startsWith(basePath)) {
            return java.util.Optional.of(fileUrl + ": " + link + " (outside " + basePath + ")");
        }
        Path target = site.resolve(path.substring(basePath.length()));
        if (Files.isDirectory(target)) {
            target = target.resolve("index.html");
        }
        if (!Files.isRegularFile(target)) {
            return java.util.Optional.of(fileUrl + ": " + link);
        }
        String fragment = resolved.getFragment();
        if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")
                && parse(target, cache).getElementById(fragment) == null) {
            return java.util.Optional.of(fileUrl + ": " + link + " (no id " + fragment + ")");
        }
        return java.util.Optional.empty();
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
