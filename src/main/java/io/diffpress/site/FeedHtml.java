package io.diffpress.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A report body for feeds with full content. Feed readers show it away from the site, where
 * "/repo/files/…" and "#item-…" would lead nowhere, so every link becomes an absolute URL
 * resolved against the report's page.
 */
final class FeedHtml {

    private FeedHtml() {
    }

    /** @param pageUrl the absolute URL of the report's page */
    static String absolute(String html, String pageUrl) {
        Document doc = Jsoup.parseBodyFragment(html, pageUrl);
        for (Element e : doc.select("[href]")) {
            e.attr("href", e.absUrl("href"));
        }
        for (Element e : doc.select("[src]")) {
            e.attr("src", e.absUrl("src"));
        }
        doc.outputSettings().prettyPrint(false);
        return doc.body().html();
    }
}
