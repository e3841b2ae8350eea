package io.diffpress.cli;

import io.diffpress.config.RepositoryConfig;
import io.diffpress.testing.GitFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The range metadata of a report: SHAs, totals and pull request links, in front matter and body. */
class ReportMetadataTest {

    @TempDir
    Path dir;

    @Test
    void pullRequestPagesFollowTheCompareUrlsHost() {
        assertEquals(Optional.of("https://github.com/o/r/pull/7"), repo("https://github.com/o/r/compare/{base}...{head}").pullRequestUrl(7));
        assertEquals(Optional.of("https://gitlab.com/g/sub/p/-/merge_requests/7"),
                repo("https://gitlab.com/g/sub/p/-/compare/{base}...{head}").pullRequestUrl(7));
        assertEquals(Optional.of("https://dev.azure.com/org/proj/_git/docs/pullrequest/7"),
                repo("https://dev.azure.com/org/proj/_git/docs/branchCompare?baseVersion=GC{base}&targetVersion=GC{head}").pullRequestUrl(7));
        assertEquals(Optional.empty(), repo("https://git.example.com/compare?from={base}&to={head}").pullRequestUrl(7));
        assertEquals(Optional.empty(), new RepositoryConfig(dir, "main", Optional.empty()).pullRequestUrl(7));
    }

    private RepositoryConfig repo(String compareUrl) {
        return new RepositoryConfig(dir, "main", Optional.of(compareUrl));
    }

    @Test
    void commitPagesFollowTheCompareUrlsHost() {
        assertEquals(Optional.of("https://github.com/o/r/commit/abc"), repo("https://github.com/o/r/compare/{base}...{head}").commitUrl("abc"));
        assertEquals(Optional.of("https://gitlab.com/g/p/-/commit/abc"), repo("https://gitlab.com/g/p/-/compare/{base}...{head}").commitUrl("abc"));
        assertEquals(Optional.of("https://dev.azure.com/org/proj/_git/docs/commit/abc"),
                repo("https://dev.azure.com/org/proj/_git/docs/branchCompare?baseVersion=GC{base}&targetVersion=GC{head}").commitUrl("abc"));
        assertEquals(Optional.empty(), repo("https://git.example.com/compare?from={base}&to={head}").commitUrl("abc"));
        // what a range from the start of history links to: its files, there being no commit to compare with
        assertEquals(Optional.of("https://github.com/o/r/tree/abc"), repo("https://github.com/o/r/compare/{base}...{head}").treeUrl("abc"));
        assertEquals(Optional.of("https://gitlab.com/g/p/-/tree/abc"), repo("https://gitlab.com/g/p/-/compare/{base}...{head}").treeUrl("abc"));
        assertEquals(Optional.of("https://dev.azure.com/org/proj/_git/docs?version=GCabc"),
                repo("https://dev.azure.com/org/proj/_git/docs/branchCompare?baseVersion=GC{base}&targetVersion=GC{head}").treeUrl("abc"));
        assertEquals(Optional.empty(), repo("https://git.example.com/compare?from={base}&to={head}").treeUrl("abc"));
    }

    @Test
    void reportsNameTheirCommitsTotalsAndPullRequests() throws Exception {
        GitFixture git = new GitFixture(Files.createDirectories(dir.resolve("repo")));
        String base = git.at("2025-06-19T10:00:00Z").write("docs/a.md", "# A\n\none\n").commit("first");
        git.git("checkout", "-q", "-b", "topic");
        git.at("2025-06-20T09:00:00Z").write("docs/a.md", "# A\n\none\ntwo\n").write("docs/b.md", "b\n").commit("topic work");
        git.git("checkout", "-q", "main");
        String merge = git.at("2025-06-20T10:00:00Z").merge("topic", "Merge pull request #42 from o/topic");
        Path portal = Files.createDirectories(dir.resolve("portal"));
        Files.writeString(portal.resolve("site.yml"), """
                title: t
                baseURL: https://o.github.io/r/
                repository:
                  path: ../repo
                  compareUrl: https://github.com/o/r/compare/{base}...{head}
                """);
        CliRun run = CliRun.of("build", "--config", portal.resolve("site.yml").toString());
        assertEquals(0, run.exitCode(), run.err());
        String report = Files.readString(portal.resolve("content/all/2025-06-20.md"));
        Map<String, Object> front = new Yaml().load(report.substring(4, report.indexOf("\n---\n", 4)));
        Map<?, ?> range = (Map<?, ?>) front.get("range");
        assertEquals(base, range.get("base"));
        assertEquals(merge, range.get("head"));
        assertEquals(Map.of("files", 2, "additions", 2, "deletions", 0), front.get("totals"));
        assertTrue(front.get("summary").toString().startsWith("2 files changed in “all”:"), "plain text: " + front.get("summary"));
        List<?> commits = (List<?>) front.get("commits");
        assertEquals(1, commits.size(), "first-parent commits: the merge only");
        Map<?, ?> commit = (Map<?, ?>) commits.get(0);
        assertEquals(42, commit.get("pr"));
        assertEquals("https://github.com/o/r/pull/42", commit.get("prUrl"));

        assertTrue(report.contains("Compared `" + base.substring(0, 7) + "` with `" + merge.substring(0, 7)
                + "`. Files: 2, lines added: 2, deleted: 0."), report);
        assertTrue(report.contains("- [`" + merge.substring(0, 7) + "`](https://github.com/o/r/commit/" + merge + ") Merge pull request \\#42 from o/topic (Fixture Author, 2025-06-20, [#42](https://github.com/o/r/pull/42))"),
                report);

        // The report page links the commit and its pull request.
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(portal.resolve("public/all/2025-06-20/index.html").toFile(), "UTF-8");
        // The body lists the commits (with their links); the page does not list them again.
        assertEquals(0, page.select("section.commits").size());
        assertEquals(1, page.select("#commits").size());
        org.jsoup.nodes.Element item = page.selectFirst("#commits + ul li");
        assertEquals("https://github.com/o/r/commit/" + merge, item.selectFirst("a").attr("href"));
        assertEquals(merge.substring(0, 7), item.selectFirst("a").text());
        assertEquals("https://github.com/o/r/pull/42", item.select("a").get(1).attr("href"));
        assertEquals("#42", item.select("a").get(1).text());

        // The first day has no commit before it to compare with: it links the files at its head.
        String first = Files.readString(portal.resolve("content/all/2025-06-19.md"));
        assertTrue(first.contains("permalink: https://github.com/o/r/tree/" + base + "\n"), first);
        assertTrue(first.contains("(https://github.com/o/r/tree/" + base + ")"), first);
        assertFalse(first.contains("/compare/"), "no compare view with git's empty tree, which GitHub cannot show: " + first);
        assertTrue(report.contains("permalink: https://github.com/o/r/compare/" + base + "..." + merge + "\n"), report);
    }
}
