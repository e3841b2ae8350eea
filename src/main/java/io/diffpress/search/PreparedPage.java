package io.diffpress.search;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A page ready to be placed and indexed: its digest taken up front (cheap), its store entry's size and its lunr
 * analysis only when a part must be planned or built, which an unchanged site never needs.
 */
final class PreparedPage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SearchPage page;
    private int storeEntryBytes = -1;
    private final byte[] digest;
    private final List<SearchField> fields;
    private final TermPipeline pipeline;
    private final AtomicInteger analyses;
    private AnalyzedDocument analysed;

    /** @param analyses counts the pages analysed */
    PreparedPage(SearchPage page, List<SearchField> fields, TermPipeline pipeline, AtomicInteger analyses) {
        this.page = page;
        this.fields = fields;
        this.pipeline = pipeline;
        this.analyses = analyses;
        this.digest = PartKey.document(page, fields);
    }

    SearchPage page() {
        return page;
    }

    String partition() {
        return page.partition();
    }

    /** Size of the store entry's JSON, serialized only now: an unchanged site never needs it. */
    synchronized int storeEntryBytes() {
        if (storeEntryBytes < 0) {
            try {
                storeEntryBytes = JSON.writeValueAsBytes(page.entry()).length;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return storeEntryBytes;
    }

    /** SHA-256 of everything of the page that reaches a part or decides a cut. */
    byte[] digest() {
        return digest;
    }

    boolean sameAs(byte[] otherDigest) {
        return Arrays.equals(digest, otherDigest);
    }

    /** The lunr analysis (ref left empty: refs are given when the part is built). */
    synchronized AnalyzedDocument analysed() {
        if (analysed == null) {
            analyses.incrementAndGet();
            SearchDocument doc = new SearchDocument("", page.texts(), page.boost());
            analysed = AnalyzedDocument.of(doc, PartBuilder.REF_FIELD, fields, pipeline);
        }
        return analysed;
    }
}
