package io.diffpress.site;

import java.util.List;

/**
 * What the templates see of one report. All strings are plain text (templates escape them)
 * except {@code html}, which is sanitised Markdown output.
 */
public record ReportView(String url, String title, String date, String section, String summary, String permalink,
                         List<String> types, List<String> tags, int files, int additions, int deletions,
                         List<CommitView> commits, String html) {

    /** One commit of the range. */
    public record CommitView(String shortSha, String subject, String author, String date, int pullRequest) {
    }
}
