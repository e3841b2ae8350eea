package io.diffpress.content;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Summary Table reader scans line by line; it must find exactly the rows the plain regular expressions
 * over the whole body found (kept here as the reference) on any report-shaped body, fenced code blocks left out.
 */
class TableFilesTest {

    private static final List<String> LINES = List.of("# Summary Table", "|  Filename  | Type |    Title    | Status | A  | D  | M  |",
            "|------------|------|-------------|--------|----|----|----|",
            "| [a.md](#item-abcdef) | minor update | Title of a | modified | 10 | 0 | 10 | ",
            "  | [b\\_c.md](#item-123456) | new feature | B \\| c | added | 3 | x | 3 |",
            "| [a.md](#item-abcdef) | breaking change | again | removed | 1 | 1 | 2 |",
            "|[d.md](#item-00ff00)|bug fix|t|renamed|1|2|3|", "| [e.md](#item-0000zz) | bad anchor | t | modified | 1 | 1 | 2 |",
            "## articles/x/a.md{#item-abcdef}", "### nested/b\\_c.md{#item-123456}  ", "####### too/deep.md{#item-00ff00}",
            "## spaced/d.md {#item-00ff00}", "##no-space.md{#item-abcdef}", " ## indented.md{#item-123456}", "## {#item-abcdef}",
            "```diff", "````diff", "````", "```", "~~~", "  ```", "+| [f.md](#item-fedcba) | in a diff | t | added | 1 | 0 | 1 |", "- removed line", "",
            "   ", "text with | pipes | and [link](#item-abcdef)", "| [g.md](#item-abcdef) | short |", "日本語 ## 見出し",
            "## 日本/記事.md{#item-0a0b0c}", "| [記事.md](#item-0a0b0c) | 軽微な更新 | タイトル | modified | 2 | 2 | 4 |",
            "| Filename | Status | Type | Title | A | D | M |", "|:--|--|--|--|--:|--:|--:|", "| File | Type | Title | A | D |",
            "|---|---|---|---|---|", "| ファイル名 | 種類 | タイトル | 状態 | A | D | M |", "| x | y |",
            "[nopipe.md](#item-0f0f0f) | minor update | t | modified | 3 | 1 | 4", "| **[bold.md](#item-0e0e0e)** | new feature | t | added | 1 | 0 | 1 |",
            "| [titled.md](#item-0d0d0d \"tip\") | bug fix | t | modified | 2 | 2 | 4 |", "---", "Filename | Type | Title | Status | A | D", "---|---|---|---|---|---");

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.of(LINES).list().ofMaxSize(40).map(l -> String.join("\n", l))
                .flatMap(body -> Arbitraries.of("", "\n", "\n\n").map(end -> body + end));
    }

    @Property(tries = 2000)
    void findsWhatTheWholeBodyPatternsFound(@ForAll("bodies") String body) {
        assertEquals(reference(body), ReportReader.tableFiles(body));
    }

    @Test
    void theExampleReportHasSixRowsWithFullPaths() throws IOException {
        String text;
        try (InputStream in = TableFilesTest.class.getResourceAsStream("/io/diffpress/site/example-report.md")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String body = text.substring(text.indexOf("\n---\n", 4) + 5);
        List<ReportFile> files = ReportReader.tableFiles(body);
        assertEquals(reference(body), files);
        assertEquals(6, files.size());
        assertEquals("articles/ai-services/openai/concepts/model-retirements.md", files.get(0).path());
    }

    /** A row shown in a code block, or on a diff's line, is no file of the report (found by a user trial). */
    @Test
    void rowsAndHeadingsInFencedCodeAreNoFiles() {
        String body = String.join("\n", "# Summary Table", "| Filename | Type | Title | Status | A | D | M |", "|---|---|---|---|---|---|---|",
                "| [report.md](#item-aaaaaa) | minor update | A report file | modified | 1 | 1 | 2 |", "", "# Insights",
                "```markdown", "| [fake.md](#item-111111) | breaking change | Fake | removed | 100 | 200 | 300 |", "```", "",
                "# Modified Contents", "## reports/report.md{#item-aaaaaa}", "<details><summary>Diff</summary>", "",
                "````diff", "@@ -1,3 +1,3 @@", " | [ghost.md](#item-222222) | new feature | Ghost | added | 50 | 0 | 50 |",
                "+## ghost/heading.md{#item-aaaaaa}", "```", "-old", "+new", "````", "</details>", "");
        List<ReportFile> files = ReportReader.tableFiles(body);
        assertEquals(List.of(new ReportFile("reports/report.md", "", "modified", "minor update", "A report file", 1, 1, "item-aaaaaa")),
                files);
    }

    /** Columns another tool left out or put in another order are read by the header's words (found by a user trial). */
    @Test
    void cellsAreReadByTheWordsOfTheTablesHeader() {
        String missing = String.join("\n", "| Filename | Type | Title | A | D |", "|---|---|---|---|---|",
                "| [real.md](#item-aaaaaa) | breaking change | Missing status column | 7 | 3 |");
        assertEquals(List.of(new ReportFile("real.md", "", "", "breaking change", "Missing status column", 7, 3, "item-aaaaaa")),
                ReportReader.tableFiles(missing));
        String reordered = String.join("\n", "| Filename | Status | Type | Title | A | D | M |", "|:--|--|--|--|--:|--:|--:|",
                "| [b.md](#item-bbbbbb) | added | new feature | B | 4 | 0 | 4 |");
        assertEquals(List.of(new ReportFile("b.md", "", "added", "new feature", "B", 4, 0, "item-bbbbbb")), ReportReader.tableFiles(reordered));
        String japanese = String.join("\n", "| ファイル名 | 状態 | 種類 | タイトル | A | D | M |", "|---|---|---|---|---|---|---|",
                "| [c.md](#item-cccccc) | modified | bug fix | C | 1 | 1 | 2 |");
        assertEquals("bug fix", ReportReader.tableFiles(japanese).get(0).type());
        // words it does not know: read by position, as the format has its columns
        String other = String.join("\n", "| Datei | Art | Titel | Zustand | A | D | M |", "|---|---|---|---|---|---|---|",
                "| [d.md](#item-dddddd) | minor update | D | modified | 2 | 0 | 2 |");
        assertEquals(List.of(new ReportFile("d.md", "", "modified", "minor update", "D", 2, 0, "item-dddddd")), ReportReader.tableFiles(other));
    }

    /** A file's column that is not the first, named by the header, is read as the file's (an audit found no files at all). */
    @Test
    void theFilesColumnIsFoundByItsHeaderWhereverItStands() {
        String body = String.join("\n", "Status | Filename | D | A | Title | Type", "---|---|---|---|---|---",
                "modified | **[a.md](#item-aaaaaa \"t\")** | 3 | 5 | Reordered `a\\|b` title | Bug Fix",
                "added | [b.md](#item-bbbbbb) | - | - | Binary thing | new feature",
                "| renamed | [c.md](#item-cccccc) | 0 | 1 | Title | breaking change |", "",
                "## docs/a.md{#item-aaaaaa}", "## docs/b.png{#item-bbbbbb}", "## docs/c.md{#item-cccccc}");
        assertEquals(List.of(new ReportFile("docs/a.md", "", "modified", "bug fix", "Reordered `a|b` title", 5, 3, "item-aaaaaa"),
                new ReportFile("docs/b.png", "", "added", "new feature", "Binary thing", -1, -1, "item-bbbbbb"),
                new ReportFile("docs/c.md", "", "renamed", "breaking change", "Title", 1, 0, "item-cccccc")), ReportReader.tableFiles(body));
        String japanese = String.join("\n", "| 状態 | ファイル名 | 種類 | タイトル | A | D |", "|---|---|---|---|---|---|",
                "| modified | [c.md](#item-cccccc) | bug fix | C | 1 | 1 |");
        assertEquals(List.of(new ReportFile("c.md", "", "modified", "bug fix", "C", 1, 1, "item-cccccc")), ReportReader.tableFiles(japanese));
    }

    /** Rows GFM reads as table rows: without the leading pipe, with the link bold or with a title (found by a user trial). */
    @Test
    void rowsInTheOtherFormsGfmAllowsAreRead() {
        String body = String.join("\n", "Filename | Type | Title | Status | A | D | M", "---|---|---|---|---|---|---",
                "[nopipe.md](#item-0f0f0f) | minor update | N | modified | 3 | 1 | 4",
                "| **[bold.md](#item-0e0e0e)** | new feature | B | added | 1 | 0 | 1 |",
                "| [titled.md](#item-0d0d0d \"tooltip\") | bug fix | T | modified | 2 | 2 | 4 |");
        assertEquals(List.of(new ReportFile("nopipe.md", "", "modified", "minor update", "N", 3, 1, "item-0f0f0f"),
                new ReportFile("bold.md", "", "added", "new feature", "B", 1, 0, "item-0e0e0e"),
                new ReportFile("titled.md", "", "modified", "bug fix", "T", 2, 2, "item-0d0d0d")), ReportReader.tableFiles(body));
    }

    // The reader before the line scan: two patterns over the whole body.
    private static final Pattern HEADING_ANCHOR = Pattern.compile("(?m)^#{2,6}\\s+(.+?)\\{#(item-[0-9a-f]{6})\\}\\s*$");
    private static final Pattern TABLE_ROW = Pattern.compile(
            "^\\|?\\s*(?:\\*\\*|__)?\\[(.*?)]\\(#(item-[0-9a-f]{6})(?:\\s+\"[^\"]*\")?\\)(?:\\*\\*|__)?\\s*\\|(.*)$");
    private static final Pattern UNESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");

    private static List<ReportFile> reference(String whole) {
        String body = outsideFences(whole);
        Map<String, String> pathByAnchor = new HashMap<>();
        Matcher h = HEADING_ANCHOR.matcher(body);
        while (h.find()) {
            pathByAnchor.putIfAbsent(h.group(2), unescape(h.group(1).trim()));
        }
        List<ReportFile> files = new ArrayList<>();
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        String[] lines = body.split("\n");
        // type, title, status, A, D: by position, or where the header of the table the row is in names them
        int[] columns = {0, 1, 2, 3, 4};
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i > 0 && lines[i - 1].contains("|") && !lines[i - 1].startsWith("##") && line.contains("|")
                    && line.matches("[\\s|:-]*-[\\s|:-]*")) {
                columns = header(lines[i - 1]);
                continue;
            }
            Matcher m = TABLE_ROW.matcher(line.trim());
            if (!m.matches() || !seen.add(m.group(2))) {
                continue;
            }
            String[] cells = m.group(3).split("(?<!\\\\)\\|", -1);
            String path = pathByAnchor.getOrDefault(m.group(2), unescape(m.group(1)));
            files.add(new ReportFile(path, "", cell(cells, columns[2]), cell(cells, columns[0]), unescape(cell(cells, columns[1])),
                    number(cell(cells, columns[3])), number(cell(cells, columns[4])), m.group(2)));
        }
        return files;
    }

    /** The columns a header names (three at least), else the format's positions. */
    private static int[] header(String line) {
        List<List<String>> names = List.of(List.of("type", "modification type", "種類", "種別", "类型"), List.of("title", "タイトル", "标题"),
                List.of("status", "状態", "ステータス", "状态"), List.of("a", "added", "additions", "+", "追加"),
                List.of("d", "deleted", "deletions", "-", "削除"));
        String[] cells = line.trim().replaceAll("^\\||\\|$", "").split("\\|", -1);
        int[] columns = {-1, -1, -1, -1, -1};
        int found = 0;
        for (int c = 1; c < cells.length; c++) {
            for (int k = 0; k < names.size(); k++) {
                if (columns[k] < 0 && names.get(k).contains(cells[c].trim().toLowerCase())) {
                    columns[k] = c - 1;
                    found++;
                }
            }
        }
        return found >= 3 ? columns : new int[]{0, 1, 2, 3, 4};
    }

    // A fence: up to three spaces, then three or more ` (with no ` after them) or ~; it closes at a line of the same
    // character, at least as many, and nothing else.
    private static final Pattern OPEN = Pattern.compile("^ {0,3}(`{3,}(?=[^`]*$)|~{3,}).*$");

    /** The body with every line of a fenced code block, its fences included, left empty. */
    private static String outsideFences(String body) {
        String[] lines = body.split("\n", -1);
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            if (fence != null) {
                String t = lines[i].replaceFirst("^ {0,3}", "");
                char c0 = fence.charAt(0);
                if (t.startsWith(fence) && t.chars().allMatch(c -> c == c0 || c == ' ' || c == '\t')) {
                    fence = null;
                }
                lines[i] = "";
                continue;
            }
            Matcher m = OPEN.matcher(lines[i]);
            if (m.matches()) {
                fence = m.group(1);
                lines[i] = "";
            }
        }
        return String.join("\n", lines);
    }

    private static String cell(String[] cells, int i) {
        return i >= 0 && i < cells.length ? cells[i].trim() : "";
    }

    private static String unescape(String text) {
        return UNESCAPE.matcher(text).replaceAll("$1");
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A front matter list of paths alone takes the rest from the Summary Table's rows, the anchor too (an audit). */
    @Test
    void frontMatterFilesWithoutTheirDetailsTakeThemFromTheTable() {
        String report = String.join("\n", "---", "title: t", "date: 2025-06-21", "files:", "  - path: docs/a.md",
                "  - path: docs/b.md", "    title: Own title", "    additions: 2", "  - path: docs/c.md", "  - path: docs/gone.md", "---", "",
                "# Summary Table", "| Filename | Type | Title | Status | A | D | M |", "|---|---|---|---|---|---|---|",
                "| [a.md](#item-ba8ac6) | new feature | Added a page | added | 12 | 0 | 12 |",
                "| [b.md](#item-000bbb) | bug fix | Row title | modified | 5 | 1 | 6 |",
                "| [c.md](#item-000ccc) | minor update | C | modified | 1 | 1 | 2 |", "",
                "## docs/a.md{#item-ba8ac6}", "", "text", "", "## docs/b.md{#item-000bbb}", "");
        List<ReportFile> files = ReportReader.read("s/r.md", report.getBytes(java.nio.charset.StandardCharsets.UTF_8)).files();
        assertEquals(List.of(new ReportFile("docs/a.md", "", "added", "new feature", "Added a page", 12, 0, "item-ba8ac6"),
                new ReportFile("docs/b.md", "", "modified", "bug fix", "Own title", 2, 1, "item-000bbb"),
                new ReportFile("docs/c.md", "", "modified", "minor update", "C", 1, 1, "item-000ccc"),
                new ReportFile("docs/gone.md", "", "", "", "", -1, -1, io.diffpress.content.ItemAnchor.of("docs/gone.md"))), files);
    }
}
