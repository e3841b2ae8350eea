package io.diffpress.search;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Splits a site's search index into parts of at most {@code maxPartBytes} (raw index + store JSON) so that
 * the browser can load the newest part first and the rest after the first results show.
 *
 * <p>Pages are ordered by partition key, newest (greatest key) first, in input order within a partition.
 * {@link PartPlanner} cuts that list from its oldest end by estimated sizes, so adding pages at the newest
 * end changes only the newest part. Each part is then built once (or taken from the {@link PartCache}) and
 * its real size checked: a part over the limit, which the estimate makes rare, loses its newest pages to
 * the next part. A single page larger than the limit gets a part of its own.
 *
 * <p>Refs are positions within a part ("0" is its newest page), so a part's bytes depend only on its own
 * pages; search.js looks results up in the store of the part that found them. File numbers count from the
 * oldest part, so that a new part at the newest end leaves the other files' names alone. Each part is a
 * separate lunr index with its own idf, so merged scores differ slightly from those of one big index.
 */
public final class IndexSplitter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<SearchField> fields;
    private final long maxPartBytes;
    private final PartCache cache;
    private final long emptyIndexBytes;
    /** The pipeline is a pure function of the token, so one cache serves every page. */
    private final TermPipeline pipeline = new TermPipeline();
    private int partsBuilt;

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
        List<PartBuilder.Prepared> oldestFirst = new ArrayList<>();
        for (SearchPage page : newestFirst(pages)) {
            oldestFirst.add(PartBuilder.prepare(page, fields, pipeline));
        }
        Collections.reverse(oldestFirst);
        List<PartPlanner.Item> items = new ArrayList<>(oldestFirst.size());
        oldestFirst.forEach(p -> items.add(new PartPlanner.Item(p.page().partition(), p.document(), p.storeEntry().length)));

        PartPlanner planner = new PartPlanner(fields, emptyIndexBytes, maxPartBytes);
        PartBuilder builder = new PartBuilder(fields, cache);
        List<Built> parts = new ArrayList<>();
        List<PartPlanner.Cut> cuts = planner.plan(items, 0);
        for (int c = 0; c < cuts.size(); c++) {
            PartPlanner.Cut cut = cuts.get(c);
            List<PartBuilder.Prepared> newest = reversed(oldestFirst.subList(cut.from(), cut.to()));
            PartCache.Entry entry = builder.build(newest);
            long bytes = (long) entry.index().length + entry.store().length;
            if (bytes > maxPartBytes && cut.size() > 1) {
                // The estimate was short: keep a share of the pages that should fit, and cut the rest again.
                int keep = (int) Math.max(1, Math.min(cut.size() - 1, (long) cut.size() * maxPartBytes / bytes));
                cuts = new ArrayList<>(cuts.subList(0, c));
                cuts.add(new PartPlanner.Cut(cut.from(), cut.from() + keep));
                cuts.addAll(planner.plan(items, cut.from() + keep));
                c--;
                continue;
            }
            parts.add(new Built(newest, entry));
        }
        cache.prune();
        partsBuilt = builder.built();
        return assemble(parts, pages.size());
    }

    /** Parts the last {@link #split} built rather than took from the cache (shrinking included). */
    public int partsBuilt() {
        return partsBuilt;
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
        try {
            return new SplitIndex(JSON.writeValueAsBytes(manifest), parts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Built(List<PartBuilder.Prepared> pages, PartCache.Entry entry) {
    }

    @JsonPropertyOrder({"lunr", "fields", "documents", "parts"})
    record Manifest(String lunr, List<String> fields, int documents, List<ManifestPart> parts) {
    }

    @JsonPropertyOrder({"index", "store", "partitions", "documents", "indexBytes", "storeBytes"})
    record ManifestPart(String index, String store, List<String> partitions, int documents, long indexBytes,
                        long storeBytes) {
    }
}
