package io.diffpress.cli;

import io.diffpress.content.ItemAnchor;
import io.diffpress.testing.GitFixture;
import io.diffpress.testing.GitFixture.GitChange;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole pipeline on a fixture repository, checked against C git. */
class GenerateAndBuildTest {

    @TempDir
    Path dir;

    private GitFixture git;
    private final List<String> heads = new ArrayList<>();

    private Path portal(String extra) throws IOException {
        git = new GitFixture(Files.createDirectories(dir.resolve("repo")));
        // Three days in Tokyo; the 23:30 UTC commit belongs to the next day there.
        git.at("2025-06-19T01:00:00Z").write("articles/openai/a.md", "# A\n\none\ntwo\n").write("articles/speech/s.md", "s\n").commit("first");
        git.at("2025-06-19T02:00:00Z").write("articles/openai/b.md", "# B\n").commit("second, same day");
        heads.add(git.git("rev-parse", "HEAD").trim());
        git.at("2025-06-19T23:30:00Z").write("articles/openai/a.md", "# A\n\none\n2\nthree\n").commit("Merge pull request #42 from x/y");
        heads.add(git.git("rev-parse", "HEAD").trim());
        git.at("2025-06-21T05:00:00Z").move("articles/openai/b.md", "articles/openai/moved/b.md")
                .write("articles/openai/<script>alert(1)</script>.md", "x\n").write("articles/speech/s.md", "t\n").commit("rename <b>and</b> add");
        heads.add(git.git("rev-parse", "HEAD").trim());
        Path portal = Files.createDirectories(dir.resolve("portal"));
        Files.writeString(portal.resolve("site.yml"), """
                title: Docs changes
                baseURL: https://o.github.io/r/
                timeZone: Asia/Tokyo
                repository:
                  path: ../repo
                  branch: main
                  compareUrl: https://github.com/o/r/compare/{base}...{head}
                sections:
                  openai: articles/openai/**
                  speech: articles/speech/**
                """ + extra);
        return portal.resolve("site.yml");
    }

    @Test
    void reportsMatchGitAndTheSiteRenders() throws IOException {
        Path config = portal("");
        CliRun run = CliRun.of("build", "--config", config.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("3 ranges, 5 reports written"), run.out());
        Path content = dir.resolve("portal/content");
        assertTrue(Files.exists(content.resolve("openai/2025-06-19.md")));
        assertTrue(Files.exists(content.resolve("openai/2025-06-20.md")));
        assertTrue(Files.exists(content.resolve("openai/2025-06-21.md")));
        assertTrue(Files.exists(content.resolve("speech/2025-06-19.md")));
        assertTrue(Files.exists(content.resolve("speech/2025-06-21.md")));

        // The 2025-06-21 openai report equals git diff -M --numstat of the day's range, restricted to the section.
        String report = Files.readString(content.resolve("openai/2025-06-21.md"));
        List<GitChange> expected = git.gitDiff(heads.get(1), heads.get(2)).stream()
                .filter(c -> c.path().startsWith("articles/openai/")).toList();
        Map<String, String[]> rows = tableRows(report);
        assertEquals(expected.size(), rows.size(), report);
        for (GitChange change : expected) {
            String anchor = ItemAnchor.of(change.path());
            String[] row = rows.get(anchor);
            assertNotNull(row, "row for " + change.path());
            assertEquals(String.valueOf(change.additions()), row[4], change.path());
            assertEquals(String.valueOf(change.deletions()), row[5], change.path());
            assertEquals(String.valueOf(change.additions() + change.deletions()), row[6], change.path());
            assertEquals(change.status().equals("R") ? "renamed" : change.status().equals("A") ? "added" : "modified", row[3]);
            assertTrue(report.contains("{#" + anchor + "}"), "heading anchor " + anchor);
        }
        assertTrue(report.contains("permalink: https://github.com/o/r/compare/" + heads.get(1) + "..." + heads.get(2)), report);
        assertTrue(report.contains("[View Diff on GitHub](https://github.com/o/r/compare/"), report);
        assertTrue(report.contains("title: '[en_US] Diff Insight Report - openai'"), report);
        assertEquals("item-03fc2e", ItemAnchor.of("articles/ai-services/openai/concepts/model-retirements.md"));

        String day20 = Files.readString(content.resolve("openai/2025-06-20.md"));
        assertTrue(day20.contains("pr: 42"), "pull request number from the merge subject");

        // The site: index newest first, each report page has its table and diffs; hostile names are inert.
        Path site = dir.resolve("portal/public");
        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        List<String> links = index.select("ol.report-list h2 a").eachAttr("href");
        assertEquals(List.of("/r/openai/2025-06-21/", "/r/speech/2025-06-21/", "/r/openai/2025-06-20/",
                "/r/openai/2025-06-19/", "/r/speech/2025-06-19/"), links);
        Document page = Jsoup.parse(site.resolve("openai/2025-06-21/index.html").toFile(), "UTF-8");
        assertEquals(2, page.select("table.summary-table tbody tr").size());
        for (Element a : page.select("table.summary-table tbody tr td:first-child a[href^=#]")) {
            String id = a.attr("href").substring(1);
            assertNotNull(page.getElementById(id), "anchor target " + id);
        }
        assertTrue(page.select("details pre code.diff-lines .dl-add").size() > 0, "coloured diff lines");
        assertTrue(page.select("script").isEmpty(), "no script element from a hostile file name");
        assertTrue(page.html().contains("&lt;script&gt;alert(1)&lt;/script&gt;.md"), "the name is shown as text");
        assertTrue(page.select("meta[http-equiv=Content-Security-Policy]").attr("content").contains("script-src 'self'"));
        assertTrue(Files.exists(site.resolve(".nojekyll")));
        assertTrue(Files.exists(site.resolve("404.html")));
        assertTrue(Files.exists(site.resolve("assets/style.css")));
    }

    @Test
    void japaneseReportsAreJapaneseThroughoutAndTheSiteReadsThem() throws IOException {
        Path config = portal("locale: ja_JP\n");
        CliRun run = CliRun.of("build", "--config", config.toString());
        assertEquals(0, run.exitCode(), run.err());
        Path file = dir.resolve("portal/content/openai/2025-06-21.md");
        String report = Files.readString(file);
        String body = report.substring(report.indexOf("\n---\n", 4) + 5);
        for (String heading : List.of("# ハイライト\n", "# インサイト\n", "# 概要テーブル\n|  ファイル名  | 種類 |    タイトル    | 状態 |",
                "# 変更内容\n", "<summary>差分</summary>", "### 概要\n", "### 説明\n", "# コミット\n")) {
            assertTrue(body.contains(heading), heading + " in:\n" + body);
        }
        assertTrue(body.startsWith("\n[GitHub で差分を表示](https://github.com/o/r/compare/"), body);
        assertTrue(body.contains("## 新機能\n") || body.contains("## 破壊的変更\n") || body.contains("## その他の更新\n"), body);
        // Left in English by design: names from the diff and git (code spans, paths, diffs, commit subjects) and the
        // format's type and status words. Anything else with three English words in a row is untranslated text.
        String prose = body.replaceAll("(?s)````diff.*?````", "").replaceAll("(?s)```json.*?```", "")
                .replaceAll("`[^`\n]*`", "").replaceAll("\\]\\([^)]*\\)", "]").replaceAll("(?m)^## .*\\{#item-[0-9a-f]{6}}$", "")
                .replaceAll("(?m)^- .*\\(Fixture Author, 2025-.*$", "")
                .replaceAll("new feature|breaking change|bug fix|minor update|added|modified|removed|renamed|copied", "");
        Matcher english = Pattern.compile("[A-Za-z]+[ ,.:]+[A-Za-z]+[ ,.:]+[A-Za-z]+").matcher(prose);
        assertFalse(english.find(), () -> "untranslated: '" + english.group() + "' in:\n" + prose);

        // The site reads the report back (files, types) and renders its table with working anchors.
        io.diffpress.content.ReportDocument doc = io.diffpress.content.ReportReader.read("openai/2025-06-21.md", Files.readAllBytes(file));
        assertEquals(2, doc.files().size());
        assertEquals(List.of("articles/openai/<script>alert(1)</script>.md", "articles/openai/moved/b.md"),
                doc.files().stream().map(io.diffpress.content.ReportFile::path).sorted().toList());
        // without the front matter's files, the reader finds them in the Japanese Summary Table
        io.diffpress.content.ReportDocument fromTable = io.diffpress.content.ReportReader.read("openai/x.md",
                ("---\ntitle: t\ndate: 2025-06-21\n---\n" + body).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(doc.files().stream().map(f -> f.path() + " " + f.type() + " " + f.title()).sorted().toList(),
                fromTable.files().stream().map(f -> f.path() + " " + f.type() + " " + f.title()).sorted().toList());
        Document page = Jsoup.parse(dir.resolve("portal/public/openai/2025-06-21/index.html").toFile(), "UTF-8");
        assertEquals(List.of("ハイライト", "インサイト", "概要テーブル", "変更内容", "コミット"), page.select("article h1, main h1").eachText()
                .stream().filter(t -> !t.contains("Diff Insight Report")).toList());
        assertEquals(2, page.select("table.summary-table tbody tr").size());
        for (Element a : page.select("table.summary-table tbody tr td:first-child a[href^=#]")) {
            assertNotNull(page.getElementById(a.attr("href").substring(1)), "anchor target " + a.attr("href"));
        }
        assertEquals("GitHub で差分を表示", page.select("a[href^=https://github.com/o/r/compare/]").first().text());
    }

    @Test
    void rerunWritesNothingAndHandEditsSurvive() throws IOException {
        Path config = portal("");
        assertEquals(0, CliRun.of("generate", "--config", config.toString()).exitCode());
        Path content = dir.resolve("portal/content");
        Map<Path, String> before = snapshot(content);

        CliRun again = CliRun.of("generate", "--config", config.toString());
        assertTrue(again.out().contains("0 reports written, 5 up to date"), again.out());
        assertEquals(before, snapshot(content));

        Path edited = content.resolve("openai/2025-06-20.md");
        String text = Files.readString(edited).replace("# Highlights\n", "# Highlights\nA person wrote this.\n");
        Files.writeString(edited, text);
        CliRun forced = CliRun.of("generate", "--force", "--config", config.toString());
        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(forced.out().contains("1 edited by hand and kept"), forced.out());
        assertEquals(text, Files.readString(edited), "a hand-edited report is never overwritten, not even with --force");

        // Deterministic: regenerating an untouched report gives the same bytes.
        Path untouched = content.resolve("openai/2025-06-21.md");
        String original = Files.readString(untouched);
        Files.delete(untouched);
        assertEquals(0, CliRun.of("generate", "--config", config.toString()).exitCode());
        assertEquals(original, Files.readString(untouched));
    }

    @Test
    void buildIsDeterministic() throws IOException {
        Path config = portal("");
        assertEquals(0, CliRun.of("build", "--config", config.toString()).exitCode());
        Map<Path, String> first = snapshot(dir.resolve("portal/public"), false);
        assertEquals(0, CliRun.of("build", "--config", config.toString()).exitCode());
        assertEquals(first, snapshot(dir.resolve("portal/public"), false));
    }

    @Test
    void explicitRangeWithThreeAndTwoDots() throws IOException {
        Path config = portal("");
        CliRun run = CliRun.of("generate", "--config", config.toString(), "--range", heads.get(0) + "..." + heads.get(2));
        assertEquals(0, run.exitCode(), run.err());
        try (Stream<Path> files = Files.walk(dir.resolve("portal/content"))) {
            List<String> names = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
            String key = heads.get(0).substring(0, 7) + "-" + heads.get(2).substring(0, 7);
            assertEquals(List.of("2025-06-21-" + key + ".md", "2025-06-21-" + key + ".md"), names);
        }
    }

    private static Map<String, String[]> tableRows(String report) {
        Map<String, String[]> rows = new HashMap<>();
        Matcher m = Pattern.compile("(?m)^\\| \\[.*?\\]\\(#(item-[0-9a-f]{6})\\) \\|(.*)$").matcher(report);
        while (m.find()) {
            String[] cells = m.group(2).split("\\|");
            String[] row = new String[7];
            for (int i = 0; i < 6; i++) {
                row[i + 1] = cells[i].trim();
            }
            rows.put(m.group(1), row);
        }
        return rows;
    }

    private static Map<Path, String> snapshot(Path root) throws IOException {
        return snapshot(root, true);
    }

    private static Map<Path, String> snapshot(Path root, boolean withTimes) throws IOException {
        Map<Path, String> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p), Files.readString(p) + (withTimes ? "@" + Files.getLastModifiedTime(p).toMillis() : ""));
            }
        }
        return files;
    }
}
