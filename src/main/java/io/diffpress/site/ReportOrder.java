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

    /** Newest first; a report whose moment is unknown counts as its day's first; then by section and path. */
    static Comparator<ReportDocument> newestFirst(ZoneId zone) {
        Comparator<ReportDocument> byMoment = Comparator.comparing(d -> moment(d, zone).orElse(Instant.MIN));
        return Comparator.comparing(ReportDocument::date).thenComparing(byMoment).reversed()
                .thenComparing(ReportDocument::section).thenComparing(ReportDocument::source);
    }

    /**
     * When the report's range ends: its date's time ("2025-06-01T10:30:00Z"; without an offset, in the site's time
     * zone), else the latest of its commits' dates; empty when neither is given or readable.
     */
    static Optional<Instant> moment(ReportDocument doc, ZoneId zone) {
        if (!doc.time().isBlank()) {
            String text = doc.date() + "T" + doc.time().strip().replaceFirst("^T", "").strip();
            try {
                return Optional.of(OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeParseException noOffset) {
                try {
                    return Optional.of(LocalDateTime.parse(text).atZone(zone).toInstant());
                } catch (DateTimeParseException unreadable) {
                    // a time written some other way ("10am"): the commits may still tell
                }
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
