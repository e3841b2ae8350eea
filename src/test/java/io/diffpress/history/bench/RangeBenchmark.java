package io.diffpress.history.bench;

import io.diffpress.config.RangesConfig;
import io.diffpress.config.RepositoryConfig;
import io.diffpress.history.CompareRange;
import io.diffpress.history.FileChange;
import io.diffpress.history.HistoryReader;
import org.eclipse.jgit.lib.Constants;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Optional;

/**
 * Times the history stage over the daily ranges of a repository: plans the ranges, computes the
 * changed files of each (counts, hunks and texts), and prints the time, totals and the heap.
 * Writes the base/head pairs to a file so that the same ranges can be timed with C git.
 * <p>
 * Usage: {@code RangeBenchmark REPOSITORY PAIRS_FILE [THREADS]}; with more than one thread the
 * ranges are computed on a pool, as the generate command does.
 */
public final class RangeBenchmark {

    private RangeBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path repository = Path.of(args[0]);
        Path pairs = Path.of(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        long started = System.nanoTime();
        try (HistoryReader history = HistoryReader.open(new RepositoryConfig(repository, "main", Optional.empty()),
                ZoneId.of("UTC"), 5000)) {
            List<CompareRange> ranges = history.plan(RangesConfig.daily());
            long planned = System.nanoTime();
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(pairs))) {
                for (CompareRange range : ranges) {
                    out.println(range.base().orElse(Constants.EMPTY_TREE_ID.name()) + " " + range.head());
                }
            }
            long computeStart = System.nanoTime();
            // Each range is reduced to {files, renamed, lines} at once: the changes (with texts) are not kept.
            List<long[]> results = new ArrayList<>();
            if (threads <= 1) {
                for (CompareRange range : ranges) {
                    results.add(summary(history.changes(range)));
                }
            } else {
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                try {
                    List<Future<long[]>> futures = new ArrayList<>();
                    for (CompareRange range : ranges) {
                        futures.add(pool.submit(() -> summary(history.changes(range))));
                    }
                    for (Future<long[]> future : futures) {
                        results.add(future.get());
                    }
                } catch (InterruptedException | ExecutionException e) {
                    throw new IllegalStateException(e);
                } finally {
                    pool.shutdown();
                }
            }
            long files = results.stream().mapToLong(r -> r[0]).sum();
            long renamed = results.stream().mapToLong(r -> r[1]).sum();
            long lines = results.stream().mapToLong(r -> r[2]).sum();
            long done = System.nanoTime();
            // Pools peak at different moments: their peaks summed are only an upper bound (it can pass -Xmx);
            // what a pool holds after its last collection is the live data the walk needs.
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
            long gcs = 0;
            long gcMillis = 0;
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                gcs += gc.getCollectionCount();
                gcMillis += gc.getCollectionTime();
            }
            System.out.printf("ranges            %d%n", ranges.size());
            System.out.printf("changed files     %d (%d renamed), %d changed lines%n", files, renamed, lines);
            System.out.printf("open+plan         %.2f s%n", (planned - started) / 1e9);
            System.out.printf("changes, all      %.2f s on %d thread(s)%n", (done - computeStart) / 1e9, threads);
            System.out.printf("heap              %.1f MiB in a pool after its last collection, pools' peaks summed %.1f MiB, "
                    + "-Xmx %d MiB, %d GCs, %d ms in GC%n", liveAfterGc / 1048576.0, peakPools / 1048576.0,
                    Runtime.getRuntime().maxMemory() / 1048576, gcs, gcMillis);
            System.out.printf("java-seconds %.3f%n", (done - computeStart) / 1e9);
        }
    }

    private static long[] summary(List<FileChange> changes) {
        long[] summary = new long[3];
        for (FileChange change : changes) {
            summary[0]++;
            summary[1] += change.oldPath().isPresent() ? 1 : 0;
            summary[2] += change.additions() + change.deletions();
        }
        return summary;
    }
}
