package io.diffpress.site;

import io.diffpress.content.ReportDocument;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Optional;

/**
 * The order of reports on the site: newest first. Reports of one day (the {@code commits} strategy writes one per pull
 * request) are ordered by when in the day their range ends: the time their {@code date} gives, else their newest commit's.
 * Without it a day's reports went by file name: "pr-11" before "pr-12", or a commit hash's digits, and a file renamed in
 * the day's second report and edited in its third lost its history (an audit found it).
 */
final class ReportOrder {

    private ReportOrder() {
    }

    /**
     * Newest first; then by section and path.
     *
     * @param moments each report's {@link #moment}, {@link Instant#MIN} when unknown (the day's first)
     */
    static Comparator<ReportDocument> newestFirst(java.util.function.Function<ReportDocument, Instant> moments) {
        return Comparator.comparing(ReportDocument::date).thenComparing(moments).reversed()
                .thenComparing(ReportDocument::section).thenComparing(ReportDocument::source);
    }

    /** A date's time as front matter writes it after the day (checked as the report is read). */
    private static final java.util.regex.Pattern TIME = io.diffpress.content.ReportReader.TIME;

    /**
     * When the report's range ends: its date's time ({@link #TIME}; without an offset, in the site's time zone), else
     * the latest of its commits' dates; empty when neither is given or readable.
     */
    static Optional<Instant> moment(ReportDocument doc, ZoneId zone) {
        java.util.regex.Matcher t = TIME.matcher(doc.time());
        if (!doc.time().isBlank() && t.matches()) {
            try {
                java.time.LocalTime time = java.time.LocalTime.of(Integer.parseInt(t.group(1)), Integer.parseInt(t.group(2)),
                        t.group(3) == null ? 0 : Integer.parseInt(t.group(3)),
                        t.group(4) == null ? 0 : Integer.parseInt((t.group(4) + "00000000").substring(0, 9)));
                LocalDateTime local = doc.date().atTime(time);
                return Optional.of(t.group(5) == null ? local.atZone(zone).toInstant()
                        : local.atOffset(java.time.ZoneOffset.of(t.group(5))).toInstant());
            } catch (java.time.DateTimeException unreadable) {
                // "25:00", an offset past 18 hours: the commits may still tell
            }
        }
        Optional<Instant> latest = Optional.empty();
        for (ReportDocument.ReportCommit c : doc.commits()) {
            try {
                Instant at = OffsetDateTime.parse(c.date()).toInstant();
                if (latest.isEmpty() || at.isAfter(latest.get())) {
                    latest = Optional.of(at);
                }
            } catch (DateTimeParseException unreadable) {
                // another tool's commit dates: not used for the order
            }
        }
        return latest;
    }
}
