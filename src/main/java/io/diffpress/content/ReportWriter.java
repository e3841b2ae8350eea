package io.diffpress.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.diffpress.config.SiteConfig;
import io.diffpress.history.CommitInfo;
import io.diffpress.history.CompareRange;
import io.diffpress.history.FileChange;
import io.diffpress.history.RangeChanges;
import io.diffpress.insight.FileInsight;
import io.diffpress.insight.ReportLabels;
import io.diffpress.insight.ReportInsight;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes one report in the shape of the reference report: front matter, compare link,
 * Highlights, New features, Breaking changes, Other updates, Insights, Summary Table and,
 * per file, the diff, the summary JSON and the explanation, with headings in the site's locale
 * ({@link ReportLabels}). Text from git is escaped.
 */
public final class ReportWriter {

    static final String GENERATOR = "diffpress";
    private static final ObjectWriter JSON = new ObjectMapper().writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("    ", "\n"))
                    .withoutSpacesInObjectEntries().withSeparators(
                            com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
                                    .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER)));

    private final SiteConfig config;
    private final ReportLabels labels;

    public ReportWriter(SiteConfig config) {
        this.config = config;
        this.labels = ReportLabels.forLocale(config.javaLocale());
    }

    /** The stored path of the report of one range and section: {@code SECTION/LABEL.md}. */
    public String pathFor(RangeChanges changes) {
        return pathFor(changes.range(), changes.section());
    }

    /** The stored path of the report of {@code range} in {@code section}, known before its changes are. */
    public String pathFor(CompareRange range, String section) {
        return section + "/" + range.fileLabel() + ".md";
    }

    public GeneratedReport write(RangeChanges changes, Optional<String> compareUrl, List<FileInsight> insights,
                                 ReportInsight report) {
        return write(changes, compareUrl, insights, java.util.Collections.nCopies(insights.size(), "builtin"), report);
    }

    /**
     * The report of one range and section.
     *
     * @param writers who wrote each file's text ("builtin" or "llm:MODEL"), recorded in the front matter
     */
    public GeneratedReport write(RangeChanges changes, Optional<String> compareUrl, List<FileInsight> insights,
                                 List<String> writers, ReportInsight report) {
        CompareRange range = changes.range();
        String title = io.diffpress.Placeholders.fill(config.reportTitle(), java.util.Map.of("locale", config.locale(),
                "section", changes.section(), "date", range.date().toString(), "label", range.label()));
        String body = body(changes, compareUrl, insights, report);
        String frontMatter = frontMatter(title, changes, compareUrl, insights, writers, report);
        String text = "---\n" + frontMatter + "---\n\n" + body;
        return new GeneratedReport(pathFor(changes), range.key(), GeneratedHash.seal(text));
    }

    private String frontMatter(String title, RangeChanges changes, Optional<String> compareUrl,
                               List<FileInsight> insights, List<String> writers, ReportInsight report) {
        CompareRange range = changes.range();
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("date", range.date().toString());
        compareUrl.ifPresent(u -> fm.put("permalink", u));
        // the marks of the language the summary is written in: a zh_CN report's text is English (no Chinese messages yet)
        fm.put("summary", Markdown.plainSummary(report.summary(), io.diffpress.insight.InsightWriter.textLocale(config.javaLocale()).toString()));
        fm.put("title", title);
        // the locale of the text, so that generate can tell reports written before a change of site.yml's locale
        fm.put("locale", config.locale());
        // and, when the built-in text is in another one (a zh_CN report's is English), that one: the site marks it; a
        // language model writes in the locale asked for, so a report with its text is taken to be in that one
        String textLocale = io.diffpress.insight.InsightWriter.textLocale(config.javaLocale()).toString();
        if (!textLocale.equals(config.locale()) && writers.stream().noneMatch(w -> w.startsWith("llm:"))) {
            fm.put("textLocale", textLocale);
        }
        fm.put("section", changes.section());
        List<String> types = insights.stream().map(i -> i.type().word()).distinct().sorted().toList();
        fm.put("types", types);
        Map<String, Object> rangeMap = new LinkedHashMap<>();
        rangeMap.put("key", range.key());
        rangeMap.put("base", range.base().orElse(""));
        rangeMap.put("head", range.head());
        rangeMap.put("label", range.label());
        if (range.unrelated()) {
            rangeMap.put("unrelated", true);
        }
        fm.put("range", rangeMap);
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("files", changes.files().size());
        totals.put("additions", changes.additions());
        totals.put("deletions", changes.deletions());
        fm.put("totals", totals);
        List<Map<String, Object>> commits = new ArrayList<>();
        ZoneId zone = config.timeZone();
        for (CommitInfo c : changes.commits()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sha", c.sha());
            m.put("subject", printable(c.subject()));
            m.put("author", printable(c.author()));
            m.put("date", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(c.time().atZone(zone)));
            if (c.pullRequest() > 0) {
                m.put("pr", c.pullRequest());
                pullRequestUrl(c).ifPresent(u -> m.put("prUrl", u));
            }
            commits.add(m);
        }
        fm.put("commits", commits);
        List<Map<String, Object>> files = new ArrayList<>();
        for (int i = 0; i < changes.files().size(); i++) {
            FileChange f = changes.files().get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", f.path());
            f.oldPath().ifPresent(p -> m.put("oldPath", p));
            m.put("status", f.status().word());
            if (f.status() == io.diffpress.history.ChangeStatus.RENAMED) {
                m.put("similarity", f.similarity());
            }
            if (f.kind() != io.diffpress.history.FileKind.FILE) {
                m.put("kind", f.kind().name().toLowerCase(java.util.Locale.ROOT));
            }
            m.put("type", insights.get(i).type().word());
            m.put("title", insights.get(i).title());
            m.put("additions", f.additions());
            m.put("deletions", f.deletions());
            if (f.binary()) {
                m.put("binary", true);
            }
            if (f.missing()) {
                m.put("missing", true);
            }
            m.put("anchor", ItemAnchor.of(f.path()));
            m.put("writer", writers.get(i));
            files.add(m);
        }
        fm.put("files", files);
        fm.put("generator", GENERATOR);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(100);
        options.setSplitLines(true);
        options.setAllowUnicode(true);
        // a path with a control character stays text ("docs/ev\e[31m.md"), not base64 behind !!binary
        options.setNonPrintableStyle(DumperOptions.NonPrintableStyle.ESCAPE);
        return new Yaml(options).dump(fm);
    }

    private String body(RangeChanges changes, Optional<String> compareUrl, List<FileInsight> insights, ReportInsight report) {
        StringBuilder md = new StringBuilder();
        CompareRange range = changes.range();
        compareUrl.ifPresent(u -> md.append('[').append(Markdown.text(range.base().isPresent() ? labels.viewDiff(u) : labels.viewFiles(u)))
                .append("](").append(u.replace(")", "%29").replace(" ", "%20")).append("){target=\"_blank\"}\n\n"));
        String head = Markdown.code(range.head().substring(0, 7));
        md.append(range.base().isPresent()
                ? labels.range(Markdown.code(range.base().get().substring(0, 7)), head, changes.files().size(), changes.additions(), changes.deletions())
                : labels.rangeFromStart(head, changes.files().size(), changes.additions(), changes.deletions())).append("\n\n");
        if (changes.range().unrelated()) {
            md.append(labels.unrelated(Markdown.code(changes.range().base().orElse("").substring(0, 7)),
                    Markdown.code(changes.range().head().substring(0, 7)))).append("\n\n");
        }
        md.append("# ").append(labels.highlights()).append('\n').append(report.highlights()).append("\n\n");
        list(md, labels.newFeatures(), report.newFeatures());
        list(md, labels.breakingChanges(), report.breakingChanges());
        list(md, labels.otherUpdates(), report.otherUpdates());
        md.append("# ").append(labels.insights()).append('\n').append(report.insights()).append("\n\n");
        md.append("# ").append(labels.summaryTable()).append('\n');
        md.append(labels.tableHeader()).append('\n');
        md.append("|------------|------|-------------|--------|----|----|----|\n");
        java.util.Map<String, Integer> names = new java.util.HashMap<>();
        changes.files().forEach(f -> names.merge(f.fileName(), 1, Integer::sum));
        for (int i = 0; i < changes.files().size(); i++) {
            FileChange f = changes.files().get(i);
            FileInsight insight = insights.get(i);
            // a name two files of the report share (two run.sh) is told apart by the path, as the report's text does
            String shown = names.get(f.fileName()) > 1 ? f.path() : f.fileName();
            md.append("| [").append(Markdown.text(shown)).append("](#").append(ItemAnchor.of(f.path())).append(") | ")
                    .append(insight.type().word()).append(" | ")
                    .append(Markdown.tableCell(insight.title())).append(" | ")
                    .append(f.status().word()).append(" | ")
                    .append(f.binary() || f.missing() ? "-" : f.additions()).append(" | ")
                    .append(f.binary() || f.missing() ? "-" : f.deletions()).append(" | ")
                    .append(f.binary() || f.missing() ? "-" : f.changes()).append(" | \n");
        }
        md.append("\n\n# ").append(labels.modifiedContents()).append('\n');
        for (int i = 0; i < changes.files().size(); i++) {
            file(md, changes.files().get(i), insights.get(i));
        }
        commits(md, changes.commits());
        return md.toString();
    }

    /**
     * A diff with its control characters other than tab, line feed and carriage return (a CRLF file's) as U+FFFD: an
     * escape sequence in a changed line must not drive the terminal of whoever prints the report.
     */
    static String printableDiff(String diff) {
        return withoutControls(diff, "\t\n\r");
    }

    /** Control characters (a terminal escape in a commit subject) become U+FFFD; they have no place in a page. */
    static String printable(String text) {
        return withoutControls(text, "");
    }

    /** The text with each control character not in {@code kept} as U+FFFD; the same string when it has none. */
    private static String withoutControls(String text, String kept) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i)) && kept.indexOf(text.charAt(i)) < 0) {
                char[] chars = text.toCharArray();
                for (int j = i; j < chars.length; j++) {
                    if (Character.isISOControl(chars[j]) && kept.indexOf(chars[j]) < 0) {
                        chars[j] = '\uFFFD';
                    }
                }
                return new String(chars);
            }
        }
        return text;
    }

    private static void list(StringBuilder md, String heading, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        md.append("## ").append(heading).append('\n');
        for (String item : items) {
            md.append("- ").append(item).append('\n');
        }
        md.append('\n');
    }

    private void file(StringBuilder md, FileChange f, FileInsight insight) {
        md.append("## ").append(Markdown.text(f.path())).append("{#").append(ItemAnchor.of(f.path())).append("}\n\n");
        if (f.missing()) {
            md.append(labels.missingContents()).append("\n\n");
        } else if (f.binary()) {
            md.append(labels.binaryFile()).append("\n\n");
        } else if (!f.diff().isEmpty()) {
            String diff = printableDiff(f.diff());
            String fence = Markdown.fence(diff, 4);
            md.append("<details>\n<summary>").append(labels.diff()).append("</summary>\n\n").append(fence).append("diff\n").append(diff);
            md.append(fence).append('\n');
            if (f.diffCut()) {
                md.append('\n').append(labels.diffCut(config.maxDiffLines())).append('\n');
            }
            md.append("\n</details>\n\n");
        }
        Map<String, String> summary = new LinkedHashMap<>();
        summary.put("modification_type", insight.type().word());
        summary.put("modification_title", insight.title());
        String json;
        try {
            json = JSON.writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
        String jsonFence = Markdown.fence(json, 3);
        md.append("### ").append(labels.fileSummary()).append("\n\n").append(jsonFence).append("json\n").append(json).append('\n').append(jsonFence).append("\n\n");
        md.append("### ").append(labels.explanation()).append('\n').append(insight.explanation()).append("\n\n");
    }

    private Optional<String> pullRequestUrl(CommitInfo commit) {
        return commit.pullRequest() > 0 ? config.repository().flatMap(r -> r.pullRequestUrl(commit.pullRequest())) : Optional.empty();
    }

    private void commits(StringBuilder md, List<CommitInfo> commits) {
        // The id lets the site tell that the body lists the commits itself (in any language).
        md.append("# ").append(labels.commits()).append("{#commits}\n");
        for (CommitInfo c : commits) {
            Optional<String> page = config.repository().flatMap(r -> r.commitUrl(c.sha()));
            String sha = Markdown.code(c.shortSha());
            md.append("- ").append(page.map(u -> "[" + sha + "](" + u + ")").orElse(sha)).append(' ')
                    .append(c.subject().isBlank() ? labels.noMessage() : Markdown.text(c.subject()))
                    // the author, day and pull request in the report's language's punctuation ("（作者、日付）" in Japanese)
                    .append(labels.commitDetails(Markdown.text(c.author()), c.time().atZone(config.timeZone()).toLocalDate().toString(),
                            pullRequestUrl(c).map(u -> "[#" + c.pullRequest() + "](" + u + ")").orElse("")));
            md.append("\n");
        }
    }
}
