package io.diffpress.history;

import io.diffpress.DiffpressException;
import io.diffpress.config.RangesConfig;
import io.diffpress.config.RepositoryConfig;
import io.diffpress.testing.GitFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The repository shapes users point diffpress at, and the ones it must refuse clearly. */
class RepositoryConditionsTest {

    @TempDir
    Path dir;

    private GitFixture origin;
    private String head;

    @BeforeEach
    void origin() throws Exception {
        origin = new GitFixture(Files.createDirectories(dir.resolve("origin")));
        origin.at("2025-06-01T10:00:00Z").write("docs/a.md", "a\n").commit("one");
        origin.at("2025-06-02T10:00:00Z").write("docs/a.md", "b\n").write("docs/b.md", "new\n").commit("two");
        head = origin.at("2025-06-03T10:00:00Z").write("docs/b.md", "changed\n").commit("three");
    }

    private List<CompareRange> plan(Path path, String branch) {
        try (HistoryReader history = HistoryReader.open(new RepositoryConfig(path, branch, Optional.empty()), ZoneId.of("UTC"), 100)) {
            List<CompareRange> ranges = history.plan(RangesConfig.daily());
            ranges.forEach(history::changes);
            return ranges;
        }
    }

    /** A commit without an author line, which git reads (an empty author), is listed with an empty author (an audit: a crash). */
    @Test
    void aCommitWithoutAnAuthorIsListedWithAnEmptyOne() throws Exception {
        origin.write("docs/a.md", "c\n").git("add", "-A");
        String tree = origin.git("write-tree").trim();
        try (org.eclipse.jgit.lib.Repository repo = new org.eclipse.jgit.storage.file.FileRepositoryBuilder()
                .setGitDir(dir.resolve("origin/.git").toFile()).build();
             org.eclipse.jgit.lib.ObjectInserter inserter = repo.newObjectInserter()) {
            String raw = "tree " + tree + "\nparent " + head + "\ncommitter c <c@d> 1748944800 +0000\n\nno author line\n";
            org.eclipse.jgit.lib.ObjectId commit = inserter.insert(org.eclipse.jgit.lib.Constants.OBJ_COMMIT,
                    raw.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            inserter.flush();
            org.eclipse.jgit.lib.RefUpdate update = repo.updateRef("refs/heads/main");
            update.setNewObjectId(commit);
            update.forceUpdate();
        }
        List<CompareRange> ranges = plan(dir.resolve("origin"), "main");
        CommitInfo last = ranges.get(ranges.size() - 1).commits().get(ranges.get(ranges.size() - 1).commits().size() - 1);
        assertEquals("no author line", last.subject());
        assertEquals("", last.author());
    }

    @Test
    void detachedHead() {
        origin.git("checkout", "-q", "--detach", "HEAD~1");
        List<CompareRange> ranges = plan(dir.resolve("origin"), "HEAD");
        assertEquals(2, ranges.size(), "HEAD is the detached commit");
        assertEquals(3, plan(dir.resolve("origin"), "main").size(), "a branch still names its tip");
    }

    @Test
    void remoteTrackingBranch() {
        origin.git("clone", "-q", "file://" + dir.resolve("origin"), dir.resolve("clone").toString());
        new GitFixture(dir.resolve("clone")).git("checkout", "-q", "-b", "local", "HEAD~2");
        List<CompareRange> ranges = plan(dir.resolve("clone"), "origin/main");
        assertEquals(head, ranges.get(ranges.size() - 1).head());
    }

    @Test
    void bareRepository() {
        origin.git("clone", "-q", "--bare", "file://" + dir.resolve("origin"), dir.resolve("bare.git").toString());
        List<CompareRange> ranges = plan(dir.resolve("bare.git"), "main");
        assertEquals(head, ranges.get(ranges.size() - 1).head());
    }

    @Test
    void subfolderOfAWorkTree() {
        List<CompareRange> ranges = plan(dir.resolve("origin/docs"), "main");
        assertEquals(3, ranges.size());
    }

    @Test
    void shallowCloneIsRefusedWithTheFix() {
        origin.git("clone", "-q", "--depth", "1", "file://" + dir.resolve("origin"), dir.resolve("shallow").toString());
        DiffpressException e = assertThrows(DiffpressException.class, () -> plan(dir.resolve("shallow"), "HEAD"));
        assertTrue(e.getMessage().contains("shallow clone") && e.getMessage().contains("fetch-depth: 0"), e.getMessage());
        assertEquals(DiffpressException.Kind.INPUT, e.kind());
    }

    /** A clone of the origin without its blobs (--filter=blob:none), read with missingObjects: skip. */
    private HistoryReader partialClone() {
        origin.git("config", "uploadpack.allowFilter", "true");
        origin.git("clone", "-q", "--no-checkout", "--filter=blob:none", "file://" + dir.resolve("origin"), dir.resolve("partial").toString());
        return HistoryReader.open(new RepositoryConfig(dir.resolve("partial"), "origin/main", Optional.empty(), true), ZoneId.of("UTC"), 100);
    }

    /** A partial clone's trees give the modes though the blobs are absent: a file made executable is said so (a review found it lost). */
    @Test
    void aPartialCloneKeepsTheModeChanges() throws Exception {
        origin.at("2025-06-04T10:00:00Z").move("docs/a.md", "docs/c.md").executable("docs/c.md", true)
                .write("docs/b.md", "changed again\n").executable("docs/b.md", true).commit("four");
        try (HistoryReader history = partialClone()) {
            List<CompareRange> ranges = history.plan(RangesConfig.daily());
            List<FileChange> last = history.changes(ranges.get(3));
            assertEquals(List.of("docs/b.md MODIFIED MADE_EXECUTABLE missing", "docs/c.md RENAMED MADE_EXECUTABLE"),
                    last.stream().map(f -> f.path() + " " + f.status() + " " + f.mode() + (f.missing() ? " missing" : "")).sorted().toList());
        }
    }

    @Test
    void partialCloneFilesCanBeSkippedWithAWarning() throws Exception {
        try (HistoryReader history = partialClone()) {
            List<CompareRange> ranges = history.plan(RangesConfig.daily());
            List<FileChange> last = history.changes(ranges.get(2));
            assertEquals(1, last.size());
            assertEquals("docs/b.md", last.get(0).path());
            assertTrue(last.get(0).missing());
            assertEquals(ChangeStatus.MODIFIED, last.get(0).status());
        }
        // The whole generate run on the partial clone: every report is written, the skipped files say why.
        Path siteYml = dir.resolve("portal/site.yml");
        Files.createDirectories(siteYml.getParent());
        Files.writeString(siteYml, """
                title: t
                baseURL: https://x.io/
                repository:
                  path: ../partial
                  branch: origin/main
                  missingObjects: skip
                """);
        io.diffpress.GenerateResult result = io.diffpress.Diffpress.generate(io.diffpress.config.ConfigLoader.load(siteYml),
                Optional.empty(), false, p -> { });
        assertEquals(List.of("all/2025-06-01.md", "all/2025-06-02.md", "all/2025-06-03.md"), result.written().stream().sorted().toList());
        String report = Files.readString(dir.resolve("portal/content/all/2025-06-03.md"));
        assertTrue(report.contains("the contents of this file are missing from the repository"), report);
        assertTrue(report.contains("missing: true"), report);
        assertTrue(report.contains("Its contents are missing from the repository (a partial clone), so its lines are neither counted nor compared."),
                "the explanation says so too: " + report);
        String explanation = report.substring(report.indexOf("### Explanation"), report.indexOf("# Commits"));
        assertFalse(explanation.contains("lines added"), "no counts that stand for nothing: " + explanation);
        assertFalse(explanation.contains("line counts."), "nor a verdict that speaks of them: " + explanation);
        assertTrue(report.contains("The contents of `b.md` are missing from the repository (a partial clone)"), "the Insights say so: " + report);
        assertFalse(report.contains("only line counts describe"), report);
        String summary = io.diffpress.content.ReportReader.read("all/2025-06-03.md", report.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .summary();
        assertTrue(summary.startsWith("1 file changed in “all”: 1 minor update; its lines are not known: the contents are missing"),
                "the summary has no counts that stand for nothing: " + summary);
        assertEquals(1, result.warnings().size(), "the run says so, as the README promises: " + result.warnings());
        assertTrue(result.warnings().get(0).matches("history: \\d+ changed file\\(s\\) had contents missing from the repository.*"),
                result.warnings().toString());
    }

    /** What the trees alone tell, as C git tells it without the contents: an exact rename, a mode change, a type change. */
    @Test
    void aPartialCloneStillTellsWhatTheTreesTell() {
        origin.at("2025-06-04T10:00:00Z").write("docs/link", "docs/b.md").write("docs/t", "other\n").write("docs/gone.md", "x\n")
                .commit("four");
        String five = origin.at("2025-06-05T10:00:00Z").move("docs/a.md", "docs/c.md").executable("docs/b.md", true)
                .symlink("docs/link", "docs/b.md").symlink("docs/t", "docs/b.md").delete("docs/gone.md").write("docs/new.md", "n\n")
                .commit("five");
        try (HistoryReader history = partialClone()) {
            List<CompareRange> ranges = history.plan(RangesConfig.daily());
            CompareRange last = ranges.get(ranges.size() - 1);
            assertEquals(five, last.head());
            Map<String, FileChange> got = new java.util.TreeMap<>();
            history.changes(last).forEach(c -> got.put(c.path(), c));
            Map<String, String> git = new java.util.TreeMap<>();
            origin.gitDiff(last.base().orElseThrow(), last.head()).forEach(c -> git.put(c.path(), c.status()));
            assertEquals(Map.of("docs/b.md", "M", "docs/c.md", "R", "docs/gone.md", "D", "docs/link", "T", "docs/new.md", "A",
                    "docs/t", "T"), git, "C git, with the contents");
            assertEquals(git.keySet(), got.keySet());
            assertEquals(ChangeStatus.RENAMED, got.get("docs/c.md").status(), "the same blob: an exact rename");
            assertEquals(Optional.of("docs/a.md"), got.get("docs/c.md").oldPath());
            assertEquals(100, got.get("docs/c.md").similarity());
            assertEquals(ChangeStatus.MODIFIED, got.get("docs/b.md").status(), "the mode alone");
            assertEquals(ChangeStatus.TYPE_CHANGED, got.get("docs/link").status(), "a file became a symlink to the text it held");
            assertEquals(ChangeStatus.TYPE_CHANGED, got.get("docs/t").status(), "and with another text: still T, lines not known");
            for (String known : List.of("docs/c.md", "docs/b.md", "docs/link")) {
                assertFalse(got.get(known).missing(), known + ": the same blob, no line changed");
                assertEquals(List.of(0, 0), List.of(got.get(known).additions(), got.get(known).deletions()), known);
            }
            for (String unknown : List.of("docs/t", "docs/gone.md", "docs/new.md")) {
                assertTrue(got.get(unknown).missing(), unknown + ": its lines are not known");
            }
            assertEquals(ChangeStatus.REMOVED, got.get("docs/gone.md").status());
            assertEquals(ChangeStatus.ADDED, got.get("docs/new.md").status());
        }
    }

    @Test
    void partialCloneNamesTheMissingObject() {
        origin.git("config", "uploadpack.allowFilter", "true");
        origin.git("clone", "-q", "--no-checkout", "--filter=blob:none", "file://" + dir.resolve("origin"), dir.resolve("partial").toString());
        DiffpressException e = assertThrows(DiffpressException.class, () -> plan(dir.resolve("partial"), "origin/main"));
        assertTrue(e.getMessage().contains("is missing from the repository"), e.getMessage());
        assertTrue(e.getMessage().matches("(?s).*[0-9a-f]{40} \\(docs/a\\.md\\) is missing.*"), "names the object and its file: " + e.getMessage());
        assertEquals(DiffpressException.Kind.INPUT, e.kind());
    }
}
