package io.diffpress;

import io.diffpress.config.RepositoryConfig;
import io.diffpress.config.SectionConfig;
import io.diffpress.config.SiteConfig;
import io.diffpress.content.ContentStore;
import io.diffpress.content.GeneratedReport;
import io.diffpress.content.ReportWriter;
import io.diffpress.history.CompareRange;
import io.diffpress.history.HistoryReader;
import io.diffpress.history.RangeChanges;
import io.diffpress.history.RangeSpec;
import io.diffpress.history.FileChange;
import io.diffpress.insight.FileInsight;
import io.diffpress.insight.llm.LlmInsightWriter;
import io.diffpress.insight.InsightWriter;
import io.diffpress.insight.ReportInsight;
import io.diffpress.publish.PortalLock;
import io.diffpress.publish.Publisher;
import io.diffpress.site.SiteBuilder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The pipeline in one place: {@link #generate} runs history → insight → content,
 * {@link #build} runs site → publish. Each stage is also usable alone.
 */
public final class Diffpress {

    private Diffpress() {
    }

    /** Progress of {@code generate}: ranges done of all, files compared so far. */
    public record Progress(int rangesDone, int rangesTotal, long files) {
    }

    /**
     * Writes the reports of every planned range that has none yet (or only {@code range} when given).
     * Reports a person edited are never overwritten, not even with {@code force}. Ranges are
     * independent, so they are compared on all cores; the reports do not depend on the order.
     */
    public static GenerateResult generate(SiteConfig config, Optional<RangeSpec> range, boolean force, Consumer<Progress> progress) {
        return generate(config, range, force, false, progress, System.getenv());
    }

    /** {@link #generate} with the environment the language model's key is read from ({@code insight.llm.apiKeyEnv}). */
    public static GenerateResult generate(SiteConfig config, Optional<RangeSpec> range, boolean force, Consumer<Progress> progress,
                                          Map<String, String> environment) {
        return generate(config, range, force, false, progress, environment);
    }

    /**
     * {@link #generate}; with {@code prune}, the untouched reports of ranges the history no longer has are deleted
     * (without it they are only named in a warning: see {@link #staleReports}).
     */
    public static GenerateResult generate(SiteConfig config, Optional<RangeSpec> range, boolean force, boolean prune,
                                          Consumer<Progress> progress, Map<String, String> environment) {
        RepositoryConfig repository = config.repository().orElseThrow(() -> DiffpressException.input(Stage.CONFIG,
                config.file() + ": has no 'repository', so there is no history to generate reports from"));
        ContentStore store = new ContentStore(config.content());
        ReportWriter writer = new ReportWriter(config);
        InsightWriter insight = new InsightWriter(config.javaLocale());
        Optional<LlmInsightWriter> llm = config.insight().llm()
                .map(l -> LlmInsightWriter.fromEnvironment(l, config.locale(), environment));
        try (PortalLock lock = PortalLock.acquire(config.portalDir());
             HistoryReader history = HistoryReader.open(repository, config.timeZone(), config.maxDiffLines())) {
            store.removeLeftovers();
            List<CompareRange> ranges = range.isPresent() ? List.of(history.plan(range.get())) : history.plan(config.ranges());
            // generate's folder exists after it ran, reports or not: the build that follows reads it (a fresh clone
            // of a portal that never committed content/, with nothing to report yet); made once the range is known good
            store.createRoot();
            // reports a person renamed, by section and range key: their range has its report, under another name
            Map<String, ContentStore.Renamed> renamed = new java.util.HashMap<>();
            java.util.function.Predicate<String> generatedName = generatedLabel(config).asMatchPredicate();
            for (SectionConfig section : config.sections()) {
                renamed.put(section.name(), store.renamedReports(section.name(), generatedName));
            }
            AtomicInteger done = new AtomicInteger();
            java.util.Set<String> outdated = java.util.concurrent.ConcurrentHashMap.newKeySet(); // edited, of another range
            java.util.Set<String> otherLocale = java.util.concurrent.ConcurrentHashMap.newKeySet(); // untouched, written in another locale
            AtomicLong files = new AtomicLong();
            AtomicInteger missing = new AtomicInteger(); // files reported without their contents (missingObjects: skip)
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
            // the model is asked about a range's files at once, up to maxParallel in flight (the client bounds them): asked
            // one after another, a range's 40 files took 40 round trips whatever maxParallel said (an audit)
            ExecutorService asking = llm.isPresent() ? Executors.newFixedThreadPool(config.insight().llm().orElseThrow().maxParallel())
                    : null;
            try {
                List<Future<List<Stored>>> jobs = new ArrayList<>();
                for (CompareRange r : ranges) {
                    jobs.add(pool.submit(() -> {
                        List<Stored> stored = new ArrayList<>();
                        // Reports that exist for this range (or were edited by hand) are decided from
                        // content/ and the changed paths alone: a rerun reads no file contents and
                        // asks no language model for ranges already reported.
                        List<SectionConfig> needed = new ArrayList<>();
                        for (String section : history.touchedSections(r, config.sections())) {
                            String path = writer.pathFor(r, section);
                            Optional<ContentStore.Existing> found = store.existing(path, r.key(), force, config.locale());
                            Optional<ContentStore.Outcome> existing = found.map(ContentStore.Existing::outcome);
                            if (found.isPresent() && found.get().otherLocale()) {
                                otherLocale.add(path);
                            }
                            ContentStore.Renamed byPerson = renamed.getOrDefault(section, ContentStore.Renamed.NONE);
                            String elsewhere = byPerson.byKey().get(r.key());
                            boolean grown = false;
                            if (elsewhere == null && byPerson.byLabel().containsKey(r.label())) {
                                // renamed, and its range grew since (more commits that day, a force push): still its report
                                elsewhere = byPerson.byLabel().get(r.label());
                                grown = true;
                            }
                            if (existing.isPresent()) {
                                stored.add(new Stored(path, existing.get()));
                                String key = existing.get() == ContentStore.Outcome.KEPT_EDITED ? store.rangeKeyOf(path) : r.key();
                                if (!key.isEmpty() && !key.equals(r.key())
                                        && !history.sameSectionChanges(key, r, section(config, section))) {
                                    outdated.add(path); // its day has more commits now, or they were rewritten
                                }
                            } else if (!force && elsewhere == null && untouchedOfSameChanges(store, history, path, r, section(config, section))) {
                                // its day gained commits that changed none of the section's files (the portal's own
                                // content/ committed, say): it still tells all of the section's changes, and written
                                // again it would change with every commit, never settling (an audit)
                                stored.add(new Stored(path, ContentStore.Outcome.UP_TO_DATE));
                            } else if (elsewhere != null && !elsewhere.equals(path) && !java.nio.file.Files.exists(store.root().resolve(path))) {
                                // renamed by a person: left as it is, even with --force (its name is theirs)
                                stored.add(new Stored(elsewhere, ContentStore.Outcome.KEPT_EDITED));
                                if (grown) {
                                    outdated.add(elsewhere);
                                }
                            } else {
                                needed.add(section(config, section));
                            }
                        }
                        List<RangeChanges> perSection = needed.isEmpty() ? List.of() : history.changes(r, needed);
                        for (RangeChanges changes : perSection) {
                            List<FileInsight> insights = new ArrayList<>();
                            List<String> writers = new ArrayList<>();
                            List<Future<LlmInsightWriter.Attributed>> asked = new ArrayList<>();
                            for (FileChange change : changes.files()) {
                                FileInsight builtin = insight.explain(change);
                                if (llm.isPresent()) {
                                    asked.add(asking.submit(() -> llm.get().explain(change, builtin)));
                                } else {
                                    insights.add(builtin);
                                    writers.add("builtin");
                                }
                            }
                            for (Future<LlmInsightWriter.Attributed> answer : asked) { // in the files' order
                                LlmInsightWriter.Attributed text = await(answer);
                                insights.add(text.insight());
                                writers.add(text.writer());
                            }
                            ReportInsight summary = insight.summarize(changes.section(), changes.files(), insights);
                            GeneratedReport report = writer.write(changes, history.compareUrl(r), insights, writers, summary);
                            stored.add(new Stored(report.relativePath(), store.store(report, force)));
                            files.addAndGet(changes.files().size());
                            missing.addAndGet((int) changes.files().stream().filter(FileChange::missing).count());
                        }
                        progress.accept(new Progress(done.incrementAndGet(), ranges.size(), files.get()));
                        return stored;
                    }));
                }
                List<String> written = new ArrayList<>();
                List<String> upToDate = new ArrayList<>();
                List<String> kept = new ArrayList<>();
                for (Future<List<Stored>> job : jobs) {
                    for (Stored s : await(job)) {
                        switch (s.outcome()) {
                            case WRITTEN -> written.add(s.path());
                            case UP_TO_DATE -> upToDate.add(s.path());
                            case KEPT_EDITED -> kept.add(s.path());
                        }
                    }
                }
                List<String> warnings = new ArrayList<>(llm.map(LlmInsightWriter::warnings).orElse(List.of()).stream()
                        .map(w -> Stage.INSIGHT.label() + ": " + w).toList());
                List<String> removed = new ArrayList<>();
                // the globs are checked before stale reports are looked for: a section that matches nothing (a typo) has
                // no planned report, and its reports would all look stale, and be pruned
                HistoryReader.GlobCheck globs = history.checkGlobs(config.sections());
                if (range.isEmpty()) {
                    java.util.Set<String> planned = java.util.stream.Stream.of(written, upToDate, kept).flatMap(List::stream)
                            .collect(java.util.stream.Collectors.toSet());
                    List<String> stale = new ArrayList<>();
                    // a section with a glob that matches nothing may have lost files to a typo: its reports are not judged
                    List<String> unsure = new ArrayList<>(globs.sectionsWithoutFiles());
                    unsure.addAll(globs.includesWithoutFiles().keySet());
                    staleReports(config, store, planned, unsure).forEach((path, report) -> {
                        if (prune && !report.edited()) {
                            store.remove(path);
                            removed.add(path);
                        } else {
                            stale.add(path);
                        }
                    });
                    warnings.addAll(unplannedReportsWarnings(config, store, planned, unsure));
                    if (!stale.isEmpty()) {
                        warnings.add(Stage.CONTENT.label() + ": " + stale.size() + (stale.size() == 1 ? " report tells" : " reports tell")
                                + " of a range this history does not have (rewritten by a force push, its changes to the section undone,"
                                + " not fetched yet, or the section's globs or the timeZone changed in " + config.file().getFileName() + "?): " + String.join(", ", stale.stream().map(config::shownContent).toList())
                                + (prune ? "; kept, as a person edited them" : "; 'generate --prune' removes those not edited by hand"));
                    }
                }
                if (!outdated.isEmpty()) {
                    warnings.add(Stage.CONTENT.label() + ": " + outdated.size() + (outdated.size() == 1
                            ? " report edited by hand and kept tells of other commits than its range has now"
                            : " reports edited by hand and kept tell of other commits than their range has now")
                            + " (more commits that day,"
                            + " or a force push rewrote them): " + String.join(", ", new java.util.TreeSet<>(outdated).stream()
                            .map(config::shownContent).toList()) + "; to regenerate one, undo your edit or delete it, then run generate");
                }
                if (!otherLocale.isEmpty()) {
                    List<String> names = new java.util.TreeSet<>(otherLocale).stream().map(config::shownContent).toList();
                    warnings.add(Stage.CONTENT.label() + ": " + names.size() + (names.size() == 1 ? " report was" : " reports were")
                            + " written in another locale than " + config.file().getFileName() + "'s " + config.locale() + ": "
                            + String.join(", ", names.subList(0, Math.min(5, names.size())))
                            + (names.size() > 5 ? " and " + (names.size() - 5) + " more" : "")
                            + "; 'generate --force' writes them again in " + config.locale() + " (reports edited by hand are kept)");
                }
                if (range.isPresent() && written.isEmpty() && upToDate.isEmpty() && kept.isEmpty()) {
                    CompareRange only = ranges.get(0);
                    warnings.add(Stage.HISTORY.label() + ": the range " + range.get() + " (" + only.base().map(b -> b.substring(0, 7)).orElse("root")
                            + ".." + only.head().substring(0, 7) + ") changes no file of "
                            + (config.sections().size() == 1 ? "the section '" + config.sections().get(0).name() + "'" : "any section")
                            + ", so there is nothing to report");
                }
                warnings.addAll(globWarnings(config, repository, store, globs));
                if (!written.isEmpty() && repository.compareUrl().filter(u -> u.contains("/OWNER/REPO/")).isPresent()) {
                    // init's placeholder: the reports link to a repository that is not the one documented, and keep
                    // those links until they are written again (an audit)
                    warnings.add(Stage.CONFIG.label() + ": " + config.file() + "'s repository.compareUrl still names init's"
                            + " placeholder OWNER/REPO, so the reports' links lead to no repository of yours; set it, then run"
                            + " generate --force to write them again");
                }
                if (missing.get() > 0) {
                    // repository.missingObjects: skip reported them without their contents
                    warnings.add(Stage.HISTORY.label() + ": " + missing.get() + " changed file(s) had contents missing from the repository "
                            + "(a partial clone?): reported without line counts or rename detection; fetch the full repository for exact reports");
                }
                return new GenerateResult(ranges.size(), written, upToDate, kept, removed, warnings);
            } finally {
                pool.shutdownNow();
                if (asking != null) {
                    asking.shutdownNow();
                }
            }
        }
    }

    private record Stored(String path, ContentStore.Outcome outcome) {
    }

    /** What {@link HistoryReader#checkGlobs} found, told: a section, or an include glob, that matches no file (a typo?). */
    /** The configured section of that name. */

    /**
     * Whether the report at {@code path} is untouched by a person and written for an earlier head of {@code range} from which
     * no file of the section changed: the same changes, told as they were.
     */
    private static boolean untouchedOfSameChanges(ContentStore store, HistoryReader history, String path, CompareRange range,
                                                  SectionConfig section) {
        if (!java.nio.file.Files.isRegularFile(store.root().resolve(path)) || !store.untouched(path)) {
            return false;
        }
        String key = store.rangeKeyOf(path);
        return !key.isEmpty() && !key.equals(range.key()) && history.sameSectionChanges(key, range, section);
    }

    private static SectionConfig section(SiteConfig config, String name) {
        return config.sections().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    /** "FILE:LINE:COLUMN: " where site.yml names the section, "" for the default one. */
    private static String at(SectionConfig section) {
        return section.at().isEmpty() ? "" : section.at() + ": ";
    }

    private static List<String> globWarnings(SiteConfig config, RepositoryConfig repository, ContentStore store,
                                             HistoryReader.GlobCheck globs) {
        List<String> warnings = new ArrayList<>();
        String atHead = repository.branch().equals("HEAD") ? "at HEAD" : "at the head of " + repository.branch();
        String yml = config.file().getFileName().toString();
        for (String name : globs.sectionsWithoutFiles()) {
            SectionConfig section = section(config, name);
            int reports = store.reports(name).size();
            warnings.add(Stage.CONFIG.label() + ": " + at(section) + "section '" + name + "' (include " + section.include()
                    + (section.exclude().isEmpty() ? "" : ", exclude " + section.exclude()) + ") matches no file " + atHead
                    + ", so it has no new reports; check its globs in " + yml
                    + (reports > 0 ? " (its " + reports + " report" + (reports == 1 ? "" : "s") + " in " + config.shownContent(name)
                    + " are kept, never taken for stale)" : ""));
        }
        globs.includesWithoutFiles().forEach((name, unmatched) -> warnings.add(Stage.CONFIG.label() + ": "
                + at(section(config, name)) + "section '" + name
                + "': include " + (unmatched.size() == 1 ? "glob " : "globs ") + String.join(", ", unmatched.stream()
                .map(g -> "'" + g + "'").toList()) + " match" + (unmatched.size() == 1 ? "es" : "") + " no file " + atHead
                + "; check " + (unmatched.size() == 1 ? "it" : "them") + " in " + yml + " (until then its reports are never"
                + " taken for stale)"));
        return warnings;
    }

    /**
     * The reports this tool wrote whose range the history, as the repository has it, does not have: named as the
     * configured strategy names its reports (2025-06-21.md, pr-42.md, …), in a configured section, and not among the
     * reports this run planned. Without since/until the plan covers the whole history, so such a report is of commits
     * rewritten by a force push, of a day whose later commits undid the section's changes, or of commits this clone has
     * not fetched (or another branch's: repository.branch HEAD in a work tree): which one, only the person can tell, so
     * they are deleted only on request ({@code generate --prune}). Judged only for the strategies that walk the
     * first-parent line and without since/until; a report of another strategy, of a range given with --range
     * (DATE-BASE-HEAD) or of a section no longer configured is never one.
     */
    private static Map<String, ContentStore.Generated> staleReports(SiteConfig config, ContentStore store, java.util.Set<String> planned,
                                                                     List<String> unsureSections) {
        String strategy = config.ranges().strategy();
        if (strategy.equals("tags") || strategy.equals("explicit") || config.ranges().since().isPresent()
                || config.ranges().until().isPresent()) {
            return Map.of();
        }
        java.util.regex.Pattern ours = generatedLabel(config);
        Map<String, ContentStore.Generated> stale = new java.util.TreeMap<>();
        for (SectionConfig section : config.sections()) {
            if (unsureSections.contains(section.name())) {
                continue; // a glob of it matches nothing now (a typo?): its reports cannot be judged (see the warning about it)
            }
            for (String path : store.reports(section.name())) {
                String label = path.substring(path.lastIndexOf('/') + 1, path.length() - ".md".length());
                if (!planned.contains(path) && ours.matcher(label).matches()) {
                    store.generated(path).ifPresent(report -> stale.put(path, report));
                }
            }
        }
        return stale;
    }

    /**
     * Reports this tool wrote that the configuration no longer plans and that staleness does not judge, which the site
     * still publishes: those of a section site.yml no longer has (removed, renamed or split), and those of another range
     * strategy (daily reports beside weekly ones list each change twice in a document's history). Warned of, never
     * deleted: only a person knows whether they are history to keep. Reports renamed by hand and those of a --range are
     * left out; so is a section with a glob that matches nothing ({@code unsure}).
     */
    private static List<String> unplannedReportsWarnings(SiteConfig config, ContentStore store, java.util.Set<String> planned,
                                                         List<String> unsure) {
        List<String> warnings = new ArrayList<>();
        java.util.Set<String> sections = new java.util.HashSet<>();
        config.sections().forEach(s -> sections.add(s.name()));
        for (String folder : store.folders()) {
            if (sections.contains(folder)) {
                continue;
            }
            long ours = store.reports(folder).stream().filter(p -> store.generated(p).isPresent()).count();
            if (ours > 0) {
                warnings.add(Stage.CONTENT.label() + ": " + ours + (ours == 1 ? " report" : " reports") + " in " + config.shownContent(folder)
                        + (ours == 1 ? "/ belongs" : "/ belong") + " to no section of " + config.file().getFileName() + " (one removed, renamed or split?), and the site"
                        + (ours == 1 ? " still publishes it" : " still publishes them") + "; delete the folder if the section is gone for good");
            }
        }
        String strategy = config.ranges().strategy();
        if (strategy.equals("tags") || strategy.equals("explicit")) {
            return warnings; // labels as the portal names them: no other strategy's can be told apart
        }
        java.util.regex.Pattern ours = generatedLabel(config);
        for (SectionConfig section : config.sections()) {
            if (unsure.contains(section.name())) {
                continue;
            }
            List<String> others = new ArrayList<>();
            for (String path : store.reports(section.name())) {
                String name = path.substring(path.lastIndexOf('/') + 1, path.length() - ".md".length());
                if (planned.contains(path) || ours.matcher(name).matches() || CompareRange.EXPLICIT_LABEL.matcher(name).matches()) {
                    continue;
                }
                store.generated(path).filter(g -> !g.label().isEmpty() && !ours.matcher(g.label()).matches()
                        && !CompareRange.EXPLICIT_LABEL.matcher(g.label()).matches()).ifPresent(g -> others.add(config.shownContent(path)));
            }
            if (!others.isEmpty()) {
                warnings.add(Stage.CONTENT.label() + ": " + others.size() + (others.size() == 1 ? " report" : " reports")
                        + " of the section '" + section.name() + "' " + (others.size() == 1 ? "is" : "are") + " of another range strategy than '"
                        + strategy + "' (" + String.join(", ", others.subList(0, Math.min(3, others.size())))
                        + (others.size() > 3 ? ", …" : "") + "), and the site still publishes "
                        + (others.size() == 1 ? "it beside this strategy's reports, which list its changes again; delete it"
                        : "them beside this strategy's reports, which list their changes again; delete them")
                        + " if the strategy changed for good");
            }
        }
        return warnings;
    }

    /**
     * The names the range strategy gives its reports, and no other: a calendar period's label is unique (no "-N"); a
     * commit's is pr-N or DATE-SHA, "-N" told apart from a --range report's DATE-BASE-HEAD by its length (N is small,
     * a sha is 7 characters). Tags and explicit ranges are named by what the portal lists: no name is told apart.
     */
    private static java.util.regex.Pattern generatedLabel(SiteConfig config) {
        return java.util.regex.Pattern.compile(switch (config.ranges().strategy()) {
            case "weekly" -> "\\d{4}-W\\d{2}";
            case "monthly" -> "\\d{4}-\\d{2}";
            case "commits" -> "(?:pr-\\d+|\\d{4}-\\d{2}-\\d{2}-[0-9a-f]{7})(?:-\\d{1,3})?";
            case "tags", "explicit" -> "(?!)";
            default -> "\\d{4}-\\d{2}-\\d{2}";
        });
    }

    private static <T> T await(Future<T> job) {
        try {
            return job.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw DiffpressException.build(Stage.HISTORY, "a range failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DiffpressException.build(Stage.HISTORY, "interrupted", e);
        }
    }

    /**
     * Refuses an output folder the site must not replace (the portal, content/, the repository, /,
     * a folder diffpress did not make). {@code build} checks this before {@code generate} runs,
     * so a refused build writes nothing at all.
     */
    public static void checkOutput(SiteConfig config) {
        try {
            checkPlace(config, new Publisher(config.output()));
        } catch (DiffpressException e) {
            // said with the line of site.yml that names the folder, when it does
            throw config.outputAt().isEmpty() ? e : DiffpressException.input(e.stage(), config.outputAt() + ": " + e.getMessage());
        }
    }

    /** The checks of {@link #checkOutput}, without the line of site.yml. */
    private static void checkPlace(SiteConfig config, Publisher publisher) {
        checkNotInCache(config);
        checkNotInContent(config);
        checkNotInThemes(config);
        publisher.checkSafe(protectedDirs(config));
    }

    /**
     * An output folder in themes/ (a theme's static/ folder, say) would be read as the theme's files by the next build,
     * which would copy the whole site into itself, one level deeper each time (an audit).
     */
    private static void checkNotInThemes(SiteConfig config) {
        Path themes = config.portalDir().resolve("themes").toAbsolutePath().normalize();
        if (config.output().toAbsolutePath().normalize().startsWith(themes)) {
            throw DiffpressException.input(Stage.PUBLISH, "output folder " + config.output() + " is in " + themes
                    + ", which holds the themes the site is made with; choose a folder of its own such as public/");
        }
    }

    /**
     * An output folder in .diffpress/, which holds the caches (rendered bodies, search parts, language-model answers),
     * would be pruned with them, or publish them.
     */
    private static void checkNotInCache(SiteConfig config) {
        Path cache = io.diffpress.FileNames.real(config.portalDir().resolve(".diffpress"));
        if (io.diffpress.FileNames.real(config.output()).startsWith(cache)) {
            throw DiffpressException.input(Stage.PUBLISH, "output folder " + config.output() + " is in " + cache
                    + ", diffpress's own cache folder; choose a folder of its own such as public/");
        }
    }

    /**
     * An output folder inside the content folder (a section's folder, say) would take reports generate writes there
     * and read the site's pages as reports: refused before any report is written (an audit found it refused only
     * after generate had written reports into it).
     */
    private static void checkNotInContent(SiteConfig config) {
        // where they really are: through a link to the portal, `self/content/site` is inside content/ too (an audit)
        Path content = io.diffpress.FileNames.real(config.content());
        Path output = io.diffpress.FileNames.real(config.output());
        if (output.startsWith(content) && !output.equals(content)) {
            throw DiffpressException.input(Stage.PUBLISH, "output folder " + config.output() + " is inside the content folder "
                    + content + ", which holds the reports; choose a folder of its own such as public/");
        }
    }

    /** Renders the site from content/ and swaps it into the output folder. */
    public static Publisher.Result build(SiteConfig config) {
        return build(config, new SiteBuilder.Session());
    }

    /** Builds as {@link #build(SiteConfig)}, starting from what {@code session}'s earlier builds read. */
    public static Publisher.Result build(SiteConfig config, SiteBuilder.Session session) {
        Publisher publisher = new Publisher(config.output());
        checkPlace(config, publisher);
        io.diffpress.site.Phases.mark("begin");
        try (PortalLock lock = PortalLock.acquire(config.portalDir())) {
            SiteBuilder builder = new SiteBuilder(config, session); // the theme's errors first, as before
            SiteBuilder.checkContent(config); // before anything is written, the output's staging folder included
            try (Publisher.Staging site = publisher.begin()) {
                builder.build(site);
                Publisher.Result result = site.commit(builder::origin).withWarnings(builder.warnings());
                io.diffpress.site.Phases.mark("publish");
                return result;
            }
        }
    }

    private static List<Path> protectedDirs(SiteConfig config) {
        List<Path> dirs = new ArrayList<>(List.of(config.portalDir(), config.content(), config.themeDir()));
        config.repository().ifPresent(r -> dirs.add(r.path()));
        config.insight().llm().ifPresent(l -> dirs.add(l.cacheDir())); // the language model's answers: never published
        return dirs;
    }
}
