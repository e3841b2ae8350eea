package io.diffpress.site;

import io.diffpress.content.ReportDocument;
import io.diffpress.content.ReportFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Per-document histories across all reports. A rename joins the old path's history to the
 * new path's, so one article keeps one page across its old and new names.
 */
final class Articles {

    private final Map<String, Integer> idByPath;
    private final List<ArticleView> views;
    private final Map<Integer, String> urlById;

    private Articles(Map<String, Integer> idByPath, List<ArticleView> views, Map<Integer, String> urlById) {
        this.idByPath = idByPath;
        this.views = views;
        this.urlById = urlById;
    }

    /** {@code docs} newest first with their page URLs. */
    static Articles of(List<ReportDocument> docs, List<String> urls) {
        Map<String, Integer> idByPath = new HashMap<>();
        Map<Integer, List<ArticleView.Change>> changes = new HashMap<>();
        Map<Integer, LinkedHashSet<String>> paths = new HashMap<>();
        int next = 0;
        // Oldest first, so a rename finds the history of its old path already there.
        for (int i = docs.size() - 1; i >= 0; i--) {
            ReportDocument doc = docs.get(i);
            for (ReportFile f : doc.files()) {
                Integer id = idByPath.get(f.path());
                if (id == null && !f.oldPath().isEmpty()) {
                    id = idByPath.get(f.oldPath());
                }
                if (id == null) {
                    id = next++;
                }
                idByPath.put(f.path(), id);
                if (!f.oldPath().isEmpty()) {
                    idByPath.putIfAbsent(f.oldPath(), id);
                    paths.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(f.oldPath());
                }
                paths.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(f.path());
                changes.computeIfAbsent(id, k -> new ArrayList<>()).add(new ArticleView.Change(doc.date().toString(), f.type(),
                        f.title(), f.status(), f.path(), f.additions(), f.deletions(), urls.get(i), doc.title(), f.anchor()));
            }
        }
        // The page of a document is named after its latest path; equal slugs get a numbered suffix.
        Map<String, Integer> byLatest = new TreeMap<>();
        for (Map.Entry<Integer, LinkedHashSet<String>> e : paths.entrySet()) {
            List<String> all = new ArrayList<>(e.getValue());
            byLatest.put(all.get(all.size() - 1) + "\0" + e.getKey(), e.getKey());
        }
        Map<Integer, String> urlById = new HashMap<>();
        Map<String, Integer> usedUrls = new HashMap<>();
        List<ArticleView> views = new ArrayList<>();
        for (Map.Entry<String, Integer> e : byLatest.entrySet()) {
            int id = e.getValue();
            String latest = e.getKey().substring(0, e.getKey().indexOf('\0'));
            String url = Permalinks.article(latest);
            int n = usedUrls.merge(url, 1, Integer::sum);
            if (n > 1) {
                url = url.substring(0, url.length() - 1) + "-" + n + "/";
            }
            urlById.put(id, url);
            List<ArticleView.Change> list = new ArrayList<>(changes.get(id));
            java.util.Collections.reverse(list); // collected oldest first; pages show newest first
            List<String> older = new ArrayList<>(paths.get(id));
            older.remove(latest);
            java.util.Collections.reverse(older);
            views.add(new ArticleView(latest, url, older, list));
        }
        return new Articles(idByPath, List.copyOf(views), urlById);
    }

    Optional<String> url(String path) {
        Integer id = idByPath.get(path);
        return id == null ? Optional.empty() : Optional.ofNullable(urlById.get(id));
    }

    List<ArticleView> views() {
        return views;
    }
}
