package io.diffpress.content;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Type words as other tools write them are read as the format's four words; other words stay as written. */
class ReportReaderTypesTest {

    private static ReportDocument read(String frontMatter, String body) {
        String text = "---\ntitle: T\ndate: 2025-06-21\n" + frontMatter + "---\n" + body;
        return ReportReader.read("r.md", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSummaryTableTypesInAnyCaseAndSpacing() {
        ReportDocument doc = read("", """
                # Summary Table

                | Filename | Type | Title | Status | A | D | M |
                |----------|------|-------|--------|---|---|---|
                | [a.md](#item-0cc175) | Breaking Change | t | removed | 0 | 3 | 3 |
                | [b.md](#item-92eb5f) | MINOR  UPDATE | t | modified | 1 | 1 | 2 |
                | [c.md](#item-4a8a08) | Docs Refresh | t | modified | 1 | 1 | 2 |
                """);
        assertEquals(List.of("breaking change", "minor update", "Docs Refresh"), doc.files().stream().map(ReportFile::type).toList());
        assertEquals(List.of("Docs Refresh", "breaking change", "minor update"), doc.types(), "the report's types, from its rows");
    }

    @Test
    void theFrontMatterTypesToo() {
        ReportDocument doc = read("types: [New Feature, bug fix, Bug  Fix]\nfiles:\n  - path: a.md\n    type: Bug Fix\n", "# Highlights\n");
        assertEquals(List.of("new feature", "bug fix"), doc.types());
        assertEquals("bug fix", doc.files().get(0).type());
    }

    @Test
    void whateverTheMachinesLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR")); // where "I".toLowerCase() is a dotless ı
            assertEquals("bug fix", ReportReader.typeWord("BUG FIX"));
        } finally {
            Locale.setDefault(before);
        }
    }
}
