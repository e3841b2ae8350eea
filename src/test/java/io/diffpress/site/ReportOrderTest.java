package io.diffpress.site;

import io.diffpress.content.ReportDocument;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** When in its day a report's range ends, from the time its date gives in the ways front matter writes one. */
class ReportOrderTest {

    private static ReportDocument report(String time, List<ReportDocument.ReportCommit> commits) {
        return new ReportDocument("docs/a.md", "t", LocalDate.parse("2025-06-01"), time, Optional.empty(), "", "docs",
                List.of(), List.of(), List.of(), commits, Optional.empty(), "");
    }

    private static Optional<Instant> moment(String time) {
        return ReportOrder.moment(report(time, List.of()), ZoneId.of("Asia/Tokyo"));
    }

    @Test
    void theTimesFrontMatterWrites() {
        Instant utc1030 = Instant.parse("2025-06-01T10:30:00Z");
        assertEquals(Optional.of(utc1030), moment("T10:30:00Z"));
        assertEquals(Optional.of(utc1030), moment("T12:30:00+02:00"));
        // YAML's and Jekyll's: a space, an offset without its colon, or hours alone (a review found them ignored)
        assertEquals(Optional.of(utc1030), moment(" 12:30:00 +02:00"));
        assertEquals(Optional.of(utc1030), moment(" 12:30:00 +0200"));
        assertEquals(Optional.of(utc1030), moment(" 05:30:00 -5"));
        assertEquals(Optional.of(Instant.parse("2025-06-01T10:30:00.5Z")), moment("T10:30:00.5Z"));
        // no offset: the site's time zone
        assertEquals(Optional.of(Instant.parse("2025-06-01T01:30:00Z")), moment(" 10:30"));
        // unreadable: the commits tell, else nothing
        assertEquals(Optional.empty(), moment(" 25:00"));
        assertEquals(Optional.empty(), moment(" ten o'clock"));
        ReportDocument.ReportCommit early = new ReportDocument.ReportCommit("a", "s", "A", "2025-06-01T08:00:00Z", 0);
        ReportDocument.ReportCommit late = new ReportDocument.ReportCommit("b", "s", "A", "2025-06-01T09:00:00+00:00", 0);
        ReportDocument.ReportCommit odd = new ReportDocument.ReportCommit("c", "s", "A", "yesterday", 0);
        assertEquals(Optional.of(Instant.parse("2025-06-01T09:00:00Z")),
                ReportOrder.moment(report(" 25:00", List.of(early, late, odd)), ZoneId.of("UTC")));
    }
}
