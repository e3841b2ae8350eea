package io.diffpress.content;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A generator that writes a file's heading without its "{#item-…}": the row's anchor, made from the heading's path, finds it. */
class PlainFileHeadingsTest {

    private static final String BODY = """
            # Summary Table

            | Filename | Type | Title | Status | A | D | M |
            |----------|------|-------|--------|---|---|---|
            | [y.md](#item-d85397) | minor update | t | modified | 1 | 1 | 2 |
            | [z.md](#item-2bd623) | minor update | t | modified | 1 | 1 | 2 |

            ## articles/x/y.md

            text

            ## other/z.md

            ## articles/x/z.md{#item-2bd623}
            """;

    @Test
    void aRowsPathComesFromAPlainHeadingWhoseAnchorItLinksTo() {
        ReportDocument doc = ReportReader.read("r.md", ("---\ntitle: T\ndate: 2025-06-21\n---\n" + BODY).getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("articles/x/y.md", "articles/x/z.md"), doc.files().stream().map(ReportFile::path).toList(),
                "a plain heading of the anchor's path; an explicit anchor as before");
    }
}
