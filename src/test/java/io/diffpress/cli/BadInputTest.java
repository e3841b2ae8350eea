package io.diffpress.cli;

import io.diffpress.testing.GitFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each bad input gets one clear message, exit code 2, no stack trace, and nothing written. */
class BadInputTest {

    @TempDir
    Path dir;

    private Path portal(String repositoryBlock) throws IOException {
        Path portal = dir.resolve("portal");
        Files.createDirectories(portal);
        Files.writeString(portal.resolve("site.yml"), "title: Docs\nbaseURL: https://o.github.io/r/\n" + repositoryBlock);
        return portal.resolve("site.yml");
    }

    private void assertRefused(CliRun run, String expected) throws IOException {
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        assertEquals(1, run.err().strip().lines().count(), "one message: " + run.err());
        Path portal = dir.resolve("portal");
        if (Files.exists(portal)) {
            assertFalse(Files.exists(portal.resolve("public")), "no output written");
            if (Files.exists(portal.resolve("content"))) {
                try (Stream<Path> files = Files.walk(portal.resolve("content"))) {
                    assertEquals(1, files.count(), "no report written");
                }
            }
        }
    }

    @Test
    void missingSiteYml() throws IOException {
        assertRefused(CliRun.of("build", "--config", dir.resolve("nope/site.yml").toString()), "site.yml: no such file");
    }

    @Test
    void malformedSiteYml() throws IOException {
        Path config = portal("sections: [a\n");
        assertRefused(CliRun.of("build", "--config", config.toString()), "site.yml:4:1: malformed YAML: expected ',' or ']'");
    }

    @Test
    void unknownKey() throws IOException {
        Path config = portal("repositroy:\n  path: .\n");
        assertRefused(CliRun.of("generate", "--config", config.toString()), "unknown key 'repositroy' (did you mean 'repository'?)");
    }

    @Test
    void repositoryPathMissing() throws IOException {
        Path config = portal("repository:\n  path: ../does-not-exist\n");
        assertRefused(CliRun.of("generate", "--config", config.toString()), "does-not-exist does not exist");
    }

    @Test
    void notAGitRepository() throws IOException {
        Files.createDirectories(dir.resolve("plain"));
        Path config = portal("repository:\n  path: ../plain\n");
        assertRefused(CliRun.of("build", "--config", config.toString()), "is not inside a git repository");
    }

    @Test
    void emptyRepository() throws IOException {
        new GitFixture(Files.createDirectories(dir.resolve("empty")));
        Path config = portal("repository:\n  path: ../empty\n");
        assertRefused(CliRun.of("generate", "--config", config.toString()), "is empty: it has no commits yet");
    }

    @Test
    void missingBranch() throws IOException {
        GitFixture git = new GitFixture(Files.createDirectories(dir.resolve("repo")));
        git.write("a.md", "a\n").commit("one");
        Path config = portal("repository:\n  path: ../repo\n  branch: release\n");
        assertRefused(CliRun.of("generate", "--config", config.toString()), "'release' names no commit");
    }

    @Test
    void shallowClone() throws IOException {
        GitFixture git = new GitFixture(Files.createDirectories(dir.resolve("origin")));
        git.write("a.md", "a\n").commit("one");
        git.write("a.md", "b\n").commit("two");
        git.git("clone", "-q", "--depth", "1", "file://" + dir.resolve("origin"), dir.resolve("shallow").toString());
        Path config = portal("repository:\n  path: ../shallow\n");
        assertRefused(CliRun.of("generate", "--config", config.toString()), "fetch-depth: 0");
    }

    @Test
    void unknownCommitInRange() throws IOException {
        GitFixture git = new GitFixture(Files.createDirectories(dir.resolve("repo")));
        git.write("a.md", "a\n").commit("one");
        Path config = portal("repository:\n  path: ../repo\n");
        assertRefused(CliRun.of("generate", "--config", config.toString(), "--range", "deadbeef...main"), "'deadbeef' names no commit");
        assertRefused(CliRun.of("generate", "--config", config.toString(), "--range", "main"), "must look like BASE...HEAD");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("build", "--confg", "x");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("error: Unknown options: '--confg'"), run.err());
        assertTrue(run.err().contains("Run 'diffpress build --help' for its options."), run.err());
        assertFalse(run.err().contains("Usage:"), "the error, not buried under the whole usage: " + run.err());
    }

    @Test
    void outputFolderThatWouldDestroyWork() throws IOException {
        GitFixture git = new GitFixture(Files.createDirectories(dir.resolve("repo")));
        git.write("a.md", "a\n").commit("one");
        for (String output : new String[]{".", "content", "../repo", "/", ".."}) {
            Path config = portal("repository:\n  path: ../repo\noutput: '" + output + "'\n");
            CliRun run = CliRun.of("build", "--no-generate", "--config", config.toString());
            assertEquals(2, run.exitCode(), output + ": " + run.err());
            assertTrue(run.err().contains("output folder"), run.err());
        }
        Files.createDirectories(dir.resolve("portal/mine"));
        Files.writeString(dir.resolve("portal/mine/notes.txt"), "my notes");
        Path config = portal("output: mine\n");
        CliRun run = CliRun.of("build", "--config", config.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("was not made by diffpress"), run.err());
        assertEquals("my notes", Files.readString(dir.resolve("portal/mine/notes.txt")));
    }
}
