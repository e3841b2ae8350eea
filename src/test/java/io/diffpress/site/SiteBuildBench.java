package io.diffpress.site;

import io.diffpress.config.ConfigLoader;
import io.diffpress.config.SiteConfig;
import io.diffpress.content.ReportDocument;
import io.diffpress.publish.OutputFile;
import io.diffpress.publish.Publisher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;

/**
 * What building on more cores gains, phase by phase (run by bench/site/parallel.sh, not a test): the
 * same site built with the parallel streams confined to a pool of 1 thread and of N threads, in
 * alternation, each phase timed several times. The minimum of each is printed, so that other work on
 * a shared machine disturbs the comparison as little as possible.
 *
 * <p>Arguments: site.yml of a portal with reports in content/, runs (default 3), threads (default all cores).
 */
public final class SiteBuildBench {

    private SiteBuildBench() {
    }

    public static void main(String[] args) throws Exception {
        SiteConfig config = ConfigLoader.load(Path.of(args[0]));
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int cores = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        Path work = Files.createTempDirectory("site-bench");
        String[] phases = {"read content", "render (cold cache)", "pages etc. (warm cache)", "publish (new site)", "publish (unchanged)"};
        long[][] best = new long[2][phases.length];
        for (long[] row : best) {
            java.util.Arrays.fill(row, Long.MAX_VALUE);
        }
        int[] threads = {1, cores};
        for (int run = 0; run < runs; run++) {
            for (int t = 0; t < 2; t++) {
                ForkJoinPool pool = new ForkJoinPool(threads[t]);
                long[] times = new long[phases.length];
                List<ReportDocument> docs = timed(pool, times, 0, () -> ContentLoader.load(config.content()));
                Path cacheDir = Files.createDirectories(work.resolve("cache-" + run + "-" + t));
                SiteConfig cached = withPortal(config, cacheDir);
                List<OutputFile> files = timed(pool, times, 1, () -> new SiteBuilder(cached, true).build(docs));
                timed(pool, times, 2, () -> new SiteBuilder(cached, true).build(docs));
                Publisher publisher = new Publisher(work.resolve("out-" + run + "-" + t));
                timed(pool, times, 3, () -> publisher.publish(files));
                timed(pool, times, 4, () -> publisher.publish(files));
                pool.shutdown();
                for (int p = 0; p < phases.length; p++) {
                    best[t][p] = Math.min(best[t][p], times[p]);
                }
                System.out.printf("run %d, %d thread(s): %s ms%n", run + 1, threads[t], java.util.Arrays.toString(times));
                delete(work);
                Files.createDirectories(work);
            }
        }
        System.out.printf("%-26s %10s %10s %8s%n", "phase (best of " + runs + ")", "1 thread", cores + " threads", "speedup");
        for (int p = 0; p < phases.length; p++) {
            System.out.printf("%-26s %8d ms %8d ms %7.2fx%n", phases[p], best[0][p], best[1][p], best[0][p] / (double) best[1][p]);
        }
        delete(work);
    }

    /** Runs {@code task} inside {@code pool}, so that its parallel streams use that pool's threads. */
    private static <T> T timed(ForkJoinPool pool, long[] times, int phase, Callable<T> task) throws Exception {
        long start = System.nanoTime();
        T result = pool.submit(task).get();
        times[phase] = (System.nanoTime() - start) / 1_000_000;
        return result;
    }

    /** The same site with its render cache in another folder. */
    private static SiteConfig withPortal(SiteConfig c, Path portalDir) throws Exception {
        Path yml = portalDir.resolve("site.yml");
        Files.writeString(yml, Files.readString(c.file()) + "\ncontent: " + c.content().toAbsolutePath() + "\n");
        return ConfigLoader.load(yml);
    }

    private static void delete(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
