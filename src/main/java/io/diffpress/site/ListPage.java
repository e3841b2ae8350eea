package io.diffpress.site;

import java.util.List;

/**
 * A page that lists reports: a tag, a section or a month.
 *
 * @param kind    "tag", "section" or "month"
 * @param name    what is listed ("openai", "2025-06")
 * @param url     page URL relative to the site root
 * @param feedUrl the RSS feed of this list, or "" when it has none
 */
public record ListPage(String kind, String name, String url, String feedUrl, List<ReportView> reports) {

    public ListPage {
        reports = List.copyOf(reports);
    }

    public int count() {
        return reports.size();
    }
}
