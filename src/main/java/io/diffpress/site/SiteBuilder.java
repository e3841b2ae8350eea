package io.diffpress.site;

import io.diffpress.config.SiteConfig;
import io.diffpress.content.ReportDocument;
import io.diffpress.publish.OutputFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The site stage: reads the reports in {@code content/} and renders the pages of the site
 * with the theme. It returns the files; {@link io.diffpress.publish.Publisher} writes them.
 */
public final class SiteBuilder {

    private final SiteConfig config;
    private final Theme theme;
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    public SiteBuilder(SiteConfig config) {
        this.config = config;
        this.theme = new Theme(config.themeDir());
    }

    /** Every file of the site, sorted by path. */
    public List<OutputFile> build() {
        List<ReportDocument> documents = new ArrayList<>(ContentLoader.load(config.content()));
        // Newest first; ties broken by section and path so the order never depends on the file system.
        documents.sort(Comparator.comparing(ReportDocument::date).reversed()
                .thenComparing(ReportDocument::section).thenComparing(ReportDocument::source));
        List<ReportView> reports = documents.stream().map(this::view).toList();

        List<OutputFile> out = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            ReportView report = reports.get(i);
            Map<String, Object> context = context(report.title());
            context.put("report", report);
            context.put("newer", i > 0 ? link(reports.get(i - 1)) : null);
            context.put("older", i + 1 < reports.size() ? link(reports.get(i + 1)) : null);
            out.add(OutputFile.text(report.url() + "index.html", theme.render("report.peb", context)));
        }
        int pages = Math.max(1, (reports.size() + config.pageSize() - 1) / config.pageSize());
        for (int page = 1; page <= pages; page++) {
            List<ReportView> slice = reports.subList((page - 1) * config.pageSize(),
                    Math.min(reports.size(), page * config.pageSize()));
            Map<String, Object> context = context(config.title());
            context.put("reports", slice);
            context.put("page", page);
            context.put("pages", pages);
            context.put("newer", page > 1 ? new PageLink(pageUrl(page - 1), String.valueOf(page - 1)) : null);
            context.put("older", page < pages ? new PageLink(pageUrl(page + 1), String.valueOf(page + 1)) : null);
            out.add(OutputFile.text(pageUrl(page) + "index.html", theme.render("index.peb", context)));
        }
        Map<String, Object> notFound = context("Page not found");
        out.add(OutputFile.text("404.html", theme.render("404.peb", notFound)));
        out.add(OutputFile.text(".nojekyll", ""));
        for (Map.Entry<String, byte[]> asset : theme.assets().entrySet()) {
            out.add(new OutputFile("assets/" + asset.getKey(), asset.getValue()));
        }
        out.sort(Comparator.comparing(OutputFile::path));
        return out;
    }

    private static String pageUrl(int page) {
        return page == 1 ? "" : "page/" + page + "/";
    }

    private Map<String, Object> context(String pageTitle) {
        Map<String, Object> context = new HashMap<>();
        context.put("site", new SiteView(config.title(), config.description(), config.basePath(),
                config.baseURL().toString(), config.locale().replace('_', '-')));
        context.put("pageTitle", pageTitle);
        return context;
    }

    private static PageLink link(ReportView report) {
        return new PageLink(report.url(), report.date() + " · " + report.title());
    }

    private ReportView view(ReportDocument doc) {
        int additions = doc.files().stream().mapToInt(f -> Math.max(0, f.additions())).sum();
        int deletions = doc.files().stream().mapToInt(f -> Math.max(0, f.deletions())).sum();
        List<ReportView.CommitView> commits = doc.commits().stream()
                .map(c -> new ReportView.CommitView(c.sha().length() >= 7 ? c.sha().substring(0, 7) : c.sha(), c.subject(),
                        c.author(), c.date().length() >= 10 ? c.date().substring(0, 10) : c.date(), c.pullRequest()))
                .toList();
        return new ReportView(url(doc), doc.title(), doc.date().toString(), doc.section(), doc.summary(),
                doc.permalink().filter(SiteBuilder::isWebUrl).orElse(""), doc.types(), doc.tags(),
                doc.files().size(), additions, deletions, commits, markdown.render(doc.body()));
    }

    private static boolean isWebUrl(String url) {
        return url.startsWith("https://") || url.startsWith("http://");
    }

    /** The page URL of a report, relative to the site root: its path under content/ without ".md", as a folder. */
    static String url(ReportDocument doc) {
        String path = doc.source().substring(0, doc.source().length() - 3);
        StringBuilder url = new StringBuilder();
        for (String segment : path.split("/")) {
            url.append(slug(segment)).append('/');
        }
        return url.toString();
    }

    /** A URL- and file-system-safe form of one path segment; stable for the same input. */
    static String slug(String segment) {
        StringBuilder out = new StringBuilder();
        segment.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.') {
                out.appendCodePoint(Character.toLowerCase(c));
            } else {
                out.append('-');
            }
        });
        String s = out.toString().replaceAll("-{2,}", "-").replaceAll("^[-.]+|[-.]+$", "");
        return s.isEmpty() ? "report" : s;
    }
}
