package io.diffpress.site;

import io.diffpress.content.ReportDocument;
import io.diffpress.content.ReportFile;
import io.diffpress.publish.OutputFile;
import io.diffpress.search.IndexPart;
import io.diffpress.search.IndexSplitter;
import io.diffpress.search.PartCache;
import io.diffpress.search.SearchField;
import io.diffpress.search.SearchPage;
import io.diffpress.search.SearchStoreEntry;
import io.diffpress.search.SplitIndex;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search index of the site: reports (title boosted, summary, tags, changed paths and the
 * prose without diffs) and per-document pages (path), split by year into parts under a size
 * limit so the first search downloads only the newest part. Also ships lunr.js and search.js.
 */
final class SearchIndexPages {

    static final List<SearchField> FIELDS = List.of(SearchField.of("title", 10), SearchField.of("summary", 2),
            SearchField.of("tags", 3), SearchField.of("paths", 2), SearchField.of("body", 1));
    private static final String LUNR = "META-INF/resources/webjars/lunr/2.3.9/lunr.min.js";

    private SearchIndexPages() {
    }

    /**
     * @param prose each report's words without diffs ({@link ReportProse}) by source: made when the report was
     *              parsed, or known by its digest from the content cache and made again from the body only for
     *              the parts that must be built
     * @param ui    the theme's interface words, for the text shown with per-document results
     * @param cache parts of earlier builds: a part whose pages are unchanged is not built again
     */
    static List<OutputFile> files(List<ReportView> reports, List<ReportDocument> docs, Map<String, ProseText> prose,
                                  List<ArticleView> articles, long maxPartBytes, Map<String, String> ui, PartCache cache) {
        Map<String, ReportDocument> bySource = new LinkedHashMap<>();
        docs.forEach(d -> bySource.put(d.source(), d));
        List<SearchPage> pages = new ArrayList<>();
        // Per-document pages come first in their year: the splitter cuts from the oldest end, so they sit at the
        // newest end of each year, where a page that moves to a newer year leaves only the year's last part changed.
        for (ArticleView article : articles) {
            String date = article.changes().isEmpty() ? "" : article.changes().get(0).date();
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("title", nameWords(article.path().substring(article.path().lastIndexOf('/') + 1)));
            fields.put("paths", nameWords(String.join(" ", article.oldPaths()) + " " + article.path()));
            pages.add(new SearchPage(date.isEmpty() ? "0000" : date.substring(0, 4), fields, new SearchStoreEntry(article.url(),
                    FastText.printable(article.path()), date, "", changeCount(article.changes().size(), ui),
                    List.of(), List.of())));
        }
        for (int i = 0; i < reports.size(); i++) {
            ReportView report = reports.get(i);
            ReportDocument doc = bySource.get(report.source());
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("title", report.title());
            fields.put("summary", report.summary());
            fields.put("tags", String.join(" ", report.tags().stream().map(ReportView.TagLink::name).toList()));
            fields.put("paths", nameWords(String.join(" ", doc.files().stream().map(ReportFile::path).toList())));
            // The prose, by far the largest field, is read only if this report's part must be built.
            pages.add(new SearchPage(report.date().substring(0, 4), fields, Map.of("body", prose.get(report.source()).lazy()), 1,
                    // what a result shows, with a control character as U+FFFD as the pages show it (JSON would keep it raw)
                    new SearchStoreEntry(report.url(), FastText.printable(report.title()), report.date(), report.section(),
                            FastText.printable(report.summary()),
                            report.tags().stream().map(ReportView.TagLink::name).map(FastText::printable).toList(), report.types(),
                            report.lang() == null ? "" : report.lang())));
        }
        SplitIndex split = new IndexSplitter(FIELDS, maxPartBytes, cache).split(pages);
        List<OutputFile> out = new ArrayList<>();
        out.add(new OutputFile("search/" + SplitIndex.MANIFEST_FILE, split.manifest()));
        for (IndexPart part : split.parts()) {
            out.add(new OutputFile("search/" + part.indexFile(), part.index()));
            out.add(new OutputFile("search/" + part.storeFile(), part.store()));
        }
        out.add(new OutputFile("assets/lunr.js", resource(LUNR)));
        out.add(new OutputFile("assets/search.js", resource("io/diffpress/search/search.js")));
        return out;
    }

    private static String changeCount(int n, Map<String, String> ui) {
        return n == 1 ? ui.getOrDefault("change_count", "1 change")
                : ui.getOrDefault("changes_count", "{0} changes").replace("{0}", String.valueOf(n));
    }

    /** Path separators as spaces, so "how-to/responses.md" is found by "responses" (lunr splits only at spaces and '-'). */
    static String words(String paths) {
        return words(paths, true);
    }

    private static String words(String paths, boolean underscoreSeparates) {
        // a loop, not a regex replaceAll: this runs over the paths of every report on every build
        StringBuilder out = new StringBuilder(paths.length());
        boolean inRun = false;
        for (int i = 0; i < paths.length(); i++) {
            char c = paths.charAt(i);
            boolean separator = isSeparator(c) && (underscoreSeparates || c != '_');
            if (!separator) {
                out.append(c);
            } else if (!inRun) {
                out.append(' '); // a run of separators is one space
            }
            inRun = separator;
        }
        return out.toString().trim();
    }

    private static boolean isSeparator(char c) {
        return c == '/' || c == '.' || c == '_';
    }

    /**
     * Paths or names as their words ("sitebuilder", "java"), whole, and by their file names: a query is cut only where
     * lunr's tokenizer cuts (spaces, hyphens), so "SiteBuilder.java" or a full path typed as it is must find the term
     * it is. A part of a name with underscores is also there with them ("release_notes" of "v1.2-release_notes.md"):
     * lunr keeps a typed "release_notes" whole, as CommonMark shows it. One pass over the paths, each word once.
     */
    static String nameWords(String paths) {
        String whole = paths.trim();
        String words = words(paths);
        if (words.equals(whole)) {
            return words; // a plain name: "README"
        }
        StringBuilder out = new StringBuilder(whole.length() * 3).append(words).append(' ').append(whole);
        for (int start = 0; start < whole.length(); ) {
            int end = whole.indexOf(' ', start);
            if (end < 0) {
                end = whole.length();
            }
            int slash = whole.lastIndexOf('/', end - 1);
            if (slash >= start && slash < end - 1) {
                out.append(' ').append(whole, slash + 1, end);
            }
            appendUnderscored(out, whole, start, end);
            start = end + 1;
        }
        return out.toString();
    }

    /** The parts of {@code path[start, end)} between '/' and '.' that hold a '_' (not the path itself, already there). */
    private static void appendUnderscored(StringBuilder out, String path, int start, int end) {
        for (int from = start; from < end; ) {
            int to = from;
            boolean underscore = false;
            while (to < end && path.charAt(to) != '/' && path.charAt(to) != '.') {
                underscore |= path.charAt(to) == '_';
                to++;
            }
            if (underscore && !(from == start && to == end)) {
                out.append(' ').append(path, from, to);
            }
            from = to + 1;
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = SearchIndexPages.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }
}
