package io.diffpress.search;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Splits a site's search index into parts of at most {@code maxPartBytes} (raw index + store JSON) so that
 * the browser can load the newest part first and the rest on demand.
 *
 * <p>Pages are grouped by partition key, newest (greatest key) first; consecutive partitions share a part
 * while they fit, and a partition too large for one part is cut into consecutive chunks (in input order),
 * each filled to between 90% and 100% of the limit where the page sizes allow.
 * A single page larger than the limit gets a part of its own. Refs are ordinals ("0", "1", …) in that
 * order, unique across parts so that results can be merged.
 *
 * <p>Each part is a separate lunr index, so idf (and hence scores) are computed per part; merged results
 * rank well but not exactly as one index would.
 */
public final class IndexSplitter {

    private static final String REF_FIELD = "ref";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<SearchField> fields;
    private final long maxPartBytes;
    /** Shared by every trial build: the pipeline is a pure function of the token, so its cache carries over. */
    private final TermPipeline pipeline = new TermPipeline();

    public IndexSplitter(List<SearchField> fields, long maxPartBytes) {
        if (maxPartBytes <= 0) {
            throw new IllegalArgumentException("maxPartBytes must be positive: " + maxPartBytes);
        }
        // through a builder: validates the names now rather than per part, and gives lunr's field order
        this.fields = new LunrIndexBuilder(REF_FIELD, fields).fields();
        this.maxPartBytes = maxPartBytes;
    }

    public SplitIndex split(List<SearchPage> pages) {
        List<Built> parts = new ArrayList<>();
        Built current = null;
        for (List<Ref> partition : partitionsNewestFirst(pages)) {
            if (current != null && mightFitTogether(current, partition, parts)) {
                List<Ref> merged = new ArrayList<>(current.refs);
                merged.addAll(partition);
                Built mergedBuilt = build(merged);
                if (mergedBuilt.fits()) {
                    current = mergedBuilt;
                    continue;
                }
            }
            if (current != null) {
                parts.add(current);
                current = null;
            }
            int from = 0;
            while (from < partition.size()) {
                Built chunk = largestFittingPrefix(partition, from, parts);
                from += chunk.refs.size();
                if (from < partition.size()) {
                    parts.add(chunk);
                } else {
                    current = chunk; // the tail may still share a part with the next partition
                }
            }
        }
        if (current != null) {
            parts.add(current);
        }
        return assemble(parts, pages.size());
    }

    /** Skips building a merge that the bytes per page seen so far say would be far over the limit. */
    private boolean mightFitTogether(Built current, List<Ref> partition, List<Built> done) {
        List<Built> seen = new ArrayList<>(done);
        seen.add(current);
        double bytesPerPage = bytesPerPage(seen);
        return current.rawBytes() + bytesPerPage * partition.size() <= maxPartBytes * 1.1;
    }

    /** Groups pages by partition (greatest key first), assigning ordinal refs in that order. */
    private static List<List<Ref>> partitionsNewestFirst(List<SearchPage> pages) {
        Map<String, List<SearchPage>> byKey = new LinkedHashMap<>();
        for (SearchPage page : pages) {
            byKey.computeIfAbsent(page.partition(), k -> new ArrayList<>()).add(page);
        }
        List<String> keys = new ArrayList<>(byKey.keySet());
        keys.sort(Comparator.reverseOrder());
        List<List<Ref>> partitions = new ArrayList<>();
        int ordinal = 0;
        for (String key : keys) {
            List<Ref> refs = new ArrayList<>();
            for (SearchPage page : byKey.get(key)) {
                refs.add(new Ref(Integer.toString(ordinal++), page));
            }
            partitions.add(refs);
        }
        return partitions;
    }

    /**
     * A long prefix of {@code partition[from..]} that fits (at least one page). Every probe builds an index,
     * so instead of bisecting it scales the page count by limit ÷ size (sizes grow about linearly with
     * pages), within the bounds found so far, and settles for a part filled to 90% of the limit.
     */
    private Built largestFittingPrefix(List<Ref> partition, int from, List<Built> done) {
        int remaining = partition.size() - from;
        int lo = 0;              // longest prefix known to fit
        int hi = remaining + 1;  // shortest prefix known not to fit
        Built best = null;
        double bytesPerPage = bytesPerPage(done);
        int k = bytesPerPage > 0 ? (int) Math.min(remaining, Math.max(1, maxPartBytes * 0.97 / bytesPerPage))
            : Math.min(remaining, 16);
        while (true) {
            Built probe = build(partition.subList(from, from + k));
            if (probe.fits()) {
                lo = k;
                best = probe;
                if (k == remaining || probe.rawBytes() >= maxPartBytes * 0.9) {
                    return probe;
                }
            } else {
                hi = k;
                if (k == 1) {
                    return probe; // one page over the limit still gets a part
                }
            }
            if (hi - lo <= 1) {
                return best;
            }
            int scaled = (int) Math.min(Integer.MAX_VALUE, (long) (k * (maxPartBytes * 0.97 / probe.rawBytes())));
            k = Math.max(lo + 1, Math.min(hi - 1, scaled));
        }
    }

    private static double bytesPerPage(List<Built> builds) {
        long bytes = 0;
        long pages = 0;
        for (Built built : builds) {
            bytes += built.rawBytes();
            pages += built.refs.size();
        }
        return pages == 0 ? 0 : (double) bytes / pages;
    }

    private Built build(List<Ref> refs) {
        LunrIndexBuilder builder = new LunrIndexBuilder(REF_FIELD, fields, pipeline);
        SearchStore store = new SearchStore();
        for (Ref ref : refs) {
            builder.add(new SearchDocument(ref.ref, ref.page.fields(), ref.page.boost()));
            store.put(ref.ref, ref.page.entry());
        }
        return new Built(List.copyOf(refs), builder.toJson(), store.toJson(), maxPartBytes);
    }

    private SplitIndex assemble(List<Built> built, int documentCount) {
        List<IndexPart> parts = new ArrayList<>();
        List<ManifestPart> manifestParts = new ArrayList<>();
        for (Built b : built) {
            LinkedHashSet<String> keys = new LinkedHashSet<>();
            b.refs.forEach(r -> keys.add(r.page.partition()));
            IndexPart part = new IndexPart(parts.size(), List.copyOf(keys), b.refs.size(), b.index, b.store,
                PayloadSize.of(b.index), PayloadSize.of(b.store));
            parts.add(part);
            manifestParts.add(new ManifestPart(part.indexFile(), part.storeFile(), part.partitions(),
                part.documents(), part.indexSize().raw(), part.indexSize().gzip(), part.storeSize().raw(),
                part.storeSize().gzip()));
        }
        Manifest manifest = new Manifest(LunrIndexBuilder.LUNR_VERSION,
            fields.stream().map(SearchField::name).toList(), documentCount, manifestParts);
        try {
            return new SplitIndex(JSON.writeValueAsBytes(manifest), parts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Ref(String ref, SearchPage page) {
    }

    private record Built(List<Ref> refs, byte[] index, byte[] store, long limit) {
        long rawBytes() {
            return (long) index.length + store.length;
        }

        boolean fits() {
            return rawBytes() <= limit;
        }
    }

    @JsonPropertyOrder({"lunr", "fields", "documents", "parts"})
    record Manifest(String lunr, List<String> fields, int documents, List<ManifestPart> parts) {
    }

    @JsonPropertyOrder({"index", "store", "partitions", "documents", "indexBytes", "indexGzipBytes", "storeBytes",
        "storeGzipBytes"})
    record ManifestPart(String index, String store, List<String> partitions, int documents, long indexBytes,
                        long indexGzipBytes, long storeBytes, long storeGzipBytes) {
    }
}
