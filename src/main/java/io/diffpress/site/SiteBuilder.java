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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

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

    /**
     * A page to render: its URL, the date it last changed for the sitemap ("" when none), and its
     * template context, made when the page is rendered so that charts are drawn in parallel too.
     */
    private record Page(String url, String lastmod, String template, Supplier<Map<String, Object>> context) {
    }

    /** Every file of the site made from these reports, sorted by path. */
    public List<OutputFile> build(List<ReportDocument> documents) {
        SiteModel model = SiteModel.of(config, documents, markdown, cache, ui);
        cache.prune();
        List<Page> pages = new ArrayList<>();
        paginated(pages, "", config.title(), model.reports, "index.peb", context -> context.put("sections", model.sections),
                () -> ActivityChart.svg(points(model.reports), ui));
        for (int i = 0; i < model.reports.size(); i++) {
            ReportView report = model.reports.get(i);
            PageLink newer = i > 0 ? link(model.reports.get(i - 1)) : null;
            PageLink older = i + 1 < model.reports.size() ? link(model.reports.get(i + 1)) : null;
            pages.add(new Page(report.url(), report.date(), "report.peb", () -> {
                Map<String, Object> context = context(report.title());
                context.put("report", report);
                context.put("newer", newer);
                context.put("older", older);
                return context;
            }));
        }
        listPages(pages, model.tags, "tags/", ui.get("tags"));
        listPages(pages, model.sections, "sections/", ui.get("sections"));
        listPages(pages, model.months, "archive/", ui.get("archive"));
        for (ArticleView article : model.articles) {
            pages.add(new Page(article.url(), article.changes().isEmpty() ? "" : article.changes().get(0).date(), "article.peb", () -> {
                Map<String, Object> context = context(article.path());
                context.put("article", article);
                context.put("chart", ActivityChart.svg(article.changes().stream()
                        .map(c -> point(c.date(), Math.max(0, c.additions()) + Math.max(0, c.deletions()))).toList(), ui));
                return context;
            }));
        }
        pages.add(new Page("files/", "", "articles.peb", () -> {
            Map<String, Object> files = context(ui.get("documents"));
            files.put("articles", model.articles);
            return files;
        }));
        pages.add(new Page("search/", "", "search.peb", () -> context(ui.get("search"))));

        List<OutputFile> out = new ArrayList<>(render(pages));
        out.addAll(SearchIndexPages.files(model.reports, documents, model.articles, config.publishing().searchPartBytes(), ui,
                searchCache));
        out.addAll(feeds(model));
        out.add(OutputFile.text("404.html", theme.render("404.peb", context(ui.get("not_found")))));
        out.add(OutputFile.text(".nojekyll", ""));
        config.publishing().cname().ifPresent(c -> out.add(OutputFile.text("CNAME", c + "\n")));
        out.add(OutputFile.text("robots.txt", "User-agent: *\nAllow: /\nSitemap: " + config.baseURL() + "sitemap.xml\n"));
        out.addAll(Sitemap.files(config.baseURL().toString(), pages.stream().map(p -> new String[]{p.url(), p.lastmod()}).toList()));
        for (Map.Entry<String, byte[]> asset : theme.assets().entrySet()) {
            out.add(new OutputFile("assets/" + asset.getKey(), asset.getValue()));
        }
        out.sort(Comparator.comparing(OutputFile::path));
        return out;
    }

    /** Renders the pages on every core; each page is independent and the result keeps their order. */
    private List<OutputFile> render(List<Page> pages) {
        return pages.parallelStream()
                .map(p -> {
                    Map<String, Object> context = p.context().get();
                    context.put("pageUrl", p.url());
                    return OutputFile.text(p.url() + "index.html", theme.render(p.template(), context));
                })
                .toList();
    }

    /**
     * A list of reports cut into pages of {@code pageSize}: the first at {@code url}, the others at
     * {@code url + "page/N/"}, each linking to its neighbours. {@code extra} adds to every page's context;
     * the chart ("" for none) is drawn for the first page only.
     */
    private void paginated(List<Page> pages, String url, String title, List<ReportView> reports, String template,
                           Consumer<Map<String, Object>> extra, Supplier<String> chart) {
        int size = config.pageSize();
        int count = Math.max(1, (reports.size() + size - 1) / size);
        for (int page = 1; page <= count; page++) {
            List<ReportView> slice = reports.subList((page - 1) * size, Math.min(reports.size(), page * size));
            PageLink newer = page > 1 ? new PageLink(pageUrl(url, page - 1), String.valueOf(page - 1)) : null;
            PageLink older = page < count ? new PageLink(pageUrl(url, page + 1), String.valueOf(page + 1)) : null;
            int number = page;
            pages.add(new Page(pageUrl(url, page), slice.isEmpty() ? "" : slice.get(0).date(), template, () -> {
                String pageOf = ui.get("page_of").replace("{0}", String.valueOf(number)).replace("{1}", String.valueOf(count));
                // Each page gets its own title; the site title is added by the template anyway.
                Map<String, Object> context = context(number == 1 ? title : title.equals(config.title()) ? pageOf : title + " · " + pageOf);
                context.put("reports", slice);
                context.put("page", number);
                context.put("pages", count);
                context.put("newer", newer);
                context.put("older", older);
                extra.accept(context);
                context.put("chart", number == 1 ? chart.get() : "");
                return context;
            }));
        }
    }

    private void listPages(List<Page> pages, List<ListPage> lists, String indexUrl, String indexTitle) {
        pages.add(new Page(indexUrl, "", "lists.peb", () -> {
            Map<String, Object> index = context(indexTitle);
            index.put("lists", lists);
            index.put("indexTitle", indexTitle);
            return index;
        }));
        for (ListPage list : lists) {
            paginated(pages, list.url(), list.name(), list.reports(), "list.peb", context -> {
                context.put("list", list);
                context.put("indexUrl", indexUrl);
                context.put("indexTitle", indexTitle);
            }, () -> list.kind().equals("month") ? "" : ActivityChart.svg(points(list.reports()), ui));
        }
    }

    /** The RSS and Atom feeds of the site, each tag and each section, written on every core. */
    private List<OutputFile> feeds(SiteModel model) {
        record Feed(String title, String pageUrl, List<ReportView> reports) {
        }
        List<Feed> all = new ArrayList<>();
        all.add(new Feed(config.title(), "", model.reports));
        for (ListPage list : model.tags) {
            all.add(new Feed(config.title() + " · " + list.name(), list.url(), list.reports()));
        }
        for (ListPage list : model.sections) {
            all.add(new Feed(config.title() + " · " + list.name(), list.url(), list.reports()));
        }
        Map<String, String> fullHtml = new ConcurrentHashMap<>(); // a report is in several feeds: make its HTML once
        return all.parallelStream()
                .flatMap(f -> feed(f.title(), config.description(), f.pageUrl(), f.reports(), fullHtml).stream()).toList();
    }

    private List<OutputFile> feed(String title, String description, String pageUrl, List<ReportView> reports,
                                  Map<String, String> fullHtml) {
        String base = config.baseURL().toString();
        boolean full = config.publishing().feedFullContent();
        List<FeedEntry> entries = reports.stream().limit(config.publishing().feedSize())
                .map(r -> {
                    String url = base + Sitemap.encode(r.url());
                    String html = full ? fullHtml.computeIfAbsent(url, u -> FeedHtml.absolute(r.html(), u)) : "";
                    return new FeedEntry(r.title(), url, LocalDate.parse(r.date()).atStartOfDay(config.timeZone()), r.summary(),
                            html, r.tags().stream().map(ReportView.TagLink::name).toList());
                })
                .toList();
        FeedChannel channel = new FeedChannel(title, description, base + Sitemap.encode(pageUrl),
                base + Sitemap.encode(pageUrl) + "index.xml", base + Sitemap.encode(pageUrl) + "atom.xml",
                config.locale().replace('_', '-').toLowerCase(), entries);
        return List.of(OutputFile.text(pageUrl + "index.xml", feeds.rss(channel)),
                OutputFile.text(pageUrl + "atom.xml", feeds.atom(channel)));
    }

    private static List<Map.Entry<LocalDate, Integer>> points(List<ReportView> reports) {
        return reports.stream().map(r -> point(r.date(), r.changes())).toList();
    }

    private static Map.Entry<LocalDate, Integer> point(String date, int changes) {
        return new AbstractMap.SimpleEntry<>(LocalDate.parse(date), changes);
    }

    private static String pageUrl(String first, int page) {
        return page == 1 ? first : first + "page/" + page + "/";
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
