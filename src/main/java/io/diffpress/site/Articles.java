package io.diffpress.site;

import io.diffpress.content.ReportDocument;
import io.diffpress.content.ReportFile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Per-document histories across all reports. Reports are replayed oldest first, keeping track
 * of which document lives at which path: a rename moves the document to its new path and
 * frees the old one, so a file created later at the old path starts a history of its own,
 * and a file renamed A → B → A keeps one history named after its latest path.
 */
final class Articles {

    private final List<Map<String, Integer>> idsByReport;
    private final List<ArticleView> views;
    private final Map<Integer, String> urlById;

    private Articles(List<Map<String, Integer>> idsByReport, List<ArticleView> views, Map<Integer, String> urlById) {
        this.idsByReport = idsByReport;
        this.views = views;
        this.urlById = urlById;
    }

    /** One document's changes, oldest first, and the path of each. */
    private static final class History {
        final List<ArticleView.Change> changes = new ArrayList<>();
        final List<String> paths = new ArrayList<>();
        /** The compare view (front matter permalink) of each change's report, null when it has none. */
        final List<String> ranges = new ArrayList<>();
    }

    /** {@code docs} newest first with their page URLs (same order), on a site in {@code siteLang} ("en-US"). */
    static Articles of(List<ReportDocument> docs, List<String> urls, String siteLang) {
        Map<String, Integer> living = new HashMap<>(); // path → the document there now
        List<History> histories = new ArrayList<>();
        List<Map<String, Integer>> idsByReport = new ArrayList<>(Collections.nCopies(docs.size(), Map.of()));
        for (int i = docs.size() - 1; i >= 0; i--) {
            ReportDocument doc = docs.get(i);
            List<ReportFile> files = doc.files().stream().filter(Articles::namedByPath).toList();
            Map<String, Integer> ids = identify(files, living, histories);
            move(files, ids, living);
            for (ReportFile f : files) {
                History h = histories.get(ids.get(f.path()));
                h.paths.add(f.path());
                ArticleView.Change change = new ArticleView.Change(doc.date().toString(), f.type(), f.title(), f.status(), f.path(),
                        f.additions(), f.deletions(), urls.get(i), doc.title(), f.anchor(), SiteModel.otherLanguage(doc, siteLang));
                // the range the front matter names, else the compare view: reports without a permalink name theirs too
                String range = doc.range().map(r -> "range " + r.base() + "..." + r.head()).or(doc::permalink).orElse(null);
                if (!listedAlready(h, change, range)) {
                    h.changes.add(change);
                    h.ranges.add(range);
                }
            }
            idsByReport.set(i, ids);
        }
        return named(histories, idsByReport);
    }

    /**
     * Whether the history lists this change already, from another report of the same range (the same commits, or compare
     * view): one
     * change in two sections' reports (a file moved from one section's folder to another's, or sections that overlap)
     * is one row, counted once. Two reports of one day without a compare view, or of two ranges (two pull requests
     * merged that day), keep a row each.
     */
    private static boolean listedAlready(History h, ArticleView.Change c, String range) {
        if (range == null) {
            return false;
        }
        for (int k = h.changes.size() - 1; k >= 0 && h.changes.get(k).date().equals(c.date()); k--) {
            ArticleView.Change o = h.changes.get(k);
            if (range.equals(h.ranges.get(k)) && o.path().equals(c.path()) && o.status().equals(c.status()) && o.type().equals(c.type()) && o.title().equals(c.title())
                    && o.additions() == c.additions() && o.deletions() == c.deletions()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a file is named by its path: a path with a folder, or one whose anchor is the MD5 anchor of that path.
     * A Summary Table row of another tool's report whose anchor matched no file heading has only its link text,
     * a bare file name ("index.md") that many documents share: it gets no history page rather than a merged one.
     */
    private static boolean namedByPath(ReportFile f) {
        return f.path().contains("/") || io.diffpress.content.ItemAnchor.of(f.path()).equals(f.anchor());
    }

    /**
     * The document of each file of one report, from where documents lived before it: all lookups
     * happen before any move, so a swap (a → b and b → a in one range) is followed correctly.
     */
    private static Map<String, Integer> identify(List<ReportFile> files, Map<String, Integer> living, List<History> histories) {
        Set<String> renamedAway = new HashSet<>();
        for (ReportFile f : files) {
            if (isRename(f)) {
                renamedAway.add(f.oldPath());
            }
        }
        Map<String, Integer> ids = new HashMap<>();
        for (ReportFile f : files) {
            if (ids.containsKey(f.path())) {
                // one path twice in a report (two file names that read alike, a report edited by hand): one document
                continue;
            }
            Integer id = isRename(f) ? living.get(f.oldPath()) : null;
            // A new file where a document moved away in this same range is another document.
            boolean newAtFreedPath = !isRename(f) && renamedAway.contains(f.path());
            if (id == null && !newAtFreedPath) {
                // Also a rename another report of the same range (overlapping sections) already followed.
                id = living.get(f.path());
            }
            if (id == null) {
                id = histories.size();
                histories.add(new History());
            }
            ids.putIfAbsent(f.path(), id);
        }
        return ids;
    }

    /** Renamed documents leave their old paths; every file's document now lives at its path. */
    private static void move(List<ReportFile> files, Map<String, Integer> ids, Map<String, Integer> living) {
        for (ReportFile f : files) {
            if (isRename(f) && ids.get(f.path()).equals(living.get(f.oldPath()))) {
                living.remove(f.oldPath());
            }
        }
        for (ReportFile f : files) {
            // A removed file keeps its path: restoring it later continues its history.
            living.put(f.path(), ids.get(f.path()));
        }
    }

    private static boolean isRename(ReportFile f) {
        return !f.oldPath().isEmpty() && !f.oldPath().equals(f.path()) && !f.status().equals("copied");
    }

    /** Names each history after its latest path; documents whose URLs would clash get "-2", "-3", … */
    private static Articles named(List<History> histories, List<Map<String, Integer>> idsByReport) {
        Map<String, Integer> byLatest = new TreeMap<>();
        Set<String> wanted = new HashSet<>();
        for (int id = 0; id < histories.size(); id++) {
            List<String> paths = histories.get(id).paths;
            String latest = paths.get(paths.size() - 1);
            byLatest.put(latest + "\0" + String.format("%010d", id), id);
            wanted.add(Permalinks.article(latest));
        }
        // URLs are handed out in the order the documents first appeared (ids count from the oldest report): a
        // document added later whose URL clashes with an older one's ("Index.md" by "index.md") gets the number,
        // so the older page keeps its URL and the links to it
        Map<Integer, String> urlById = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (int id = 0; id < histories.size(); id++) {
            List<String> paths = histories.get(id).paths;
            urlById.put(id, uniqueUrl(Permalinks.article(paths.get(paths.size() - 1)), taken, wanted));
        }
        List<ArticleView> views = new ArrayList<>();
        for (Map.Entry<String, Integer> e : byLatest.entrySet()) {
            History h = histories.get(e.getValue());
            String latest = h.paths.get(h.paths.size() - 1);
            String url = urlById.get(e.getValue());
            List<ArticleView.Change> newestFirst = new ArrayList<>(h.changes);
            Collections.reverse(newestFirst);
            LinkedHashSet<String> older = new LinkedHashSet<>();
            for (int k = h.paths.size() - 1; k >= 0; k--) {
                if (!h.paths.get(k).equals(latest)) {
                    older.add(h.paths.get(k));
                }
            }
            views.add(new ArticleView(latest, url, new ArrayList<>(older), newestFirst));
        }
        return new Articles(idsByReport, List.copyOf(views), urlById);
    }

    /** The end of the URL of a page of a history after its first ({@code SiteBuilder.historyPages}). */
    private static final java.util.regex.Pattern HISTORY_PAGE = java.util.regex.Pattern.compile("/page/[0-9]+/$");

    /**
     * The first free URL: {@code url} itself, else with a number no other document's own URL uses. A document at
     * {@code x.md/page/2} would have the URL of page 2 of {@code x.md}'s history: it is numbered too.
     */
    private static String uniqueUrl(String url, Set<String> taken, Set<String> wanted) {
        if (!HISTORY_PAGE.matcher(url).find() && taken.add(url)) {
            return url;
        }
        String stem = url.substring(0, url.length() - 1);
        for (int n = 2; ; n++) {
            String candidate = stem + "-" + n + "/";
            if (!wanted.contains(candidate) && taken.add(candidate)) {
                return candidate;
            }
        }
    }

    /** The history page of a file as listed in report {@code reportIndex} (index into the newest-first list). */
    Optional<String> url(int reportIndex, String path) {
        Integer id = idsByReport.get(reportIndex).get(path);
        return id == null ? Optional.empty() : Optional.ofNullable(urlById.get(id));
    }

    /** {@link #url(int, String)} for one report. */
    java.util.function.Function<String, Optional<String>> forReport(int reportIndex) {
        return path -> url(reportIndex, path);
    }

    List<ArticleView> views() {
        return views;
    }
}
