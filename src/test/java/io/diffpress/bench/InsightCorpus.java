package io.diffpress.bench;

import io.diffpress.config.ConfigLoader;
import io.diffpress.config.SiteConfig;
import io.diffpress.history.ChangeStatus;
import io.diffpress.history.CompareRange;
import io.diffpress.history.FileChange;
import io.diffpress.history.FileKind;
import io.diffpress.history.HistoryReader;
import io.diffpress.history.LineEdits;
import io.diffpress.history.RangeChanges;
import io.diffpress.insight.FileInsight;
import io.diffpress.insight.InsightWriter;
import io.diffpress.insight.MarkdownOracle;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The history benchmark's changed files saved once (with the line diff the history stage hands on), so that {@code explain} can be timed and its
 * facts compared between two builds without walking the history again.
 * <ul>
 * <li>{@code save REPOSITORY CORPUS [EVERY [FIRST]]}: the changed files of every EVERY-th planned range (default 1),
 * from range FIRST (default 0; range 0 adds the whole initial tree).</li>
 * <li>{@code run CORPUS [FACTS]}: explain each file (after a warm-up pass over the first 5,000), print
 * the CPU time per file, and write per file its type, title, explanation and facts to FACTS, so two
 * builds' outputs can be compared with {@code cmp}.</li>
 * <li>{@code time CORPUS [PASSES]}: explain every file in memory PASSES times after a warm-up pass; the
 * best pass's CPU time per file.</li>
 * <li>With {@code -Dedits=false} the saved line diffs are left out, as if the history stage had handed on none.</li>
 * <li>{@code check CORPUS [SHOW]}: compare the fast Markdown reading with a whole-document parse on every
 * file and print the first SHOW differences.</li>
 * </ul>
 */
public final class InsightCorpus {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private InsightCorpus() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("save")) {
            save(Path.of(args[1]), Path.of(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 1,
                    args.length > 4 ? Integer.parseInt(args[4]) : 0);
        } else if (args[0].equals("time")) {
            time(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 3);
        } else if (args[0].equals("check")) {
            check(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 5);
        } else {
            run(Path.of(args[1]), args.length > 2 ? Optional.of(Path.of(args[2])) : Optional.empty());
        }
    }

    private static void save(Path repository, Path corpus, int every, int first) throws IOException {
        Path work = Files.createTempDirectory("insight-corpus");
        Path siteYml = work.resolve("site.yml");
        Files.writeString(siteYml, "title: Bench\nbaseURL: https://example.github.io/bench/\n"
                + "repository:\n  path: " + repository.toAbsolutePath() + "\n  branch: main\n");
        SiteConfig config = ConfigLoader.load(siteYml);
        long files = 0;
        try (HistoryReader history = HistoryReader.open(config.repository().orElseThrow(), config.timeZone(), config.maxDiffLines());
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(corpus), 1 << 16))) {
            List<CompareRange> plan = history.plan(config.ranges());
            for (int r = first; r < plan.size(); r += every) {
                for (RangeChanges changes : history.changes(plan.get(r), config.sections())) {
                    for (FileChange c : changes.files()) {
                        write(out, c);
                        files++;
                    }
                }
            }
        }
        System.out.printf("saved %d changed files to %s%n", files, corpus);
    }

    private static void run(Path corpus, Optional<Path> factsFile) throws Exception {
        InsightWriter writer = new InsightWriter(Locale.US);
        Method facts = Class.forName("io.diffpress.insight.Findings").getDeclaredMethod("facts");
        facts.setAccessible(true);
        try (DataInputStream in = open(corpus)) {
            for (int i = 0; i < 5000; i++) {
                FileChange c = read(in);
                if (c == null) {
                    break;
                }
                writer.explain(c);
            }
        }
        long nanos = 0;
        long files = 0;
        long lines = 0;
        long[][] byStatus = new long[ChangeStatus.values().length][2];
        long[][] bySize = new long[6][3];
        long findNanos = 0;
        long allocated = 0;
        long[] phases = new long[5];
        Writer out = factsFile.isPresent() ? new BufferedWriter(Files.newBufferedWriter(factsFile.get()), 1 << 16) : Writer.nullWriter();
        try (DataInputStream in = open(corpus); out) {
            FileChange c;
            while ((c = read(in)) != null) {
                MarkdownOracle.phases(c, phases);
                long f0 = THREADS.getCurrentThreadCpuTime();
                MarkdownOracle.factCount(c);
                findNanos += THREADS.getCurrentThreadCpuTime() - f0;
                long b0 = ((com.sun.management.ThreadMXBean) THREADS).getCurrentThreadAllocatedBytes();
                long t0 = THREADS.getCurrentThreadCpuTime();
                FileInsight insight = writer.explain(c);
                allocated += ((com.sun.management.ThreadMXBean) THREADS).getCurrentThreadAllocatedBytes() - b0;
                long spent = THREADS.getCurrentThreadCpuTime() - t0;
                nanos += spent;
                byStatus[c.status().ordinal()][0]++;
                byStatus[c.status().ordinal()][1] += spent;
                int size = Math.max(c.oldText().map(t -> (int) t.lines().count()).orElse(0), c.newText().map(t -> (int) t.lines().count()).orElse(0));
                int bucket = size < 100 ? 0 : size < 200 ? 1 : size < 400 ? 2 : size < 800 ? 3 : size < 1200 ? 4 : 5;
                bySize[bucket][0]++;
                bySize[bucket][1] += spent;
                bySize[bucket][2] += c.changes();
                files++;
                lines += c.changes();
                out.write(c.path() + "\t" + insight.type() + "\t" + insight.title() + "\n" + facts.invoke(insight.findings())
                        + "\n" + insight.explanation() + "\n\u0000\n");
            }
        }
        System.out.printf(Locale.ROOT, "files %d, changed lines %d, explain %.2f s CPU, %.1f µs per file%n",
                files, lines, nanos / 1e9, nanos / 1e3 / files);
        System.out.printf(Locale.ROOT, "  allocated %.1f KB per file%n", allocated / 1e3 / files);
        System.out.printf(Locale.ROOT, "  of which facts (FactFinder.find, timed apart) %.1f µs per file%n", findNanos / 1e3 / files);
        System.out.printf(Locale.ROOT, "  Markdown phases per file (%d files): lines %.1f, line diff %.1f, chunked reading %.1f, comparison %.1f µs%n",
                phases[4], phases[0] / 1e3 / phases[4], phases[1] / 1e3 / phases[4], phases[2] / 1e3 / phases[4], phases[3] / 1e3 / phases[4]);
        String[] labels = {"<100", "100-199", "200-399", "400-799", "800-1199", ">=1200"};
        for (int k = 0; k < 6; k++) {
            long[] b = bySize[k];
            if (b[0] > 0) {
                System.out.printf(Locale.ROOT, "  lines %-9s %6d files, %6.2f s, %7.1f µs per file, %5.1f changed lines per file%n",
                        labels[k], b[0], b[1] / 1e9, b[1] / 1e3 / b[0], (double) b[2] / b[0]);
            }
        }
        for (ChangeStatus s : ChangeStatus.values()) {
            long[] b = byStatus[s.ordinal()];
            if (b[0] > 0) {
                System.out.printf(Locale.ROOT, "  %-9s %6d files, %6.2f s, %7.1f µs per file%n", s, b[0], b[1] / 1e9, b[1] / 1e3 / b[0]);
            }
        }
    }

    /**
     * Explains every saved file in memory, several passes, and prints the CPU time per file of each:
     * the texts are far larger than the caches, so each file is read cold, as after the history walk.
     */
    private static void time(Path corpus, int passes) throws IOException {
        List<FileChange> changes = new java.util.ArrayList<>();
        try (DataInputStream in = open(corpus)) {
            FileChange c;
            while ((c = read(in)) != null) {
                changes.add(c);
            }
        }
        InsightWriter writer = new InsightWriter(Locale.US);
        long best = Long.MAX_VALUE;
        for (int pass = 0; pass <= passes; pass++) {
            long t0 = THREADS.getCurrentThreadCpuTime();
            for (FileChange c : changes) {
                writer.explain(c);
            }
            long spent = THREADS.getCurrentThreadCpuTime() - t0;
            if (pass > 0) {
                best = Math.min(best, spent);
            }
            System.out.printf(Locale.ROOT, "%s %d: %.1f µs per file%n", pass == 0 ? "warm-up" : "pass", pass, spent / 1e3 / changes.size());
        }
        System.out.printf(Locale.ROOT, "best: %.1f µs per file over %d files%n", best / 1e3 / changes.size(), changes.size());
    }

    /** Compares the fast Markdown reading with a whole-document parse on every file; prints the first differences. */
    private static void check(Path corpus, int show) throws IOException {
        long files = 0;
        long differ = 0;
        try (DataInputStream in = open(corpus)) {
            FileChange c;
            while ((c = read(in)) != null) {
                files++;
                String problem = MarkdownOracle.check(c);
                if (problem != null) {
                    differ++;
                    if (differ <= show) {
                        System.out.println("== " + c.path() + " (" + c.status() + ")\n" + problem);
                    }
                }
            }
        }
        System.out.printf("checked %d files: %d differ from the whole-document parse%n", files, differ);
    }

    private static DataInputStream open(Path corpus) throws IOException {
        return new DataInputStream(new BufferedInputStream(Files.newInputStream(corpus), 1 << 16));
    }

    private static void write(DataOutputStream out, FileChange c) throws IOException {
        text(out, c.path());
        text(out, c.oldPath().orElse(null));
        out.writeInt(c.status().ordinal());
        out.writeInt(c.similarity());
        out.writeInt(c.kind().ordinal());
        out.writeBoolean(c.binary());
        out.writeInt(c.additions());
        out.writeInt(c.deletions());
        text(out, c.diff());
        out.writeBoolean(c.diffCut());
        text(out, c.oldText().orElse(null));
        text(out, c.newText().orElse(null));
        out.writeBoolean(c.missing());
        // the history stage's line diff, which explain reads (-1: none)
        if (c.edits().isEmpty()) {
            out.writeInt(-1);
            return;
        }
        LineEdits e = c.edits().get();
        out.writeInt(e.runs());
        out.writeInt(e.oldLines());
        out.writeInt(e.newLines());
        for (int k = 0; k < e.runs(); k++) {
            out.writeInt(e.oldStart(k));
            out.writeInt(e.newStart(k));
            out.writeInt(e.oldCount(k));
            out.writeInt(e.newCount(k));
        }
        out.writeBoolean(e.hasOffsets());
        if (e.hasOffsets()) {
            for (int i = 0; i <= e.oldLines(); i++) {
                out.writeInt(e.oldOffset(i));
            }
            for (int i = 0; i <= e.newLines(); i++) {
                out.writeInt(e.newOffset(i));
            }
        }
    }

    private static Optional<LineEdits> edits(DataInputStream in) throws IOException {
        int runs = in.readInt();
        if (runs < 0) {
            return Optional.empty();
        }
        int oldLines = in.readInt();
        int newLines = in.readInt();
        int[] script = new int[runs * 4];
        for (int k = 0; k < script.length; k++) {
            script[k] = in.readInt();
        }
        int[] oldOffsets = null;
        int[] newOffsets = null;
        if (in.readBoolean()) {
            oldOffsets = new int[oldLines + 1];
            for (int i = 0; i <= oldLines; i++) {
                oldOffsets[i] = in.readInt();
            }
            newOffsets = new int[newLines + 1];
            for (int i = 0; i <= newLines; i++) {
                newOffsets[i] = in.readInt();
            }
        }
        // -Dedits=false: as if no diff had been handed on (explain then makes its own)
        return Boolean.parseBoolean(System.getProperty("edits", "true")) ? Optional.of(new LineEdits(script, oldLines, newLines, oldOffsets, newOffsets))
                : Optional.empty();
    }

    /** The next change that passes the filters given as system properties maxLines and status (for profiling one kind). */
    private static FileChange read(DataInputStream in) throws IOException {
        int maxLines = Integer.getInteger("maxLines", Integer.MAX_VALUE);
        String status = System.getProperty("status");
        FileChange c;
        while ((c = next(in)) != null) {
            int size = Math.max(c.oldText().map(t -> (int) t.lines().count()).orElse(0), c.newText().map(t -> (int) t.lines().count()).orElse(0));
            if (size <= maxLines && (status == null || c.status().name().equals(status))) {
                return c;
            }
        }
        return null;
    }

    private static FileChange next(DataInputStream in) throws IOException {
        String path;
        try {
            path = text(in);
        } catch (EOFException e) {
            return null;
        }
        return new FileChange(path, Optional.ofNullable(text(in)), ChangeStatus.values()[in.readInt()], in.readInt(),
                FileKind.values()[in.readInt()], in.readBoolean(), in.readInt(), in.readInt(), text(in), in.readBoolean(),
                Optional.ofNullable(text(in)), Optional.ofNullable(text(in)), in.readBoolean(), edits(in));
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        byte[] bytes = in.readNBytes(n);
        if (bytes.length < n) {
            throw new EOFException();
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
