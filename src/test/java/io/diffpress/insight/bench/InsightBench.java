package io.diffpress.insight.bench;

import io.diffpress.history.ChangeStatus;
import io.diffpress.history.FileChange;
import io.diffpress.history.FileKind;
import io.diffpress.insight.FileInsight;
import io.diffpress.insight.InsightWriter;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Times {@link InsightWriter#explain} over synthetic Markdown before/after pairs, next to a
 * lower bound of the per-file work the history walk itself must do for the same pair: inflate
 * both blobs (git stores them zlib-deflated), decode them as UTF-8, and compute and format the
 * diff with JGit's histogram diff. A real walk also reads trees, resolves delta chains and
 * detects renames, so it costs more than this baseline. Times are CPU time of this thread, so
 * other processes on the machine do not inflate them.
 *
 * <p>Usage: {@code InsightBench [pairs] [seed]} (defaults 3000, 42); see bench/insight/run.sh.
 */
public final class InsightBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private InsightBench() {
    }

    public static void main(String[] args) {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        List<String[]> texts = new ArrayList<>();
        Random random = new Random(seed);
        for (int i = 0; i < pairs; i++) {
            texts.add(SyntheticDocs.pair(random, i));
        }
        InsightWriter writer = new InsightWriter(Locale.US);
        List<FileChange> changes = new ArrayList<>();
        List<byte[][]> blobs = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            changes.add(change(i, texts.get(i), unifiedDiff(texts.get(i)[0], texts.get(i)[1])));
            blobs.add(new byte[][] {deflate(texts.get(i)[0]), deflate(texts.get(i)[1])});
        }
        // warm up the JIT on a separate pass so the measured pass is the steady state
        for (int i = 0; i < Math.min(pairs, 800); i++) {
            writer.explain(changes.get(i));
            walkLowerBound(blobs.get(i));
        }
        long[] diffNanos = new long[pairs];
        for (int i = 0; i < pairs; i++) {
            long start = cpuNanos();
            walkLowerBound(blobs.get(i));
            diffNanos[i] = cpuNanos() - start;
        }
        long[] explainNanos = new long[pairs];
        int[] lines = new int[pairs];
        long checksum = 0;
        for (int i = 0; i < pairs; i++) {
            long start = cpuNanos();
            FileInsight insight = writer.explain(changes.get(i));
            explainNanos[i] = cpuNanos() - start;
            lines[i] = (int) Math.max(texts.get(i)[0].lines().count(), texts.get(i)[1].lines().count());
            checksum += insight.explanation().length();
        }
        System.out.printf(Locale.ROOT, "pairs: %d (seed %d), explanation chars: %d%n", pairs, seed, checksum);
        report("all files", explainNanos, diffNanos, lines, 0, Integer.MAX_VALUE);
        report("< 200 lines", explainNanos, diffNanos, lines, 0, 200);
        report("200-999 lines", explainNanos, diffNanos, lines, 200, 1000);
        report(">= 1000 lines", explainNanos, diffNanos, lines, 1000, Integer.MAX_VALUE);
    }

    private static void report(String label, long[] explain, long[] diff, int[] lines, int min, int max) {
        List<Long> e = new ArrayList<>();
        long eSum = 0;
        long dSum = 0;
        long lineSum = 0;
        for (int i = 0; i < explain.length; i++) {
            if (lines[i] >= min && lines[i] < max) {
                e.add(explain[i]);
                eSum += explain[i];
                dSum += diff[i];
                lineSum += lines[i];
            }
        }
        if (e.isEmpty()) {
            return;
        }
        long[] sorted = e.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT,
                "%-14s n=%5d  avg lines %5d | explain µs/file: mean %7.1f p50 %7.1f p90 %7.1f p99 %8.1f max %8.1f"
                        + " | walk lower bound µs/file: mean %7.1f | explain/walk %.2f%n",
                label, sorted.length, lineSum / sorted.length, eSum / 1e3 / sorted.length, at(sorted, 0.5), at(sorted, 0.9),
                at(sorted, 0.99), sorted[sorted.length - 1] / 1e3, dSum / 1e3 / sorted.length, (double) eSum / Math.max(1, dSum));
    }

    private static double at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) (q * sorted.length))] / 1e3;
    }

    private static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** Inflate both blobs, decode them and diff them: what the walk cannot avoid per changed file. */
    static String walkLowerBound(byte[][] blobs) {
        return unifiedDiff(inflate(blobs[0]), inflate(blobs[1]));
    }

    static byte[] deflate(String text) {
        Deflater deflater = new Deflater();
        deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    static String inflate(byte[] data) {
        Inflater inflater = new Inflater();
        inflater.setInput(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length * 4);
        byte[] buffer = new byte[8192];
        try {
            while (!inflater.finished()) {
                out.write(buffer, 0, inflater.inflate(buffer));
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException(e);
        } finally {
            inflater.end();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What the history walk computes per changed file: the edit list and its unified hunks. */
    static String unifiedDiff(String before, String after) {
        RawText a = new RawText(before.getBytes(StandardCharsets.UTF_8));
        RawText b = new RawText(after.getBytes(StandardCharsets.UTF_8));
        EditList edits = new HistogramDiff().diff(RawTextComparator.DEFAULT, a, b);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DiffFormatter formatter = new DiffFormatter(out)) {
            formatter.format(edits, a, b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static FileChange change(int i, String[] pair, String diff) {
        int added = 0;
        int deleted = 0;
        for (String line : diff.split("\n")) {
            if (line.startsWith("+")) {
                added++;
            } else if (line.startsWith("-")) {
                deleted++;
            }
        }
        return new FileChange("articles/doc-" + i + ".md", Optional.empty(), ChangeStatus.MODIFIED, 100, FileKind.FILE,
                false, added, deleted, diff, false, Optional.of(pair[0]), Optional.of(pair[1]));
    }

    /** Docs-like Markdown: front matter, sections, paragraphs, lists, tables, code; and typical edits. */
    public static final class SyntheticDocs {

        private static final String[] WORDS = ("the service model region quota limit deployment token request minute "
                + "azure openai batch tier default enterprise agreement support preview image streaming response "
                + "configure alert health notification fine tuning endpoint version available").split(" ");

        private SyntheticDocs() {
        }

        public static String[] pair(Random random, int index) {
            int sections = switch (index % 10) {
                case 0 -> 40 + random.nextInt(30);      // long reference pages
                case 1, 2, 3 -> 10 + random.nextInt(15);
                default -> 2 + random.nextInt(8);
            };
            List<String> doc = new ArrayList<>(List.of("---", "title: Page " + index, "ms.date: 05/25/2025",
                    "ms.topic: how-to", "author: writer" + random.nextInt(9), "---", "", "# Page " + index, ""));
            for (int s = 0; s < sections; s++) {
                section(random, s, doc);
            }
            List<String> after = edit(random, doc);
            return new String[] {String.join("\n", doc) + "\n", String.join("\n", after) + "\n"};
        }

        private static void section(Random r, int s, List<String> doc) {
            doc.add("## Section " + s + " " + word(r));
            doc.add("");
            for (int block = 0; block < 2 + r.nextInt(5); block++) {
                switch (r.nextInt(5)) {
                    case 0 -> {
                        int rows = 3 + r.nextInt(25);
                        doc.add("| Model | Tier | Quota | Requests |");
                        doc.add("|---|---|:---:|:---:|");
                        for (int i = 0; i < rows; i++) {
                            doc.add("| `model-" + s + "-" + i + "` | " + word(r) + " | " + r.nextInt(100) + " M | " + r.nextInt(10) + " K |");
                        }
                    }
                    case 1 -> {
                        for (int i = 0; i < 3 + r.nextInt(10); i++) {
                            doc.add("- " + word(r) + s + i + " " + sentence(r, 3));
                        }
                    }
                    case 2 -> {
                        doc.add("```python");
                        for (int i = 0; i < 3 + r.nextInt(20); i++) {
                            doc.add("client.call_" + i + "(\"" + word(r) + "\")");
                        }
                        doc.add("```");
                    }
                    default -> {
                        doc.add(sentence(r, 12) + " See [" + word(r) + "](../" + word(r) + ".md).");
                        doc.add(sentence(r, 10) + " Use **" + word(r) + "** with `" + word(r) + "`.");
                    }
                }
                doc.add("");
            }
        }

        /** A few of the edits docs repositories see, chosen at random. */
        private static List<String> edit(Random r, List<String> doc) {
            List<String> out = new ArrayList<>(doc);
            out.set(2, "ms.date: 06/20/2025");
            for (int e = 0; e < 1 + r.nextInt(4); e++) {
                int at = 9 + r.nextInt(Math.max(1, out.size() - 9));
                String line = out.get(at);
                switch (r.nextInt(6)) {
                    case 0 -> { if (line.startsWith("- ")) out.add(at + 1, "- " + word(r) + "new" + e + " " + sentence(r, 3)); }
                    case 1 -> { if (line.startsWith("| `")) out.add(at + 1, "| `added-" + e + "` | default | 1 M | 1 K |"); }
                    case 2 -> { if (line.startsWith("- ") || line.startsWith("| `")) out.remove(at); }
                    case 3 -> { if (line.startsWith("| ")) out.set(at, line.replace(" | ", "   |   ")); }
                    case 4 -> { if (!line.startsWith("#") && line.contains("the ")) out.set(at, line.replaceFirst("the ", "teh ")); }
                    default -> { if (!line.isEmpty()) out.set(at, line + " " + sentence(r, 6)); }
                }
            }
            return out;
        }

        private static String sentence(Random r, int words) {
            String[] w = new String[words];
            Arrays.setAll(w, i -> word(r));
            w[0] = Character.toUpperCase(w[0].charAt(0)) + w[0].substring(1);
            return String.join(" ", w) + ".";
        }

        private static String word(Random r) {
            return WORDS[r.nextInt(WORDS.length)];
        }
    }
}
