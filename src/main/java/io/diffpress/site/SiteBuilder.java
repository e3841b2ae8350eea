package io.diffpress.site;

import io.diffpress.DiffpressException;
import io.diffpress.Stage;
import io.diffpress.config.Pagination;
import io.diffpress.config.SiteConfig;
import io.diffpress.content.ReportDocument;
import io.diffpress.feed.FeedChannel;
import io.diffpress.feed.FeedEntry;
import io.diffpress.feed.FeedWriter;
import io.diffpress.publish.OutputFile;
import io.diffpress.publish.OutputSink;
import io.diffpress.publish.Publisher;
import io.diffpress.search.PartCache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The site stage: reads the reports in {@code content/} and renders every page, feed and
 * sitemap of the site with the theme, handing each file to an {@link OutputSink} as soon as it is made
 * ({@link io.diffpress.publish.Publisher}'s staging folder writes it), so the site is never held in memory.
 *
 * <p>A rebuild does work in proportion to what changed: reports whose files are unchanged are not read
 * ({@link ContentCache}), and a page whose {@link PageFingerprint} is the one the previous build recorded for
 * it is taken from the previous site instead of being rendered, so its report body is not even read.
 */
public final class SiteBuilder {

    private final SiteConfig config;
    private final Theme theme;
    private final Map<String, String> ui;
    /** Made when a body is first rendered: a rebuild that renders none does not load flexmark at all. */
    private MarkdownRenderer markdown;
    private final FeedWriter feeds;

    private final RenderCache cache;
    private final PartCache searchCache;
    private final ContentCache contentCache;
    /** The page digests of the builds before (a session's), else none. */
    private final PageFingerprint.Memory fingerprintMemory;

    /** A builder that renders every report (no cache on disk). */
    public SiteBuilder(SiteConfig config) {
        this(config, false);
    }

    /** @param cached keep reports, rendered bodies and search parts in the portal's .diffpress/cache, so rebuilds redo only what changed */
    public SiteBuilder(SiteConfig config, boolean cached) {
        this(config, cached, cached ? ContentCache.in(config.portalDir()) : ContentCache.none(), new PageFingerprint.Memory());
    }

    /**
     * A builder with the portal's caches whose reports come from {@code session}: what the session's last build
     * read is kept in memory, so a process that builds again and again ({@code serve}) reads the cache once.
     */
    public SiteBuilder(SiteConfig config, Session session) {
        this(config, true, session.contentCache(config.portalDir()), session.fingerprints);
    }

    private SiteBuilder(SiteConfig config, boolean cached, ContentCache contentCache, PageFingerprint.Memory fingerprintMemory) {
        this(config, cached ? RenderCache.in(config.portalDir()) : RenderCache.none(),
                cached ? PartCache.in(config.portalDir()) : PartCache.none(), contentCache, fingerprintMemory);
    }

    private SiteBuilder(SiteConfig config, RenderCache cache, PartCache searchCache, ContentCache contentCache,
                        PageFingerprint.Memory fingerprintMemory) {
        this.config = config;
        this.fingerprintMemory = fingerprintMemory;
        this.cache = cache;
        this.searchCache = searchCache;
        this.contentCache = contentCache;
        this.theme = new Theme(config.themeDir());
        this.ui = UiStrings.load(config.themeDir(), config.locale());
        theme.checkWords(ui.keySet());
        this.feeds = new FeedWriter(config.publishing().feedFullContent());
    }

    /**
     * Builds the site of {@code session}'s portal without writing any of it, {@code passes} times, to have the JIT compile
     * a rebuild's code in a process that will rebuild ({@code serve}) before the first change, not during it: the pages'
     * fingerprints, the model, search and feeds as a rebuild makes them, and every fourth page rendered, its report body
     * from the Markdown. Nothing of the portal is written and no lock is taken (another run may work on the portal
     * meanwhile): its caches are only read (the session's reports, the search index's parts, every twentieth part
     * built again as if it had changed), and the files of one path in twenty go to a site published in a scratch folder
     * of the system's temporary folder, which is deleted afterwards. Each pass publishes that site anew, so from the
     * second on the publisher keeps files of the site before and walks it for a person's files, as a real rebuild does.
     * (Without those writes the first real rebuild still loaded and compiled the publisher's and the JSON writer's code,
     * and collected the whole heap once for the classes it loaded.) Stops as soon as {@code stop} says so.
     *
     * @return the passes made whole: fewer than {@code passes} when stopped
     */
    public static int rehearse(SiteConfig config, Session session, BooleanSupplier stop, int passes) {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("diffpress-rehearsal-");
        } catch (IOException e) {
            scratch = null; // rehearsed without the writes
        }
        try {
            int done = 0;
            while (done < passes && !stop.getAsBoolean() && rehearseOnce(config, session, stop, scratch)) {
                done++;
            }
            return done;
        } finally {
            if (scratch != null) {
                deleteScratch(scratch);
            }
        }
    }

    /** One pass of {@link #rehearse}, publishing into the scratch folder's site when there is one; false when stopped. */
    private static boolean rehearseOnce(SiteConfig config, Session session, BooleanSupplier stop, Path scratch) {
        SiteBuilder builder = new SiteBuilder(config, RenderCache.none(), PartCache.rehearsal(config.portalDir()),
                session.contentCache(config.portalDir()).readOnly(), session.fingerprints);
        if (scratch == null) {
            return rehearse(builder, new Rehearsal(stop, null));
        }
        Publisher.Staging staging = null;
        try {
            try {
                staging = new Publisher(scratch.resolve("site")).begin();
            } catch (RuntimeException e) {
                // no scratch site (the temporary folder is full, say): rehearsed without the writes
            }
            Rehearsal sink = new Rehearsal(stop, staging);
            if (!rehearse(builder, sink)) {
                return false;
            }
            if (staging != null && sink.scratchWorks()) {
                try {
                    staging.commit();
                } catch (RuntimeException e) {
                    // the scratch site only: the portal's site is another folder
                }
            }
            return true;
        } finally {
            if (staging != null) {
                staging.close();
            }
        }
    }

    private static void deleteScratch(Path scratch) {
        try {
            Publisher.deleteTree(scratch);
        } catch (IOException e) {
            // a scratch folder left in the temporary folder, which the system empties
        }
    }

    private static boolean rehearse(SiteBuilder builder, Rehearsal sink) {
        try {
            builder.build(sink);
            return true;
        } catch (Rehearsal.Stopped e) {
            return false;
        }
    }

    /**
     * The sink of {@link #rehearse}: keeps three pages in four as they are, and hands the files of one path in twenty to
     * the scratch site (when there is one): the same paths in every pass, so a pass takes from the site of the pass before
     * what a rebuild takes from the live site. (Rendering one page in twenty, the first rebuild after the rehearsal was
     * 0.15-0.48 s slower, in five runs in turns on 10,000 reports; one in four makes the rehearsal about 1.8 times as long,
     * which costs nothing, as a change stops it at once.) Once stopped it stays stopped, so the tasks of a parallel stream
     * still running after the first one stopped end at once.
     */
    private static final class Rehearsal implements OutputSink {
        private final BooleanSupplier stop;
        private final OutputSink scratch;
        private final AtomicInteger pages = new AtomicInteger();
        private volatile boolean stopped;
        private volatile boolean scratchFailed;

        Rehearsal(BooleanSupplier stop, OutputSink scratch) {
            this.stop = stop;
            this.scratch = scratch;
        }

        static final class Stopped extends RuntimeException {
            Stopped() {
                super("rehearsal stopped", null, false, false);
            }
        }

        private void check() {
            // never written false: a thread that asked while another was told to stop must not clear its answer
            if (stopped) {
                throw new Stopped();
            }
            if (stop.getAsBoolean()) {
                stopped = true;
                throw new Stopped();
            }
        }

        /** Whether the files of this path go to the scratch site: one path in twenty, the same ones in every pass. */
        private boolean toScratch(String path) {
            return scratch != null && !scratchFailed && Math.floorMod(path.hashCode(), 20) == 0;
        }

        @Override
        public boolean reuse(String path, String fingerprint) {
            check();
            boolean kept = pages.incrementAndGet() % 4 != 0;
            if (kept && toScratch(path)) {
                try {
                    scratch.reuse(path, fingerprint); // taken from the scratch site before, when the pass before wrote it
                } catch (RuntimeException e) {
                    scratchFailed = true;
                }
            }
            return kept;
        }

        @Override
        public void write(OutputFile file, String fingerprint) {
            check();
            if (toScratch(file.path())) {
                try {
                    scratch.write(file, fingerprint);
                } catch (RuntimeException e) {
                    scratchFailed = true; // the scratch site only (a full temporary folder): the rehearsal goes on without it
                }
            }
        }

        boolean scratchWorks() {
            return !scratchFailed;
        }
    }

    /**
     * What one process keeps from build to build of the same portal: the content cache in memory, and the digests of
     * the values the last build's pages showed ({@link PageFingerprint.Memory}). Builds of a
     * session run one at a time (each holds the portal's lock).
     */
    public static final class Session {
        private Path portalDir;
        private ContentCache content;
        /** Digests of the values the last build's pages showed: equal ones of a rebuild are not digested again. */
        private final PageFingerprint.Memory fingerprints = new PageFingerprint.Memory();

        synchronized ContentCache contentCache(Path portalDir) {
            if (content == null || !portalDir.equals(this.portalDir)) {
                this.portalDir = portalDir;
                content = ContentCache.in(portalDir);
            }
            return content;
        }
    }

    /**
     * What a build did: reports read (not taken from the content cache on their files' stamps), of those the
     * ones parsed (not found to have the bytes the cache knew), and pages rendered (not kept).
     */
    public record Stats(int reports, int reportsRead, int reportsParsed, int pages, int pagesRendered) {
    }

    /** Every file of the site, sorted by path. */
    public List<OutputFile> build() {
        Collected out = new Collected();
        build(out);
        return out.sorted();
    }

    /** Every file of the site made from these reports, sorted by path. */
    public List<OutputFile> build(List<ReportDocument> documents) {
        Map<String, ProseText> prose = new ConcurrentHashMap<>();
        Parallel.forEach(documents, d -> prose.put(d.source(), ProseText.of(ReportProse.of(d.body()))));
        Collected out = new Collected();
        build(new ContentLoader.Content(documents, prose, documents.size(), documents.size()), out);
        return out.sorted();
    }

    /** The report file each report page of the last build was made from, by the page's output path. */
    private volatile Map<String, String> reportPages = Map.of();

    private volatile List<String> warnings = List.of();

    /** What the last build warns of: reports that repeat another's range (a copy kept in content/, say), both published. */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * Reports of one section with the same compare view ({@code permalink}): the same range reported twice, which the
     * site would list twice. Named in a warning, not refused: a person may mean it (a rewrite beside the original).
     */
    static List<String> repeatedRanges(List<ReportDocument> documents) {
        return repeatedRanges(documents, source -> "content/" + source);
    }

    /** As {@link #repeatedRanges(List)}, each file named by {@code shown}. */
    static List<String> repeatedRanges(List<ReportDocument> documents, java.util.function.UnaryOperator<String> shown) {
        record Range(String section, String permalink) {
        }
        Map<Range, List<String>> sources = new java.util.TreeMap<>(
                java.util.Comparator.comparing(Range::section).thenComparing(Range::permalink));
        for (ReportDocument d : documents) {
            d.permalink().ifPresent(p -> sources.computeIfAbsent(new Range(d.section(), p), k -> new ArrayList<>()).add(d.source()));
        }
        List<String> warnings = new ArrayList<>();
        sources.forEach((range, files) -> {
            if (files.size() > 1) {
                List<String> sorted = files.stream().sorted().map(shown).toList();
                warnings.add(Stage.CONTENT.label() + ": " + String.join(", ", sorted) + " report the same range (" + range.permalink()
                        + ") in section '" + range.section() + "', and the site lists each; delete the copies you do not mean to publish");
            }
        });
        return warnings;
    }

    /** The content file the page at an output path of the last build was made from ("content/x/b.md"), when a report's. */
    public Optional<String> origin(String path) {
        return Optional.ofNullable(reportPages.get(path));
    }

    /** Reads content/ and puts every file of the site into {@code sink}. */
    public Stats build(OutputSink sink) {
        Phases.mark("setup");
        checkContent(config);
        ContentLoader.Content content = ContentLoader.load(config.content(), contentCache, config.shownContent(""));
        Phases.mark("read content");
        return build(content, sink);
    }

    /** Refuses a content folder that does not exist: a mistyped 'content' would otherwise publish an empty site over the real one. */
    public static void checkContent(SiteConfig config) {
        if (!java.nio.file.Files.isDirectory(config.content())) {
            throw DiffpressException.input(Stage.CONTENT, (config.contentAt().isEmpty() ? "" : config.contentAt() + ": ")
                    + "the content folder " + config.content() + " does not exist: "
                    + (config.repository().isPresent() ? "run 'diffpress generate' (or build without --no-generate) to write the reports, or "
                    : "") + "fix 'content' in " + config.file().getFileName());
        }
    }

    /**
     * A page to render: its URL, the date it last changed for the sitemap ("" when none), and its
     * template context, made when the page is rendered so that charts are drawn in parallel too.
     */
    private record Page(String url, String lastmod, String template, Supplier<Map<String, Object>> context, ReportHtml body) {

        Page(String url, String lastmod, String template, Supplier<Map<String, Object>> context) {
            this(url, lastmod, template, context, null);
        }

        /** The 404 page is not a folder and has no URL of its own: it is served for any missing page. */
        static final String NOT_FOUND = "404";

        String path() {
            return url.equals(NOT_FOUND) ? "404.html" : url + "index.html";
        }

        boolean listed() {
            return !url.equals(NOT_FOUND);
        }
    }

    private Stats build(ContentLoader.Content content, OutputSink sink) {
        List<ReportDocument> documents = content.reports();
        List<String> told = new ArrayList<>(repeatedRanges(documents, config::shownContent));
        if (!content.skipped().isEmpty()) {
            told.add(Stage.CONTENT.label() + ": " + String.join(", ", content.skipped().stream().map(config::shownContent).toList())
                    + (content.skipped().size() == 1 ? " is" : " are") + " not read as reports: a report's name ends in '.md', in lower"
                    + " case, and does not start with '.'; rename "
                    + (content.skipped().size() == 1 ? "it" : "them") + " to publish " + (content.skipped().size() == 1 ? "it" : "them"));
        }
        warnings = List.copyOf(told);
        SiteModel model = SiteModel.of(config, documents, this::markdown, cache, ui);
        Map<String, String> sources = new HashMap<>();
        String folder = config.shownContent(""); // "content/": worked out once, not for each of thousands of reports
        for (ReportView report : model.reports) {
            sources.put(report.url() + "index.html", folder + report.source());
        }
        reportPages = sources;
        Phases.mark("model");
        cache.prune();
        List<Page> pages = new ArrayList<>();
        paginated(pages, new Listing<>("", config.title(), model.reports, config.pageSize(), "index.peb", ReportView::date,
                (context, shown) -> context.put("reports", shown)), context -> context.put("sections", model.sections),
                context -> { }, () -> ActivityChart.svg(points(model.reports), ui));
        for (int i = 0; i < model.reports.size(); i++) {
            ReportView report = model.reports.get(i);
            PageLink newer = i > 0 ? link(model.reports.get(i - 1)) : null;
            PageLink older = i + 1 < model.reports.size() ? link(model.reports.get(i + 1)) : null;
            pages.add(new Page(report.url(), report.date(), "report.peb", () -> {
                Map<String, Object> context = context(datedTitle(report));
                context.put("report", report);
                context.put("newer", newer);
                context.put("older", older);
                return context;
            }, report.body()));
        }
        listPages(pages, model.tags, "tags/", ui.get("tags"));
        listPages(pages, model.sections, "sections/", ui.get("sections"));
        listPages(pages, model.months, "archive/", ui.get("archive"));
        for (ArticleView article : model.articles) {
            historyPages(pages, article);
        }
        pages.add(new Page("files/", "", "articles.peb", () -> {
            Map<String, Object> files = context(ui.get("documents"));
            files.put("articles", model.articles);
            return files;
        }));
        pages.add(new Page("search/", "", "search.peb", () -> context(ui.get("search"))));
        pages.add(new Page(Page.NOT_FOUND, "", "404.peb", () -> context(ui.get("not_found"))));

        PageFingerprint fingerprints = new PageFingerprint(config.themeDir(), fingerprintMemory);
        // The search index is made after the pages, on the main thread: made on a thread of its own while they rendered
        // (2026-12-05) it gained nothing beyond the machine's noise, and a change arriving during serve's rehearsal then
        // had to wait for the whole index before the real rebuild could start.
        int rendered = render(pages, sink, fingerprints);
        Phases.mark("pages (" + rendered + " of " + pages.size() + " rendered)");
        SearchIndexPages.files(model.reports, documents, content.prose(), model.articles,
                config.publishing().searchPartBytes(), ui, searchCache).forEach(f -> sink.write(f, ""));
        Phases.mark("search");
        feeds(model, sink, fingerprints);
        fingerprints.finish();
        model.reports.forEach(r -> r.body().flush());
        sink.write(OutputFile.text(".nojekyll", ""), "");
        config.publishing().cname().ifPresent(c -> sink.write(OutputFile.text("CNAME", c + "\n"), ""));
        sink.write(OutputFile.text("robots.txt", "User-agent: *\nAllow: /\nSitemap: " + config.baseURL() + "sitemap.xml\n"), "");
        Sitemap.files(config.baseURL().toString(), pages.stream().filter(Page::listed)
                .map(p -> new String[]{p.url(), p.lastmod()}).toList()).forEach(f -> sink.write(f, ""));
        for (Map.Entry<String, byte[]> asset : theme.assets().entrySet()) {
            sink.write(new OutputFile("assets/" + asset.getKey(), asset.getValue()), "");
        }
        Phases.mark("feeds, sitemap, assets");
        return new Stats(documents.size(), content.read(), content.parsed(), pages.size(), rendered);
    }

    /**
     * Renders the pages on every core, each straight into the sink; a page the sink still has from the
     * previous build with the same fingerprint is not rendered. Returns how many were rendered.
     */
    private int render(List<Page> pages, OutputSink sink, PageFingerprint fingerprints) {
        AtomicInteger rendered = new AtomicInteger();
        Parallel.forEach(pages, p -> {
            Map<String, Object> context = p.context().get();
            if (p.listed()) {
                context.put("pageUrl", p.url());
                String nav = navItem(p.template(), p.url());
                context.put("navItem", nav);
                context.put("navPage", !nav.isEmpty() && p.url().equals(nav.equals("reports") ? "" : nav + "/"));
            }
            String fingerprint = fingerprints.of(p.template(), context);
            if (!sink.reuse(p.path(), fingerprint)) {
                byte[] page = theme.renderBytes(p.template(), context);
                sink.write(new OutputFile(p.path(), page), fingerprint);
                if (p.body() != null) {
                    p.body().written(page, sink.location(p.path()));
                }
                rendered.incrementAndGet();
            }
        });
        return rendered.get();
    }

    /**
     * The item of the site's navigation a page belongs to ("reports", "sections", "tags", "archive", "files"), or "" for
     * none: the theme marks it for screen readers ({@code aria-current}), "page" on the item's own page, else "true".
     */
    static String navItem(String template, String url) {
        if (url.isEmpty() || url.startsWith("page/") || template.equals("report.peb")) {
            return "reports";
        }
        for (String item : List.of("sections", "tags", "archive", "files")) {
            if (url.startsWith(item + "/")) {
                return item;
            }
        }
        return "";
    }

    private synchronized MarkdownRenderer markdown() {
        if (markdown == null) {
            markdown = new MarkdownRenderer();
        }
        return markdown;
    }

    /** A sink that keeps every file, for {@link #build()}: tests and benchmarks. */
    private static final class Collected implements OutputSink {
        private final List<OutputFile> files = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void write(OutputFile file, String fingerprint) {
            files.add(file);
        }

        List<OutputFile> sorted() {
            List<OutputFile> out = new ArrayList<>(files);
            out.sort(Comparator.comparing(OutputFile::path));
            return out;
        }
    }

    /**
     * What {@link #paginated} cuts into pages: {@code items} newest first, {@code pageSize} to a page, the first page at
     * {@code url}; {@code date} gives an item's date (a page's date is its first item's) and {@code show} puts a page's
     * items into its context.
     */
    private record Listing<T>(String url, String title, List<T> items, int pageSize, String template,
                              Function<T, String> date, BiConsumer<Map<String, Object>, List<T>> show) {
    }

    /**
     * A listing cut into pages ({@link PageSlices}): the first at its URL, the others at {@code url + "page/N/"}, each
     * linking to its neighbours. {@code every} adds to each page's context, then {@code whole} what changes with every
     * new item (the whole list, counts). With stable pagination {@code whole} and the chart ("" for none) are on the
     * first page only, so that the other pages keep their bytes; counted from the newest every page changes anyway, and
     * each has them (the chart only the first).
     */
    private <T> void paginated(List<Page> pages, Listing<T> listing, Consumer<Map<String, Object>> whole,
                               Consumer<Map<String, Object>> every, Supplier<String> chart) {
        boolean stable = config.pagination() == Pagination.STABLE;
        String url = listing.url();
        String title = listing.title();
        List<PageSlices.Slice> slices = PageSlices.of(listing.items().size(), listing.pageSize(), config.pagination());
        for (int k = 0; k < slices.size(); k++) {
            PageSlices.Slice slice = slices.get(k);
            List<T> shown = listing.items().subList(slice.from(), slice.to());
            PageLink newer = k > 0 ? pageLink(url, slices.get(k - 1)) : null;
            PageLink older = k + 1 < slices.size() ? pageLink(url, slices.get(k + 1)) : null;
            boolean front = k == 0;
            String label = label(slice, slices.size(), stable);
            pages.add(new Page(pageUrl(url, slice), shown.isEmpty() ? "" : listing.date().apply(shown.get(0)), listing.template(), () -> {
                // Each page gets its own title; the site title is added by the template anyway.
                Map<String, Object> context = context(front ? title : title.equals(config.title()) ? label : title + " · " + label);
                listing.show().accept(context, shown);
                context.put("first", front);
                context.put("pageLabel", label);
                // for themes written before pageLabel: the page's number, and the count of pages where it is fixed
                context.put("page", slice.number());
                context.put("pages", stable ? 0 : slices.size());
                context.put("newer", newer);
                context.put("older", older);
                every.accept(context);
                if (front || !stable) {
                    whole.accept(context);
                }
                context.put("chart", front ? chart.get() : "");
                return context;
            }));
        }
    }

    /**
     * A document's history, {@code historyPageSize} changes to a page, cut as the lists are: a document changed in
     * thousands of reports would otherwise make one page of megabytes, rendered again whole with each new change.
     * {@code article.changes} holds the page's changes, {@code count} those of the whole history.
     */
    private void historyPages(List<Page> pages, ArticleView article) {
        List<ArticleView.Change> changes = article.changes();
        paginated(pages, new Listing<>(article.url(), article.path(), changes, config.historyPageSize(), "article.peb",
                        ArticleView.Change::date, (context, shown) -> context.put("article", article.withChanges(shown))),
                context -> context.put("count", changes.size()), context -> { },
                () -> ActivityChart.svg(changes.stream()
                        .map(c -> point(c.date(), Math.max(0, c.additions()) + Math.max(0, c.deletions()))).toList(), ui));
    }

    /** "Page 2 of 5" counted from the newest; with stable pagination "Page 2" (counted from the oldest), none on the first page. */
    private String label(PageSlices.Slice slice, int count, boolean stable) {
        if (stable) {
            return slice.front() ? "" : ui.get("page_n").replace("{0}", String.valueOf(slice.number()));
        }
        return ui.get("page_of").replace("{0}", String.valueOf(slice.number())).replace("{1}", String.valueOf(count));
    }

    private PageLink pageLink(String url, PageSlices.Slice slice) {
        return new PageLink(pageUrl(url, slice), String.valueOf(slice.number()));
    }

    private void listPages(List<Page> pages, List<ListPage> lists, String indexUrl, String indexTitle) {
        pages.add(new Page(indexUrl, "", "lists.peb", () -> {
            Map<String, Object> index = context(indexTitle);
            index.put("lists", lists);
            index.put("indexTitle", indexTitle);
            return index;
        }));
        for (ListPage list : lists) {
            // the list's name, URL and feed on every page; with stable pagination its reports and count on the first only
            ListPage named = new ListPage(list.kind(), list.name(), list.url(), list.feedUrl(), List.of());
            // titled with its kind too: a section and a tag of the same name were two pages of one title (an audit)
            paginated(pages, new Listing<>(list.url(), list.name() + " · " + indexTitle, list.reports(), config.pageSize(), "list.peb", ReportView::date,
                            (context, shown) -> context.put("reports", shown)),
                    context -> {
                        context.put("list", list);
                        context.put("count", list.count());
                    },
                    context -> {
                        context.put("list", named);
                        context.put("indexUrl", indexUrl);
                        context.put("indexTitle", indexTitle);
                    }, () -> list.kind().equals("month") ? "" : ActivityChart.svg(points(list.reports()), ui));
        }
    }

    /**
     * The RSS and Atom feeds of the site, each tag and each section, written on every core. A feed is
     * fingerprinted like a page, by the settings and the reports it shows, and kept when they are unchanged.
     */
    private void feeds(SiteModel model, OutputSink sink, PageFingerprint fingerprints) {
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
        Parallel.forEach(all, f -> {
            List<ReportView> shown = f.reports().subList(0, Math.min(f.reports().size(), config.publishing().feedSize()));
            Map<String, Object> inputs = new HashMap<>();
            inputs.put("title", f.title());
            inputs.put("description", config.description());
            inputs.put("pageUrl", f.pageUrl());
            inputs.put("reports", shown);
            inputs.put("baseURL", config.baseURL().toString());
            inputs.put("full", config.publishing().feedFullContent());
            inputs.put("timeZone", config.timeZone().getId());
            inputs.put("locale", config.locale());
            String rssPath = f.pageUrl() + "index.xml";
            String atomPath = f.pageUrl() + "atom.xml";
            String rssPrint = fingerprints.of("feed:rss", inputs);
            String atomPrint = fingerprints.of("feed:atom", inputs);
            boolean rssKept = sink.reuse(rssPath, rssPrint);
            boolean atomKept = sink.reuse(atomPath, atomPrint);
            if (!rssKept || !atomKept) {
                FeedChannel channel = channel(f.title(), config.description(), f.pageUrl(), shown, fullHtml);
                if (!rssKept) {
                    sink.write(OutputFile.text(rssPath, feeds.rss(channel)), rssPrint);
                }
                if (!atomKept) {
                    sink.write(OutputFile.text(atomPath, feeds.atom(channel)), atomPrint);
                }
            }
        });
    }

    /**
     * A report's summary, or for a report without one (from another tool) its counts as the list entry shows them,
     * "6 files, +41 −70": a feed reader then shows more than a title. A report with no files says so too ("0 files, +0 −0",
     * as its page does): an entry without text was left empty (an audit).
     */
    private String feedSummary(ReportView r) {
        if (!r.summary().isBlank()) {
            return r.summary();
        }
        return r.files() + " " + ui.get(r.files() == 1 ? "file" : "files") + ", +" + r.additions() + " −" + r.deletions();
    }

    /**
     * The report's title with its day, unless the title holds it: a section's reports share their title ("… Report -
     * docs"), and a window's title or a feed entry's must tell them apart.
     */
    private static String datedTitle(ReportView report) {
        String day = report.date().length() >= 10 ? report.date().substring(0, 10) : report.date();
        return report.title().contains(day) ? report.title() : report.title() + " (" + day + ")";
    }

    private FeedChannel channel(String title, String description, String pageUrl, List<ReportView> reports,
                                Map<String, String> fullHtml) {
        String base = config.baseURL().toString();
        boolean full = config.publishing().feedFullContent();
        List<FeedEntry> entries = reports.stream()
                .map(r -> {
                    String url = base + Sitemap.encode(r.url());
                    String html = full ? fullHtml.computeIfAbsent(url, u -> feedHtml(r, u)) : "";
                    // the time the range ends when known, so that a day's reports are apart in a reader; else the day's start
                    java.time.ZonedDateTime at = r.moment().isEmpty() ? LocalDate.parse(r.date()).atStartOfDay(config.timeZone())
                            : java.time.Instant.parse(r.moment()).atZone(config.timeZone());
                    return new FeedEntry(datedTitle(r), url, at, feedSummary(r),
                            html, r.tags().stream().map(ReportView.TagLink::name).toList(), r.lang());
                })
                .toList();
        return new FeedChannel(title, description, base + Sitemap.encode(pageUrl),
                base + Sitemap.encode(pageUrl) + "index.xml", base + Sitemap.encode(pageUrl) + "atom.xml",
                config.locale().replace('_', '-').toLowerCase(), entries);
    }

    /**
     * A report body longer than this goes into a full-content feed as its summary and a link to the report: a feed reader
     * fetches the whole feed at every poll, and one report with a 2 MB diff had made a feed of 7.5 MB.
     */
    static final int FEED_HTML_MAX_CHARS = 256 * 1024;

    /** A report's entry in a full-content feed: its body with absolute links, or, when too long, its summary and a link. */
    private String feedHtml(ReportView r, String url) {
        String html = r.html();
        if (html.length() <= FEED_HTML_MAX_CHARS) {
            return FeedHtml.absolute(html, url);
        }
        return "<p>" + FastText.escape(r.summary()) + "</p>\n<p><a href=\"" + FastText.escape(url) + "\">"
                + FastText.escape(ui.getOrDefault("feed_too_long", "This report is too long for a feed: read it on the site."))
                + "</a></p>";
    }

    private static List<Map.Entry<LocalDate, Integer>> points(List<ReportView> reports) {
        return reports.stream().map(r -> point(r.date(), r.changes())).toList();
    }

    /** Dates repeat across reports and every chart reads them all: each is parsed once. */
    private static final Map<String, LocalDate> DATES = new ConcurrentHashMap<>();

    private static Map.Entry<LocalDate, Integer> point(String date, int changes) {
        return new AbstractMap.SimpleEntry<>(DATES.computeIfAbsent(date, LocalDate::parse), changes);
    }

    private static String pageUrl(String first, PageSlices.Slice slice) {
        return slice.front() ? first : first + "page/" + slice.number() + "/";
    }

    private Map<String, Object> context(String pageTitle) {
        Map<String, Object> context = new HashMap<>();
        context.put("site", new SiteView(config.title(), config.description(), config.basePath(),
                config.baseURL().toString(), config.locale().replace('_', '-'), config.repository().isPresent()));
        context.put("pageTitle", pageTitle);
        context.put("t", ui);
        return context;
    }

    private static PageLink link(ReportView report) {
        return new PageLink(report.url(), report.date() + " · " + report.title());
    }
}
