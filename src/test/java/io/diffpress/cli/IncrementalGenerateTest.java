package io.diffpress.cli;

import io.diffpress.testing.GitFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code generate} works out from content/ what is already reported and does only the rest. */
class IncrementalGenerateTest {

    @TempDir
    Path dir;

    private GitFixture git;
    private Path config;

    @BeforeEach
    void portal() throws IOException {
        git = new GitFixture(Files.createDirectories(dir.resolve("repo")));
        git.at("2025-06-19T01:00:00Z").write("docs/a.md", "# A\n\none\n").write("api/x.md", "x\n").commit("first");
        git.at("2025-06-20T01:00:00Z").write("docs/a.md", "# A\n\none\ntwo\n").commit("second");
        git.at("2025-06-21T01:00:00Z").write("api/x.md", "y\n").write("other/z.txt", "z\n").commit("third");
        git.at("2025-06-22T01:00:00Z").write("other/z.txt", "zz\n").commit("outside every section");
        config = writeConfig("[{locale}] Diff Insight Report - {section}");
    }

    private Path writeConfig(String reportTitle) throws IOException {
        Path portal = Files.createDirectories(dir.resolve("portal"));
        Files.writeString(portal.resolve("site.yml"), """
                title: Docs changes
                baseURL: https://o.github.io/r/
                reportTitle: "%s"
                repository:
                  path: ../repo
                  branch: main
                sections:
                  docs: docs/**
                  api: api/**
                """.formatted(reportTitle));
        return portal.resolve("site.yml");
    }

    @Test
    void aRerunReadsNoFileContents() throws IOException {
        CliRun first = CliRun.of("generate", "--config", config.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("4 ranges, 4 reports written, 0 up to date"), first.out());
        // A report is shared and committed: it gets the mode of any new file here, not owner-only 0600.
        Path probe = Files.createFile(dir.resolve("portal/content/probe"));
        if (Files.getFileStore(probe).supportsFileAttributeView("posix")) {
            assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(dir.resolve("portal/content/docs/2025-06-20.md")));
        }
        Files.delete(probe);

        // Without a single blob the history can no longer be diffed: a rerun that still succeeds
        // decided everything from content/ and the changed paths of each range.
        int removed = deleteLooseBlobs();
        assertTrue(removed >= 5, "blobs removed: " + removed);
        CliRun again = CliRun.of("generate", "--config", config.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("4 ranges, 0 reports written, 4 up to date"), again.out());

        // Deleting one report brings it back; with the blobs gone that range must now be diffed and fails,
        // naming the missing object: proof that only that range is computed.
        Files.delete(dir.resolve("portal/content/docs/2025-06-20.md"));
        CliRun missing = CliRun.of("generate", "--config", config.toString());
        assertEquals(2, missing.exitCode(), missing.out());
        assertTrue(missing.err().contains("is missing from the repository"), missing.err());
    }

    @Test
    void onlyNewRangesAreWrittenAndForceRewritesUntouchedReports() throws IOException {
        assertEquals(0, CliRun.of("generate", "--config", config.toString()).exitCode());
        git.at("2025-06-23T01:00:00Z").write("docs/b.md", "# B\n").commit("fifth");
        CliRun next = CliRun.of("generate", "--config", config.toString());
        assertEquals(0, next.exitCode(), next.err());
        assertTrue(next.out().contains("5 ranges, 1 report written, 4 up to date"), next.out());
        assertTrue(Files.exists(dir.resolve("portal/content/docs/2025-06-23.md")));

        // A new title pattern: existing reports stay as they are until --force regenerates the untouched ones.
        Path report = dir.resolve("portal/content/api/2025-06-21.md");
        Path edited = dir.resolve("portal/content/docs/2025-06-20.md");
        Files.writeString(edited, Files.readString(edited).replace("# Highlights\n", "# Highlights\nBy hand.\n"));
        writeConfig("Changes to {section} on {date}");
        CliRun plain = CliRun.of("generate", "--config", config.toString());
        assertTrue(plain.out().contains("0 reports written, 4 up to date, 1 edited by hand and kept"), plain.out());
        assertTrue(Files.readString(report).contains("title: '[en_US] Diff Insight Report - api'"));

        CliRun forced = CliRun.of("generate", "--force", "--config", config.toString());
        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(forced.out().contains("4 reports written, 0 up to date, 1 edited by hand and kept"), forced.out());
        assertTrue(Files.readString(report).contains("title: Changes to api on 2025-06-21"), Files.readString(report));
        assertTrue(Files.readString(edited).contains("By hand."));
        assertFalse(Files.readString(edited).contains("Changes to docs"), "the edited report keeps its old title");
    }

    /** Reports written before a change of locale are named in a warning until --force writes them again in the new one. */
    @Test
    void reportsOfAnotherLocaleAreNamedUntilForced() throws IOException {
        assertEquals(0, CliRun.of("generate", "--config", config.toString()).exitCode());
        Path report = dir.resolve("portal/content/api/2025-06-21.md");
        assertTrue(Files.readString(report).contains("\nlocale: en_US\n"), Files.readString(report));
        Path edited = dir.resolve("portal/content/docs/2025-06-20.md");
        Files.writeString(edited, Files.readString(edited).replace("# Highlights\n", "# Highlights\nBy hand.\n"));
        Files.writeString(config, Files.readString(config) + "locale: ja_JP\n");

        CliRun plain = CliRun.of("generate", "--config", config.toString());
        assertEquals(0, plain.exitCode(), plain.err());
        assertTrue(plain.err().contains("warning: content: 3 reports were written in another locale than site.yml's ja_JP: "
                + "content/api/2025-06-19.md, content/api/2025-06-21.md, content/docs/2025-06-19.md; 'generate --force' writes them"
                + " again in ja_JP (reports edited by hand are kept)"), plain.err());

        CliRun forced = CliRun.of("generate", "--force", "--config", config.toString());
        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(Files.readString(report).contains("\nlocale: ja_JP\n") && Files.readString(report).contains("# ハイライト"),
                Files.readString(report));
        CliRun again = CliRun.of("generate", "--config", config.toString());
        assertFalse(again.err().contains("another locale"), again.err());
        assertTrue(Files.readString(edited).contains("By hand."), "an edited report is neither rewritten nor named");
    }

    /**
     * A zh_CN report's text is English (the built-in writer has no Chinese messages): its summary sets names apart as
     * English text does, not with Chinese quotation marks glued to English words (an audit); ja_JP's takes 「」.
     */
    @Test
    void theSummaryTakesTheMarksOfTheLanguageItIsWrittenIn() throws IOException {
        assertEquals(0, CliRun.of("generate", "--config", config.toString()).exitCode());
        String en = Files.readString(dir.resolve("portal/content/api/2025-06-21.md"));
        String english = en.lines().filter(l -> l.startsWith("summary:")).findFirst().orElseThrow();
        assertTrue(english.contains(" in “api”:"), "the summary names its section, which zh_CN's must write alike: " + english);
        Files.writeString(config, Files.readString(config) + "locale: zh_CN\n");
        assertEquals(0, CliRun.of("generate", "--force", "--config", config.toString()).exitCode());
        String zh = Files.readString(dir.resolve("portal/content/api/2025-06-21.md"));
        assertEquals(english, zh.lines().filter(l -> l.startsWith("summary:")).findFirst().orElseThrow());
        assertTrue(zh.contains("\nlocale: zh_CN\ntextLocale: en_US\n"), "the language its text is in: " + zh);
        assertFalse(en.contains("textLocale"), en);
        // the Chinese site marks the English report as English: its title, summary and body, not the site's words
        assertEquals(0, CliRun.of("build", "--config", config.toString()).exitCode());
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(dir.resolve("portal/public/api/2025-06-21/index.html").toFile(), "UTF-8");
        assertEquals("zh-CN", page.select("html").attr("lang"));
        assertEquals(List.of("en-US", "en-US", "en-US"), page.select("[lang]:not(html)").eachAttr("lang"));
        assertEquals(List.of("h1", "p", "div"), page.select("[lang]:not(html)").stream().map(e -> e.tagName()).toList());
        Files.writeString(config, Files.readString(config).replace("locale: zh_CN", "locale: ja_JP"));
        assertEquals(0, CliRun.of("generate", "--force", "--config", config.toString()).exitCode());
        String ja = Files.readString(dir.resolve("portal/content/api/2025-06-21.md"));
        assertTrue(ja.lines().filter(l -> l.startsWith("summary:")).findFirst().orElseThrow().contains("「"), ja);
    }

    /** Deletes every loose blob of the fixture repository; returns how many. */
    private int deleteLooseBlobs() throws IOException {
        int removed = 0;
        for (String line : git.git("cat-file", "--batch-all-objects", "--batch-check").split("\n")) {
            String[] parts = line.split(" ");
            if (parts.length >= 2 && parts[1].equals("blob")) {
                Path loose = git.dir().resolve(".git/objects/" + parts[0].substring(0, 2) + "/" + parts[0].substring(2));
                if (Files.deleteIfExists(loose)) {
                    removed++;
                }
            }
        }
        return removed;
    }
}
