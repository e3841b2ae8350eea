package io.diffpress.site;

import io.diffpress.DiffpressException;
import io.diffpress.Stage;
import io.diffpress.config.SiteConfig;
import io.diffpress.content.ReportDocument;
import io.diffpress.content.ReportFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Everything the pages are made from, computed once from the reports: the report views
 * (newest first), tag, section and month lists, and the per-document histories.
 */
final class SiteModel {

    private static final Pattern TYPE_WORDS = Pattern.compile("[a-z]+( [a-z]+)*");

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

    /** @param markdown the renderer, asked for only when a report body is rendered */
    static SiteModel of(SiteConfig config, List<ReportDocument> input, Supplier<MarkdownRenderer> markdown, RenderCache cache,
                        Map<String, String> ui) {
        List<ReportDocument> docs = new ArrayList<>(input);
        // Newest first, one day's reports by when their ranges end (several a day: one per pull request); ties broken
        // by section and path so the order never depends on the file system.
        // (each report's moment read once: a comparison reads two, n log n times)
        Map<ReportDocument, java.time.Instant> moments = new java.util.IdentityHashMap<>();
        docs.forEach(d -> moments.put(d, ReportOrder.moment(d, config.timeZone()).orElse(java.time.Instant.MIN)));
        docs.sort(ReportOrder.newestFirst(moments::get));
        List<String> urls = reportUrls(config, docs);
        Articles articles = Articles.of(docs, urls, config.locale().replace('_', '-'));
        SlugNames.Apart tagNames = tagNames(docs, ui);
        ReportView[] views = new ReportView[docs.size()];
        // Rendering is the expensive part and each report is independent: use every core.
        Parallel.forEachIndex(docs.size(), i ->
                views[i] = view(config, docs.get(i), shown(moments.get(docs.get(i))), urls.get(i), markdown, articles.forReport(i), cache, tagNames, ui));

        Map<String, List<ReportView>> byTag = new TreeMap<>();
        Map<String, List<ReportView>> bySection = new TreeMap<>();
        SlugNames sectionNames = new SlugNames();
        Map<String, List<ReportView>> byMonth = new TreeMap<>(Comparator.reverseOrder());
        for (ReportView view : views) {
            for (ReportView.TagLink tag : view.tags()) {
                byTag.computeIfAbsent(tag.url(), k -> new ArrayList<>()).add(view);
            }
            if (!view.section().isEmpty()) {
                bySection.computeIfAbsent(view.sectionUrl(), k -> new ArrayList<>()).add(view);
                sectionNames.count(view.section());
            }
            byMonth.computeIfAbsent(view.date().substring(0, 7), k -> new ArrayList<>()).add(view);
        }
        List<ListPage> tags = new ArrayList<>();
        byTag.forEach((url, list) -> tags.add(new ListPage("tag", tagNames.nameBySlug().get(slugOf(url)), url, url + "index.xml", list)));
        Map<String, String> sectionNamesBySlug = sectionNames.chosen();
        List<ListPage> sections = new ArrayList<>();
        bySection.forEach((url, list) -> sections.add(new ListPage("section", sectionNamesBySlug.get(slugOf(url)), url,
                url + "index.xml", list)));
        List<ListPage> months = new ArrayList<>();
        byMonth.forEach((month, list) -> months.add(new ListPage("month", month,
                "archive/" + month.substring(0, 4) + "/" + month.substring(5, 7) + "/", "", list)));
        return new SiteModel(List.of(views), List.copyOf(tags), List.copyOf(sections), List.copyOf(months), articles.views());
    }

    /** The page URL of each report; two reports wanting one URL is an error naming both files. */
    private static List<String> reportUrls(SiteConfig config, List<ReportDocument> docs) {
        Permalinks permalinks = new Permalinks(config.publishing().permalinks());
        Map<String, String> urlOwner = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (ReportDocument doc : docs) {
            String url = permalinks.report(doc);
            String other = urlOwner.putIfAbsent(url, doc.source());
            if (other != null) {
                duplicates.add(config.shownContent(doc.source()) + " and " + config.shownContent(other) + " both want the page /" + url);
            }
            urls.add(url);
        }
        if (!duplicates.isEmpty()) {
            throw new DiffpressException(Stage.SITE, DiffpressException.Kind.BUILD,
                    "duplicate page URLs (change a file name or the permalinks pattern):\n  " + String.join("\n  ", duplicates));
        }
        return urls;
    }

    /** The tag pages over the sections, types and front matter tags of all reports: their slugs and display names. */
    private static SlugNames.Apart tagNames(List<ReportDocument> docs, Map<String, String> ui) {
        SlugNames names = new SlugNames();
        for (ReportDocument doc : docs) {
            // A name counts once per report, however often the report repeats it.
            String key = doc.date() + "\u0000" + doc.source(); // the order reports appeared in: which name came first
            tagsOf(doc).stream().map(String::trim).distinct().forEach(name -> names.count(name, key));
        }
        SlugNames.Apart apart = names.apart();
        apart.nameBySlug().replaceAll((slug, name) -> typeLabel(name, ui));
        return apart;
    }

    /** The modification types are words of this tool: their tags read in the site's language. Other tags stay as written. */
    private static String typeLabel(String name, Map<String, String> ui) {
        return TYPE_WORDS.matcher(name).matches() ? ui.getOrDefault("type_" + name.replace(' ', '_'), name) : name;
    }

    private static List<String> tagsOf(ReportDocument doc) {
        List<String> names = new ArrayList<>();
        if (!doc.section().isEmpty()) {
            names.add(doc.section());
        }
        names.addAll(doc.types());
        names.addAll(doc.tags());
        return names;
    }

    static String sectionUrl(String name) {
        return "sections/" + Permalinks.slug(name) + "/";
    }

    /** "tags/quota/" → "quota". */
    private static String slugOf(String listUrl) {
        String trimmed = listUrl.substring(0, listUrl.length() - 1);
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    /** An ISO instant, "" for {@link java.time.Instant#MIN}: not known. */
    private static String shown(java.time.Instant moment) {
        return moment.equals(java.time.Instant.MIN) ? "" : moment.toString();
    }

    /** @param moment when the report's range ends ({@link ReportOrder#moment}), an ISO instant or "" */
    private static ReportView view(SiteConfig config, ReportDocument doc, String moment, String url, Supplier<MarkdownRenderer> markdown,
                                   Function<String, Optional<String>> historyUrl, RenderCache cache,
                                   SlugNames.Apart tagNames, Map<String, String> ui) {
        int additions = doc.files().stream().mapToInt(f -> Math.max(0, f.additions())).sum();
        int deletions = doc.files().stream().mapToInt(f -> Math.max(0, f.deletions())).sum();
        // the permalink, else the view of the commits its range names, as site.yml's compareUrl makes it (a report of
        // another tool, or written before compareUrl was set)
        String compare = doc.permalink().filter(SiteModel::isWebUrl).or(() -> doc.range().flatMap(r -> config.repository()
                .flatMap(repo -> r.base().isEmpty() ? repo.treeUrl(r.head()) : repo.compareUrl(r.base(), r.head()))))
                .orElse("");
        List<ReportView.CommitView> commits = doc.commits().stream()
                .map(c -> new ReportView.CommitView(c.sha().length() >= 7 ? c.sha().substring(0, 7) : c.sha(), c.subject(),
                        c.author(), c.date().length() >= 10 ? c.date().substring(0, 10) : c.date(), c.pullRequest(),
                        LinkRewriter.commitUrl(compare, c.sha()).orElse(""),
                        c.pullRequest() > 0 ? LinkRewriter.pullRequestUrl(compare, c.pullRequest()).orElse("") : ""))
                .toList();
        StringBuilder histories = new StringBuilder();
        for (ReportFile f : doc.files()) {
            histories.append(f.anchor()).append('=').append(historyUrl.apply(f.path()).orElse("")).append('\n');
        }
        // The body counts by its hash: the key is made without reading the body, which an unchanged page never needs.
        String filesFolder = LinkRewriter.commonFolder(doc.files().stream().map(ReportFile::path).toList());
        Map<String, String> columns = SafeBody.countColumns(ui);
        String key = RenderCache.key(doc.markdown().hash(), compare, config.publishing().docsBaseURL().orElse(""), filesFolder, config.basePath(),
                histories.toString(), ui.getOrDefault("history", ""), ui.getOrDefault("history_of", ""),
                // in a fixed order: a Map.of's order changes from one JVM to the next, and the key with it (every page
                // was rendered again on every build)
                String.join("\n", columns.get("A"), columns.get("D"), columns.get("M")));
        ReportHtml html = new ReportHtml(key, cache, () -> {
            try {
                return markdown.get().renderBody(doc.body(), doc.markdown().hash(),
                        new SafeBody.Links(LinkRewriter.forReport(compare, config.publishing().docsBaseURL(), filesFolder),
                                histories(doc, historyUrl, config.basePath(), ui), columns));
            } catch (ReportMarkdown.ParagraphTooLong e) {
                throw DiffpressException.build(Stage.CONTENT, "content/" + doc.source() + ": the paragraph at line " + e.line
                        + " of the body is longer than " + ReportMarkdown.MAX_PARAGRAPH + " characters, which take the Markdown parser"
                        + " minutes to render; split it with blank lines", null);
            } catch (StackOverflowError e) {
                // the parser and renderer recurse once per level of nesting: thousands of levels exhaust a thread's stack
                throw DiffpressException.build(Stage.CONTENT, "content/" + doc.source() + ": the body nests too deeply to render"
                        + " (block quotes, lists or emphasis nested hundreds of levels deep)", null);
            }
        });
        Map<String, ReportView.TagLink> tags = new LinkedHashMap<>();
        for (String name : tagsOf(doc)) {
            String clean = name.trim();
            if (!clean.isEmpty()) {
                String slug = tagNames.slugByName().get(clean);
                String tagUrl = "tags/" + slug + "/";
                tags.putIfAbsent(tagUrl, new ReportView.TagLink(tagNames.nameBySlug().get(slug), tagUrl));
            }
        }
        return new ReportView(url, doc.title(), doc.date().toString(), moment, doc.section(),
                doc.section().isEmpty() ? "" : sectionUrl(doc.section()), doc.summary(), otherLanguage(doc, config.locale().replace('_', '-')), compare,
                doc.types(), List.copyOf(tags.values()), doc.files().size(), additions, deletions, commits, html, doc.source());
    }

    /** The report's language when it says one that is not the site's ({@link ReportView#lang}), else "". */
    static String otherLanguage(ReportDocument doc, String siteLang) {
        return doc.language().filter(l -> !l.equalsIgnoreCase(siteLang)).orElse("");
    }

    /** The history page linked next to each file of the Summary Table, by the file's anchor. */
    private static Map<String, SafeBody.History> histories(ReportDocument doc, Function<String, Optional<String>> historyUrl,
                                                           String base, Map<String, String> ui) {
        Map<String, SafeBody.History> histories = new HashMap<>();
        for (ReportFile f : doc.files()) {
            historyUrl.apply(f.path()).ifPresent(u -> histories.put(f.anchor(), new SafeBody.History(base + u,
                    ui.getOrDefault("history_of", "History of {0}").replace("{0}", f.path()), ui.getOrDefault("history", "history"))));
        }
        return histories;
    }

    private static boolean isWebUrl(String url) {
        return url.startsWith("https://") || url.startsWith("http://");
    }
}
