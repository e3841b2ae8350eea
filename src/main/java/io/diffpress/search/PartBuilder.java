package io.diffpress.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds one part of a split index, a lunr index and a store for the same documents, or takes it from the
 * {@link PartCache} when an earlier build made the same part. Safe to use from several threads.
 */
final class PartBuilder {

    static final String REF_FIELD = "ref";

    private final List<SearchField> fields;
    private final PartCache cache;
    private final java.util.concurrent.atomic.AtomicInteger built = new java.util.concurrent.atomic.AtomicInteger();

    PartBuilder(List<SearchField> fields, PartCache cache) {
        this.fields = fields;
        this.cache = cache;
    }

    /** The part's index and store; {@code newestFirst} get refs "0", "1", … in that order. */
    PartCache.Entry build(List<PreparedPage> newestFirst) {
        List<byte[]> digests = new ArrayList<>(newestFirst.size());
        newestFirst.forEach(p -> digests.add(p.digest()));
        String key = PartKey.part(fields, REF_FIELD, digests);
        return cache.get(key).orElseGet(() -> {
            PartCache.Entry entry = buildNow(newestFirst);
            cache.put(key, entry);
            return entry;
        });
    }

    private PartCache.Entry buildNow(List<PreparedPage> newestFirst) {
        built.incrementAndGet();
        LunrIndexBuilder builder = new LunrIndexBuilder(REF_FIELD, fields);
        SearchStore store = new SearchStore();
        for (int i = 0; i < newestFirst.size(); i++) {
            String ref = Integer.toString(i);
            builder.add(newestFirst.get(i).analysed().withRef(ref));
            store.put(ref, newestFirst.get(i).page().entry());
        }
        return new PartCache.Entry(builder.toJson(), store.toJson());
    }

    /** Parts built rather than taken from the cache. */
    int built() {
        return built.get();
    }
}
