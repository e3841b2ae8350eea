package io.diffpress.insight;

import io.diffpress.DiffpressException;
import io.diffpress.history.ChangeStatus;
import io.diffpress.history.FileChange;
import io.diffpress.history.FileKind;
import io.diffpress.testing.GitFixture;
import io.diffpress.testing.GitFixture.GitChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Patches read into file changes, checked against what git itself says of the same change. */
class PatchFileTest {

    @TempDir
    Path dir;

    @Test
    void aGitPatchGivesTheStatusesPathsAndCountsGitReports() throws IOException {
        GitFixture git = new GitFixture(Files.createDirectories(dir.resolve("repo")));
        StringBuilder long1 = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            long1.append("line ").append(i).append('\n');
        }
        String base = git.write("docs/a.md", "# A\n\n- one\n- two\n").write("docs/gone.md", "bye\n")
                .write("docs/moved.md", long1.toString()).write("img.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 1, 2})
                .write("run.sh", "echo hi\n").commit("base");
        git.write("docs/a.md", "# A\n\n- one\n- two\n- three\n").delete("docs/gone.md")
                .move("docs/moved.md", "docs/new place/moved.md").write("docs/new place/moved.md", long1 + "one more\n")
                .write("docs/日本語 \"q\".md", "新しい\n").write("img.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 9})
                .executable("run.sh", true).write("docs/no-newline.md", "no newline at the end");
        String head = git.commit("changes");
        List<FileChange> changes = PatchFile.parse("test.patch", git.git("diff", "-M", base, head)).stream()
                .sorted(Comparator.comparing(FileChange::path)).toList();
        List<GitChange> expected = git.gitDiff(base, head);
        Map<String, String> hunks = git.gitHunks(base, head);
        assertEquals(expected.size(), changes.size(), changes.toString());
        for (int i = 0; i < expected.size(); i++) {
            GitChange want = expected.get(i);
            FileChange got = changes.get(i);
            assertEquals(want.path(), got.path());
            assertEquals(want.oldPath(), got.oldPath().orElse(""), want.path());
            assertEquals(want.binary(), got.binary(), want.path());
            assertEquals(want.additions(), got.additions(), want.path());
            assertEquals(want.deletions(), got.deletions(), want.path());
            assertEquals(switch (want.status()) {
                case "A" -> ChangeStatus.ADDED;
                case "D" -> ChangeStatus.REMOVED;
                case "R" -> ChangeStatus.RENAMED;
                default -> ChangeStatus.MODIFIED;
            }, got.status(), want.path());
            if (want.similarity() >= 0) {
                assertEquals(want.similarity(), got.similarity(), want.path());
            }
            assertEquals(hunks.getOrDefault(want.path(), ""), got.diff(), want.path());
            assertTrue(got.oldText().isEmpty() && got.newText().isEmpty(), "only the hunks are known");
            assertEquals(got.path().equals("run.sh") ? io.diffpress.history.ModeChange.MADE_EXECUTABLE
                    : io.diffpress.history.ModeChange.NONE, got.mode(), "the old mode / new mode lines of " + got.path());
        }
    }

    @Test
    void aPlainUnifiedDiffWithTimestampsIsRead() {
        String diff = """
                --- docs/regions.md.orig\t2025-06-20 10:00:00.000000000 +0000
                +++ docs/regions.md\t2025-06-21 10:00:00.000000000 +0000
                @@ -1,3 +1,4 @@
                 ## Regions
                 
                 - eastus
                +- polandcentral
                """;
        List<FileChange> changes = PatchFile.parse("p.diff", diff);
        assertEquals(1, changes.size());
        FileChange c = changes.get(0);
        assertEquals("docs/regions.md", c.path());
        assertEquals(ChangeStatus.MODIFIED, c.status());
        assertEquals(1, c.additions());
        FileInsight insight = new InsightWriter(Locale.US).explain(c);
        assertEquals(ChangeType.NEW_FEATURE, insight.type());
        assertTrue(insight.facts().contains("1 list item was added in section `Regions`: `polandcentral`."), insight.facts().toString());
    }

    @Test
    void aMailSignatureAfterTheLastHunkIsNotARemovedLine() {
        String patch = """
                From 1234 Mon Sep 17 00:00:00 2001
                Subject: [PATCH] regions

                ---
                 docs/r.md | 1 +
                diff --git a/docs/r.md b/docs/r.md
                index 1111111..2222222 100644
                --- a/docs/r.md
                +++ b/docs/r.md
                @@ -1 +1,2 @@
                 - eastus
                +- westus
                --\s
                2.39.5
                """;
        FileChange c = PatchFile.parse("mail.patch", patch).get(0);
        assertEquals(1, c.additions());
        assertEquals(0, c.deletions());
        assertEquals("@@ -1 +1,2 @@\n - eastus\n+- westus\n", c.diff());
    }

    @Test
    void symlinksAndModesComeFromTheHeaders() {
        String patch = """
                diff --git a/link b/link
                new file mode 120000
                index 0000000..1111111
                --- /dev/null
                +++ b/link
                @@ -0,0 +1 @@
                +target
                \\ No newline at end of file
                """;
        FileChange c = PatchFile.parse("l.patch", patch).get(0);
        assertEquals(FileKind.SYMLINK, c.kind());
        assertEquals(ChangeStatus.ADDED, c.status());
        assertTrue(c.diff().endsWith("\\ No newline at end of file\n"), c.diff());
    }

    @Test
    void malformedHunksNameTheLine() {
        DiffpressException longer = assertThrows(DiffpressException.class, () -> PatchFile.parse("x.diff",
                "--- a/x\n+++ b/x\n@@ -1,1 +1,1 @@\n-a\n+b\n+c\n"));
        assertEquals("insight: patch x.diff:6: the hunk at line 3 has more lines than its header counts", longer.userMessage());
        DiffpressException header = assertThrows(DiffpressException.class, () -> PatchFile.parse("y.diff",
                "--- a/x\n+++ b/x\n@@ -1 +x @@\n-a\n+b\n"));
        assertTrue(header.userMessage().startsWith("insight: patch y.diff:3: malformed hunk header '@@ -1 +x @@'"), header.userMessage());
        DiffpressException huge = assertThrows(DiffpressException.class, () -> PatchFile.parse("z.diff",
                "--- a/x\n+++ b/x\n@@ -1 +1,3000000000 @@\n-a\n+b\n"));
        assertEquals("insight: patch z.diff:3: malformed hunk header '@@ -1 +1,3000000000 @@': the line count 3000000000 is too large",
                huge.userMessage());
    }

    @Test
    void aSimilarityIndexIsReadAsAPercentAtMostAHundred() {
        String rename = "diff --git a/a.md b/b.md\nsimilarity index %s%%\nrename from a.md\nrename to b.md\n";
        assertEquals(87, PatchFile.parse("r.patch", rename.formatted("87")).get(0).similarity());
        assertEquals(100, PatchFile.parse("r.patch", rename.formatted("250")).get(0).similarity());
        assertEquals(100, PatchFile.parse("r.patch", rename.formatted("99999999999999")).get(0).similarity());
        String rewritten = "diff --git a/a.md b/b.md\ndissimilarity index 70%\nrename from a.md\nrename to b.md\n";
        assertEquals(30, PatchFile.parse("w.patch", rewritten).get(0).similarity(), "70 % rewritten: 30 % similar");
    }
}
