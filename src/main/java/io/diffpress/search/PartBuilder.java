package io.diffpress.search;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds one part of a split index, a lunr index and a store for the same documents, or takes it from the
 * {@link PartCache} when an earlier build made the same part.
 */
final class PartBuilder {

    static final String REF_FIELD = "ref";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A page ready to be placed and indexed: analysed once, its store entry serialized once. */
    record Prepared(SearchPage page, AnalyzedDocument document, byte[] storeEntry, byte[] digest) {
    }

    private final List<SearchField> fields;
    private final PartCache cache;
    private int built;

    PartBuilder(List<SearchField> fields, PartCache cache) {
        this.fields = fields;
        this.cache = cache;
    }

    static Prepared prepare(SearchPage page, List<SearchField> fields, TermPipeline pipeline) {
        SearchDocument doc = new SearchDocument("", page.fields(), page.boost());
        byte[] entry;
        try {
            entry = JSON.writeValueAsBytes(page.entry());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Prepared(page, AnalyzedDocument.of(doc, REF_FIELD, fields, pipeline), entry,
            PartKey.document(page, fields, entry));
    }

    /** The part's index and store; {@code newestFirst} get refs "0", "1", … in that order. */
    PartCache.Entry build(List<Prepared> newestFirst) {
        List<byte[]> digests = new ArrayList<>(newestFirst.size());
        newestFirst.forEach(p -> digests.add(p.digest()));
        String key = PartKey.part(fields, REF_FIELD, digests);
        return cache.get(key).orElseGet(() -> {
            PartCache.Entry entry = buildNow(newestFirst);
            cache.put(key, entry);
            return entry;
        });
    }

    private PartCache.Entry buildNow(List<Prepared> newestFirst) {
        built++;
        LunrIndexBuilder builder = new LunrIndexBuilder(REF_FIELD, fields);
        SearchStore store = new SearchStore();
        for (int i = 0; i < newestFirst.size(); i++) {
            String ref = Integer.toString(i);
            builder.add(newestFirst.get(i).document().withRef(ref));
            store.put(ref, newestFirst.get(i).page().entry());
        }
        return new PartCache.Entry(builder.toJson(), store.toJson());
    }

    /** Parts built rather than taken from the cache. */
    int built() {
        return built;
    }
}
