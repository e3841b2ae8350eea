package io.diffpress.site;

import java.util.List;

/**
 * A page that lists reports: a tag, a section or a month.
 *
 * @param kind    "tag", "section" or "month"
 * @param name    what is listed ("openai", "2025-06")
 * @param url     page URL relative to the site root
 * @param feedUrl the RSS feed of this list ({@code …/index.xml}), or "" when it has none; its Atom feed is beside it
 */
public record ListPage(String kind, String name, String url, String feedUrl, List<ReportView> reports) {

    public ListPage {
        reports = List.copyOf(reports);
    }

    /** The Atom feed of this list, next to its RSS feed, or "" when it has none. */
    public String atomUrl() {
        return feedUrl.isEmpty() ? "" : feedUrl.substring(0, feedUrl.lastIndexOf('/') + 1) + "atom.xml";
    }

    public int count() {
        return reports.size();
    }
}
