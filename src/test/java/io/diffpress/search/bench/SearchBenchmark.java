package io.diffpress.search.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.diffpress.config.PublishingConfig;
import io.diffpress.search.IndexPart;
import io.diffpress.search.IndexSplitter;
import io.diffpress.search.LunrIndexBuilder;
import io.diffpress.search.PartCache;
import io.diffpress.search.PayloadSize;
import io.diffpress.search.SearchDocument;
import io.diffpress.search.SearchField;
import io.diffpress.search.SearchPage;
import io.diffpress.search.SearchStore;
import io.diffpress.search.SearchStoreEntry;
import io.diffpress.search.SplitIndex;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Search benchmark (run through bench/search/run.sh): 10,000 synthetic report-like documents, our build
 * versus lunr.js in Node on the same documents, index and store sizes, the split by year (cold, unchanged and
 * after one more report, with the part cache) and what the first search downloads against the 300 kB target.
 *
 * <p>Arguments: node binary, lunr package dir, lunr-bench.js, work dir, [documents], [max part bytes].
 */
public final class SearchBenchmark {

    /** The site's fields and boosts (io.diffpress.site.SearchIndexPages.FIELDS). */
    private static final List<SearchField> FIELDS = List.of(SearchField.of("title", 10), SearchField.of("summary", 2),
        SearchField.of("tags", 3), SearchField.of("paths", 2), SearchField.of("body", 1));
    private static final int RUNS = 3;
    /** Issue 6: the first search on a 10,000-report site transfers at most this much gzip (index + store). */
    private static final long FIRST_SEARCH_TARGET_GZIP = 300_000;

    public static void main(String[] args) throws Exception {
        String node = args[0];
        Path lunrDir = Path.of(args[1]);
        Path lunrBench = Path.of(args[2]);
        Path work = Files.createDirectories(Path.of(args[3]));
        int count = args.length > 4 ? Integer.parseInt(args[4]) : 10_000;
        long maxPartBytes = args.length > 5 ? Long.parseLong(args[5]) : PublishingConfig.DEFAULT_SEARCH_PART_BYTES;

        List<Report> reports = new Corpus(new Random(2024)).reports(count);
        List<SearchDocument> docs = new ArrayList<>();
        SearchStore store = new SearchStore();
        List<SearchPage> pages = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            docs.add(new SearchDocument(Integer.toString(i), r.fields()));
            store.put(Integer.toString(i), r.entry());
            pages.add(new SearchPage(r.year(), r.fields(), r.entry()));
        }
        long textBytes = reports.stream().mapToLong(r -> r.fields().values().stream().mapToLong(String::length).sum()).sum();
        System.out.printf("documents: %,d (%,d characters of text, %.1f KB per document)%n",
            docs.size(), textBytes, textBytes / 1024.0 / docs.size());

        Path docsFile = work.resolve("documents.json");
        Files.write(docsFile, new ObjectMapper().writeValueAsBytes(request(docs)));

        double[] javaMillis = new double[RUNS];
        byte[] ours = null;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            ours = new LunrIndexBuilder("id", FIELDS).addAll(docs).toJson();
            javaMillis[run] = (System.nanoTime() - start) / 1e6;
        }
        Files.write(work.resolve("index-java.json"), ours);

        Path lunrOut = work.resolve("index-lunr.json");
        Process p = new ProcessBuilder(node, lunrBench.toString(), lunrDir.toString(), docsFile.toString(),
            lunrOut.toString(), Integer.toString(RUNS)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("lunr-bench.js failed: " + out);
        }
        JsonNode lunr = new ObjectMapper().readTree(out);
        double[] lunrMillis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            lunrMillis[i] = lunr.get("millis").get(i).asDouble();
        }
        boolean identical = Arrays.equals(ours, Files.readAllBytes(lunrOut));

        System.out.printf("build + serialize, first run: java %,.0f ms, lunr.js %,.0f ms, ratio %.3f%n",
            javaMillis[0], lunrMillis[0], javaMillis[0] / lunrMillis[0]);
        System.out.printf("build + serialize, best of %d: java %,.0f ms, lunr.js %,.0f ms, ratio %.3f%n", RUNS,
            min(javaMillis), min(lunrMillis), min(javaMillis) / min(lunrMillis));
        System.out.println("indexes byte-identical: " + identical);

        PayloadSize indexSize = PayloadSize.of(ours);
        PayloadSize storeSize = PayloadSize.of(store.toJson());
        System.out.printf("single index: %s; store: %s%n", describe(indexSize), describe(storeSize));

        SplitIndex split = splitFigures(pages, maxPartBytes, work);
        PayloadSize first = split.firstSearchSize();
        IndexPart largest = split.parts().stream().max(Comparator.comparingLong(IndexPart::rawBytes)).orElseThrow();
        PayloadSize worst = PayloadSize.of(split.manifest()).plus(largest.size());
        System.out.printf("first search downloads manifest + newest part: %s (manifest %s, index %s, store %s)%n",
            describe(first), describe(PayloadSize.of(split.manifest())), describe(split.parts().get(0).indexSize()),
            describe(split.parts().get(0).storeSize()));
        System.out.printf("  target <= %,d B gzip: %s; with the largest part instead (part %d): %s, %s%n",
            FIRST_SEARCH_TARGET_GZIP, first.gzip() <= FIRST_SEARCH_TARGET_GZIP ? "met" : "MISSED", largest.number(),
            describe(worst), worst.gzip() <= FIRST_SEARCH_TARGET_GZIP ? "met" : "MISSED");
        System.out.printf("all parts + manifest: %s%n", describe(split.totalSize()));
        if (!identical) {
            System.exit(1);
        }
    }

    /**
     * Splits as the site does, with a part cache: cold, again with nothing changed, and after one new newest
     * report; the last must equal a split without cache. Prints the times and the parts.
     */
    private static SplitIndex splitFigures(List<SearchPage> pages, long maxPartBytes, Path work) throws Exception {
        Path portal = work.resolve("portal");
        deleteTree(portal);
        IndexSplitter cold = new IndexSplitter(FIELDS, maxPartBytes, PartCache.in(portal));
        long start = System.nanoTime();
        SplitIndex split = cold.split(pages);
        double coldMillis = (System.nanoTime() - start) / 1e6;
        split.writeTo(work.resolve("split"));

        IndexSplitter warm = new IndexSplitter(FIELDS, maxPartBytes, PartCache.in(portal));
        start = System.nanoTime();
        warm.split(pages);
        double warmMillis = (System.nanoTime() - start) / 1e6;

        List<SearchPage> oneMore = new ArrayList<>(pages);
        Report extra = new Corpus(new Random(7)).reports(1).get(0);
        oneMore.add(0, new SearchPage("2024", extra.fields(), extra.entry()));
        IndexSplitter added = new IndexSplitter(FIELDS, maxPartBytes, PartCache.in(portal));
        start = System.nanoTime();
        SplitIndex withOneMore = added.split(oneMore);
        double addedMillis = (System.nanoTime() - start) / 1e6;
        SplitIndex uncached = new IndexSplitter(FIELDS, maxPartBytes).split(oneMore);
        boolean same = Arrays.equals(uncached.manifest(), withOneMore.manifest());
        for (int i = 0; same && i < uncached.parts().size(); i++) {
            same = Arrays.equals(uncached.parts().get(i).index(), withOneMore.parts().get(i).index())
                && Arrays.equals(uncached.parts().get(i).store(), withOneMore.parts().get(i).store());
        }

        System.out.printf("split at %,d bytes per part: %d parts%n", maxPartBytes, split.parts().size());
        System.out.printf("  cold %,.0f ms (%d parts built); unchanged %,.0f ms (%d built, %d pages analysed);"
                + " one more report %,.0f ms (%d built, %d pages analysed)%n", coldMillis, cold.partsBuilt(),
            warmMillis, warm.partsBuilt(), warm.pagesAnalysed(), addedMillis, added.partsBuilt(), added.pagesAnalysed());
        System.out.println("  cached split after one more report equals an uncached one: " + same);
        List<IndexPart> parts = split.parts();
        for (int i = 0; i < parts.size(); i++) {
            if (i < 3 || i == parts.size() - 1) {
                IndexPart part = parts.get(i);
                System.out.printf("  part %d %s: %,d docs, index %s, store %s%n", part.number(), part.partitions(),
                    part.documents(), describe(part.indexSize()), describe(part.storeSize()));
            } else if (i == 3) {
                System.out.println("  ...");
            }
        }
        if (!same) {
            System.exit(1);
        }
        return split;
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static ObjectNode request(List<SearchDocument> docs) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode req = json.createObjectNode();
        req.put("refField", "id");
        ArrayNode fields = req.putArray("fields");
        FIELDS.forEach(f -> fields.addObject().put("name", f.name()).put("boost", f.boost()));
        ArrayNode documents = req.putArray("documents");
        for (SearchDocument doc : docs) {
            ObjectNode d = documents.addObject().put("ref", doc.ref()).put("boost", doc.boost());
            ObjectNode texts = d.putObject("fields");
            doc.fields().forEach(texts::put);
        }
        return req;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static String describe(PayloadSize size) {
        return String.format("%,d B raw / %,d B gzip", size.raw(), size.gzip());
    }

    record Report(String year, Map<String, String> fields, SearchStoreEntry entry) {
    }

    /** Deterministic report-like text: release titles, summaries, file paths and ~2 KB of prose. */
    private static final class Corpus {
        private static final String[] COMMON = ("the of and to in a is that for it as was with be by on not he this are"
            + " or from at which but have an they you were her all she there would their we him been has when who"
            + " will more no if out so said what up its about into than them can only other new some could time"
            + " these two may then do first any my now such like our over man me even most made after also did"
            + " many before must through back years where much your way well down should because each just those"
            + " people how too little state good very make world still own see men work long get here between both"
            + " life being under never day same another know while last might us great old year off come since"
            + " against go came right used take three").split(" ");
        private static final String[] DOMAIN = ("release fix bug crash parser build test refactor feature update"
            + " dependency upgrade security patch performance memory leak regression cache index search query"
            + " render template config option flag deprecate remove add support improve handle error exception"
            + " timeout retry connection database migration schema api endpoint client server request response"
            + " header token auth login session user permission role admin docs readme changelog version tag"
            + " branch merge commit revert pipeline workflow deploy container image docker kubernetes helm chart"
            + " logging metrics tracing monitor alert dashboard report diff hunk file path module package library"
            + " compiler runtime garbage collector thread pool async await promise stream buffer encoding utf")
            .split(" ");
        private static final String[] SUFFIXES = {"", "", "", "s", "ed", "ing", "er", "ation", "ly", "ness", "able"};
        private static final String[] SYLLABLES = ("ka lo mi ne tra vo sen dal rik po ul fa zen gor bel tis mar qu"
            + " ex an ion cor dex ply str").split(" ");
        private static final String[] DIRS = "src main java test resources lib core api web cli internal util".split(" ");

        private final Random random;
        private final List<String> vocabulary = new ArrayList<>();

        Corpus(Random random) {
            this.random = random;
            for (String word : DOMAIN) {
                for (String suffix : SUFFIXES) {
                    vocabulary.add(word + suffix);
                }
            }
            for (int i = 0; i < 3000; i++) { // invented identifiers, as in real diffs
                StringBuilder w = new StringBuilder();
                for (int s = 0, n = 2 + random.nextInt(3); s < n; s++) {
                    w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
                }
                vocabulary.add(w.toString());
            }
        }

        List<Report> reports(int count) {
            List<Report> reports = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String year = Integer.toString(2024 - i * 10 / count);
                String version = "v" + (i / 1000) + "." + (i / 50 % 20) + "." + (i % 50);
                String title = "Release " + version + ": " + capitalized(word()) + " " + word() + " and " + word();
                String summary = sentence(14) + " " + sentence(10);
                StringBuilder body = new StringBuilder();
                while (body.length() < 2000) {
                    body.append(sentence(8 + random.nextInt(14))).append(' ');
                }
                StringBuilder paths = new StringBuilder();
                for (int p = 0, n = 2 + random.nextInt(8); p < n; p++) {
                    paths.append(path()).append('\n');
                }
                List<String> types = List.of(new String[] {"feat", "fix", "docs", "chore"}[random.nextInt(4)]);
                Map<String, String> fields = Map.of("title", title, "summary", summary, "body", body.toString(),
                    "paths", paths.toString(), "tags", "reports " + types.get(0));
                SearchStoreEntry entry = new SearchStoreEntry("reports/" + year + "/" + version + "/", title,
                    year + "-" + String.format("%02d", 1 + random.nextInt(12)) + "-" + String.format("%02d", 1 + random.nextInt(28)),
                    "Reports", summary, List.of(), types);
                reports.add(new Report(year, fields, entry));
            }
            return reports;
        }

        private String word() {
            return random.nextInt(3) == 0 ? COMMON[random.nextInt(COMMON.length)]
                : vocabulary.get((int) Math.min(vocabulary.size() - 1, Math.abs(random.nextGaussian()) * vocabulary.size() / 3));
        }

        private String sentence(int words) {
            StringBuilder sb = new StringBuilder(capitalized(word()));
            for (int i = 1; i < words; i++) {
                sb.append(i % 7 == 0 ? ", " : " ").append(random.nextInt(40) == 0 ? word().toUpperCase() : word());
            }
            return sb.append('.').toString();
        }

        private String path() {
            StringBuilder sb = new StringBuilder();
            for (int d = 0, n = 1 + random.nextInt(4); d < n; d++) {
                sb.append(DIRS[random.nextInt(DIRS.length)]).append('/');
            }
            return sb.append(capitalized(word())).append(capitalized(word())).append(".java").toString();
        }

        private static String capitalized(String w) {
            return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
        }
    }
}
