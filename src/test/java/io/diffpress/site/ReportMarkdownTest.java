package io.diffpress.site;

import io.diffpress.content.ReportBody;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Diff fences are taken out of report Markdown, and a fence right after {@code <summary>} gets its blank line. */
class ReportMarkdownTest {

    private static ReportMarkdown.Prepared prepare(String markdown) {
        return ReportMarkdown.prepare(markdown, ReportBody.sha256(markdown));
    }

    @Test
    void diffFencesAreTakenOutAndOthersKept() {
        String markdown = "<details>\n<summary>Diff</summary>\n````diff\n@@ -1 +1 @@\n-a\n```\n+b\n````\n</details>\n\n"
                + "   ~~~diff\n~~~ not a diff: tildes\n   ~~~\n\n    ```diff\n    indented: code, not a fence\n\n```json\n{\"a\": 1}\n```\n";
        ReportMarkdown.Prepared prepared = prepare(markdown);
        String token = prepared.token();
        assertEquals(List.of("@@ -1 +1 @@\n-a\n```\n+b\n"), prepared.diffs(), "only backtick diff fences; a shorter fence inside does not close");
        assertEquals("<details>\n<summary>Diff</summary>\n\n\n" + token + "0x\n\n</details>\n\n"
                + "   ~~~diff\n~~~ not a diff: tildes\n   ~~~\n\n    ```diff\n    indented: code, not a fence\n\n```json\n{\"a\": 1}\n```\n",
                prepared.markdown());
    }

    @Test
    void anUnclosedDiffFenceRunsToTheEnd() {
        ReportMarkdown.Prepared prepared = prepare("text\n\n```diff\n+a\n+b");
        assertEquals(List.of("+a\n+b\n"), prepared.diffs());
        assertEquals("text\n\n\n" + prepared.token() + "0x\n", prepared.markdown());
    }
}
