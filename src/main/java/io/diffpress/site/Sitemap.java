package io.diffpress.site;

import io.diffpress.publish.OutputFile;

import java.util.ArrayList;
import java.util.List;

/** {@code sitemap.xml} with absolute URLs; past 50,000 URLs it becomes an index of numbered sitemaps. */
final class Sitemap {

    static final int MAX_URLS = 50_000;

    private Sitemap() {
    }

    /** @param pages page URLs relative to the site root, with the date each last changed ("" when none) */
    static List<OutputFile> files(String baseURL, List<String[]> pages) {
        List<OutputFile> out = new ArrayList<>();
        if (pages.size() <= MAX_URLS) {
            out.add(OutputFile.text("sitemap.xml", urlset(baseURL, pages)));
            return out;
        }
        StringBuilder index = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (int part = 0; part * MAX_URLS < pages.size(); part++) {
            String name = "sitemap-" + (part + 1) + ".xml";
            out.add(OutputFile.text(name, urlset(baseURL, pages.subList(part * MAX_URLS, Math.min(pages.size(), (part + 1) * MAX_URLS)))));
            index.append("  <sitemap><loc>").append(xml(baseURL + name)).append("</loc></sitemap>\n");
        }
        index.append("</sitemapindex>\n");
        out.add(OutputFile.text("sitemap.xml", index.toString()));
        return out;
    }

    private static String urlset(String baseURL, List<String[]> pages) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String[] page : pages) {
            xml.append("  <url><loc>").append(xml(baseURL + encode(page[0]))).append("</loc>");
            if (!page[1].isEmpty()) {
                xml.append("<lastmod>").append(page[1]).append("</lastmod>");
            }
            xml.append("</url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    /** Percent-encodes non-ASCII characters of a URL path (slugs may hold letters of any script). */
    static String encode(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && c > 0x20) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
