package io.diffpress.site;

import io.diffpress.DiffpressException;
import io.diffpress.Stage;
import io.diffpress.config.SiteConfig;
import io.diffpress.content.ReportDocument;
import io.diffpress.content.ReportFile;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything the pages are made from, computed once from the reports: the report views
 * (newest first), tag, section and month lists, and the per-document histories.
 */
final class SiteModel {

    final List<ReportView> reports;
    final List<ListPage> tags;
    final List<ListPage> sections;
    final List<ListPage> months;
    final List<ArticleView> articles;

    private SiteModel(List<ReportView> reports, List<ListPage> tags, List<ListPage> sections, List<ListPage> months,
                      List<ArticleView> articles) {
        this.reports = reports;
        this.tags = tags;
        this.sections = sections;
        this.months = months;
        this.articles = articles;
    }

    static SiteModel of(SiteConfig config, List<ReportDocument> input, MarkdownRenderer markdown, RenderCache cache) {
        List<ReportDocument> docs = new ArrayList<>(input);
        // Newest first; ties broken by section and path so the order never depends on the file system.
        docs.sort(Comparator.comparing(ReportDocument::date).reversed()
                .thenComparing(ReportDocument::section).thenComparing(ReportDocument::source));
        Permalinks permalinks = new Permalinks(config.publishing().permalinks());
        Map<String, String> urlOwner = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (ReportDocument doc : docs) {
            String url = permalinks.report(doc);
            String other = urlOwner.putIfAbsent(url, doc.source());
            if (other != null) {
                duplicates.add("content/" + doc.source() + " and content/" + other + " both want the page /" + url);
            }
            urls.add(url);
        }
        if (!duplicates.isEmpty()) {
            throw new DiffpressException(Stage.SITE, DiffpressException.Kind.BUILD,
                    "duplicate page URLs (change a file name or the permalinks pattern):\n  " + String.join("\n  ", duplicates));
        }
        Articles articles = Articles.of(docs, urls);
        List<ReportView> views = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            views.add(null);
        }
        // Rendering is the expensive part and each report is independent: use every core.
        java.util.stream.IntStream.range(0, docs.size()).parallel().forEach(i ->
                views.set(i, view(config, docs.get(i), urls.get(i), markdown, articles, cache)));

        Map<String, List<ReportView>> byTag = new TreeMap<>();
        Map<String, List<ReportView>> bySection = new TreeMap<>();
        Map<String, List<ReportView>> byMonth = new TreeMap<>(Comparator.reverseOrder());
        for (ReportView view : views) {
            for (ReportView.TagLink tag : view.tags()) {
                byTag.computeIfAbsent(tag.name(), k -> new ArrayList<>()).add(view);
            }
            if (!view.section().isEmpty()) {
                bySection.computeIfAbsent(view.section(), k -> new ArrayList<>()).add(view);
            }
            byMonth.computeIfAbsent(view.date().substring(0, 7), k -> new ArrayList<>()).add(view);
        }
        List<ListPage> tags = new ArrayList<>();
        byTag.forEach((name, list) -> tags.add(new ListPage("tag", name, tagUrl(name), tagUrl(name) + "index.xml", list)));
        List<ListPage> sections = new ArrayList<>();
        bySection.forEach((name, list) -> sections.add(new ListPage("section", name, sectionUrl(name), sectionUrl(name) + "index.xml", list)));
        List<ListPage> months = new ArrayList<>();
        byMonth.forEach((month, list) -> months.add(new ListPage("month", month,
                "archive/" + month.substring(0, 4) + "/" + month.substring(5, 7) + "/", "", list)));
        return new SiteModel(List.copyOf(views), List.copyOf(tags), List.copyOf(sections), List.copyOf(months), articles.views());
    }

    static String tagUrl(String name) {
        return "tags/" + Permalinks.slug(name) + "/";
    }

    static String sectionUrl(String name) {
        return "sections/" + Permalinks.slug(name) + "/";
    }

    private static ReportView view(SiteConfig config, ReportDocument doc, String url, MarkdownRenderer markdown, Articles articles,
                                   RenderCache cache) {
        int additions = doc.files().stream().mapToInt(f -> Math.max(0, f.additions())).sum();
        int deletions = doc.files().stream().mapToInt(f -> Math.max(0, f.deletions())).sum();
        String compare = doc.permalink().filter(SiteModel::isWebUrl).orElse("");
        List<ReportView.CommitView> commits = doc.commits().stream()
                .map(c -> new ReportView.CommitView(c.sha().length() >= 7 ? c.sha().substring(0, 7) : c.sha(), c.subject(),
                        c.author(), c.date().length() >= 10 ? c.date().substring(0, 10) : c.date(), c.pullRequest(),
                        LinkRewriter.commitUrl(compare, c.sha()).orElse("")))
                .toList();
        StringBuilder histories = new StringBuilder();
        for (ReportFile f : doc.files()) {
            histories.append(f.anchor()).append('=').append(articles.url(f.path()).orElse("")).append('\n');
        }
        String key = RenderCache.key(doc.body(), compare, config.publishing().docsBaseURL().orElse(""), config.basePath(),
                histories.toString());
        String html = cache.get(key).orElseGet(() -> {
            MarkdownRenderer.Rendered rendered = markdown.renderBody(doc.body());
            Element body = rendered.body();
            LinkRewriter.forReport(compare, config.publishing().docsBaseURL()).rewrite(body);
            linkHistories(body, doc, articles, config.basePath());
            String fresh = rendered.html();
            cache.put(key, fresh);
            return fresh;
        });
        List<String> tagNames = new ArrayList<>();
        if (!doc.section().isEmpty()) {
            tagNames.add(doc.section());
        }
        tagNames.addAll(doc.types());
        tagNames.addAll(doc.tags());
        Map<String, ReportView.TagLink> tags = new LinkedHashMap<>();
        for (String name : tagNames) {
            String clean = name.trim();
            if (!clean.isEmpty()) {
                tags.putIfAbsent(clean, new ReportView.TagLink(clean, tagUrl(clean)));
            }
        }
        return new ReportView(url, doc.title(), doc.date().toString(), doc.section(),
                doc.section().isEmpty() ? "" : sectionUrl(doc.section()), doc.summary(), compare,
                doc.types(), List.copyOf(tags.values()), doc.files().size(), additions, deletions, commits, html, doc.source());
    }

    /** Adds a link to each file's history page in the Summary Table rows. */
    private static void linkHistories(Element body, ReportDocument doc, Articles articles, String base) {
        Map<String, String> pathByAnchor = new HashMap<>();
        for (ReportFile f : doc.files()) {
            pathByAnchor.put(f.anchor(), f.path());
        }
        for (Element a : body.select("table tr > td:first-child a[href^=#item-]")) {
            String path = pathByAnchor.get(a.attr("href").substring(1));
            Optional<String> url = path == null ? Optional.empty() : articles.url(path);
            url.ifPresent(u -> a.parent().appendText(" ").appendElement("a").addClass("history")
                    .attr("href", base + u).attr("title", "History of " + path).text("history"));
        }
    }

    private static boolean isWebUrl(String url) {
        return url.startsWith("https://") || url.startsWith("http://");
    }
}
