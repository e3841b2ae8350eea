package io.diffpress.history;

import io.diffpress.config.RepositoryConfig;
import io.diffpress.testing.GitFixture;
import io.diffpress.testing.GitFixture.GitChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Our per-file changes must be what C git reports for the same two commits with rename detection. */
class HistoryMatchesGitTest {

    @TempDir
    Path dir;

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
                .commit("initial"));
        commits.add(git.write("docs/intro.md", lines("intro", 40).replace("intro line 7\n", "intro line seven\n") + "appended\n")
                .write("docs/crlf.md", "one\r\ntwo changed\r\nthree\r\n")
                .write("docs/no-newline.md", "first\nlast\n")
                .write("docs/empty.md", "now text\n")
                .write("images/logo.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 9, 9})
                .commit("edits"));
        commits.add(git.move("docs/guide/setup.md", "docs/start/setup.md")
                .write("docs/start/setup.md", lines("setup", 60).replace("setup line 3\n", "setup line three\n"))
                .delete("docs/empty.md")
                .commit("rename with edit, delete"));
        commits.add(git.move("docs/start", "articles/start")
                .move("docs/intro.md", "articles/intro.md")
                .write("docs/ws.md", "a  b\n\tc\n")
                .commit("move a whole folder"));
        commits.add(git.write("docs/ws.md", "a b\n    c\n")
                .symlink("docs/link.md", "../articles/intro.md")
                .write("articles/intro.md", "rewritten entirely\n")
                .commit("whitespace-only change, symlink, rewrite"));
        commits.add(git.symlink("docs/link.md", "../articles/start/setup.md")
                .delete("docs/名前 with space.md")
                .write("docs/quote\"and<amp&.md", "hostile name\n")
                .commit("retarget symlink, odd names"));

        try (HistoryReader history = HistoryReader.open(new RepositoryConfig(dir, "main", Optional.empty()), ZoneId.of("UTC"), 5000)) {
            for (int i = 0; i < commits.size(); i++) {
                for (int j = i + 1; j < commits.size(); j++) {
                    assertSameAsGit(git, history, commits.get(i), commits.get(j));
                }
            }
        }
    }

    @Test
    void randomHistoriesMatchGit() {
        Random random = new Random(20251125L);
        GitFixture git = new GitFixture(dir);
        List<String> files = new ArrayList<>();
        List<String> commits = new ArrayList<>();
        String[] words = {"alpha", "beta", "gamma", "", "delta", "```", "| a | b |", "- item", "# Heading", "  indented"};
        for (int c = 0; c < 25; c++) {
            int ops = 1 + random.nextInt(4);
            for (int o = 0; o < ops; o++) {
                int op = files.isEmpty() ? 0 : random.nextInt(5);
                switch (op) {
                    case 0 -> {
                        String path = "d" + random.nextInt(3) + "/f" + c + "_" + o + ".md";
                        files.add(path);
                        git.write(path, randomText(random, words, 5 + random.nextInt(40)));
                    }
                    case 1, 2 -> {
                        String path = files.get(random.nextInt(files.size()));
                        git.write(path, mutate(random, words, read(dir.resolve(path))));
                    }
                    case 3 -> {
                        String path = files.remove(random.nextInt(files.size()));
                        git.delete(path);
                    }
                    default -> {
                        String from = files.remove(random.nextInt(files.size()));
                        String to = "moved" + c + "/" + from.substring(from.indexOf('/') + 1);
                        git.move(from, to);
                        files.add(to);
                        if (random.nextBoolean()) {
                            git.write(to, mutate(random, words, read(dir.resolve(to))));
                        }
                    }
                }
            }
            commits.add(git.commit("random " + c));
        }
        try (HistoryReader history = HistoryReader.open(new RepositoryConfig(dir, "main", Optional.empty()), ZoneId.of("UTC"), 5000)) {
            for (int i = 0; i + 1 < commits.size(); i++) {
                assertSameAsGit(git, history, commits.get(i), commits.get(i + 1));
            }
            for (int k = 0; k < 30; k++) {
                int a = random.nextInt(commits.size());
                int b = random.nextInt(commits.size());
                if (a != b) {
                    assertSameAsGit(git, history, commits.get(Math.min(a, b)), commits.get(Math.max(a, b)));
                }
            }
        }
    }

    private static void assertSameAsGit(GitFixture git, HistoryReader history, String base, String head) {
        List<GitChange> expected = git.gitDiff(base, head);
        List<FileChange> actual = history.changes(new CompareRange(Optional.of(base), head, java.time.LocalDate.EPOCH, List.of()));
        String where = base.substring(0, 7) + ".." + head.substring(0, 7);
        assertEquals(describeGit(expected), describeOurs(actual), "changes of " + where);
    }

    private static String describeGit(List<GitChange> changes) {
        return changes.stream().map(c -> c.status() + " " + (c.oldPath().isEmpty() ? "" : c.oldPath() + " -> ") + c.path()
                + (c.binary() ? " binary" : " +" + c.additions() + " -" + c.deletions())).collect(Collectors.joining("\n"));
    }

    private static String describeOurs(List<FileChange> changes) {
        return changes.stream().map(c -> letter(c.status()) + " " + c.oldPath().map(p -> p + " -> ").orElse("") + c.path()
                + (c.binary() ? " binary" : " +" + c.additions() + " -" + c.deletions())).collect(Collectors.joining("\n"));
    }

    private static String letter(ChangeStatus status) {
        return switch (status) {
            case ADDED -> "A";
            case MODIFIED -> "M";
            case REMOVED -> "D";
            case RENAMED -> "R";
            case COPIED -> "C";
        };
    }

    static String lines(String word, int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            text.append(word).append(" line ").append(i).append('\n');
        }
        return text.toString();
    }

    private static String randomText(Random random, String[] words, int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? " " + i : "").append('\n');
        }
        return random.nextInt(6) == 0 ? text.toString().stripTrailing() : text.toString();
    }

    private static String mutate(Random random, String[] words, String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(3)) {
                case 0 -> lines.add(at, words[random.nextInt(words.length)]);
                case 1 -> { if (lines.size() > 1) { lines.remove(at); } }
                default -> lines.set(at, words[random.nextInt(words.length)] + " changed");
            }
        }
        return String.join("\n", lines);
    }

    private static String read(Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void diffTextIsWhatGitPrints() {
        GitFixture git = new GitFixture(dir);
        String base = git.write("a.md", "# Title\n\nintro\n\n## Section\n\none\ntwo\nthree\nfour\nfive\nsix\nseven\n").commit("one");
        String head = git.write("a.md", "# Title\n\nintro\n\n## Section\n\none\ntwo\nthree\nfour\nFIVE\nsix\nseven").commit("two");
        try (HistoryReader history = HistoryReader.open(new RepositoryConfig(dir, "main", Optional.empty()), ZoneId.of("UTC"), 5000)) {
            FileChange change = history.changes(new CompareRange(Optional.of(base), head, java.time.LocalDate.EPOCH, List.of())).get(0);
            String gitText = git.git("diff", base, head);
            String hunks = gitText.substring(gitText.indexOf("@@"));
            assertEquals(hunks, change.diff());
            assertTrue(change.diff().startsWith("@@ -8,6 +8,6 @@ ## Section") || change.diff().startsWith("@@ -8,6 +8,6 @@"), change.diff());
            assertFalse(change.diffCut());
        }
    }
}
