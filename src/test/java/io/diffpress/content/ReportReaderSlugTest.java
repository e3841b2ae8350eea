package io.diffpress.content;

import io.diffpress.DiffpressException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A front matter slug is one URL segment: letters of any script with their marks, digits, '-', '_', '.'. */
class ReportReaderSlugTest {

    private static ReportDocument read(String slug) {
        String text = "---\ntitle: t\ndate: '2025-06-01'\nslug: '" + slug + "'\n---\n\n# Highlights\n\ntext\n";
        return ReportReader.read("docs/a.md", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSlugMayHoldTheMarksItsLettersTake() {
        // the slugs the site makes itself of such names (a review found them refused when written by hand)
        assertEquals(Optional.of("हिन्दी"), read("हिन्दी").slug());
        assertEquals(Optional.of("cafe\u0301"), read("cafe\u0301").slug());
        assertEquals(Optional.of("release-1.0_notes"), read("release-1.0_notes").slug());
        for (String bad : new String[]{"a/b", "..", "a b", "%2e"}) {
            assertThrows(DiffpressException.class, () -> read(bad), bad);
        }
    }
}
