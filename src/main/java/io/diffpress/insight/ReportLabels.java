package io.diffpress.insight;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The fixed words of a report in its locale: headings, the Summary Table's header row, the
 * compare link and the notes on skipped, binary and cut diffs. They come from the same message
 * bundles as the sentences, so a ja_JP report is Japanese throughout. The type and status words
 * in the table and the summary JSON stay the format's English vocabulary ({@link ChangeType#word()}).
 */
public final class ReportLabels {

    private final Messages messages;

    private ReportLabels(Messages messages) {
        this.messages = messages;
    }

    /** Labels for the locale; locales other than Japanese get en_US, as {@link InsightWriter} does. */
    public static ReportLabels forLocale(Locale locale) {
        return new ReportLabels(Messages.forLocale(locale));
    }

    public String highlights() { return messages.get("report.highlights"); }

    public String newFeatures() { return messages.get("report.newFeatures"); }

    public String breakingChanges() { return messages.get("report.breakingChanges"); }

    public String otherUpdates() { return messages.get("report.otherUpdates"); }

    public String insights() { return messages.get("report.insights"); }

    public String summaryTable() { return messages.get("report.summaryTable"); }

    /** The table's header row, e.g. {@code |  Filename  | Type |    Title    | Status | A  | D  | M  |}. */
    public String tableHeader() { return messages.get("report.tableHeader"); }

    public String modifiedContents() { return messages.get("report.modifiedContents"); }

    /** The summary line of each file's collapsed diff. */
    public String diff() { return messages.get("report.diff"); }

    /** The heading of each file's type and title JSON. */
    public String fileSummary() { return messages.get("report.fileSummary"); }

    public String explanation() { return messages.get("report.explanation"); }

    public String commits() { return messages.get("report.commits"); }

    /** The text of the link to the compare view, naming its host when it is a known one ("View Diff on GitHub"). */
    public String viewDiff(String compareUrl) {
        return host(compareUrl).map(h -> messages.get("report.viewDiff.host", h)).orElse(messages.get("report.viewDiff"));
    }

    /**
     * The text of the link of a range from the start of history, which has no compare view: the head's files ("View files
     * on GitHub"), not "View Diff" over a link that opens no diff (an audit).
     */
    public String viewFiles(String treeUrl) {
        return host(treeUrl).map(h -> messages.get("report.viewFiles.host", h)).orElse(messages.get("report.viewFiles"));
    }

    /** The line under the compare link: which commits were compared and the totals; commits are code spans. */
    public String range(String base, String head, int files, int additions, int deletions) {
        return messages.get("report.range", base, head, files, additions, deletions);
    }

    /** {@link #range} for a range from the start of history, which compares its head with nothing ("root" said nothing). */
    public String rangeFromStart(String head, int files, int additions, int deletions) {
        return messages.get("report.range.start", head, files, additions, deletions);
    }

    /** The note on a range whose base and head share no history; both are code spans. */
    public String unrelated(String base, String head) { return messages.get("report.unrelated", base, head); }

    public String missingContents() { return messages.get("report.missing"); }

    public String binaryFile() { return messages.get("report.binary"); }

    /** Said in the list of commits for a commit whose message is empty ({@code git commit --allow-empty-message}). */
    /** What follows a commit's subject in the list of commits: " (author, date, #12)", in the report's language. */
    public String commitDetails(String author, String date, String pullRequest) {
        return messages.get("report.commit", author, date, pullRequest.isEmpty() ? "" : messages.get("report.commit.pullRequest", pullRequest));
    }

    public String noMessage() {
        return messages.get("report.noMessage");
    }

    /** The note under a cut diff: the limit of lines, and of kilobytes ({@code BYTES_PER_LINE} bytes a line of it). */
    public String diffCut(int lines) {
        return messages.get("report.diffCut", lines, (int) Math.max(1, ((long) lines * io.diffpress.history.FileChange.DIFF_BYTES_PER_LINE + 999) / 1000));
    }

    /** GitHub, GitLab or Azure DevOps by the compare URL's host; empty for any other host. */
    static Optional<String> host(String url) {
        String host;
        try {
            host = Optional.ofNullable(URI.create(url.replace(" ", "%20")).getHost()).orElse("").toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (host.equals("github.com") || host.endsWith(".github.com") || host.startsWith("github.")) {
            return Optional.of("GitHub");
        }
        if (host.equals("gitlab.com") || host.endsWith(".gitlab.com") || host.startsWith("gitlab.")) {
            return Optional.of("GitLab");
        }
        if (host.equals("dev.azure.com") || host.endsWith(".visualstudio.com")) {
            return Optional.of("Azure DevOps");
        }
        return Optional.empty();
    }
}
