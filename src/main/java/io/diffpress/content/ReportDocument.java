package io.diffpress.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A report read from {@code content/}: its front matter as typed fields and its Markdown body.
 *
 * @param source     path relative to {@code content/}, with forward slashes
 * @param title      front matter {@code title}
 * @param date       front matter {@code date} (a date, or the date part of a date-time)
 * @param time       what the front matter {@code date} gives after the date ("T10:30:00Z", " 10:30"), as written; "" when
 *                   it gives a date alone: it orders one day's reports
 * @param permalink  front matter {@code permalink}: the compare view URL, not the page URL
 * @param summary    front matter {@code summary}, "" when absent
 * @param section    front matter {@code section}, else the first folder of the source path, else ""
 * @param tags       front matter {@code tags}
 * @param types      modification types present (front matter {@code types}, else from the files)
 * @param files      the changed files (front matter {@code files}, else the Summary Table)
 * @param commits    the commits of the range, when the front matter lists them
 * @param slug       front matter {@code slug}: the last URL segment of the page, checked to be one safe segment
 * @param language   the language of the report's text as a BCP 47 tag ("ja-JP"): front matter {@code textLocale}, else
 *                   {@code locale}; empty when the report does not say
 * @param markdown   the Markdown after the front matter: in memory, or read again from the file when asked for
 * @param range      front matter {@code range}: the commits compared, when it names them (the web view is derived from
 *                   them when there is no {@code permalink})
 */
public record ReportDocument(String source, String title, LocalDate date, String time, Optional<String> permalink, String summary,
                             String section, List<String> tags, List<String> types, List<ReportFile> files,
                             List<ReportCommit> commits, Optional<String> slug, Optional<String> language, ReportBody markdown,
                             Optional<Range> range) {

    public ReportDocument {
        tags = List.copyOf(tags);
        types = List.copyOf(types);
        files = List.copyOf(files);
        commits = List.copyOf(commits);
    }

    /** A report that names no range. */
    public ReportDocument(String source, String title, LocalDate date, String time, Optional<String> permalink, String summary,
                          String section, List<String> tags, List<String> types, List<ReportFile> files,
                          List<ReportCommit> commits, Optional<String> slug, Optional<String> language, ReportBody markdown) {
        this(source, title, date, time, permalink, summary, section, tags, types, files, commits, slug, language, markdown,
                Optional.empty());
    }

    /** A report whose body is held in memory. */
    public ReportDocument(String source, String title, LocalDate date, String time, Optional<String> permalink, String summary,
                          String section, List<String> tags, List<String> types, List<ReportFile> files,
                          List<ReportCommit> commits, Optional<String> slug, String body) {
        this(source, title, date, time, permalink, summary, section, tags, types, files, commits, slug, Optional.empty(),
                ReportBody.of(body));
    }

    /** The Markdown after the front matter. */
    public String body() {
        return markdown.text();
    }

    /** The same report with another body (the same text, read again from the file when asked for). */
    public ReportDocument withBody(ReportBody other) {
        return new ReportDocument(source, title, date, time, permalink, summary, section, tags, types, files, commits, slug, language, other,
                range);
    }

    /** The commits a report compares: {@code base} "" for the start of history. */
    public record Range(String base, String head) {
    }

    /** One commit as listed in a report's front matter. */
    public record ReportCommit(String sha, String subject, String author, String date, int pullRequest) {
    }
}
