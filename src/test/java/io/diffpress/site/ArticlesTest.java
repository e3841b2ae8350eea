package io.diffpress.site;

import io.diffpress.content.ItemAnchor;
import io.diffpress.content.ReportDocument;
import io.diffpress.content.ReportFile;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Per-document histories follow renames in time order. */
class ArticlesTest {

    /** Reports given oldest first, as a test reads best; Articles gets them newest first as the site has them. */
    private static Articles articles(List<ReportDocument> oldestFirst) {
        List<ReportDocument> docs = new ArrayList<>(oldestFirst);
        Collections.reverse(docs);
        return Articles.of(docs, docs.stream().map(d -> "r/" + d.source().replace(".md", "/")).toList(), "en-US");
    }

    private static ReportDocument report(String day, ReportFile... files) {
        return report("all", day, files);
    }

    private static ReportDocument report(String section, String day, ReportFile... files) {
        return report(section, day, "https://github.com/o/r/compare/" + day + "-base..." + day, files);
    }

    /** A report of the range whose compare view is {@code permalink} (null: none, as other tools may write). */
    private static ReportDocument report(String section, String day, String permalink, ReportFile... files) {
        return new ReportDocument(section + "/" + day + ".md",
                "Report " + day, LocalDate.parse(day), "", Optional.ofNullable(permalink), "",
                section, List.of(), List.of(), List.of(files), List.of(), Optional.empty(), "");
    }

    private static ReportFile file(String status, String path) {
        return new ReportFile(path, "", status, "minor update", status + " " + path, 1, 0, ItemAnchor.of(path));
    }

    private static ReportFile renamed(String from, String to) {
        return new ReportFile(to, from, "renamed", "minor update", "renamed " + to, 0, 0, ItemAnchor.of(to));
    }

    private static ArticleView view(Articles articles, String path) {
        List<ArticleView> found = articles.views().stream().filter(v -> v.path().equals(path)).toList();
        assertEquals(1, found.size(), "one page named " + path + " in " + articles.views());
        return found.get(0);
    }

    private static List<String> dates(ArticleView view) {
        return view.changes().stream().map(ArticleView.Change::date).toList();
    }

    @Test
    void aFileAddedLaterAtARenamedFilesOldPathHasAHistoryOfItsOwn() {
        Articles articles = articles(List.of(
                report("2025-01-01", file("added", "a.md")),
                report("2025-01-02", renamed("a.md", "b.md")),
                report("2025-01-03", file("added", "a.md")),
                report("2025-01-04", file("modified", "b.md"), file("modified", "a.md"))));
        ArticleView b = view(articles, "b.md");
        assertEquals(List.of("2025-01-04", "2025-01-02", "2025-01-01"), dates(b), "newest first, across the rename");
        assertEquals(List.of("a.md"), b.oldPaths());
        ArticleView a = view(articles, "a.md");
        assertEquals(List.of("2025-01-04", "2025-01-03"), dates(a), "the new a.md is not b.md's past");
        assertEquals(List.of(), a.oldPaths());
        assertEquals(2, articles.views().size());
        // Summary Table rows link by the document as it was in each report (index 0 is the newest report).
        assertEquals(Optional.of(b.url()), articles.url(3, "a.md"), "the first a.md is b.md's page");
        assertEquals(Optional.of(a.url()), articles.url(1, "a.md"), "the second a.md is its own page");
        assertEquals(Optional.of(a.url()), articles.url(0, "a.md"));
        assertEquals(Optional.of(b.url()), articles.url(0, "b.md"));
        assertEquals("files/b.md/", b.url());
        assertEquals("files/a.md/", a.url());
    }

    @Test
    void aFileRenamedBackIsNamedAfterItsLatestPath() {
        Articles articles = articles(List.of(
                report("2025-01-01", file("added", "A.md")),
                report("2025-01-02", renamed("A.md", "B.md")),
                report("2025-01-03", renamed("B.md", "A.md"))));
        assertEquals(1, articles.views().size(), "one document");
        ArticleView a = view(articles, "A.md");
        assertEquals("files/a.md/", a.url());
        assertEquals(List.of("B.md"), a.oldPaths());
        assertEquals(List.of("A.md", "B.md", "A.md"), pathsOldestFirst(a));
        assertEquals(Optional.of(a.url()), articles.url(1, "B.md"));
    }

    @Test
    void aSwapInOneRangeKeepsEachDocumentsHistory() {
        Articles articles = articles(List.of(
                report("2025-01-01", file("added", "x.md"), file("added", "y.md")),
                report("2025-01-02", renamed("x.md", "y.md"), renamed("y.md", "x.md")),
                report("2025-01-03", file("modified", "x.md"))));
        ArticleView nowX = view(articles, "x.md");
        ArticleView nowY = view(articles, "y.md");
        assertEquals(List.of("y.md", "x.md", "x.md"), pathsOldestFirst(nowX), "the document that started as y.md");
        assertEquals(List.of("y.md"), nowX.oldPaths());
        assertEquals(List.of("x.md", "y.md"), pathsOldestFirst(nowY), "the document that started as x.md");
        assertEquals(List.of("x.md"), nowY.oldPaths());
    }

    private static List<String> pathsOldestFirst(ArticleView view) {
        List<String> paths = new ArrayList<>(view.changes().stream().map(ArticleView.Change::path).toList());
        Collections.reverse(paths);
        return paths;
    }

    @Test
    void aRenameListedBySectionsThatOverlapIsFollowedOnce() {
        Articles articles = articles(List.of(
                report("all", "2025-01-01", file("added", "docs/a.md")),
                report("all", "2025-01-02", renamed("docs/a.md", "docs/b.md")),
                report("docs", "2025-01-02", renamed("docs/a.md", "docs/b.md"))));
        assertEquals(1, articles.views().size(), articles.views().toString());
        // the rename both sections' reports list is one change of the document: one row, counted once
        assertEquals(List.of("2025-01-02", "2025-01-01"), dates(view(articles, "docs/b.md")));
        assertEquals("r/all/2025-01-02/", view(articles, "docs/b.md").changes().get(0).reportUrl());
    }

    /**
     * Two ranges of one day (two pull requests merged, the commits strategy) that each change a file alike, and reports
     * without a compare view, keep a row each: only one range's change told by two sections is one row.
     */
    @Test
    void alikeChangesOfTwoRangesOfOneDayAreBothListed() {
        ReportFile edit = new ReportFile("docs/a.md", "", "modified", "minor update", "Updated `a.md`", 1, 1, ItemAnchor.of("docs/a.md"));
        Articles twoRanges = articles(List.of(report("all", "2025-01-02", "https://x/compare/a...b", edit),
                report("all", "2025-01-02", "https://x/compare/b...c", edit)));
        assertEquals(2, view(twoRanges, "docs/a.md").changes().size());
        Articles noRange = articles(List.of(report("all", "2025-01-02", (String) null, edit), report("docs", "2025-01-02", (String) null, edit)));
        assertEquals(2, view(noRange, "docs/a.md").changes().size());
        Articles oneRange = articles(List.of(report("all", "2025-01-02", "https://x/compare/a...b", edit),
                report("docs", "2025-01-02", "https://x/compare/a...b", edit)));
        assertEquals(1, view(oneRange, "docs/a.md").changes().size());
        // without permalinks, the range the front matter names tells the same commits (an audit)
        Articles sameCommits = articles(List.of(ranged("all", "a", "b", edit), ranged("docs", "a", "b", edit)));
        assertEquals(1, view(sameCommits, "docs/a.md").changes().size());
        Articles otherCommits = articles(List.of(ranged("all", "a", "b", edit), ranged("docs", "b", "c", edit)));
        assertEquals(2, view(otherCommits, "docs/a.md").changes().size());
    }

    /** A report without permalink whose front matter names the commits it compares. */
    private static ReportDocument ranged(String section, String base, String head, ReportFile... files) {
        return new ReportDocument(section + "/2025-01-02.md", "Report", LocalDate.parse("2025-01-02"), "", Optional.empty(), "",
                section, List.of(), List.of(), List.of(files), List.of(), Optional.empty(), Optional.empty(),
                io.diffpress.content.ReportBody.of(""), Optional.of(new ReportDocument.Range(base, head)));
    }

    @Test
    void aPathListedTwiceInOneReportIsOneDocumentWithBothChanges() {
        // two file names git tells apart that read alike (caf\xe9.md and caf\xe8.md, both "caf\uFFFD.md"), or a hand edit
        ReportFile latin1 = new ReportFile("docs/café.md", "", "added", "new feature", "New file one", 1, 0, ItemAnchor.of("docs/café.md"));
        ReportFile utf8 = new ReportFile("docs/café.md", "", "added", "new feature", "New file two", 2, 0, ItemAnchor.of("docs/café.md"));
        Articles articles = articles(List.of(report("2025-01-01", latin1, utf8), report("2025-01-02", file("modified", "docs/café.md"))));
        ArticleView view = view(articles, "docs/café.md");
        assertEquals(List.of("New file one", "New file two", "modified docs/café.md"),
                view.changes().stream().map(ArticleView.Change::title).sorted().toList());
        assertEquals(1, articles.views().size());
    }

    @Test
    void aRemovedFileThatComesBackContinuesItsHistory() {
        Articles articles = articles(List.of(
                report("2025-01-01", file("added", "a.md")),
                report("2025-01-02", file("removed", "a.md")),
                report("2025-01-03", file("added", "a.md"))));
        assertEquals(List.of("2025-01-03", "2025-01-02", "2025-01-01"), dates(view(articles, "a.md")));
    }

    @Test
    void aCopyDoesNotTakeTheOriginalsHistory() {
        Articles articles = articles(List.of(
                report("2025-01-01", file("added", "a.md")),
                report("2025-01-02", new ReportFile("c.md", "a.md", "copied", "new feature", "copy", 3, 0, ItemAnchor.of("c.md"))),
                report("2025-01-03", file("modified", "a.md"))));
        assertEquals(List.of("2025-01-03", "2025-01-01"), dates(view(articles, "a.md")));
        assertEquals(List.of("2025-01-02"), dates(view(articles, "c.md")));
    }

    @Test
    void documentsWhoseUrlsClashGetNumberedUrlsThatNoOtherDocumentUses() {
        Articles articles = articles(List.of(
                report("2025-01-01", file("added", "A.md"), file("added", "a.md"), file("added", "a.md-2"))));
        assertEquals(List.of("files/a.md/", "files/a.md-3/", "files/a.md-2/"),
                articles.views().stream().map(ArticleView::url).toList(), "sorted by path: A.md, a.md, a.md-2");
    }

    /** A document added later whose URL clashes with an older one's gets the number: the older page keeps its URL. */
    @Test
    void anOlderDocumentKeepsItsUrlWhenANewOneClashesWithIt() {
        ReportDocument first = report("2025-01-01", file("added", "docs/index.md"), file("added", "docs/what?.md"));
        Articles before = articles(List.of(first));
        assertEquals("files/docs/index.md/", view(before, "docs/index.md").url());
        assertEquals("files/docs/what-.md/", view(before, "docs/what?.md").url());
        Articles after = articles(List.of(first, report("2025-01-02", file("added", "docs/Index.md"), file("added", "docs/what!.md"))));
        assertEquals("files/docs/index.md/", view(after, "docs/index.md").url(), "not taken over by docs/Index.md");
        assertEquals("files/docs/index.md-2/", view(after, "docs/Index.md").url());
        assertEquals("files/docs/what-.md/", view(after, "docs/what?.md").url());
        assertEquals("files/docs/what-.md-2/", view(after, "docs/what!.md").url());
    }

    /** A folder index.html would stand where the page above it is (files/index.html lists the documents). */
    @Test
    void aDocumentNamedIndexHtmlGetsAUrlOfItsOwn() {
        Articles articles = articles(List.of(report("2025-01-01", file("added", "index.html"), file("added", "docs/index.html"))));
        assertEquals(List.of("files/docs/index-html/", "files/index-html/"), articles.views().stream().map(ArticleView::url).toList());
    }

    /** page/N/ below a document's URL is a page of its history (SiteBuilder.historyPages): no document gets such a URL. */
    @Test
    void aDocumentNeverHasTheUrlOfAPageOfAnotherOnesHistory() {
        Articles articles = articles(List.of(report("2025-01-01", file("added", "x.md"), file("added", "x.md/page/2"),
                file("added", "x.md/page/two"), file("added", "x.md/Page/12"))));
        assertEquals(List.of("files/x.md/", "files/x.md/page/12-2/", "files/x.md/page/2-2/", "files/x.md/page/two/"),
                articles.views().stream().map(ArticleView::url).toList(), "sorted by path: x.md, x.md/Page/12, x.md/page/2, …");
    }

    /** A long name's folder fits the file system (255 bytes) with its "-N", and two long names cut alike still differ. */
    @Test
    void aLongNameGetsAFolderTheFileSystemTakes() {
        String l = "L".repeat(251);
        String kanji = "記".repeat(120); // 360 bytes in UTF-8
        Articles articles = articles(List.of(report("2025-01-01", file("added", l + ".md"), file("added", "-" + l + ".md"),
                file("added", "docs/" + kanji + "a.md"), file("added", "docs/" + kanji + "b.md"))));
        List<String> urls = articles.views().stream().map(ArticleView::url).toList();
        assertEquals(4, urls.stream().distinct().count(), urls.toString());
        for (String url : urls) {
            for (String segment : url.split("/")) {
                assertTrue(segment.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 210, segment);
            }
        }
    }
}
