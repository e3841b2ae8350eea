package io.diffpress.history;

import io.diffpress.config.RepositoryConfig;
import io.diffpress.testing.GitFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Our per-file changes must be what C git reports for the same two commits with rename detection. */
class HistoryMatchesGitTest {

    /** No cut in tests: every hunk is compared with git's. */
    private static final int ALL_LINES = Integer.MAX_VALUE;

    @TempDir
    Path dir;

    private HistoryReader open() {
        return HistoryReader.open(new RepositoryConfig(dir, "main", Optional.empty()), ZoneId.of("UTC"), ALL_LINES);
    }

    @Test
    void everyKindOfChangeMatchesGit() {
        GitFixture git = new GitFixture(dir);
        List<String> commits = new ArrayList<>();
        commits.add(git.write("docs/intro.md", lines("intro", 40))
                .write("docs/guide/setup.md", lines("setup", 60))
                .write("docs/crlf.md", "one\r\ntwo\r\nthree\r\n")
                .write("docs/no-newline.md", "first\nlast")
                .write("docs/empty.md", "")
                .write("images/logo.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3})
                .write("docs/名前 with space.md", "unicode\nname\n")
                .write("tools/run.sh", "#!/bin/sh\necho run\n")
                .commit("initial"));
        commits.add(git.write("docs/intro.md", lines("intro", 40).replace("intro line 7\n", "intro line seven\n") + "appended\n")
                .write("docs/crlf.md", "one\r\ntwo changed\r\nthree\r\n")
                .write("docs/no-newline.md", "first\nlast\n")
                .write("docs/empty.md", "now text\n")
                .write("images/logo.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 9, 9})
                .executable("tools/run.sh", true)
                .commit("edits, mode change"));
        commits.add(git.move("docs/guide/setup.md", "docs/start/setup.md")
                .write("docs/start/setup.md", lines("setup", 60).replace("setup line 3\n", "setup line three\n"))
                .delete("docs/empty.md")
                .move("images/logo.png", "img/logo.png")
                .move("tools/run.sh", "bin/run.sh").executable("bin/run.sh", false)
                .commit("rename with edit, delete, binary rename, rename no longer executable"));
        commits.add(git.move("docs/start", "articles/start")
                .move("docs/intro.md", "articles/intro.md")
                .write("docs/ws.md", "a  b\n\tc\n")
                .write("bin/run.sh", "#!/bin/sh\necho run\necho more\n").executable("bin/run.sh", true)
                .commit("move a whole folder, edit made executable"));
        commits.add(git.write("docs/ws.md", "a b\n    c\n")
                .symlink("docs/link.md", "../articles/intro.md")
                .write("articles/intro.md", "rewritten entirely\n")
                .commit("whitespace-only change, symlink, rewrite"));
        commits.add(git.symlink("docs/link.md", "../articles/start/setup.md")
                .delete("docs/名前 with space.md")
                .write("docs/quote\"and<amp&.md", "hostile name\n")
                .delete("docs/ws.md").symlink("docs/ws.md", "elsewhere.md")
                .commit("retarget symlink, odd names, file becomes a symlink"));
        commits.add(submodule(git, "vendor/lib", "first")
                .move("docs/link.md", "docs/moved-link.md")
                .delete("docs/ws.md").write("docs/ws.md", "a file again\n")
                .commit("submodule, renamed symlink, symlink becomes a file"));
        commits.add(submodule(git, "vendor/lib", "second").commit("submodule moves on"));
        commits.add(git.move("vendor/lib", "third_party/lib").commit("submodule moves"));

        try (HistoryReader history = open()) {
            for (int i = 0; i < commits.size(); i++) {
                for (int j = i + 1; j < commits.size(); j++) {
                    SameAsGit.assertRange(git, history, commits.get(i), commits.get(j));
                }
            }
            List<FileChange> typeChange = changes(history, commits.get(4), commits.get(5));
            FileChange ws = typeChange.stream().filter(f -> f.path().equals("docs/ws.md")).findFirst().orElseThrow();
            assertEquals(ChangeStatus.TYPE_CHANGED, ws.status());
            assertEquals(FileKind.SYMLINK, ws.kind());
            // the submodule moved on: insight names the two commits git records for it
            int bump = commits.size() - 2;
            FileChange lib = changes(history, commits.get(bump - 1), commits.get(bump)).stream()
                    .filter(f -> f.path().equals("vendor/lib")).findFirst().orElseThrow();
            String before = git.git("rev-parse", commits.get(bump - 1) + ":vendor/lib").strip();
            String after = git.git("rev-parse", commits.get(bump) + ":vendor/lib").strip();
            String explanation = new io.diffpress.insight.InsightWriter(java.util.Locale.US).explain(lib).explanation();
            assertTrue(explanation.contains("`" + after.substring(0, 12) + "` instead of `" + before.substring(0, 12) + "`"), explanation);
        }
    }

    @Test
    void fileNamesThatAreNotUtf8StayApartFromTheirLookAlikes() throws Exception {
        GitFixture git = new GitFixture(dir);
        String base = git.write("docs/intro.md", "intro\n").commit("initial");
        // "café.md" in Latin-1 bytes and in UTF-8, two files to git: written through the index, as a file system
        // with UTF-8 names would not take the Latin-1 one from Java
        String head;
        try (org.eclipse.jgit.lib.Repository repo = new org.eclipse.jgit.storage.file.FileRepositoryBuilder()
                .setGitDir(dir.resolve(".git").toFile()).build();
             org.eclipse.jgit.lib.ObjectInserter inserter = repo.newObjectInserter()) {
            org.eclipse.jgit.dircache.DirCache index = org.eclipse.jgit.dircache.DirCache.newInCore();
            org.eclipse.jgit.dircache.DirCacheBuilder builder = index.builder();
            byte[][] names = {"docs/caf\u00e9.md".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                    "docs/caf\u00e9.md".getBytes(java.nio.charset.StandardCharsets.UTF_8), "docs/intro.md".getBytes(java.nio.charset.StandardCharsets.UTF_8)};
            String[] texts = {"latin1 name\n", "utf8 name\ntwo\n", "intro\n"};
            for (int i = 0; i < names.length; i++) {
                org.eclipse.jgit.dircache.DirCacheEntry entry = new org.eclipse.jgit.dircache.DirCacheEntry(names[i]);
                entry.setFileMode(org.eclipse.jgit.lib.FileMode.REGULAR_FILE);
                entry.setObjectId(inserter.insert(org.eclipse.jgit.lib.Constants.OBJ_BLOB, texts[i].getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                builder.add(entry);
            }
            builder.finish();
            org.eclipse.jgit.lib.CommitBuilder commit = new org.eclipse.jgit.lib.CommitBuilder();
            commit.setTreeId(index.writeTree(inserter));
            commit.setParentId(org.eclipse.jgit.lib.ObjectId.fromString(base));
            org.eclipse.jgit.lib.PersonIdent who = new org.eclipse.jgit.lib.PersonIdent("T", "t@example.com",
                    java.time.Instant.parse("2025-01-02T00:00:00Z"), ZoneId.of("UTC"));
            commit.setAuthor(who);
            commit.setCommitter(who);
            commit.setMessage("two names that read alike");
            org.eclipse.jgit.lib.ObjectId id = inserter.insert(commit);
            inserter.flush();
            org.eclipse.jgit.lib.RefUpdate update = repo.updateRef("refs/heads/main");
            update.setNewObjectId(id);
            update.forceUpdate();
            head = id.name();
        }
        try (HistoryReader history = open()) {
            SameAsGit.assertRange(git, history, base, head);
            assertEquals(List.of("docs/caf\u00e9.md", "docs/caf\uFFFD.md"), changes(history, base, head).stream().map(FileChange::path).toList());
        }
    }

    /** A nested repository with one more commit, which {@code git add -A} records as a submodule entry. */
    private static GitFixture submodule(GitFixture git, String path, String text) {
        git.write(path + "/README", text + "\n");
        Path sub = git.dir().resolve(path);
        if (!Files.isDirectory(sub.resolve(".git"))) {
            git.git("-C", path, "init", "-q");
        }
        git.git("-C", path, "add", "-A");
        git.git("-C", path, "-c", "user.name=Sub", "-c", "user.email=sub@example.com", "commit", "-q", "-m", text);
        return git;
    }

    private static List<FileChange> changes(HistoryReader history, String base, String head) {
        return history.changes(new CompareRange(Optional.of(base), head, LocalDate.EPOCH, List.of()));
    }

    @ParameterizedTest
    @ValueSource(longs = {20251125L, 7L, 424242L, 99991L})
    void randomHistoriesMatchGit(long seed) {
        RandomHistory history = new RandomHistory(seed, new GitFixture(dir));
        List<String> commits = history.build(28);
        try (HistoryReader reader = open()) {
            for (int i = 0; i + 1 < commits.size(); i++) {
                SameAsGit.assertRange(history.git(), reader, commits.get(i), commits.get(i + 1));
            }
            java.util.Random random = new java.util.Random(seed);
            for (int k = 0; k < 12; k++) {
                int a = random.nextInt(commits.size());
                int b = random.nextInt(commits.size());
                if (a != b) {
                    SameAsGit.assertRange(history.git(), reader, commits.get(Math.min(a, b)), commits.get(Math.max(a, b)));
                }
            }
            // The ranges generate plans: one per first-parent commit, merges included, each equal to git.
            List<CompareRange> planned = reader.plan(new io.diffpress.config.RangesConfig("commits", Optional.empty(), Optional.empty()));
            List<String> firstParent = List.of(history.git().git("rev-list", "--first-parent", "--reverse", "main").trim().split("\n"));
            assertEquals(firstParent, planned.stream().map(CompareRange::head).toList());
            assertTrue(planned.stream().anyMatch(r -> r.label().startsWith("pr-")), "the history has merged pull requests");
            for (CompareRange range : planned.subList(1, planned.size())) {
                SameAsGit.assertRange(history.git(), reader, range.base().orElseThrow(), range.head());
            }
        }
    }

    /** The generate command asks for ranges from several threads at once. */
    @Test
    void rangesComputedConcurrentlyAreTheSame() throws Exception {
        RandomHistory random = new RandomHistory(31L, new GitFixture(dir));
        List<String> commits = random.build(16);
        try (HistoryReader history = open()) {
            List<List<FileChange>> sequential = new ArrayList<>();
            for (int i = 0; i + 1 < commits.size(); i++) {
                sequential.add(changes(history, commits.get(i), commits.get(i + 1)));
            }
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                for (int round = 0; round < 3; round++) {
                    List<java.util.concurrent.Future<List<FileChange>>> futures = new ArrayList<>();
                    for (int i = 0; i + 1 < commits.size(); i++) {
                        String base = commits.get(i);
                        String head = commits.get(i + 1);
                        futures.add(pool.submit(() -> changes(history, base, head)));
                    }
                    for (int i = 0; i < futures.size(); i++) {
                        assertEquals(sequential.get(i), futures.get(i).get(), "range " + i);
                    }
                }
            } finally {
                pool.shutdown();
            }
        }
    }

    /**
     * Identical deleted files: git takes the first unused source with the same blob, except when
     * the number of sources makes its hashmap rehash on the last insertion (205, 3277, ...),
     * which reverses the order.
     */
    @ParameterizedTest
    @ValueSource(ints = {3, 204, 205, 206})
    void exactRenameTieBreaksMatchGit(int sources) {
        GitFixture git = new GitFixture(dir);
        for (int i = 0; i < sources; i++) {
            git.write(String.format("old/s%03d.txt", i), "same content\n");
        }
        git.write("old/keep.md", "same content\n");
        String base = git.commit("identical files");
        git.delete("old");
        git.write("new/x.md", "same content\n").write("new/y.md", "same content\n").write("new/keep.md", "same content\n")
                .write("new/s001.txt", "same content\n");
        String head = git.commit("moved");
        try (HistoryReader history = open()) {
            SameAsGit.assertRange(git, history, base, head);
            assertEquals(RenameMatcher.hashmapReversesChains(sources + 1), sources + 1 == 205);
        }
    }

    /** diff.renameLimit of the repository bounds inexact detection; exact renames are still found. */
    @ParameterizedTest
    @ValueSource(ints = {2, 3, 0})
    void renameLimitMatchesGit(int limit) {
        GitFixture git = new GitFixture(dir);
        for (int i = 0; i < 3; i++) {
            git.write("a/f" + i + ".md", lines("file " + i, 30));
            git.write("a/exact" + i + ".md", lines("exact " + i, 10));
        }
        String base = git.commit("files");
        for (int i = 0; i < 3; i++) {
            git.delete("a/f" + i + ".md").write("b/g" + i + ".md", lines("file " + i, 30).replace("line 5\n", "line five\n"));
            git.move("a/exact" + i + ".md", "b/other" + i + ".md");
        }
        String head = git.commit("renamed with edits");
        git.git("config", "diff.renameLimit", String.valueOf(limit));
        try (HistoryReader history = open()) {
            SameAsGit.assertRange(git, history, base, head);
            long renamed = changes(history, base, head).stream().filter(f -> f.status() == ChangeStatus.RENAMED).count();
            assertEquals(limit == 2 ? 3 : 6, renamed);
        }
    }

    /**
     * A unique basename on both sides is tried first and taken at 75% similarity even when another
     * file is more similar; below 75% the full matrix decides and the most similar file wins.
     */
    @ParameterizedTest
    @ValueSource(ints = {13, 17})
    void sameBasenameIsPreferredAtSeventyFivePercent(int keptOfTwenty) {
        GitFixture git = new GitFixture(dir);
        String original = lines("source", 20);
        String base = git.write("a/page.md", original).commit("one page");
        git.delete("a/page.md")
                .write("b/page.md", keep(original, keptOfTwenty))
                .write("b/other.md", keep(original, 19));
        String head = git.commit("two candidates");
        try (HistoryReader history = open()) {
            SameAsGit.assertRange(git, history, base, head);
            FileChange renamed = changes(history, base, head).stream().filter(f -> f.status() == ChangeStatus.RENAMED)
                    .findFirst().orElseThrow();
            assertEquals(keptOfTwenty == 17 ? "b/page.md" : "b/other.md", renamed.path());
        }
    }

    /** The first {@code kept} lines of {@code text}, the rest rewritten. */
    private static String keep(String text, int kept) {
        String[] lines = text.split("\n");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            out.append(i < kept ? lines[i] : "rewritten " + i).append('\n');
        }
        return out.toString();
    }

    static String lines(String word, int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            text.append(word).append(" line ").append(i).append('\n');
        }
        return text.toString();
    }

    /** A file that became binary keeps the text it had, and one that became text its new text, so insight can say so. */
    @Test
    void aFileThatBecameBinaryKeepsItsTextSide() {
        GitFixture git = new GitFixture(dir);
        String text = git.write("data/table.csv", "a,b\n1,2\n3,4\n").commit("text");
        String binary = git.write("data/table.csv", new byte[]{'P', 'K', 3, 4, 0, 0, 1}).commit("now binary");
        String again = git.write("data/table.csv", "a,b\n5,6\n").commit("text again");
        try (HistoryReader history = open()) {
            SameAsGit.assertRange(git, history, text, binary);
            SameAsGit.assertRange(git, history, binary, again);
            FileChange became = changes(history, text, binary).get(0);
            assertTrue(became.binary());
            assertEquals(Optional.of("a,b\n1,2\n3,4\n"), became.oldText());
            assertEquals(Optional.empty(), became.newText());
            FileChange back = changes(history, binary, again).get(0);
            assertEquals(Optional.empty(), back.oldText());
            assertEquals(Optional.of("a,b\n5,6\n"), back.newText());
            String told = new io.diffpress.insight.InsightWriter(java.util.Locale.US).explain(became).explanation();
            assertTrue(told.contains("The file held 3 lines of text and is now binary, so no lines are compared."), told);
            String toldBack = new io.diffpress.insight.InsightWriter(java.util.Locale.US).explain(back).explanation();
            assertTrue(toldBack.contains("The file was binary and is now 2 lines of text, so no lines are compared."), toldBack);
        }
    }

    /** A text file that grows past core.bigFileThreshold is binary to git, but did not become binary (a review). */
    @Test
    void aTextFileAboveTheBigFileThresholdIsNotSaidToHaveBecomeBinary() {
        GitFixture git = new GitFixture(dir);
        git.git("config", "core.bigFileThreshold", "1k");
        String small = git.write("data/table.csv", "a,b\n" + "1,2\n".repeat(200)).commit("900 bytes");
        String big = git.write("data/table.csv", "a,b\n" + "1,2\n".repeat(300)).commit("1.2 kB");
        try (HistoryReader history = open()) {
            SameAsGit.assertRange(git, history, small, big);
            FileChange grown = changes(history, small, big).get(0);
            assertTrue(grown.binary(), "as git counts it");
            assertEquals(Optional.empty(), grown.oldText(), "the smaller side is text, but the other one was not read");
            assertEquals(Optional.empty(), grown.newText());
            String told = new io.diffpress.insight.InsightWriter(java.util.Locale.US).explain(grown).explanation();
            assertFalse(told.contains("now binary"), told);
        }
    }

    /** A file of one long line (minified, generated) is cut by bytes: its lines are few, and each is huge. */
    @Test
    void diffsOfLongLinesAreCutAtTheLimitOfBytes() {
        GitFixture git = new GitFixture(dir);
        String base = git.write("data.json", "[" + "1,".repeat(10_000) + "1]\n").commit("one");
        String head = git.write("data.json", "[" + "2,".repeat(10_000) + "2]\nsecond line\n").commit("two");
        try (HistoryReader history = HistoryReader.open(new RepositoryConfig(dir, "main", Optional.empty()), ZoneId.of("UTC"), 10)) {
            FileChange change = changes(history, base, head).get(0);
            assertTrue(change.diffCut());
            assertTrue(change.diff().length() <= 10 * FileChange.DIFF_BYTES_PER_LINE, change.diff().length() + " bytes");
            assertTrue(change.diff().startsWith("@@ -1 +1,2 @@\n"), change.diff());
            assertEquals(2, change.additions());
            assertEquals(1, change.deletions());
        }
    }

    @Test
    void diffTextIsWhatGitPrints() {
        GitFixture git = new GitFixture(dir);
        String base = git.write("a.md", "# Title\n\nintro\n\n## Section\n\none\ntwo\nthree\nfour\nfive\nsix\nseven\n").commit("one");
        String head = git.write("a.md", "# Title\n\nintro\n\n## Section\n\none\ntwo\nthree\nfour\nFIVE\nsix\nseven").commit("two");
        try (HistoryReader history = open()) {
            FileChange change = changes(history, base, head).get(0);
            String gitText = git.git("diff", base, head);
            String hunks = gitText.substring(gitText.indexOf("@@"));
            assertEquals(hunks, change.diff());
            assertTrue(change.diff().startsWith("@@ -8,6 +8,6 @@ ## Section") || change.diff().startsWith("@@ -8,6 +8,6 @@"), change.diff());
            assertFalse(change.diffCut());
            // the line diff the hunks were written from is handed on: "five" and the last line (its line feed gone)
            LineEdits edits = change.edits().orElseThrow();
            assertEquals(new LineEdits(new int[] {10, 10, 1, 1, 12, 12, 1, 1}, 13, 13), edits);
            // and where its lines start in the bytes: "FIVE\n" is line 10 of the new version, "seven" (no line feed) its last
            assertTrue(edits.hasOffsets());
            assertEquals(47, edits.newOffset(10));
            assertEquals(52, edits.newOffset(11));
            assertEquals(61, edits.newOffset(13));
            assertEquals(62, edits.oldOffset(13));
        }
    }

    @Test
    void longDiffsAreCutAtTheLimit() {
        GitFixture git = new GitFixture(dir);
        String base = git.write("a.md", lines("old", 50)).commit("one");
        String head = git.write("a.md", lines("new", 50)).commit("two");
        try (HistoryReader history = HistoryReader.open(new RepositoryConfig(dir, "main", Optional.empty()), ZoneId.of("UTC"), 10)) {
            FileChange change = changes(history, base, head).get(0);
            assertTrue(change.diffCut());
            assertEquals(10, change.diff().split("\n", -1).length - 1);
            assertEquals(50, change.additions());
            assertEquals(50, change.deletions());
        }
    }
}
