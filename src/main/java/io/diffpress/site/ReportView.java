package io.diffpress.site;

import java.util.List;

/**
 * What the templates see of one report. All strings are plain text (templates escape them)
 * except {@code html}, which is sanitised Markdown output, made when a template asks for it.
 *
 * @param url       page URL relative to the site root, ending in "/"
 * @param moment    when the report's range ends, an ISO instant ("2025-06-01T10:30:00Z"), "" when unknown: the time of
 *                  its feed entries (a day's reports, one per pull request, are apart by it)
 * @param permalink the compare view URL ("" when unknown)
 * @param lang      the language of the report's title, summary and body as a BCP 47 tag when it is not the site's
 *                  ("ja-JP" on an English site), else "": what the templates set as {@code lang} on them
 * @param tags      tags of the report: its section, its modification types and its own tags
 * @param changes   A + D over all files, for activity charts
 */
public record ReportView(String url, String title, String date, String moment, String section, String sectionUrl, String summary, String lang,
                         String permalink, List<String> types, List<TagLink> tags, int files, int additions, int deletions,
                         List<CommitView> commits, ReportHtml body, String source) {

    /** The report's body as HTML (rendered, or read from the render cache, on each call). */
    public String html() {
        return body.html();
    }

    /**
     * Whether a rendered body lists the range's commits itself (diffpress's reports do, under a
     * heading with the id "commits"), so that the page does not list them a second time.
     */
    public boolean bodyListsCommits(String html) {
        return html.contains(" id=\"commits\"");
    }

    public int changes() {
        return additions + deletions;
    }

    /** An equal view whose body holds nothing of the build that made it ({@link ReportHtml#detached}). */
    ReportView detached() {
        return new ReportView(url, title, date, moment, section, sectionUrl, summary, lang, permalink, types, tags, files, additions,
                deletions, commits, body.detached(), source);
    }

    /**
     * One commit of the range.
     *
     * @param url            the commit's web page, "" when the host is not known
     * @param pullRequestUrl the merged pull request's page ("Merge pull request #N"), "" when none or unknown
     */
    public record CommitView(String shortSha, String subject, String author, String date, int pullRequest, String url,
                             String pullRequestUrl) {
    }

    /** A tag with the URL of its page. */
    public record TagLink(String name, String url) {
    }
}
