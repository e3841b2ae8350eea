package io.diffpress.bench;

import io.diffpress.Diffpress;
import io.diffpress.GenerateResult;
import io.diffpress.config.ConfigLoader;
import io.diffpress.config.SiteConfig;
import io.diffpress.content.ReportWriter;
import io.diffpress.history.CompareRange;
import io.diffpress.history.FileChange;
import io.diffpress.history.HistoryReader;
import io.diffpress.history.RangeChanges;
import io.diffpress.insight.FileInsight;
import io.diffpress.insight.InsightWriter;
import io.diffpress.insight.ReportInsight;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What insight costs next to the history stage, on a whole history: for every planned range
 * (one thread, so each stage's share is clean) it times the history stage (the changed files
 * with counts, hunks and texts), the analysis (explain per file, summarize per report) and the
 * writing of the report text; then it runs the real {@code generate} on all cores into an
 * empty content folder, and once more to time a rerun with nothing new. The history stage and the
 * analysis are also given in CPU time of the measuring thread, which other processes on a shared
 * machine do not inflate.
 * <p>
 * Usage: {@code GenerateBenchmark REPOSITORY WORK_DIR}
 */
public final class GenerateBenchmark {

    private GenerateBenchmark() {
    }

    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** Bytes this thread allocated so far: the collector's work grows with them, and falls to whichever stage fills the heap. */
    private static long allocated() {
        return THREADS instanceof com.sun.management.ThreadMXBean sun ? sun.getCurrentThreadAllocatedBytes() : 0;
    }

    private static long gcMillis() {
        long millis = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            millis += Math.max(0, gc.getCollectionTime());
        }
        return millis;
    }

    public static void main(String[] args) throws IOException {
        Path repository = Path.of(args[0]).toAbsolutePath();
        Path work = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(work);
        Path siteYml = work.resolve("site.yml");
        Files.writeString(siteYml, "title: Bench\nbaseURL: https://example.github.io/bench/\n"
                + "repository:\n  path: " + repository + "\n  branch: main\n"
                + "  compareUrl: https://github.com/o/r/compare/{base}...{head}\n");
        SiteConfig config = ConfigLoader.load(siteYml);

        InsightWriter insight = new InsightWriter(config.javaLocale());
        ReportWriter writer = new ReportWriter(config);
        long historyNanos = 0;
        long explainNanos = 0;
        long summarizeNanos = 0;
        // CPU time of this thread too: on a shared machine, other processes inflate wall time
        long historyCpu = 0;
        long analysisCpu = 0;
        long writeNanos = 0;
        long historyBytes = 0;
        long analysisBytes = 0;
        long files = 0;
        // the second half of the ranges apart: the first half also pays for compiling the code (JIT)
        long laterExplainNanos = 0;
        long laterHistoryNanos = 0;
        long laterFiles = 0;
        long reportChars = 0;
        // of every report's text: two versions of the code compared on the benchmark must give the same digest when a change
        // is meant to make explain faster only
        java.security.MessageDigest reportDigest = sha256();
        // explain per file in each tenth of the ranges: how long compiling the code takes to pay off
        long[] tenthExplainNanos = new long[10];
        long[] tenthFiles = new long[10];
        // and the history stage's, which tells how much of the first tenths' cost is the pages of those years, not the JIT
        long[] tenthHistoryNanos = new long[10];
        // the first range alone: in a history begun by importing a whole docs set, one range of thousands of new pages, read while the code is cold
        long firstExplainNanos = 0;
        long firstSummarizeNanos = 0;
        long firstHistoryNanos = 0;
        long firstFiles = 0;
        // explain per file by the change's status: an added or removed file is read whole, a modified one by its changed chunks
        java.util.Map<String, long[]> byStatus = new java.util.TreeMap<>();
        int ranges;
        // the walk of the commits that plans the ranges: part of the history stage too, though not per file
        long planNanos;
        try (HistoryReader history = HistoryReader.open(config.repository().orElseThrow(), config.timeZone(), config.maxDiffLines())) {
            long p0 = System.nanoTime();
            List<CompareRange> plan = history.plan(config.ranges());
            planNanos = System.nanoTime() - p0;
            ranges = plan.size();
            for (int r = 0; r < plan.size(); r++) {
                CompareRange range = plan.get(r);
                boolean later = r >= plan.size() / 2;
                int tenth = (int) (10L * r / plan.size());
                long b0 = allocated();
                long c0 = cpuNanos();
                long t0 = System.nanoTime();
                List<RangeChanges> perSection = history.changes(range, config.sections());
                long t1 = System.nanoTime();
                historyCpu += cpuNanos() - c0;
                historyBytes += allocated() - b0;
                historyNanos += t1 - t0;
                tenthHistoryNanos[tenth] += t1 - t0;
                if (later) {
                    laterHistoryNanos += t1 - t0;
                }
                for (RangeChanges changes : perSection) {
                    List<FileInsight> insights = new ArrayList<>(changes.files().size());
                    long ab0 = allocated();
                    long a0 = cpuNanos();
                    long e0 = System.nanoTime();
                    for (FileChange change : changes.files()) {
                        long f0 = System.nanoTime();
                        insights.add(insight.explain(change));
                        long[] sum = byStatus.computeIfAbsent(change.status().toString(), k -> new long[2]);
                        sum[0] += System.nanoTime() - f0;
                        sum[1]++;
                    }
                    long e1 = System.nanoTime();
                    ReportInsight summary = insight.summarize(changes.section(), changes.files(), insights);
                    long e2 = System.nanoTime();
                    analysisCpu += cpuNanos() - a0;
                    analysisBytes += allocated() - ab0;
                    String text = writer.write(changes, history.compareUrl(range), insights, summary).text();
                    long e3 = System.nanoTime();
                    reportChars += text.length();
                    reportDigest.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    explainNanos += e1 - e0;
                    tenthExplainNanos[tenth] += e1 - e0;
                    tenthFiles[tenth] += changes.files().size();
                    if (later) {
                        laterExplainNanos += e1 - e0;
                        laterFiles += changes.files().size();
                    }
                    summarizeNanos += e2 - e1;
                    if (r == 0) {
                        firstExplainNanos += e1 - e0;
                        firstSummarizeNanos += e2 - e1;
                        firstHistoryNanos = t1 - t0;
                        firstFiles += changes.files().size();
                    }
                    writeNanos += e3 - e2;
                    files += changes.files().size();
                }
            }
        }
        double analysis = (explainNanos + summarizeNanos) / 1e9;
        double historyS = historyNanos / 1e9;
        System.out.printf("ranges              %d%n", ranges);
        System.out.printf("changed files       %d, report text %.1f MB, SHA-256 %s%n", files, reportChars / 1e6,
                java.util.HexFormat.of().formatHex(reportDigest.digest()).substring(0, 16));
        System.out.printf("history stage       %8.2f s  (%.1f µs per file)%n", historyS, historyNanos / 1e3 / files);
        System.out.printf("insight explain     %8.2f s  (%.1f µs per file)%n", explainNanos / 1e9, explainNanos / 1e3 / files);
        System.out.printf("insight summarize   %8.2f s%n", summarizeNanos / 1e9);
        System.out.printf("report text         %8.2f s%n", writeNanos / 1e9);
        System.out.printf("analysis share      %8.0f %% added to the history stage (target < 50 %%)%n", 100 * analysis / historyS);
        System.out.printf("with the plan       the walk that plans the ranges %.2f s: %.0f %% added to the history stage with it%n",
                planNanos / 1e9, 100 * analysis / (historyS + planNanos / 1e9));
        System.out.printf("CPU time            history %.2f s (%.1f µs per file), analysis %.2f s (%.1f µs per file): %.0f %% added%n",
                historyCpu / 1e9, historyCpu / 1e3 / files, analysisCpu / 1e9, analysisCpu / 1e3 / files, 100.0 * analysisCpu / historyCpu);
        System.out.printf("second half         history %.1f µs per file, explain %.1f µs per file (%d files): explain %.0f %% of history%n",
                laterHistoryNanos / 1e3 / laterFiles, laterExplainNanos / 1e3 / laterFiles, laterFiles,
                100.0 * laterExplainNanos / laterHistoryNanos);
        StringBuilder tenths = new StringBuilder();
        for (int t = 0; t < 10; t++) {
            tenths.append(String.format(" %.0f", tenthExplainNanos[t] / 1e3 / Math.max(1, tenthFiles[t])));
        }
        System.out.printf("explain by tenth   %s µs per file, in the order of the ranges%n", tenths);
        StringBuilder historyTenths = new StringBuilder();
        for (int t = 0; t < 10; t++) {
            historyTenths.append(String.format(" %.0f", tenthHistoryNanos[t] / 1e3 / Math.max(1, tenthFiles[t])));
        }
        System.out.printf("history by tenth   %s µs per file%n", historyTenths);
        System.out.printf("first range         %d files: history %.2f s, explain %.2f s (%.0f µs per file), summarize %.2f s%n",
                firstFiles, firstHistoryNanos / 1e9, firstExplainNanos / 1e9, firstExplainNanos / 1e3 / Math.max(1, firstFiles),
                firstSummarizeNanos / 1e9);
        StringBuilder statuses = new StringBuilder();
        byStatus.forEach((status, sum) -> statuses.append(String.format(" %s %d files %.0f µs (%.1f s);", status, sum[1],
                sum[0] / 1e3 / sum[1], sum[0] / 1e9)));
        System.out.printf("explain by status  %s%n", statuses);
        System.out.printf("allocated           history %.0f MB (%.0f kB per file), analysis %.0f MB (%.0f kB per file)%n",
                historyBytes / 1e6, historyBytes / 1e3 / files, analysisBytes / 1e6, analysisBytes / 1e3 / files);
        System.out.printf("JIT and GC          %.1f s compiling (all compiler threads), %.1f s in collections%n",
                ManagementFactory.getCompilationMXBean().getTotalCompilationTime() / 1e3, gcMillis() / 1e3);
        System.out.printf("analysis of total   %8.0f %% of history + analysis + report text%n",
                100 * analysis / (historyS + analysis + writeNanos / 1e9));

        if (Boolean.getBoolean("bench.analysisOnly")) {
            return; // for comparing JVM options or code changes on the analysis alone, in half the time
        }
        int threads = Runtime.getRuntime().availableProcessors();
        long g0 = System.nanoTime();
        GenerateResult first = Diffpress.generate(config, Optional.empty(), false, p -> { });
        long g1 = System.nanoTime();
        GenerateResult again = Diffpress.generate(config, Optional.empty(), false, p -> { });
        long g2 = System.nanoTime();
        // The pools peak at different moments, so their peaks summed are only an upper bound; what stays
        // after a collection is the live data the run needs. -Xmx is the bound the run held to.
        long peakPools = 0;
        long liveAfterGc = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakPools += pool.getPeakUsage().getUsed();
                if (pool.getCollectionUsage() != null) {
                    liveAfterGc = Math.max(liveAfterGc, pool.getCollectionUsage().getUsed());
                }
            }
        }
        System.out.printf("generate            %8.2f s on %d threads: %d reports written%n", (g1 - g0) / 1e9, threads, first.written().size());
        System.out.printf("generate rerun      %8.2f s: %d written, %d up to date%n", (g2 - g1) / 1e9, again.written().size(),
                again.upToDate().size());
        System.out.printf("heap                %8.1f MiB in a pool after its last collection; pools' peaks summed %.1f MiB; -Xmx %d MiB%n",
                liveAfterGc / 1048576.0, peakPools / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576);
    }

    private static java.security.MessageDigest sha256() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
