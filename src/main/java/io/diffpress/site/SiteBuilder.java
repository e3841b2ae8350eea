package io.diffpress.site;

import io.diffpress.config.SiteConfig;
import io.diffpress.content.ReportDocument;
import io.diffpress.feed.FeedChannel;
import io.diffpress.feed.FeedEntry;
import io.diffpress.feed.FeedWriter;
import io.diffpress.publish.OutputFile;
import io.diffpress.search.PartCache;

import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The site stage: reads the reports in {@code content/} and renders every page, feed and
 * sitemap of the site with the theme. It returns the files;
 * {@link io.diffpress.publish.Publisher} writes them.
 */
public final class SiteBuilder {

    private final SiteConfig config;
    private final Theme theme;
    private final Map<String, String> ui;
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final FeedWriter feeds;

    private final RenderCache cache;
    private final PartCache searchCache;

    /** A builder that renders every report (no cache on disk). */
    public SiteBuilder(SiteConfig config) {
        this(config, false);
    }

    /** @param cached keep rendered report bodies in the portal's .diffpress/cache, so rebuilds render only what changed */
    public SiteBuilder(SiteConfig config, boolean cached) {
        this.config = config;
        this.cache = cached ? RenderCache.in(config.portalDir()) : RenderCache.none();
        this.searchCache = cached ? PartCache.in(config.portalDir()) : PartCache.none();
        this.theme = new Theme(config.themeDir());
        this.ui = UiStrings.load(config.themeDir(), config.locale());
        this.feeds = new FeedWriter(config.publishing().feedFullContent());
    }

    /** Every file of the site, sorted by path. */
    public List<OutputFile> build() {
        return build(ContentLoader.load(config.content()));
    }

    /** Every file of the site made from these reports, sorted by path. */
    public List<OutputFile> build(List<ReportDocument> documents) {
        SiteModel model = SiteModel.of(config, documents, markdown, cache);
        cache.prune();
        List<OutputFile> out = new ArrayList<>();
        List<String[]> sitemap = new ArrayList<>();

        indexPages(model, out, sitemap);
        for (int i = 0; i < model.reports.size(); i++) {
            ReportView report = model.reports.get(i);
            Map<String, Object> context = context(report.title());
            context.put("report", report);
            context.put("newer", i > 0 ? link(model.reports.get(i - 1)) : null);
            context.put("older", i + 1 < model.reports.size() ? link(model.reports.get(i + 1)) : null);
            page(out, sitemap, report.url(), report.date(), "report.peb", context);
        }
        listPages(model.tags, "tags/", ui.get("tags"), model, out, sitemap);
        listPages(model.sections, "sections/", ui.get("sections"), model, out, sitemap);
        listPages(model.months, "archive/", ui.get("archive"), model, out, sitemap);
        for (ArticleView article : model.articles) {
            Map<String, Object> context = context(article.path());
            context.put("article", article);
            context.put("chart", ActivityChart.svg(article.changes().stream()
                    .map(c -> point(c.date(), Math.max(0, c.additions()) + Math.max(0, c.deletions()))).toList(), ui.get("activity")));
            page(out, sitemap, article.url(), article.changes().isEmpty() ? "" : article.changes().get(0).date(), "article.peb", context);
        }
        Map<String, Object> files = context(ui.get("documents"));
        files.put("articles", model.articles);
        page(out, sitemap, "files/", "", "articles.peb", files);
        page(out, sitemap, "search/", "", "search.peb", context(ui.get("search")));
        out.addAll(SearchIndexPages.files(model.reports, documents, model.articles, config.publishing().searchPartBytes(), searchCache));

        feed(out, config.title(), config.description(), "", model.reports);
        for (ListPage list : model.tags) {
            feed(out, config.title() + " · " + list.name(), config.description(), list.url(), list.reports());
        }
        for (ListPage list : model.sections) {
            feed(out, config.title() + " · " + list.name(), config.description(), list.url(), list.reports());
        }
        out.add(OutputFile.text("404.html", theme.render("404.peb", context(ui.get("not_found")))));
        out.add(OutputFile.text(".nojekyll", ""));
        config.publishing().cname().ifPresent(c -> out.add(OutputFile.text("CNAME", c + "\n")));
        out.add(OutputFile.text("robots.txt", "User-agent: *\nAllow: /\nSitemap: " + config.baseURL() + "sitemap.xml\n"));
        out.addAll(Sitemap.files(config.baseURL().toString(), sitemap));
        for (Map.Entry<String, byte[]> asset : theme.assets().entrySet()) {
            out.add(new OutputFile("assets/" + asset.getKey(), asset.getValue()));
        }
        out.sort(Comparator.comparing(OutputFile::path));
        return out;
    }

    private void indexPages(SiteModel model, List<OutputFile> out, List<String[]> sitemap) {
        List<ReportView> reports = model.reports;
        int pages = Math.max(1, (reports.size() + config.pageSize() - 1) / config.pageSize());
        String chart = ActivityChart.svg(reports.stream().map(r -> point(r.date(), r.changes())).toList(), ui.get("activity"));
        for (int page = 1; page <= pages; page++) {
            List<ReportView> slice = reports.subList((page - 1) * config.pageSize(), Math.min(reports.size(), page * config.pageSize()));
            Map<String, Object> context = context(config.title());
            context.put("reports", slice);
            context.put("page", page);
            context.put("pages", pages);
            context.put("chart", page == 1 ? chart : "");
            context.put("sections", model.sections);
            context.put("newer", page > 1 ? new PageLink(pageUrl(page - 1), String.valueOf(page - 1)) : null);
            context.put("older", page < pages ? new PageLink(pageUrl(page + 1), String.valueOf(page + 1)) : null);
            page(out, sitemap, pageUrl(page), page == 1 && !reports.isEmpty() ? reports.get(0).date() : "", "index.peb", context);
        }
    }

    private void listPages(List<ListPage> lists, String indexUrl, String indexTitle, SiteModel model,
                           List<OutputFile> out, List<String[]> sitemap) {
        Map<String, Object> index = context(indexTitle);
        index.put("lists", lists);
        index.put("indexTitle", indexTitle);
        page(out, sitemap, indexUrl, "", "lists.peb", index);
        for (ListPage list : lists) {
            Map<String, Object> context = context(list.name());
            context.put("list", list);
            context.put("indexUrl", indexUrl);
            context.put("indexTitle", indexTitle);
            context.put("chart", list.kind().equals("month") ? "" : ActivityChart.svg(list.reports().stream()
                    .map(r -> point(r.date(), r.changes())).toList(), ui.get("activity")));
            page(out, sitemap, list.url(), list.reports().get(0).date(), "list.peb", context);
        }
    }

    private void page(List<OutputFile> out, List<String[]> sitemap, String url, String lastmod, String template,
                      Map<String, Object> context) {
        context.put("pageUrl", url);
        out.add(OutputFile.text(url + "index.html", theme.render(template, context)));
        sitemap.add(new String[]{url, lastmod});
    }

    private void feed(List<OutputFile> out, String title, String description, String pageUrl, List<ReportView> reports) {
        String base = config.baseURL().toString();
        List<FeedEntry> entries = reports.stream().limit(config.publishing().feedSize())
                .map(r -> new FeedEntry(r.title(), base + Sitemap.encode(r.url()),
                        LocalDate.parse(r.date()).atStartOfDay(config.timeZone()), r.summary(), r.html(),
                        r.tags().stream().map(ReportView.TagLink::name).toList()))
                .toList();
        FeedChannel channel = new FeedChannel(title, description, base + Sitemap.encode(pageUrl),
                base + Sitemap.encode(pageUrl) + "index.xml", base + Sitemap.encode(pageUrl) + "atom.xml",
                config.locale().replace('_', '-').toLowerCase(), entries);
        out.add(OutputFile.text(pageUrl + "index.xml", feeds.rss(channel)));
        out.add(OutputFile.text(pageUrl + "atom.xml", feeds.atom(channel)));
    }

    private static Map.Entry<LocalDate, Integer> point(String date, int changes) {
        return new AbstractMap.SimpleEntry<>(LocalDate.parse(date), changes);
    }

    private static String pageUrl(int page) {
        return page == 1 ? "" : "page/" + page + "/";
    }

    private Map<String, Object> context(String pageTitle) {
        Map<String, Object> context = new HashMap<>();
        context.put("site", new SiteView(config.title(), config.description(), config.basePath(),
                config.baseURL().toString(), config.locale().replace('_', '-')));
        context.put("pageTitle", pageTitle);
        context.put("t", ui);
        return context;
    }

    private static PageLink link(ReportView report) {
        return new PageLink(report.url(), report.date() + " · " + report.title());
    }
}
