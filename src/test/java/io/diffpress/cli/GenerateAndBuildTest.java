package io.diffpress.cli;

import io.diffpress.content.ItemAnchor;
import io.diffpress.testing.GitFixture;
import io.diffpress.testing.GitFixture.GitChange;
import io.diffpress.testing.LinkChecker;
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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
        return portal(dir, extra);
    }

    /** The fixture repository and portal under {@code root}; the same commits (and ids) every time. */
    private Path portal(Path root, String extra) throws IOException {
        git = new GitFixture(Files.createDirectories(root.resolve("repo")));
        // Three days in Tokyo; the 23:30 UTC commit belongs to the next day there.
        git.at("2025-06-19T01:00:00Z").write("articles/openai/a.md", "# A\n\none\ntwo\n").write("articles/speech/s.md", "s\n").commit("first");
        git.at("2025-06-19T02:00:00Z").write("articles/openai/b.md", "# B\n").commit("second, same day");
        heads.add(git.git("rev-parse", "HEAD").trim());
        git.at("2025-06-19T23:30:00Z").write("articles/openai/a.md", "# A\n\none\n2\nthree\n").commit("Merge pull request #42 from x/y");
        heads.add(git.git("rev-parse", "HEAD").trim());
        git.at("2025-06-21T05:00:00Z").move("articles/openai/b.md", "articles/openai/moved/b.md")
                .write("articles/openai/<script>alert(1)</script>.md", "x\n").write("articles/speech/s.md", "t\n").commit("rename <b>and</b> add");
        heads.add(git.git("rev-parse", "HEAD").trim());
        Path portal = Files.createDirectories(root.resolve("portal"));
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

    /** The site.yml of a portal in {@code root}/portal reading the fixture repository {@code root}/repo (branch main). */
    private static Path portalBeside(Path root, String more) throws IOException {
        Path portal = Files.createDirectories(root.resolve("portal"));
        return Files.writeString(portal.resolve("site.yml"), "title: Docs changes\nbaseURL: https://o.github.io/r/\n"
                + "repository:\n  path: ../repo\n  branch: main\n" + more);
    }

    /** --range where nothing is generated, or with --prune, is a usage error that writes nothing (it was ignored: an audit). */
    @Test
    void aRangeWhereNothingIsGeneratedIsAUsageError() throws IOException {
        Path config = portal("");
        String range = heads.get(0) + "..." + heads.get(1);
        CliRun noGenerate = CliRun.of("build", "--no-generate", "--range", "nope...main", "--config", config.toString());
        assertEquals(2, noGenerate.exitCode(), noGenerate.out() + noGenerate.err());
        assertTrue(noGenerate.err().contains("--range chooses what generate reports, and --no-generate generates nothing"), noGenerate.err());
        CliRun prune = CliRun.of("generate", "--prune", "--range", range, "--config", config.toString());
        assertEquals(2, prune.exitCode(), prune.err());
        assertTrue(prune.err().contains("--prune removes the reports of ranges the whole history no longer has"), prune.err());
        CliRun noRange = CliRun.of("generate", "--range", "v1.0", "--config", config.toString());
        assertEquals(2, noRange.exitCode(), noRange.err());
        assertFalse(Files.exists(config.getParent().resolve("public")), "nothing built");
        Path bare = Files.createDirectories(dir.resolve("bare"));
        Files.writeString(bare.resolve("site.yml"), "title: T\nbaseURL: https://o.github.io/r/\n");
        CliRun noRepository = CliRun.of("build", "--range", range, "--config", bare.resolve("site.yml").toString());
        assertEquals(2, noRepository.exitCode(), noRepository.err());
        assertTrue(noRepository.err().contains("names no repository"), noRepository.err());
        assertEquals(0, CliRun.of("build", "--range", range, "--config", config.toString()).exitCode(), "a range that is one builds");
    }

    /** Reports written while compareUrl still has init's placeholder are warned of, with what to run once it is set. */
    @Test
    void reportsWrittenWithInitsPlaceholderCompareUrlAreWarnedOf() throws IOException {
        Path config = portal("");
        Files.writeString(config, Files.readString(config).replace("github.com/o/r/", "github.com/OWNER/REPO/"));
        CliRun run = CliRun.of("generate", "--config", config.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("repository.compareUrl still names init's placeholder OWNER/REPO, so the reports' links lead to"
                + " no repository of yours; set it, then run generate --force to write them again"), run.err());
        CliRun again = CliRun.of("generate", "--config", config.toString());
        assertFalse(again.err().contains("OWNER/REPO"), "said when reports are written: " + again.err());
    }

    @Test
    void aCommitWithoutAMessageIsSaidToHaveNone() throws IOException {
        GitFixture repo = new GitFixture(Files.createDirectories(dir.resolve("repo")));
        repo.at("2025-06-19T01:00:00Z").write("a.md", "one\n").commit("first");
        repo.write("a.md", "two\n").git("add", "-A");
        repo.git("-c", "user.name=T", "-c", "user.email=t@example.com", "commit", "-q", "--allow-empty-message", "-m", "");
        Path config = portalBeside(dir, "timeZone: UTC\n");
        CliRun run = CliRun.of("generate", "--config", config.toString());
        assertEquals(0, run.exitCode(), run.err());
        try (java.util.stream.Stream<Path> reports = Files.list(dir.resolve("portal/content/all"))) {
            String report = Files.readString(reports.max(java.util.Comparator.naturalOrder()).orElseThrow());
            assertTrue(report.contains("  subject: ''\n"), "the front matter keeps the message as it is:\n" + report);
            assertTrue(java.util.regex.Pattern.compile("\n- `[0-9a-f]{7}` \\*\\(no message\\)\\* \\(T, ").matcher(report).find(), report);
        }
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

        // A section's report lists the commits of the range that changed its files: the day's second commit touched only openai
        String speech19 = Files.readString(content.resolve("speech/2025-06-19.md"));
        assertTrue(speech19.contains("  subject: first\n"), speech19);
        assertFalse(speech19.contains("second, same day"), "not a commit of the speech section:\n" + speech19);
        String openai19 = Files.readString(content.resolve("openai/2025-06-19.md"));
        assertTrue(openai19.contains("  subject: first\n") && openai19.contains("  subject: second, same day\n"), openai19);
        assertTrue(openai19.contains(") second, same day (") && !speech19.contains(") second, same day ("), "the body's list too");

        // the first day's range starts the history: no compare view, so its link opens the head's files, and it says so
        // rather than "Compared `root` with …" under "View Diff" (an audit)
        assertTrue(openai19.contains("[View files on GitHub](https://github.com/o/r/tree/"), openai19);
        assertTrue(openai19.contains("From the start of the history up to `"), openai19);
        assertFalse(openai19.contains("`root`"), openai19);
        assertTrue(report.contains("Compared `" + heads.get(1).substring(0, 7) + "` with `"), report);
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
        // A document's history shows each change's title as the report does: code spans as code, no backticks.
        List<Element> titles = new java.util.ArrayList<>();
        try (java.util.stream.Stream<Path> pages = Files.walk(site.resolve("files"))) {
            for (Path file : pages.filter(f -> f.getFileName().toString().equals("index.html")).toList()) {
                titles.addAll(Jsoup.parse(file.toFile(), "UTF-8").select("table.history-table tbody td:nth-child(3) > a"));
            }
        }
        assertTrue(titles.stream().anyMatch(a -> !a.select("code").isEmpty()), "some title names a row or a file in code");
        titles.forEach(a -> assertFalse(a.text().contains("`"), "no Markdown shows: " + a));
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
                "# 変更内容\n", "<summary>差分</summary>", "### 概要\n", "### 説明\n", "# コミット{#commits}\n")) {
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
        // The body's top headings sit one level under the page title.
        assertEquals(List.of("ハイライト", "インサイト", "概要テーブル", "変更内容", "コミット"), page.select(".report-body > h2").eachText());
        assertEquals(1, page.select("h1").size());
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

        // a report a person renamed is its range's report: not written again beside itself, not even with --force
        Path renamed = content.resolve("openai/june-21-notes.md");
        Files.move(untouched, renamed);
        for (String flag : new String[]{"--config", "--force"}) {
            CliRun run = flag.equals("--force") ? CliRun.of("generate", "--force", "--config", config.toString())
                    : CliRun.of("generate", "--config", config.toString());
            assertEquals(0, run.exitCode(), run.err());
            assertFalse(Files.exists(untouched), "no second report of the range: " + run.out());
            assertTrue(run.out().contains("kept (edited or renamed by hand): content/openai/june-21-notes.md"), run.out());
        }
        assertEquals(original, Files.readString(renamed));

        // its day grows by a commit: the range has another key, the same label, and the renamed report is still its
        // report (kept, and said to tell of other commits), not written again beside itself
        git.at("2025-06-21T06:00:00Z").write("articles/openai/a.md", "# A\n\none\n2\nthree\nfour\n").commit("later that day");
        CliRun grown = CliRun.of("generate", "--config", config.toString());
        assertEquals(0, grown.exitCode(), grown.err());
        assertFalse(Files.exists(untouched), "no second report of the range: " + grown.out());
        assertTrue(grown.err().contains("1 report edited by hand and kept tells of other commits than its range has now")
                && grown.err().contains("content/openai/june-21-notes.md"), grown.out() + grown.err());
        assertEquals(original, Files.readString(renamed));

        // renamed to a name of the strategy's own (another day's, which has no report): still its range's report, by the
        // label in its front matter; not written again, and not pruned as the report of a day the history lacks (an audit)
        Path dated = content.resolve("openai/2025-06-09.md");
        Files.move(renamed, dated);
        for (String flag : new String[]{"--force", "--prune"}) {
            CliRun run = CliRun.of("generate", flag, "--config", config.toString());
            assertEquals(0, run.exitCode(), run.err());
            assertFalse(Files.exists(untouched), flag + ": no second report of the range: " + run.out());
            assertTrue(Files.exists(dated), flag + ": the renamed report is kept: " + run.out() + run.err());
            assertFalse(run.err().contains("a range this history does not have"), run.err());
        }
        assertEquals(original, Files.readString(dated));
    }

    /**
     * A day that gains a commit changing none of a section's files (the portal's own reports committed, another section's
     * page) leaves that section's report as it was: written again, it changed with every commit and never settled (an
     * audit). A commit that changes one of its files still writes it again.
     */
    @Test
    void aReportIsNotRewrittenForCommitsThatChangeNoneOfItsFiles() throws IOException {
        Path config = portal("");
        assertEquals(0, CliRun.of("generate", "--config", config.toString()).exitCode());
        Path openai = dir.resolve("portal/content/openai/2025-06-21.md");
        Path speech = dir.resolve("portal/content/speech/2025-06-21.md");
        String openaiBefore = Files.readString(openai);
        String speechBefore = Files.readString(speech);
        git.at("2025-06-21T06:00:00Z").write("changelog/content/openai/2025-06-21.md", "a report\n").commit("reports of the day");
        CliRun portalOnly = CliRun.of("generate", "--config", config.toString());
        assertEquals(0, portalOnly.exitCode(), portalOnly.err());
        assertTrue(portalOnly.out().contains("0 reports written"), portalOnly.out());
        assertEquals(openaiBefore, Files.readString(openai));
        assertEquals(speechBefore, Files.readString(speech));
        git.at("2025-06-21T07:00:00Z").write("articles/speech/s.md", "u\n").commit("speech again");
        CliRun speechOnly = CliRun.of("generate", "--config", config.toString());
        assertEquals(0, speechOnly.exitCode(), speechOnly.err());
        assertEquals(openaiBefore, Files.readString(openai), "openai's files did not change: " + speechOnly.out());
        assertNotEquals(speechBefore, Files.readString(speech), "speech's report tells the new commit: " + speechOnly.out());
        assertTrue(Files.readString(speech).contains("speech again"));
    }

    /** A tag moved: its untouched report is written again, and no warning takes it for one a person edited. */
    @Test
    void aMovedTagRewritesItsReportWithoutWarningOfAnEdit() throws IOException {
        Path config = portal("ranges:\n  strategy: tags\n");
        git.git("tag", "v1", heads.get(0));
        git.git("tag", "v2", heads.get(1));
        CliRun first = CliRun.of("generate", "--config", config.toString());
        assertEquals(0, first.exitCode(), first.err());
        Path report = dir.resolve("portal/content/openai/v2.md");
        String before = Files.readString(report);
        git.git("tag", "-f", "v2", heads.get(2));
        CliRun moved = CliRun.of("generate", "--config", config.toString());
        assertEquals(0, moved.exitCode(), moved.err());
        assertFalse(moved.err().contains("edited by hand"), moved.err());
        assertFalse(before.equals(Files.readString(report)), "the report of the moved tag is written again: " + moved.out());
    }

    /** Reports the configuration no longer plans, which staleness does not judge: named, not deleted. */
    @Test
    void reportsOfARemovedSectionOrAnotherStrategyAreNamedInAWarning() throws IOException {
        Path config = portal("");
        assertEquals(0, CliRun.of("generate", "--config", config.toString()).exitCode());
        CliRun quiet = CliRun.of("generate", "--config", config.toString());
        assertFalse(quiet.err().contains("warning"), quiet.err());

        Files.writeString(config, Files.readString(config).replace("  speech: articles/speech/**\n", "")
                + "ranges:\n  strategy: weekly\n");
        CliRun run = CliRun.of("generate", "--prune", "--config", config.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("2 reports in content/speech/ belong to no section of site.yml"), run.err());
        assertTrue(run.err().contains("3 reports of the section 'openai' are of another range strategy than 'weekly'"
                + " (content/openai/2025-06-19.md, content/openai/2025-06-20.md, content/openai/2025-06-21.md)"), run.err());
        Path content = dir.resolve("portal/content");
        assertTrue(Files.exists(content.resolve("speech/2025-06-19.md")) && Files.exists(content.resolve("openai/2025-06-19.md")),
                "named, never deleted, not even with --prune");
        assertTrue(Files.exists(content.resolve("openai/2025-W25.md")), run.out());
    }

    @Test
    void buildIsDeterministic() throws IOException {
        // Two copies of the same input in different folders, each built from cold (no render cache, no previous site).
        Path one = portal(dir.resolve("one"), "pageSize: 2\n");
        Path two = portal(dir.resolve("two"), "pageSize: 2\n");
        assertEquals(0, CliRun.of("build", "--config", one.toString()).exitCode());
        assertEquals(0, CliRun.of("build", "--config", two.toString()).exitCode());
        Map<Path, byte[]> first = bytes(dir.resolve("one/portal/public"));
        assertTrue(first.size() > 50, "a whole site: " + first.keySet());
        assertSameBytes(first, bytes(dir.resolve("two/portal/public")), "cold builds of copies in different folders");
        assertSameBytes(bytes(dir.resolve("one/portal/content")), bytes(dir.resolve("two/portal/content")), "the reports");

        // And a rebuild with a warm render cache gives the same bytes again: without the site before, so
        // every page is rendered (from cached bodies) rather than taken from it by its fingerprint.
        assertTrue(Files.isDirectory(dir.resolve("one/portal/.diffpress/cache/render")));
        for (String site : new String[] {"public", ".public.previous"}) {
            Path folder = dir.resolve("one/portal").resolve(site);
            if (Files.exists(folder)) {
                try (java.util.stream.Stream<Path> walk = Files.walk(folder)) {
                    for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
        assertEquals(0, CliRun.of("build", "--no-generate", "--config", one.toString()).exitCode());
        assertSameBytes(first, bytes(dir.resolve("one/portal/public")), "warm rebuild");
    }

    private static void assertSameBytes(Map<Path, byte[]> expected, Map<Path, byte[]> actual, String what) {
        assertEquals(new java.util.TreeSet<>(expected.keySet()), new java.util.TreeSet<>(actual.keySet()), what + ": the same files");
        for (Map.Entry<Path, byte[]> e : expected.entrySet()) {
            assertTrue(java.util.Arrays.equals(e.getValue(), actual.get(e.getKey())), what + ": " + e.getKey() + " differs");
        }
    }

    private static Map<Path, byte[]> bytes(Path root) throws IOException {
        Map<Path, byte[]> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p), Files.readAllBytes(p));
            }
        }
        return files;
    }

    @Test
    void anIncrementalBuildRewritesOnlyThePagesThatChanged() throws IOException {
        Path config = portal("pageSize: 2\n");
        assertEquals(0, CliRun.of("build", "--config", config.toString()).exitCode());
        Path site = dir.resolve("portal/public");
        Map<Path, Object> inodes = new HashMap<>();
        Map<Path, byte[]> before = bytes(site);
        for (Path p : before.keySet()) {
            inodes.put(p, Files.readAttributes(site.resolve(p), java.nio.file.attribute.BasicFileAttributes.class).fileKey());
        }
        assertNotNull(inodes.values().iterator().next(), "this file system has file keys");

        // One more report: a copy of the newest speech report, one day later.
        Path content = dir.resolve("portal/content");
        Files.writeString(content.resolve("speech/2025-06-22.md"), Files.readString(content.resolve("speech/2025-06-21.md"))
                .replace("date: '2025-06-21", "date: '2025-06-22").replace("date: 2025-06-21", "date: 2025-06-22"));
        CliRun run = CliRun.of("build", "--no-generate", "--config", config.toString());
        assertEquals(0, run.exitCode(), run.err());
        Map<Path, byte[]> after = bytes(site);

        List<String> rewrittenButSame = new ArrayList<>();
        List<String> keptButChanged = new ArrayList<>();
        List<String> rewritten = new ArrayList<>();
        for (Map.Entry<Path, byte[]> e : after.entrySet()) {
            Path p = e.getKey();
            Object inode = Files.readAttributes(site.resolve(p), java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            boolean kept = inode.equals(inodes.get(p));
            boolean same = before.containsKey(p) && java.util.Arrays.equals(before.get(p), e.getValue());
            if (!kept) {
                rewritten.add(p.toString());
            }
            if (!kept && same && !p.toString().equals(".diffpress-output")) {
                rewrittenButSame.add(p.toString());
            }
            if (kept && !same) {
                keptButChanged.add(p.toString());
            }
        }
        assertEquals(List.of(), rewrittenButSame, "untouched files must not be rewritten");
        assertEquals(List.of(), keptButChanged, "changed files must be written");
        assertTrue(rewritten.contains("speech/2025-06-22/index.html"), "the new page: " + rewritten);
        assertTrue(rewritten.contains("openai/2025-06-21/index.html"), "the next older report links to it: " + rewritten);
        assertTrue(rewritten.contains("index.html") && rewritten.contains("sections/speech/index.html")
                && rewritten.contains("sitemap.xml") && rewritten.contains("index.xml"), rewritten.toString());
        for (String untouched : List.of("openai/2025-06-19/index.html", "openai/2025-06-20/index.html", "sections/openai/index.html",
                "sections/openai/atom.xml", "files/articles/openai/a.md/index.html", "assets/style.css", "404.html", "robots.txt")) {
            assertFalse(rewritten.contains(untouched), untouched + " was rewritten");
        }
        assertTrue(run.out().contains("(" + (rewritten.size() - 1) + " written"), "all but the marker: " + run.out() + " vs " + rewritten);
        // Exactly what the new report changes: lists that shift by one, its section's and tags' pages and feeds,
        // the next older report (its "newer" link), its file's history, the counts on index pages, search and sitemap.
        assertEquals(new java.util.TreeSet<>(List.of(".diffpress-output", "index.html", "page/2/index.html", "page/3/index.html",
                "index.xml", "atom.xml", "sitemap.xml", "speech/2025-06-22/index.html", "openai/2025-06-21/index.html",
                "archive/index.html", "archive/2025/06/index.html", "archive/2025/06/page/2/index.html",
                "archive/2025/06/page/3/index.html", "sections/index.html", "sections/speech/index.html",
                "sections/speech/page/2/index.html", "sections/speech/index.xml", "sections/speech/atom.xml", "tags/index.html",
                "tags/speech/index.html", "tags/speech/page/2/index.html", "tags/speech/index.xml", "tags/speech/atom.xml",
                "tags/minor-update/index.html", "tags/minor-update/page/2/index.html", "tags/minor-update/index.xml",
                "tags/minor-update/atom.xml", "files/index.html", "files/articles/speech/s.md/index.html",
                "search/manifest.json", "search/index-0.json", "search/store-0.json")), new java.util.TreeSet<>(rewritten));
    }

    @Test
    void perDocumentPagesFollowRenamesThroughTheHistory() throws IOException {
        git = new GitFixture(Files.createDirectories(dir.resolve("repo")));
        String text = "# Title\n\n" + "A line of the article that stays the same.\n".repeat(12);
        git.at("2025-06-19T01:00:00Z").write("docs/a.md", text).write("docs/x.md", text.replace("Title", "X")).commit("add a and x");
        git.at("2025-06-20T01:00:00Z").move("docs/a.md", "docs/b.md").commit("rename a to b");
        git.at("2025-06-21T01:00:00Z").write("docs/a.md", "# A new article\n\nnothing in common\n")
                .move("docs/x.md", "docs/y.md").commit("a new a, x to y");
        git.at("2025-06-22T01:00:00Z").move("docs/y.md", "docs/x.md").write("docs/b.md", text + "more\n").commit("y back to x");
        Path portal = Files.createDirectories(dir.resolve("portal"));
        Files.writeString(portal.resolve("site.yml"), """
                title: Renames
                baseURL: https://o.github.io/r/
                repository:
                  path: ../repo
                  compareUrl: https://github.com/o/r/compare/{base}...{head}
                sections:
                  docs: docs/**
                pageSize: 2
                """);
        CliRun run = CliRun.of("build", "--config", portal.resolve("site.yml").toString());
        assertEquals(0, run.exitCode(), run.err());
        Path site = portal.resolve("public");

        Document b = Jsoup.parse(site.resolve("files/docs/b.md/index.html").toFile(), "UTF-8");
        assertEquals(List.of("2025-06-22", "2025-06-20", "2025-06-19"), b.select("table.history-table tbody tr td:first-child").eachText());
        assertTrue(b.select("p.muted code").eachText().contains("docs/a.md"), "earlier name shown");
        Document a = Jsoup.parse(site.resolve("files/docs/a.md/index.html").toFile(), "UTF-8");
        assertEquals(List.of("2025-06-21"), a.select("table.history-table tbody tr td:first-child").eachText(),
                "the new docs/a.md has a history of its own");
        assertTrue(a.select("p.muted").eachText().contains("1 change"), a.select("p.muted").eachText().toString());
        assertTrue(b.select("p.muted").eachText().contains("3 changes"), b.select("p.muted").eachText().toString());
        Document x = Jsoup.parse(site.resolve("files/docs/x.md/index.html").toFile(), "UTF-8");
        assertEquals(List.of("2025-06-22", "2025-06-21", "2025-06-19"), x.select("table.history-table tbody tr td:first-child").eachText());
        assertFalse(Files.exists(site.resolve("files/docs/y.md/index.html")), "x → y → x is one page, named x");

        // Summary Table rows link to the document as it was in that report.
        Document first = Jsoup.parse(site.resolve("docs/2025-06-19/index.html").toFile(), "UTF-8");
        assertEquals("/r/files/docs/b.md/", historyLink(first, "docs/a.md"));
        assertEquals("/r/files/docs/x.md/", historyLink(first, "docs/x.md"));
        Document third = Jsoup.parse(site.resolve("docs/2025-06-21/index.html").toFile(), "UTF-8");
        assertEquals("/r/files/docs/a.md/", historyLink(third, "docs/a.md"));
        assertEquals("/r/files/docs/x.md/", historyLink(third, "docs/y.md"));

        int[] counted = {0};
        List<String> broken = LinkChecker.broken(site, "https://o.github.io/r/", counted);
        assertTrue(broken.isEmpty(), "broken links:\n" + String.join("\n", broken));
        assertTrue(counted[0] > 100, "checked " + counted[0]);
    }

    private static String historyLink(Document report, String path) {
        Element row = report.select("table.summary-table tbody tr").stream()
                .filter(tr -> tr.selectFirst("a.history") != null && tr.selectFirst("a.history").attr("title").endsWith(" " + path))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + path + " in " + report.select("table.summary-table")));
        return row.selectFirst("a.history").attr("href");
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
        assertFalse(run.err().contains("warning"), run.err());
    }

    /** Files that look like reports but are not read (a hidden name, an upper-case extension) are named in a warning (an audit). */
    @Test
    void reportsLeftOutAreNamedInAWarning() throws IOException {
        Path config = portal("");
        assertEquals(0, CliRun.of("build", "--config", config.toString()).exitCode());
        Path content = dir.resolve("portal/content");
        Files.copy(content.resolve("openai/2025-06-21.md"), content.resolve("openai/.draft.md"));
        Files.copy(content.resolve("openai/2025-06-21.md"), content.resolve("openai/Notes.MD"));
        CliRun run = CliRun.of("build", "--no-generate", "--config", config.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("warning: content: content/openai/.draft.md, content/openai/Notes.MD are not read as reports"), run.err());
    }

    /** A copy of a report kept in content/ would be listed twice: the build names both files in a warning. */
    @Test
    void aCopiedReportIsNamedInAWarning() throws IOException {
        Path config = portal("");
        assertEquals(0, CliRun.of("build", "--config", config.toString()).exitCode());
        Path content = dir.resolve("portal/content");
        Files.copy(content.resolve("openai/2025-06-21.md"), content.resolve("openai/backup.md"));
        CliRun run = CliRun.of("build", "--no-generate", "--config", config.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("warning: content: content/openai/2025-06-21.md, content/openai/backup.md report the same range (https://github.com/o/r/compare/"
                + heads.get(1) + "..." + heads.get(2) + ") in section 'openai', and the site lists each"), run.err());
        assertEquals(1, run.err().split("warning:", -1).length - 1, "the other reports are not named: " + run.err());
        CliRun quiet = CliRun.of("build", "-q", "--no-generate", "--config", config.toString());
        assertEquals("", quiet.err() + quiet.out(), "-q prints only errors, as generate's does (an audit found the warning printed)");
        Files.delete(content.resolve("openai/backup.md"));
        CliRun again = CliRun.of("build", "--no-generate", "--config", config.toString());
        assertFalse(again.err().contains("warning"), again.err());
    }

    /** A range that changes nothing (a commit with itself) writes no report, and says why instead of staying silent. */
    @Test
    void anEmptyRangeIsToldInAWarning() throws IOException {
        Path config = portal("");
        String head = heads.get(2).substring(0, 7);
        // build: generate makes content/ even when it writes nothing, so the build that follows has its folder to read
        CliRun run = CliRun.of("build", "--config", config.toString(), "--range", head + "..." + head);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("0 reports written"), run.out());
        assertTrue(Files.isDirectory(dir.resolve("portal/content")));
        assertTrue(run.err().contains("warning: history: the range " + head + "..." + head + " (" + head + ".." + head
                + ") changes no file of any section, so there is nothing to report"), run.err());
    }

    /** A section whose globs match no file (a typo) would get no report in silence: a warning names it and its globs. */
    @Test
    void aSectionMatchingNoFileIsNamedInAWarning() throws IOException {
        GitFixture repo = new GitFixture(Files.createDirectories(dir.resolve("typo/repo")));
        repo.at("2025-06-19T01:00:00Z").write("articles/speech/s.md", "# S\n").write("articles/openai/a.md", "# A\n").commit("first");
        Path config = portalBeside(dir.resolve("typo"), "sections:\n  openai: articles/openai/**\n  speech: article/speech/**\n");
        CliRun run = CliRun.of("generate", "--config", config.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("1 report written"), run.out());
        assertTrue(run.err().contains("site.yml:8:3: section 'speech' (include [article/speech/**]) matches no file at the head of main,"
                + " so it has no new reports; check its globs in site.yml"), run.err());
        assertFalse(run.err().contains("'openai'"), "a section with files is not named: " + run.err());
    }

    /**
     * A typo in a section's glob made all its reports look stale, and --prune deleted them (found by a user trial): a
     * section that matches no file keeps its reports, and a typo in one include glob of several is told too.
     */
    @Test
    void aGlobTypoNeverPrunesItsSectionsReports() throws IOException {
        Path config = portal("");
        assertEquals(0, CliRun.of("generate", "--config", config.toString()).exitCode());
        Path content = dir.resolve("portal/content");
        assertTrue(Files.exists(content.resolve("speech/2025-06-19.md")) && Files.exists(content.resolve("speech/2025-06-21.md")));
        String yml = Files.readString(config);
        // openai's typo takes a.md and b.md out of it: the days that changed only those would look stale
        Files.writeString(config, yml.replace("speech: articles/speech/**", "speech: articles/speach/**")
                .replace("openai: articles/openai/**", "openai: [articles/openai/moved/**, artcles/openai/*.md]"));
        CliRun run = CliRun.of("generate", "--prune", "--config", config.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.exists(content.resolve("speech/2025-06-19.md")) && Files.exists(content.resolve("speech/2025-06-21.md")),
                "kept: " + run.out() + run.err());
        assertTrue(Files.exists(content.resolve("openai/2025-06-19.md")) && Files.exists(content.resolve("openai/2025-06-20.md")),
                "kept: " + run.out() + run.err());
        assertFalse(run.out().contains("removed"), run.out());
        assertTrue(run.err().contains("site.yml:10:3: section 'speech' (include [articles/speach/**]) matches no file at the head of main, so it has no"
                + " new reports; check its globs in site.yml (its 2 reports in content/speech are kept, never taken for stale)"), run.err());
        assertTrue(run.err().contains("site.yml:9:3: section 'openai': include glob 'artcles/openai/*.md' matches no file at the head"
                + " of main; check it in site.yml (until then its reports are never taken for stale)"), run.err());
        assertFalse(run.err().contains("range this history does not have"), run.err());
    }

    /** A name two files of a report share is told apart in the Summary Table by the path, as the report's text does. */
    @Test
    void theSummaryTableNamesFilesOfOneNameByTheirPaths() throws IOException {
        GitFixture repo = new GitFixture(Files.createDirectories(dir.resolve("same-names/repo")));
        repo.at("2025-06-19T01:00:00Z").write("docs/a/toc.yml", "- name: A\n  href: a.md\n")
                .write("docs/b/toc.yml", "- name: B\n  href: b.md\n").write("docs/c/intro.md", "# Intro\n").commit("first");
        Path portal = portalBeside(dir.resolve("same-names"), "").getParent();
        CliRun run = CliRun.of("generate", "--config", portal.resolve("site.yml").toString());
        assertEquals(0, run.exitCode(), run.err());
        String report;
        try (java.util.stream.Stream<Path> files = Files.walk(portal.resolve("content"))) {
            report = Files.readString(files.filter(f -> f.toString().endsWith(".md")).findFirst().orElseThrow());
        }
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\| \\[(.*?)\\]\\(#item-[0-9a-f]{6}\\) \\|").matcher(report);
        while (m.find()) {
            names.add(m.group(1));
        }
        assertEquals(List.of("docs/a/toc.yml", "docs/b/toc.yml", "intro.md"), names, report);
    }

    /**
     * A report whose range the history no longer has is named in a warning, and removed with --prune unless edited: a
     * force push that rewrote the last days, and a file added and removed again the same day. Reports of a range given
     * with --range, of another strategy and outside since/until are never judged.
     */
    /** A report edited by hand is kept when its day gains commits (or they are rewritten); a warning says it is behind. */
    @Test
    void anEditedReportWhoseDayGainedCommitsIsKeptWithAWarning() throws IOException {
        GitFixture repo = new GitFixture(Files.createDirectories(dir.resolve("behind/repo")));
        repo.at("2024-05-01T10:00:00Z").write("docs/a.md", "a\n").commit("init");
        repo.at("2024-05-02T10:00:00Z").write("docs/a.md", "a2\n").commit("day 2");
        Path config = portalBeside(dir.resolve("behind"), "sections:\n  docs: docs/**\n");
        Path portal = config.getParent();
        assertEquals(0, CliRun.of("generate", "--config", config.toString()).exitCode());
        Path day2 = portal.resolve("content/docs/2024-05-02.md");
        String edited = Files.readString(day2).replace("# Highlights", "# Highlights\n\nOur note.");
        Files.writeString(day2, edited);
        CliRun same = CliRun.of("generate", "--config", config.toString());
        assertFalse(same.err().contains("of other commits"), "its range is the same: " + same.err());
        // a commit of that day to no file of the section (the portal's content/ committed after the edit, as the README's
        // deployment steps have it): the report still tells all of its section's changes, so no warning, on every run
        repo.at("2024-05-02T17:00:00Z").write("changelog/content/docs/2024-05-02.md", edited).commit("my edit");
        for (int run = 0; run < 2; run++) {
            CliRun other = CliRun.of("generate", "--config", config.toString());
            assertEquals(0, other.exitCode(), other.err());
            assertFalse(other.err().contains("of other commits"), "the section's changes are the same: " + other.err());
            assertEquals(edited, Files.readString(day2), "kept");
        }
        repo.at("2024-05-02T18:00:00Z").write("docs/b.md", "b\n").commit("later that day");
        CliRun behind = CliRun.of("generate", "--config", config.toString());
        assertEquals(0, behind.exitCode(), behind.err());
        assertTrue(behind.err().contains("1 report edited by hand and kept tells of other commits than its range has now")
                && behind.err().contains("content/docs/2024-05-02.md"), behind.err());
        assertEquals(edited, Files.readString(day2), "kept");
    }

    @Test
    void reportsOfRangesTheHistoryNoLongerHasAreListedAndPrunedOnRequest() throws IOException {
        GitFixture repo = new GitFixture(Files.createDirectories(dir.resolve("stale/repo")));
        repo.at("2024-05-01T10:00:00Z").write("docs/a.md", "a\n").write("src/s.c", "s\n").commit("init");
        repo.at("2024-05-02T10:00:00Z").write("docs/x.md", "x\n").commit("add x");
        repo.at("2024-05-03T10:00:00Z").write("docs/a.md", "a3\n").commit("day 3");
        repo.at("2024-05-04T10:00:00Z").write("docs/a.md", "a4\n").commit("day 4");
        Path portal = Files.createDirectories(dir.resolve("stale/portal"));
        String yml = """
                title: Docs changes
                baseURL: https://o.github.io/r/
                repository:
                  path: ../repo
                  branch: main
                sections:
                  docs: docs/**
                  src: src/**
                """;
        Files.writeString(portal.resolve("site.yml"), yml);
        Path config = portal.resolve("site.yml");
        assertEquals(0, CliRun.of("generate", "--config", config.toString()).exitCode());
        Path content = portal.resolve("content");
        // days 3 and 4 are rewritten by a force push, day 3's report edited by hand before
        Path day3 = content.resolve("docs/2024-05-03.md");
        Files.writeString(day3, Files.readString(day3).replace("# Highlights", "# Highlights\n\nOur note."));
        repo.git("reset", "-q", "--hard", "HEAD~2");
        repo.at("2024-05-05T10:00:00Z").write("docs/b.md", "b\n").commit("day 5");
        CliRun listed = CliRun.of("generate", "--config", config.toString());
        assertEquals(0, listed.exitCode(), listed.err());
        assertTrue(listed.err().contains("2 reports tell of a range this history does not have") && listed.err().contains(
                "content/docs/2024-05-03.md, content/docs/2024-05-04.md; 'generate --prune' removes those not edited by hand"), listed.err());
        assertTrue(Files.exists(content.resolve("docs/2024-05-04.md")), "only listed: it may be of commits not fetched yet");
        CliRun pruned = CliRun.of("generate", "--prune", "--config", config.toString());
        assertTrue(pruned.out().contains("1 removed (their ranges are not in the history)")
                && pruned.out().contains("removed: content/docs/2024-05-04.md"), pruned.out());
        assertFalse(Files.exists(content.resolve("docs/2024-05-04.md")));
        assertTrue(Files.exists(day3), "a person's edits are never deleted");
        assertTrue(pruned.err().contains("1 report tells of a range this history does not have") && pruned.err().contains(
                "content/docs/2024-05-03.md; kept, as a person edited them"), pruned.err());
        Files.delete(day3);

        // a file added and removed on one day: the day is planned, but no longer touches docs
        repo.at("2024-05-06T10:00:00Z").write("docs/y.md", "y\n").commit("add y");
        assertEquals(0, CliRun.of("generate", "--config", config.toString()).exitCode());
        repo.at("2024-05-06T11:00:00Z").delete("docs/y.md").write("src/s.c", "s3\n").commit("revert y");
        CliRun again = CliRun.of("generate", "--prune", "--config", config.toString());
        assertTrue(again.out().contains("removed: content/docs/2024-05-06.md"), again.out());
        assertTrue(Files.exists(content.resolve("src/2024-05-06.md")));

        // never judged: a report of a range given with --range (a branch not on the line), and any report under since/until
        repo.git("checkout", "-q", "-b", "topic");
        String topic = repo.at("2024-05-07T10:00:00Z").write("docs/t.md", "t\n").commit("topic work");
        repo.git("checkout", "-q", "main");
        assertEquals(0, CliRun.of("generate", "--config", config.toString(), "--range", "main..." + topic).exitCode());
        CliRun full = CliRun.of("generate", "--prune", "--config", config.toString());
        assertFalse(full.out().contains("removed") || full.err().contains("does not have"), full.out() + full.err());
        Files.writeString(config, yml + "ranges:\n  since: 2024-05-05\n");
        repo.git("reset", "-q", "--hard", "HEAD~1"); // day 6's report is now of a rewritten range, but since is set
        CliRun windowed = CliRun.of("generate", "--prune", "--config", config.toString());
        assertFalse(windowed.out().contains("removed") || windowed.err().contains("does not have"), windowed.out() + windowed.err());
        assertTrue(Files.exists(content.resolve("src/2024-05-06.md")));
        // another strategy's reports are not this one's to judge: the daily ones under monthly
        Files.writeString(config, yml + "ranges:\n  strategy: monthly\n");
        CliRun monthly = CliRun.of("generate", "--prune", "--config", config.toString());
        assertFalse(monthly.out().contains("removed") || monthly.err().contains("does not have"), monthly.out() + monthly.err());
        assertTrue(Files.exists(content.resolve("src/2024-05-06.md")) && Files.exists(content.resolve("docs/2024-05.md")));
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
