package io.diffpress.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Splits a site's search index into parts of at most {@code maxPartBytes} (raw index + store JSON) so that
 * the browser can load the newest part first and the rest after the first results show.
 *
 * <p>Pages are ordered by partition key, newest (greatest key) first, in input order within a partition.
 * {@link PartPlanner} cuts that list from its oldest end by estimated sizes, so adding pages at the newest
 * end changes only the newest part. Each part is then built once, on all cores, and its real size checked:
 * a part over the limit, which the estimate makes rare, loses its newest pages to the next part. A single
 * page larger than the limit gets a part of its own.
 *
 * <p>With a {@link PartCache}, a part whose pages are unchanged is read rather than built, and a cut whose
 * pages are unchanged is taken from the previous build ({@link PlanMemo}) without analysing them; the output
 * is the same with or without the cache.
 *
 * <p>Refs are positions within a part ("0" is its newest page), so a part's bytes depend only on its own
 * pages; search.js looks results up in the store of the part that found them. File numbers count from the
 * oldest part, so that a new part at the newest end leaves the other files' names alone. Each part is a
 * separate lunr index with its own idf, so merged scores differ slightly from those of one big index.
 */
public final class IndexSplitter {

    private final List<SearchField> fields;
    private final long maxPartBytes;
    private final PartCache cache;
    private final long emptyIndexBytes;
    /** The pipeline is a pure function of the token, so one cache serves every page. */
    private final TermPipeline pipeline = new TermPipeline();
    private int partsBuilt;
    private int pagesAnalysed;

    public IndexSplitter(List<SearchField> fields, long maxPartBytes) {
        this(fields, maxPartBytes, PartCache.none());
    }

    /** @param cache parts of earlier builds, reused when their pages are unchanged */
    public IndexSplitter(List<SearchField> fields, long maxPartBytes, PartCache cache) {
        if (maxPartBytes <= 0) {
            throw new IllegalArgumentException("maxPartBytes must be positive: " + maxPartBytes);
        }
        // through a builder: validates the names now rather than per part, and gives lunr's field order
        LunrIndexBuilder empty = new LunrIndexBuilder(PartBuilder.REF_FIELD, fields);
        this.fields = empty.fields();
        if (this.fields.stream().anyMatch(f -> f.name().equals(PartBuilder.REF_FIELD))) {
            throw new IllegalArgumentException("'" + PartBuilder.REF_FIELD + "' is the splitter's ref field, not a field name");
        }
        this.emptyIndexBytes = empty.toJson().length;
        this.maxPartBytes = maxPartBytes;
        this.cache = cache;
    }

    public SplitIndex split(List<SearchPage> pages) {
        AtomicInteger analyses = new AtomicInteger();
        List<PreparedPage> oldestFirst = new ArrayList<>(newestFirst(pages).parallelStream()
            .map(page -> new PreparedPage(page, fields, pipeline, analyses)).toList());
        Collections.reverse(oldestFirst);

        String planKey = PartKey.plan(fields, maxPartBytes);
        PlanMemo memo = cache.plan().map(bytes -> PlanMemo.fromBytes(bytes, planKey)).orElse(PlanMemo.empty());
        if (memo.isEmpty()) {
            oldestFirst.parallelStream().forEach(PreparedPage::analysed); // every page will be: use all cores
        }
        PartPlanner planner = new PartPlanner(fields, emptyIndexBytes, maxPartBytes);
        PartBuilder builder = new PartBuilder(fields, cache);
        List<PartPlanner.Cut> cuts = plan(oldestFirst, 0, memo, planner);
        List<PartCache.Entry> entries = build(oldestFirst, cuts, builder);
        fitToLimit(oldestFirst, cuts, entries, planner, builder);

        PlanMemo next = PlanMemo.of(oldestFirst, cuts);
        if (!next.sameAs(memo)) {
            cache.putPlan(next.toBytes(planKey));
        }
        cache.prune();
        partsBuilt = builder.built();
        pagesAnalysed = analyses.get();
        List<Built> parts = new ArrayList<>();
        for (int c = 0; c < cuts.size(); c++) {
            parts.add(new Built(reversed(oldestFirst.subList(cuts.get(c).from(), cuts.get(c).to())), entries.get(c)));
        }
        return assemble(parts, pages.size());
    }

    /**
     * Where the estimate was short and a built part is over the limit, keeps the share of its pages that
     * should fit and cuts the rest again; {@code cuts} and {@code entries} are updated in place.
     */
    private void fitToLimit(List<PreparedPage> oldestFirst, List<PartPlanner.Cut> cuts, List<PartCache.Entry> entries,
                            PartPlanner planner, PartBuilder builder) {
        for (int c = 0; c < cuts.size(); c++) {
            PartPlanner.Cut cut = cuts.get(c);
            long bytes = (long) entries.get(c).index().length + entries.get(c).store().length;
            if (bytes <= maxPartBytes || cut.size() == 1) {
                continue;
            }
            int keep = (int) Math.max(1, Math.min(cut.size() - 1, (long) cut.size() * maxPartBytes / bytes));
            List<PartPlanner.Cut> redone = new ArrayList<>();
            redone.add(new PartPlanner.Cut(cut.from(), cut.from() + keep, cut.horizon()));
            redone.addAll(plan(oldestFirst, cut.from() + keep, PlanMemo.empty(), planner));
            cuts.subList(c, cuts.size()).clear();
            cuts.addAll(redone);
            entries.subList(c, entries.size()).clear();
            entries.addAll(build(oldestFirst, redone, builder));
            c--; // check the shortened part too
        }
    }

    /** Cuts from {@code from} on: the previous build's where the pages they looked at are unchanged. */
    private static List<PartPlanner.Cut> plan(List<PreparedPage> oldestFirst, int from, PlanMemo memo,
                                              PartPlanner planner) {
        List<PartPlanner.Cut> cuts = new ArrayList<>();
        for (int i = from; i < oldestFirst.size(); ) {
            int start = i;
            PartPlanner.Cut cut = memo.cutAt(oldestFirst, start).orElseGet(() -> planner.next(oldestFirst, start));
            cuts.add(cut);
            i = cut.to();
        }
        return cuts;
    }

    /** Builds (or takes from the cache) the parts, on all cores; each part's pages newest first. */
    private static List<PartCache.Entry> build(List<PreparedPage> oldestFirst, List<PartPlanner.Cut> cuts,
                                               PartBuilder builder) {
        return new ArrayList<>(cuts.parallelStream()
            .map(cut -> builder.build(reversed(oldestFirst.subList(cut.from(), cut.to()))))
            .toList());
    }

    /** Parts the last {@link #split} built rather than took from the cache (shrinking included). */
    public int partsBuilt() {
        return partsBuilt;
    }

    /** Pages the last {@link #split} analysed with lunr's pipeline, to cut or to build parts. */
    public int pagesAnalysed() {
        return pagesAnalysed;
    }

    /** Grouped by partition, greatest key first; input order within a partition. */
    private static List<SearchPage> newestFirst(List<SearchPage> pages) {
        Map<String, List<SearchPage>> byKey = new LinkedHashMap<>();
        for (SearchPage page : pages) {
            byKey.computeIfAbsent(page.partition(), k -> new ArrayList<>()).add(page);
        }
        List<String> keys = new ArrayList<>(byKey.keySet());
        keys.sort(Comparator.reverseOrder());
        List<SearchPage> ordered = new ArrayList<>(pages.size());
        keys.forEach(k -> ordered.addAll(byKey.get(k)));
        return ordered;
    }

    private static <T> List<T> reversed(List<T> oldestFirst) {
        List<T> reversed = new ArrayList<>(oldestFirst);
        Collections.reverse(reversed);
        return reversed;
    }

    /** Parts come oldest first; the manifest lists them newest first. */
    private SplitIndex assemble(List<Built> oldestFirst, int documentCount) {
        List<IndexPart> parts = new ArrayList<>();
        List<ManifestPart> manifestParts = new ArrayList<>();
        for (int number = oldestFirst.size() - 1; number >= 0; number--) {
            Built b = oldestFirst.get(number);
            LinkedHashSet<String> keys = new LinkedHashSet<>();
            b.pages.forEach(p -> keys.add(p.page().partition()));
            IndexPart part = new IndexPart(number, List.copyOf(keys), b.pages.size(), b.entry.index(), b.entry.store());
            parts.add(part);
            manifestParts.add(new ManifestPart(part.indexFile(), part.storeFile(), part.partitions(),
                part.documents(), part.index().length, part.store().length));
        }
        Manifest manifest = new Manifest(LunrIndexBuilder.LUNR_VERSION,
            fields.stream().map(SearchField::name).toList(), documentCount, manifestParts);
        return new SplitIndex(manifest.toJson(), parts);
    }

    private record Built(List<PreparedPage> pages, PartCache.Entry entry) {
    }

    /**
     * What search.js reads first. Written here, not by Jackson, which an unchanged site's build then never loads
     * (its start-up was a seventh of the search stage's time).
     */
    record Manifest(String lunr, List<String> fields, int documents, List<ManifestPart> parts) {

        byte[] toJson() {
            StringBuilder json = new StringBuilder(256 + 160 * parts.size());
            json.append("{\"lunr\":");
            string(json, lunr);
            json.append(",\"fields\":");
            strings(json, fields);
            json.append(",\"documents\":").append(documents).append(",\"parts\":[");
            for (int i = 0; i < parts.size(); i++) {
                ManifestPart part = parts.get(i);
                json.append(i == 0 ? "{" : ",{").append("\"index\":");
                string(json, part.index());
                json.append(",\"store\":");
                string(json, part.store());
                json.append(",\"partitions\":");
                strings(json, part.partitions());
                json.append(",\"documents\":").append(part.documents())
                    .append(",\"indexBytes\":").append(part.indexBytes())
                    .append(",\"storeBytes\":").append(part.storeBytes()).append('}');
            }
            return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
        }

        private static void strings(StringBuilder json, List<String> values) {
            json.append('[');
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    json.append(',');
                }
                string(json, values.get(i));
            }
            json.append(']');
        }

        private static void string(StringBuilder json, String value) {
            json.append('"').append(JsonText.escape(value)).append('"');
        }
    }

    record ManifestPart(String index, String store, List<String> partitions, int documents, long indexBytes,
                        long storeBytes) {
    }
}
