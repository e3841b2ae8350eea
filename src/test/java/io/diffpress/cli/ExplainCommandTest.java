package io.diffpress.cli;

import io.diffpress.testing.GitFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code diffpress explain} on a fixture repository and on patches made from it by git. */
class ExplainCommandTest {

    @TempDir
    Path dir;

    private GitFixture git;
    private String first;
    private String second;

    private static final String REGIONS_BEFORE = """
            ---
            title: Responses
            ms.date: 05/25/2025
            ---
            # Responses

            ## Regions

            - eastus
            - westus
            - japaneast
            """;
    private static final String REGIONS_AFTER = """
            ---
            title: Responses
            ms.date: 06/20/2025
            ---
            # Responses

            ## Regions

            - eastus
            - japaneast
            - polandcentral
            - switzerlandnorth
            """;

    @BeforeEach
    void repository() throws IOException {
        git = new GitFixture(Files.createDirectories(dir.resolve("repo")));
        first = git.write("docs/responses.md", REGIONS_BEFORE).write("docs/other.md", "# Other\n\ntext\n").commit("first");
        second = git.write("docs/responses.md", REGIONS_AFTER).commit("regions");
    }

    private Path portal(String extra) throws IOException {
        Path portal = Files.createDirectories(dir.resolve("portal"));
        Files.writeString(portal.resolve("site.yml"), "title: Docs\nbaseURL: https://o.github.io/r/\nrepository:\n  path: ../repo\n" + extra);
        return portal.resolve("site.yml");
    }

    private static void assertRefused(CliRun run, String... expected) {
        assertEquals(2, run.exitCode(), run.out() + run.err());
        for (String part : expected) {
            assertTrue(run.err().contains(part), "expected '" + part + "' in: " + run.err());
        }
        assertEquals(1, run.err().strip().lines().count(), "one line: " + run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }

    @Test
    void aRangeAndAPathGiveTheFactsWithTheirRulesTypeTitleAndExplanation() throws IOException {
        CliRun run = CliRun.of("explain", "--config", portal("").toString(), first + ".." + second, "--", "docs/responses.md");
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.startsWith("docs/responses.md\n  range:  " + first.substring(0, 7) + ".." + second.substring(0, 7) + "\n"), out);
        assertTrue(out.contains("  status: modified, 3 lines added, 2 deleted\n"), out);
        assertTrue(out.contains("  * breaking change 1 list item was removed from section `Regions`: `westus`."), out);
        assertTrue(out.contains("    new feature     2 list items were added in section `Regions`: `polandcentral` and `switzerlandnorth`."), out);
        assertTrue(out.contains("    minor update    Front matter field `ms.date` changed from `05/25/2025` to `06/20/2025`."), out);
        assertTrue(out.contains("    (context)       3 lines added and 2 deleted."), out);
        assertTrue(out.contains("\nType:  breaking change\nTitle: Removed `westus` from `responses.md`\n"), out);
        assertTrue(out.contains("\nExplanation:\n  `docs/responses.md` was modified."), out);
        assertTrue(out.contains("  It is classified as a breaking change: list items removed, not reworded, count as a breaking change."), out);
    }

    /** A committed name with an escape sequence is printed quoted: it must not drive the user's terminal. */
    @Test
    void controlCharactersInANameAreEscapedNotSentToTheTerminal() throws IOException {
        String name = "docs/esc\u001b[31mred.md";
        String third = git.write(name, "# Red\n\ntext\n").commit("escape");
        CliRun run = CliRun.of("explain", "--config", portal("").toString(), third, "--", name);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("docs/esc\\x1b[31mred.md\n"), run.out());
        assertFalse(run.out().contains("\u001b"), "no raw escape character in the output");
    }

    /** Errors go through the same guard: a path the user typed, or one the repository holds, is echoed escaped. */
    @Test
    void anErrorNamingAFileWithAnEscapeSequenceIsEscapedToo() throws IOException {
        String name = "docs/esc\u001b[31mred.md";
        String third = git.write(name, "# Red\n\ntext\n").commit("escape");
        CliRun run = CliRun.of("explain", "--config", portal("").toString(), third, "--", "docs/esc\u001b[2J.md");
        assertEquals(2, run.exitCode(), "a path that did not change is a usage error: " + run.err());
        assertTrue(run.err().contains("'docs/esc\\x1b[2J.md' did not change"), run.err());
        assertTrue(run.err().contains("'docs/esc\\x1b[31mred.md'"), "the suggestion is escaped too: " + run.err());
        assertFalse(run.err().contains("\u001b"), "no raw escape character in the error");
    }

    /** A line break in a name is written as \\n: it cannot print a line that reads as the tool's own (an audit). */
    @Test
    void aLineBreakInANameCannotForgeALineOfTheOutput() throws IOException {
        String name = "docs/a.md\nType:  breaking change";
        String third = git.write(name, "# A\n\ntext\n").commit("forged");
        CliRun run = CliRun.of("explain", "--config", portal("").toString(), third, "--", name);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("docs/a.md\\nType:  breaking change\n"), run.out());
        assertFalse(run.out().lines().anyMatch(l -> l.startsWith("Type:  breaking")), run.out());
        // and a quoted name with an escape that is no octal byte is read as written, not a crash
        Path odd = Files.writeString(dir.resolve("odd.patch"), "diff --git \"a/\\399.md\" \"b/\\399.md\"\n--- \"a/\\399.md\"\n"
                + "+++ \"b/\\399.md\"\n@@ -1 +1 @@\n-a\n+b\n");
        CliRun patch = CliRun.of("explain", "--patch", odd.toString());
        assertEquals(0, patch.exitCode(), patch.err());
        assertTrue(patch.out().contains("\n399.md\n"), "an unknown escape stands for its character: " + patch.out());
    }

    @Test
    void oneRevisionMeansItsParentToItAndARootCommitComparesWithTheEmptyTree() throws IOException {
        Path config = portal("");
        CliRun one = CliRun.of("explain", "--config", config.toString(), second, "--", "docs/responses.md");
        assertEquals(0, one.exitCode(), one.err());
        assertTrue(one.out().contains("  range:  " + first.substring(0, 7) + ".." + second.substring(0, 7)), one.out());
        assertTrue(one.out().contains("Type:  breaking change"), one.out());

        CliRun root = CliRun.of("explain", "--config", config.toString(), first, "--", "docs/other.md");
        assertEquals(0, root.exitCode(), root.err());
        assertTrue(root.out().contains("  range:  (empty tree).." + first.substring(0, 7)), root.out());
        assertTrue(root.out().contains("  status: added, 3 lines added, 0 deleted"), root.out());
        assertTrue(root.out().contains("* new feature     `docs/other.md` is a new file."), root.out());
    }

    @Test
    void threeDotsCompareTheMergeBaseWithTheHead() throws IOException {
        git.git("checkout", "-q", "-b", "topic", first);
        git.write("docs/topic.md", "# Topic\n").commit("topic work");
        git.git("checkout", "-q", "main");
        git.write("docs/main-only.md", "# Main\n").commit("main work");
        Path config = portal("");
        CliRun topic = CliRun.of("explain", "--config", config.toString(), "main...topic", "--", "docs/topic.md");
        assertEquals(0, topic.exitCode(), topic.err());
        assertTrue(topic.out().contains("  range:  " + first.substring(0, 7) + ".."), "from the merge base: " + topic.out());
        // two dots compare the tips, so main's own files show as removed; three dots leave them out
        assertEquals(0, CliRun.of("explain", "--config", config.toString(), "main..topic", "--", "docs/main-only.md").exitCode());
        assertRefused(CliRun.of("explain", "--config", config.toString(), "main...topic", "--", "docs/main-only.md"),
                "'docs/main-only.md' did not change in range");
    }

    /** Comparing two commits needs only them: a shallow clone that holds both is taken; one that does not is told. */
    @Test
    void aShallowCloneHoldingBothCommitsIsExplained() throws IOException {
        String third = git.write("docs/other.md", "# Other\n\nmore text\n").commit("third");
        Path shallow = dir.resolve("shallow");
        git.git("clone", "-q", "--depth", "2", "file://" + dir.resolve("repo").toAbsolutePath(), shallow.toString());
        assertTrue(Files.isRegularFile(shallow.resolve(".git/shallow")), "a shallow clone");
        CliRun run = CliRun.of("explain", "--repo", shallow.toString(), "HEAD", "--", "docs/other.md");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("docs/other.md\n  range:  " + second.substring(0, 7) + ".." + third.substring(0, 7) + "\n"), run.out());
        CliRun both = CliRun.of("explain", "--repo", shallow.toString(), second + ".." + third, "--", "docs/other.md");
        assertEquals(run.out(), both.out(), both.err());
        assertRefused(CliRun.of("explain", "--repo", shallow.toString(), first + ".." + third, "--", "docs/other.md"),
                "'" + first + "' points to a missing object", "a shallow clone, whose history is cut off before it");
        assertRefused(CliRun.of("explain", "--repo", shallow.toString(), second + "..." + third, "--", "docs/other.md"),
                "compares from the merge base, which this shallow clone may have cut off", second + ".." + third);
    }

    @Test
    void withRepoNoSiteYmlIsNeededAndTheLocaleIsAnOption() {
        // the working folder of the tests holds diffpress's own site.yml; --repo must not read it
        CliRun run = CliRun.of("explain", "--repo", dir.resolve("repo").toString(), "--locale", "ja_JP", "HEAD", "--",
                "docs/responses.md");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("`polandcentral` と `switzerlandnorth`"), run.out());
        assertTrue(run.out().contains("Type:  breaking change"), run.out());
        CliRun english = CliRun.of("explain", "--repo", dir.resolve("repo").toString(), "HEAD", "--", "docs/responses.md");
        assertTrue(english.out().contains("2 list items were added"), "en_US without site.yml: " + english.out());
    }

    /** An absolute path inside the work tree names the file, as git takes one. */
    @Test
    void anAbsolutePathInsideTheWorkTreeNamesTheFile() {
        CliRun run = CliRun.of("explain", "--repo", dir.resolve("repo").toString(), "HEAD", "--",
                dir.resolve("repo/docs/responses.md").toAbsolutePath().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("2 list items were added"), run.out());
        CliRun outside = CliRun.of("explain", "--repo", dir.resolve("repo").toString(), "HEAD", "--", "/etc/hosts");
        assertEquals(2, outside.exitCode());
        assertTrue(outside.err().contains("'/etc/hosts' did not change"), outside.err());
    }

    @Test
    void repoWithAnExplicitConfigTakesTheLocaleFromIt() throws IOException {
        Path config = portal("locale: ja_JP\n");
        Path elsewhere = Files.createDirectories(dir.resolve("clone"));
        git.git("clone", "-q", dir.resolve("repo").toString(), elsewhere.toString());
        CliRun run = CliRun.of("explain", "--config", config.toString(), "--repo", elsewhere.toString(), "HEAD", "--", "docs/responses.md");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("リスト項目"), run.out());
    }

    @Test
    void aPatchIsExplainedFromItsHunksAndSaysSo() throws IOException {
        git.write("docs/responses.md", REGIONS_AFTER + "\n## Limits\n\n| Model | Quota |\n|---|---|\n| `o3` | 1 M |\n")
                .move("docs/other.md", "docs/moved/other.md").commit("limits and a move");
        Path patch = dir.resolve("change.patch");
        Files.writeString(patch, git.git("format-patch", "-M", "--stdout", "HEAD~2..HEAD"));
        CliRun run = CliRun.of("explain", "--patch", patch.toString());
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.startsWith("From the patch " + patch + ": only the lines in its hunks were seen, not the whole files.\n"), out);
        // format-patch of two commits: the file appears once per commit
        assertEquals(2, out.split("\ndocs/responses.md\n", -1).length - 1, out);
        assertTrue(out.contains("2 list items were added in section `Regions`: `polandcentral` and `switzerlandnorth`."), out);
        assertTrue(out.contains("Section `Limits` (heading level 2,"), out);
        assertTrue(out.contains("The full texts were not available, so these facts come from the lines the diff shows."), out);
        assertTrue(out.contains("\ndocs/moved/other.md\n  status: renamed from docs/other.md (100% similar), 0 lines added, 0 deleted"), out);

        CliRun one = CliRun.of("explain", "--patch", patch.toString(), "--", "docs/moved/other.md");
        assertEquals(0, one.exitCode(), one.err());
        assertFalse(one.out().contains("responses.md"), one.out());
        assertTrue(one.out().contains("Type:  breaking change"), one.out());
    }

    @Test
    void anUnknownPathIsAClearErrorThatNamesTheChangedFiles() throws IOException {
        assertRefused(CliRun.of("explain", "--config", portal("").toString(), first + ".." + second, "--", "responses.md"),
                "history: 'responses.md' did not change in range", "(1 file changed; did you mean 'docs/responses.md'?)");
    }

    @Test
    void badRangesAreClearErrors() throws IOException {
        Path config = portal("");
        assertRefused(CliRun.of("explain", "--config", config.toString(), "nope..main", "--", "docs/responses.md"),
                "'nope' names no commit");
        assertRefused(CliRun.of("explain", "--config", config.toString(), "a..b..c", "--", "docs/responses.md"),
                "must name two commits");
        assertRefused(CliRun.of("explain", "--config", config.toString(), "no-such-branch", "--", "docs/responses.md"),
                "'no-such-branch' names no commit");
    }

    @Test
    void unreadableOrMalformedPatchesAreClearErrors() throws IOException {
        assertRefused(CliRun.of("explain", "--patch", dir.resolve("missing.patch").toString()), "missing.patch: no such file");
        Path notAPatch = Files.writeString(dir.resolve("notes.txt"), "just some notes\n");
        assertRefused(CliRun.of("explain", "--patch", notAPatch.toString()), "notes.txt: no file diffs found");
        Path shortHunk = Files.writeString(dir.resolve("short.diff"), "--- a/x.md\n+++ b/x.md\n@@ -1,3 +1,3 @@\n a\n-b\n+c\n");
        assertRefused(CliRun.of("explain", "--patch", shortHunk.toString()), "short.diff:3: the hunk ends early");
        Path hugeCount = Files.writeString(dir.resolve("huge.diff"), "--- a/x.md\n+++ b/x.md\n@@ -1,999999999999 +1,2 @@\n a\n-b\n");
        assertRefused(CliRun.of("explain", "--patch", hugeCount.toString()),
                "huge.diff:3: malformed hunk header '@@ -1,999999999999 +1,2 @@': the line count 999999999999 is too large");
        // cut short (an audit found both read as a file "modified, 0 lines")
        Path cutInName = Files.writeString(dir.resolve("cut1.patch"), "diff --git a/docs/x.md b/docs/x.md\nindex 1..2 100644\n"
                + "--- a/docs/x.md\n+++ b/docs/x.md\n@@ -1 +1 @@\n-a\n+b\ndiff --git a/doc");
        assertRefused(CliRun.of("explain", "--patch", cutInName.toString()), "cut1.patch:8: a 'diff --git' line without the new file's name");
        Path cutAfterMinus = Files.writeString(dir.resolve("cut2.patch"), "diff --git a/docs/x.md b/docs/x.md\nindex 1..2 100644\n--- a/docs/x.md\n");
        assertRefused(CliRun.of("explain", "--patch", cutAfterMinus.toString()), "cut2.patch:3: a '---' line without the '+++' line after it");
        Path binary = Files.write(dir.resolve("bytes.diff"), new byte[]{'-', '-', '-', ' ', (byte) 0xFF, '\n'});
        assertRefused(CliRun.of("explain", "--patch", binary.toString()), "bytes.diff: is not valid UTF-8");
    }

    @Test
    void aPortalWithoutRepositoryOrABadLocaleIsRefused() throws IOException {
        Path portal = Files.createDirectories(dir.resolve("bare-portal"));
        Files.writeString(portal.resolve("site.yml"), "title: Docs\nbaseURL: https://o.github.io/r/\n");
        assertRefused(CliRun.of("explain", "--config", portal.resolve("site.yml").toString(), "HEAD", "--", "x.md"),
                "has no 'repository'; add one or pass --repo PATH");
        assertRefused(CliRun.of("explain", "--repo", dir.resolve("repo").toString(), "--locale", "japanese", "HEAD", "--", "x"),
                "--locale 'japanese' is not of the form en_US or ja_JP");
        assertRefused(CliRun.of("explain", "--repo", dir.resolve("repo").toString(), "HEAD", "--", "a.md", "b.md"),
                "explain takes one range and one path (got HEAD a.md b.md); run it once per file");
        assertRefused(CliRun.of("explain", "--repo", dir.resolve("repo").toString(), "--locale", "fr_FR", "HEAD", "--", "x"),
                "--locale 'fr_FR': the text is written in en_US or ja_JP");
    }

    @Test
    void aRangeWithoutAPathIsAUsageError() throws IOException {
        CliRun run = CliRun.of("explain", "--config", portal("").toString(), "HEAD");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("explain needs a range and a path"), run.err());
    }

    /** Outside a portal (no site.yml), the message names --repo and --patch, not only init (an audit). */
    @Test
    void outsideAPortalTheMessageNamesRepoAndPatch() {
        String message = ExplainCommand.noPortal(java.nio.file.Path.of("nowhere/site.yml")).getMessage();
        org.junit.jupiter.api.Assertions.assertTrue(message.contains("--repo .") && message.contains("--patch FILE")
                && message.contains("nowhere/site.yml: no such file"), message);
    }
}
