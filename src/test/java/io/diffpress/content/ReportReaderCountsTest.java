package io.diffpress.content;

import io.diffpress.DiffpressException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The counts of a report's front matter: whole numbers, or not there; anything else is refused with its line. */
class ReportReaderCountsTest {

    private static ReportDocument read(String frontMatter) {
        String text = "---\ntitle: T\ndate: 2025-06-21\n" + frontMatter + "---\n# Highlights\n";
        return ReportReader.read("r.md", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String refused(String frontMatter) {
        return assertThrows(DiffpressException.class, () -> read(frontMatter)).userMessage();
    }

    @Test
    void countsAreWholeNumbersOrUnknown() {
        ReportDocument doc = read("files:\n  - path: a.md\n    additions: 3\n    deletions: 0\n  - path: b.md\n"
                + "  - path: c.png\n    additions: 0\n    deletions: 0\n    binary: true\n"
                + "commits:\n  - sha: abc\n    pr: 12\n  - sha: def\n");
        assertEquals(3, doc.files().get(0).additions());
        assertEquals(0, doc.files().get(0).deletions());
        assertEquals(-1, doc.files().get(1).additions(), "not there: not known");
        assertEquals(-1, doc.files().get(2).additions(), "a binary file has no line counts");
        assertEquals(12, doc.commits().get(0).pullRequest());
        assertEquals(0, doc.commits().get(1).pullRequest(), "no pull request");
        ReportDocument unknown = read("files:\n  - path: a.md\n    additions: '-'\n    deletions: ~\n  - path: b.md\n    additions:\n"
                + "    deletions: null\n");
        assertEquals(List.of(-1, -1, -1, -1), List.of(unknown.files().get(0).additions(), unknown.files().get(0).deletions(),
                unknown.files().get(1).additions(), unknown.files().get(1).deletions()), "'-', ~, nothing and null: not known");
    }

    /** A report's own date with a time that is none ("Tnoon", "25:00") is refused with its line, not taken for midnight. */
    @Test
    void aDateWithATimeThatIsNoneIsRefusedWithItsLine() {
        for (String bad : List.of("2025-06-16Tnoon", "2025-06-16T25:00", "2025-06-16 10:30 +25:00", "2025-06-16T10:30:00 UTC+x")) {
            DiffpressException e = assertThrows(DiffpressException.class, () -> ReportReader.read("r.md",
                    ("---\ntitle: T\ndate: '" + bad + "'\n---\nbody\n").getBytes(StandardCharsets.UTF_8)), bad);
            assertEquals("content: content/r.md:3: front matter 'date' '" + bad + "' has a time that is not one like 2025-06-21T10:30:00Z"
                    + " or 2025-06-21 10:30 +02:00", e.userMessage());
        }
        for (String good : List.of("2025-06-16", "2025-06-16T10:30", "2025-06-16 10:30:00.5 +02:00", "2025-06-16T10:30:00Z",
                "2025-06-16 10:30:00 -5", "2025-06-16T08:00:00+0200")) {
            assertEquals(java.time.LocalDate.of(2025, 6, 16), ReportReader.read("r.md", ("---\ntitle: T\ndate: '" + good
                    + "'\n---\nbody\n").getBytes(StandardCharsets.UTF_8)).date(), good);
        }
    }

    @Test
    void aCountThatIsNoWholeNumberIsRefusedWithItsLine() {
        assertEquals("content: content/r.md:6: front matter 'additions' must be a whole number, not 'lots'",
                refused("files:\n  - path: a.md\n    additions: lots\n"));
        assertEquals("content: content/r.md:7: front matter 'deletions' must be a whole number, not '-3'",
                refused("files:\n  - path: a.md\n    additions: 1\n    deletions: -3\n"));
        assertEquals("content: content/r.md:7: front matter 'pr' must be a whole number, not 'twelve'",
                refused("commits:\n  - sha: abc\n    subject: s\n    pr: twelve\n"));
        // a commit's date is published as a time (an audit found "notadate" in a <time> element)
        assertEquals("content: content/r.md:7: front matter 'commits' date 'notadate' is not a date like 2025-06-21 or a time"
                + " like 2025-06-21T10:30:00+02:00", refused("commits:\n  - sha: abc\n    subject: s\n    date: notadate\n"));
        assertEquals("content: content/r.md:6: front matter 'commits' date '2025-06-31' is not a date like 2025-06-21 or a time"
                + " like 2025-06-21T10:30:00+02:00", refused("commits:\n  - sha: abc\n    date: '2025-06-31'\n"));
        for (String nothing : List.of("~", "null", "")) { // a YAML null is a date left out, as anywhere in the front matter
            assertEquals("", ReportReader.read("content/r.md", ("---\ntitle: t\ndate: '2025-06-21'\ncommits:\n  - sha: abc\n    date: "
                    + nothing + "\n---\nbody\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)).commits().get(0).date(), nothing);
        }
        for (String date : List.of("2025-06-21", "2025-06-21T10:30:00+02:00", "2025-06-21T10:30:00Z", "2025-06-21T10:30:00")) {
            assertEquals(date, ReportReader.read("content/r.md", ("---\ntitle: t\ndate: '2025-06-21'\ncommits:\n  - sha: abc\n    date: '"
                    + date + "'\n---\nbody\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)).commits().get(0).date());
        }
        assertEquals("content: content/r.md:6: front matter 'additions' must be a whole number, not a list or a mapping",
                refused("files:\n  - path: a.md\n    additions: [3]\n"));
        assertEquals("content: content/r.md:6: front matter 'additions' is 3000000000, more than a count can be",
                refused("files:\n  - path: a.md\n    additions: 3000000000\n"));
        assertEquals("content: content/r.md:6: front matter 'additions' must be a whole number, not '2.5'",
                refused("files:\n  - path: a.md\n    additions: 2.5\n"));
        // the totals too, found by a trial: they were not read at all
        assertEquals("content: content/r.md:6: front matter 'additions' must be a whole number, not 'abc'",
                refused("totals:\n  files: 1\n  additions: abc\n"));
        assertEquals("content: content/r.md:5: front matter 'deletions' must be a whole number, not '-3'",
                refused("totals:\n  deletions: -3\n"));
        assertEquals("content: content/r.md:4: front matter 'totals' must be a mapping of counts", refused("totals: 12\n"));
        read("totals:\n  files: 2\n  additions: 10\n  deletions: '-'\n");
    }
}
