package io.diffpress.cli;

import io.diffpress.testing.GitFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A report lists the commits of its range that changed one of its files, against their first parent, as
 * {@code git diff --name-only C^ C} tells: not an empty commit, not a change undone later in the range, not another
 * section's change, even when the report's section holds every file the range changed (an audit found such a report
 * listing all of the day's commits).
 */
class SectionCommitsTest {

    @TempDir
    Path root;

    @Test
    void onlyTheCommitsThatChangedTheReportsFilesAreListed() throws IOException {
        GitFixture git = new GitFixture(Files.createDirectories(root.resolve("repo")));
        git.at("2024-05-01T10:00:00Z").write("docs/a.md", "# A\n").write("src/s.c", "int s;\n").commit("first day");
        git.at("2024-05-02T10:00:00Z").write("docs/a.md", "# A\n\nmore\n").commit("docs change");
        git.commit("empty");
        git.write("docs/tmp.md", "tmp\n").commit("add docs/tmp.md");
        git.delete("docs/tmp.md").commit("remove docs/tmp.md again");
        git.write("src/s.c", "int t;\n").commit("src-only change");
        git.write("src/s.c", "int s;\n").commit("src-only change reverted");
        // what C git says each commit of the day changed against its first parent
        List<String> changedByGit = git.git("log", "--first-parent", "--reverse", "--format=%s", "--name-only", "HEAD~6..HEAD")
            .lines().filter(l -> !l.isBlank()).toList();
        assertEquals(List.of("docs change", "docs/a.md", "empty", "add docs/tmp.md", "docs/tmp.md", "remove docs/tmp.md again",
            "docs/tmp.md", "src-only change", "src/s.c", "src-only change reverted", "src/s.c"), changedByGit);

        for (String sections : List.of("sections:\n  docs: docs/**\n  src: src/**\n", "sections:\n  docs: docs/**\n", "")) {
            Path portal = Files.createDirectories(root.resolve("portal" + sections.length()));
            Files.writeString(portal.resolve("site.yml"), "title: Docs\nbaseURL: https://o.github.io/r/\n"
                + "repository:\n  path: ../repo\n  branch: main\n" + sections);
            CliRun run = CliRun.of("generate", "--config", portal.resolve("site.yml").toString());
            assertEquals(0, run.exitCode(), run.err());
            String section = sections.isEmpty() ? "all" : "docs";
            String report = Files.readString(portal.resolve("content/" + section + "/2024-05-02.md"));
            List<String> subjects = report.lines().filter(l -> l.startsWith("  subject: ")).map(l -> l.substring(11)).toList();
            assertEquals(List.of("docs change"), subjects, sections + report);
        }
    }
}
