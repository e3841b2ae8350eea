package io.diffpress.insight;

import io.diffpress.history.ChangeStatus;
import io.diffpress.history.FileChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One case per rule of docs/insight-rules.md, through the public InsightWriter. */
class ClassificationTest {

    private static final String DOC = """
            ---
            ms.date: 05/25/2025
            ---
            # Page

            Intro with a [link](a.md).

            ## Regions

            - eastus
            - westus

            ## Limits

            | Model | Quota |
            |---|---|
            | `a` | 1 M |

            ```python
            print('a')
            ```
            """;

    private static final String INCLUDES = "\n## Quota\n\nText.\n\n[!INCLUDE [quota](includes/quota.md)]\n\nAgain:\n\n[!INCLUDE [quota](includes/quota.md)]\n";

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("removed file", Changes.removed("docs/page.md", DOC), ChangeType.BREAKING_CHANGE, "a removed file"),
                Arguments.of("renamed file", Changes.renamed("docs/old.md", "docs/page.md", DOC, DOC, 100), ChangeType.BREAKING_CHANGE, "a renamed file"),
                Arguments.of("removed section", edit(DOC.replace("## Regions\n\n- eastus\n- westus\n\n", "")), ChangeType.BREAKING_CHANGE, "a removed section"),
                Arguments.of("removed item", edit(DOC.replace("- westus\n", "")), ChangeType.BREAKING_CHANGE, "list items removed, not reworded"),
                Arguments.of("removed row", edit(DOC.replace("| `a` | 1 M |\n", "")), ChangeType.BREAKING_CHANGE, "table rows removed"),
                Arguments.of("removed code", edit(DOC.replace("```python\nprint('a')\n```\n", "")), ChangeType.BREAKING_CHANGE, "a removed code block"),
                Arguments.of("new file", Changes.added("docs/page.md", DOC), ChangeType.NEW_FEATURE, "a new file"),
                Arguments.of("new section", edit(DOC + "\n## Pricing\n\nFree.\n"), ChangeType.NEW_FEATURE, "a new section"),
                Arguments.of("new item", edit(DOC.replace("- westus\n", "- westus\n- polandcentral\n")), ChangeType.NEW_FEATURE, "new list items"),
                Arguments.of("new row", edit(DOC.replace("| `a` | 1 M |\n", "| `a` | 1 M |\n| `b` | 2 M |\n")), ChangeType.NEW_FEATURE, "new table rows"),
                Arguments.of("corrected row", edit(DOC.replace("| `a` | 1 M |", "| `a` | 10 M |")), ChangeType.BUG_FIX, "corrected values"),
                Arguments.of("row gained text", edit(DOC.replace("| `a` | 1 M |", "| `a` | 1 M (2 M in preview) |")), ChangeType.MINOR_UPDATE,
                        "only gained text"),
                Arguments.of("one of two includes removed", Changes.modified("docs/page.md", DOC + INCLUDES, DOC + INCLUDES.replace("Again:\n\n[!INCLUDE [quota](includes/quota.md)]\n", "Again:\n")),
                        ChangeType.MINOR_UPDATE, "one of several includes"),
                Arguments.of("last include removed", Changes.modified("docs/page.md", DOC + INCLUDES, DOC + "\n## Quota\n\nText.\n"),
                        ChangeType.BREAKING_CHANGE, "a removed include"),
                Arguments.of("copied file", Changes.copied("docs/old.md", "docs/page.md", DOC, DOC, 100), ChangeType.NEW_FEATURE, "a copied file"),
                Arguments.of("fixed link", edit(DOC.replace("[link](a.md)", "[link](b.md)")), ChangeType.BUG_FIX, "target changed"),
                Arguments.of("fixed code", edit(DOC.replace("print('a')", "print('b')")), ChangeType.BUG_FIX,
                        "a value changed in one line of a code block counts as a bug fix"),
                Arguments.of("version bumped", Changes.modified("docs/page.md", DOC.replace("print('a')", "pip install x==1.2.0"),
                        DOC.replace("print('a')", "pip install x==1.3.0")),
                        ChangeType.MINOR_UPDATE, "a version number changed alone in a code block counts as a minor update"),
                Arguments.of("changed code", edit(DOC.replace("print('a')", "print('b')\nprint('c')")), ChangeType.BUG_FIX, "a changed code block"),
                Arguments.of("fixed backtick", Changes.modified("docs/page.md", DOC.replace("Intro with", "Intro `with"),
                        DOC.replace("Intro with", "Intro `with`")), ChangeType.BUG_FIX, "repaired markup"),
                Arguments.of("typo", edit(DOC.replace("Intro with", "Intro wiht")), ChangeType.MINOR_UPDATE, "typo fixes"),
                Arguments.of("date", edit(DOC.replace("05/25/2025", "06/20/2025")), ChangeType.MINOR_UPDATE, "a changed field value"),
                Arguments.of("date and typo", edit(DOC.replace("05/25/2025", "06/20/2025").replace("Intro with", "Intro wiht")),
                        ChangeType.MINOR_UPDATE, "typo fixes"),
                Arguments.of("whitespace", edit(DOC.replace("Intro with a", "Intro  with\na")), ChangeType.MINOR_UPDATE, "whitespace-only"),
                Arguments.of("formatting", edit(DOC.replace("Intro with", "**Intro** with")), ChangeType.MINOR_UPDATE, "formatting-only"),
                Arguments.of("removal beats addition", edit(DOC.replace("- westus\n", "").replace("| `a` | 1 M |\n", "| `a` | 1 M |\n| `b` | 2 M |\n")),
                        ChangeType.BREAKING_CHANGE, "list items removed"),
                Arguments.of("addition beats fix", edit(DOC.replace("- westus\n", "- westus\n- polandcentral\n").replace("print('a')", "print('b')")),
                        ChangeType.NEW_FEATURE, "new list items"));
    }

    /** DOC as the old version, the given text as the new one. */
    private static FileChange edit(String after) {
        return Changes.modified("docs/page.md", DOC, after);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void eachRuleGivesItsType(String rule, FileChange change, ChangeType expected, String ruleText) {
        FileInsight insight = new InsightWriter(Locale.US).explain(change);
        assertEquals(expected, insight.type(), insight.explanation());
        assertTrue(insight.explanation().contains("It is classified as a " + expected.word() + ": "), insight.explanation());
        assertTrue(insight.explanation().contains(ruleText), insight.explanation());
        // the reason names the type given, never another one
        String reason = insight.explanation().substring(insight.explanation().indexOf("It is classified as a "));
        reason = reason.substring(reason.indexOf(": "));
        assertTrue(reason.contains(expected.word()), reason);
        for (ChangeType other : ChangeType.values()) {
            if (other != expected) {
                assertFalse(reason.contains(" " + other.word()), reason);
            }
        }
        FileInsight ja = new InsightWriter(Locale.JAPAN).explain(change);
        assertEquals(expected, ja.type());
        String jaReason = ja.explanation().substring(ja.explanation().lastIndexOf("です：") + 3);
        assertTrue(jaReason.contains(JAPANESE_TYPES.get(expected)), jaReason);
        JAPANESE_TYPES.forEach((type, word) -> assertTrue(type == expected || !jaReason.contains(word), jaReason));
    }

    private static final java.util.Map<ChangeType, String> JAPANESE_TYPES = java.util.Map.of(ChangeType.NEW_FEATURE, "新機能",
            ChangeType.BREAKING_CHANGE, "破壊的変更", ChangeType.BUG_FIX, "バグ修正", ChangeType.MINOR_UPDATE, "軽微な更新");

    /** ms.date changes with nearly every edit: it names the change only when nothing else of its type changed. */
    @Test
    void aDateNamesTheChangeOnlyAlone() {
        InsightWriter writer = new InsightWriter(Locale.US);
        String dated = DOC.replace("05/25/2025", "06/20/2025");
        assertEquals("Updated `ms.date` in `page.md`", writer.explain(edit(dated)).title());
        FileInsight withText = writer.explain(edit(dated.replace("Intro with a", "Intro with a new")));
        assertEquals(ChangeType.MINOR_UPDATE, withText.type());
        assertTrue(!withText.title().contains("ms.date"), withText.title());
        assertTrue(withText.explanation().contains("`ms.date` changed"), "the date is still told: " + withText.explanation());
        String landing = "metadata:\n  ms.date: 03/12/2025\nlandingContent:\n  - title: About\n    linkLists:\n      - linkListType: overview\n"
                + "        links:\n          - text: What is it?\n            url: what-is.md\n";
        FileInsight index = writer.explain(Changes.modified("docs/index.yml", landing, landing.replace("03/12/2025", "05/01/2025")
                .replace("What is it?", "What is Foundry?")));
        assertTrue(!index.title().contains("ms.date"), index.title());
    }

    @Test
    void backtickRepairIsABugFix() {
        String broken = "Use `codex-mini and `o3-pro` now.\n";
        FileInsight insight = new InsightWriter(Locale.US).explain(Changes.modified("a.md", broken, "Use `codex-mini` and `o3-pro` now.\n"));
        assertEquals(ChangeType.BUG_FIX, insight.type());
        assertEquals("Fixed unbalanced `` ` `` in `a.md`", insight.title());
    }

    @Test
    void binaryTypesFollowTheStatus() {
        InsightWriter writer = new InsightWriter(Locale.US);
        assertEquals(ChangeType.NEW_FEATURE, writer.explain(Changes.binary("a.png", ChangeStatus.ADDED)).type());
        assertEquals(ChangeType.BREAKING_CHANGE, writer.explain(Changes.binary("a.png", ChangeStatus.REMOVED)).type());
        assertEquals(ChangeType.MINOR_UPDATE, writer.explain(Changes.binary("a.png", ChangeStatus.MODIFIED)).type());
    }

    @Test
    void entriesFollowTheStatusAndModeAndLfsChangesAreMinor() {
        InsightWriter writer = new InsightWriter(Locale.US);
        java.util.function.BiFunction<ChangeStatus, io.diffpress.history.FileKind, io.diffpress.history.FileChange> entry = (status, kind) ->
                new io.diffpress.history.FileChange("vendor/lib", java.util.Optional.empty(), status, 100, kind, false, 1, 0, "", false,
                        java.util.Optional.empty(), java.util.Optional.empty());
        assertEquals(ChangeType.NEW_FEATURE, writer.explain(entry.apply(ChangeStatus.ADDED, io.diffpress.history.FileKind.SUBMODULE)).type());
        assertEquals(ChangeType.BREAKING_CHANGE, writer.explain(entry.apply(ChangeStatus.REMOVED, io.diffpress.history.FileKind.SYMLINK)).type());
        assertEquals(ChangeType.MINOR_UPDATE, writer.explain(entry.apply(ChangeStatus.MODIFIED, io.diffpress.history.FileKind.SUBMODULE)).type());
        String pointer = "version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize 5\n";
        FileInsight lfs = writer.explain(Changes.modified("media/a.md", pointer.formatted("1".repeat(64)), pointer.formatted("2".repeat(64))));
        assertEquals(ChangeType.MINOR_UPDATE, lfs.type());
        assertTrue(lfs.explanation().contains("a file stored by Git LFS counts as a minor update"), lfs.explanation());
    }

    @Test
    void noStructuralChangeIsAMinorUpdateSaidSo() {
        FileInsight insight = new InsightWriter(Locale.US).explain(Changes.modified("src/A.java", "class A {\n    int a = 1;\n}\n",
                "class A {\n    int a = 2;\n}\n"));
        assertEquals(ChangeType.MINOR_UPDATE, insight.type());
        assertTrue(insight.explanation().endsWith("no change of structure was found beyond the line counts."), insight.explanation());
        // a file read as lines alone (XML, CSS, a language without definition patterns): no comparison is claimed (an audit)
        for (String path : java.util.List.of("NOTICE", "pom.xml", "themes/default/static/style.css", "lib/app.rb")) {
            FileInsight lines = new InsightWriter(Locale.US).explain(Changes.modified(path, "a\n", "b\n"));
            assertEquals(ChangeType.MINOR_UPDATE, lines.type());
            assertTrue(lines.explanation().endsWith("files of this kind are read as lines only, so nothing in them is named beyond the line counts."),
                    path + ": " + lines.explanation());
        }
    }

    @Test
    void theCutNeverChangesTheType() {
        StringBuilder before = new StringBuilder("# Doc\n\n");
        StringBuilder after = new StringBuilder("# Doc\n\n");
        for (int i = 0; i < 40; i++) {
            before.append("## S").append(i).append("\n\nThe servce number ").append(i).append(" is here.\n\n");
            after.append("## S").append(i).append("\n\nThe service number ").append(i).append(" is here.\n\n");
        }
        before.append("## Gone\n\ntext\n");
        FileInsight insight = new InsightWriter(Locale.US).explain(Changes.modified("a.md", before.toString(), after.toString()));
        assertEquals(ChangeType.BREAKING_CHANGE, insight.type());
        assertTrue(insight.facts().get(1).startsWith("Section `Gone`"), insight.facts().toString());
        assertTrue(insight.facts().stream().anyMatch(f -> f.matches("\\d+ more changes are not listed here\\.")), insight.facts().toString());
        assertTrue(insight.facts().size() <= 2 + Verdict.MAX_LISTED + Verdict.MAX_SECTION_COUNTS + 1);
    }
}
