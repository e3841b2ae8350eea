package io.diffpress.search;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A page ready to be placed and indexed: its store entry serialized and its digest taken up front (both
 * cheap), its lunr analysis only when a part must be planned or built, which an unchanged site never needs.
 */
final class PreparedPage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SearchPage page;
    private final byte[] storeEntry;
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
        try {
            this.storeEntry = JSON.writeValueAsBytes(page.entry());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.digest = PartKey.document(page, fields, storeEntry);
    }

    SearchPage page() {
        return page;
    }

    String partition() {
        return page.partition();
    }

    int storeEntryBytes() {
        return storeEntry.length;
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
