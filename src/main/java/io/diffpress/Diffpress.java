package io.diffpress;

import io.diffpress.config.RepositoryConfig;
import io.diffpress.config.SiteConfig;
import io.diffpress.content.ContentStore;
import io.diffpress.content.GeneratedReport;
import io.diffpress.content.ReportWriter;
import io.diffpress.history.CompareRange;
import io.diffpress.history.HistoryReader;
import io.diffpress.history.RangeChanges;
import io.diffpress.history.RangeSpec;
import io.diffpress.insight.FileInsight;
import io.diffpress.insight.InsightWriter;
import io.diffpress.insight.ReportInsight;
import io.diffpress.publish.OutputFile;
import io.diffpress.publish.PortalLock;
import io.diffpress.publish.Publisher;
import io.diffpress.site.SiteBuilder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The pipeline in one place: {@link #generate} runs history → insight → content,
 * {@link #build} runs site → publish. Each stage is also usable alone.
 */
public final class Diffpress {

    private Diffpress() {
    }

    /**
     * Writes the reports of every planned range that has none yet (or only {@code range} when given).
     * Reports a person edited are never overwritten, not even with {@code force}.
     */
    public static GenerateResult generate(SiteConfig config, Optional<RangeSpec> range, boolean force, Consumer<String> progress) {
        RepositoryConfig repository = config.repository().orElseThrow(() -> DiffpressException.input(Stage.CONFIG,
                config.file() + ": has no 'repository', so there is no history to generate reports from"));
        ContentStore store = new ContentStore(config.content());
        ReportWriter writer = new ReportWriter(config);
        InsightWriter insight = new InsightWriter(config.javaLocale());
        List<String> written = new ArrayList<>();
        List<String> upToDate = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        try (PortalLock lock = PortalLock.acquire(config.portalDir());
             HistoryReader history = HistoryReader.open(repository, config.timeZone(), config.maxDiffLines())) {
            List<CompareRange> ranges = range.isPresent() ? List.of(history.plan(range.get())) : history.plan(config.ranges());
            int done = 0;
            for (CompareRange r : ranges) {
                for (RangeChanges changes : history.changes(r, config.sections())) {
                    List<FileInsight> insights = changes.files().stream().map(insight::explain).toList();
                    ReportInsight summary = insight.summarize(changes.section(), changes.files(), insights);
                    GeneratedReport report = writer.write(changes, history.compareUrl(r), insights, summary);
                    switch (store.store(report, force)) {
                        case WRITTEN -> written.add(report.relativePath());
                        case UP_TO_DATE -> upToDate.add(report.relativePath());
                        case KEPT_EDITED -> kept.add(report.relativePath());
                    }
                }
                done++;
                progress.accept(done + "/" + ranges.size() + " ranges");
            }
            return new GenerateResult(ranges.size(), written, upToDate, kept);
        }
    }

    /** Renders the site from content/ and swaps it into the output folder. */
    public static Publisher.Result build(SiteConfig config) {
        Publisher publisher = new Publisher(config.output());
        publisher.checkSafe(protectedDirs(config));
        try (PortalLock lock = PortalLock.acquire(config.portalDir())) {
            List<OutputFile> files = new SiteBuilder(config).build();
            return publisher.publish(files);
        }
    }

    private static List<Path> protectedDirs(SiteConfig config) {
        List<Path> dirs = new ArrayList<>(List.of(config.portalDir(), config.content(), config.themeDir()));
        config.repository().ifPresent(r -> dirs.add(r.path()));
        return dirs;
    }
}
