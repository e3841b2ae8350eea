package io.diffpress.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds a search index exactly as lunr.js 2.3.9 does with diffpress's build pipeline (lunr's default one with
 * CJK bigrams first and a Unicode-aware trimmer, see {@link TermPipeline}; search.js's {@code usePipeline} sets a
 * lunr builder up the same way), and serializes it byte for byte as {@code JSON.stringify(builder.build())}
 * would, so the browser can {@code lunr.Index.load} it. The search pipeline stays lunr's (the stemmer).
 *
 * <pre>{@code
 * LunrIndexBuilder builder = new LunrIndexBuilder("id", List.of(SearchField.of("title", 10), SearchField.of("body")));
 * builder.add(new SearchDocument("0", Map.of("title", "Release 1.2", "body", "...")));
 * byte[] json = builder.toJson();
 * }</pre>
 *
 * <p>Like lunr, adding a ref again replaces that ref's field vectors and boost but keeps its earlier
 * postings, and counts as one more document for idf. Not thread-safe.
 */
public final class LunrIndexBuilder {

    public static final String LUNR_VERSION = "2.3.9";

    /**
     * Names lunr cannot use as fields: "_index" is the posting's own key, and names inherited from
     * Object.prototype break lunr's per-field averages (it accumulates them in plain objects).
     */
    private static final Set<String> RESERVED_FIELD_NAMES = Set.of("_index", "__proto__", "constructor",
        "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString", "toString", "valueOf",
        "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__");

    private final String refField;
    private final List<SearchField> fields;
    private final TermPipeline pipeline;
    private final Map<String, IndexTerm> termsByText = new HashMap<>();
    private final List<IndexTerm> terms = new ArrayList<>();
    private final Map<String, IndexedDocument> documentsByRef = new HashMap<>();
    private final List<IndexedDocument> documents = new ArrayList<>();
    private int documentCount;

    /**
     * @param refField name of the ref field; it only matters when a field has the same name, which then
     *                 indexes the document's ref, as in lunr
     * @param fields   indexed fields; like lunr's object of fields, a repeated name keeps its first position
     *                 and its last boost, and names that are array indices ("0", "1") come first
     */
    public LunrIndexBuilder(String refField, List<SearchField> fields) {
        this(refField, fields, new TermPipeline());
    }

    /** With a pipeline (and its cache) shared between builders, as the splitter's many builds do. */
    LunrIndexBuilder(String refField, List<SearchField> fields, TermPipeline pipeline) {
        this.pipeline = pipeline;
        this.refField = Objects.requireNonNull(refField, "refField");
        Map<String, SearchField> byName = new LinkedHashMap<>();
        for (SearchField field : fields) {
            checkFieldName(field.name());
            byName.put(field.name(), field);
        }
        List<String> names = JsKeys.order(byName.keySet());
        List<SearchField> ordered = new ArrayList<>();
        for (String name : names) {
            ordered.add(byName.get(name));
        }
        this.fields = List.copyOf(ordered);
    }

    private static void checkFieldName(String name) {
        if (name.indexOf('/') >= 0) {
            throw new IllegalArgumentException("Field '" + name + "' contains illegal character '/'");
        }
        if (RESERVED_FIELD_NAMES.contains(name)) {
            throw new IllegalArgumentException("Field name '" + name + "' cannot be used with lunr");
        }
    }

    /** The fields in the order lunr serializes them. */
    public List<SearchField> fields() {
        return fields;
    }

    public String refField() {
        return refField;
    }

    /** Documents added, repeated refs included (lunr's documentCount). */
    public int documentCount() {
        return documentCount;
    }

    public LunrIndexBuilder addAll(Iterable<SearchDocument> docs) {
        for (SearchDocument doc : docs) {
            add(doc);
        }
        return this;
    }

    public LunrIndexBuilder add(SearchDocument doc) {
        return add(AnalyzedDocument.of(doc, refField, fields, pipeline));
    }

    /** Adds a document analysed with this builder's ref field and fields (in {@link #fields()} order). */
    LunrIndexBuilder add(AnalyzedDocument doc) {
        IndexedDocument indexed = documentsByRef.get(doc.ref());
        boolean readded = indexed != null;
        if (!readded) {
            indexed = new IndexedDocument(documents.size(), doc.ref(), fields.size());
            documentsByRef.put(doc.ref(), indexed);
            documents.add(indexed);
        }
        indexed.boost = doc.boost();
        documentCount++;
        for (int f = 0; f < fields.size(); f++) {
            indexField(indexed, f, doc.fields()[f], readded);
        }
        return this;
    }

    /** New terms get the next term index in order of first occurrence, as in lunr. */
    private void indexField(IndexedDocument doc, int field, FieldTerms analysed, boolean readded) {
        long[] frequencies = new long[analysed.size()];
        for (int i = 0; i < frequencies.length; i++) {
            String termText = analysed.terms[i];
            IndexTerm term = termsByText.get(termText);
            if (term == null) {
                term = new IndexTerm(termText, terms.size(), fields.size());
                termsByText.put(termText, term);
                terms.add(term);
            }
            term.addPosting(field, doc.id, readded);
            frequencies[i] = (long) term.index << 32 | analysed.counts[i];
        }
        Arrays.sort(frequencies);
        doc.termFrequencies[field] = frequencies;
        doc.fieldLengths[field] = analysed.length;
    }

    /** The serialized index as UTF-8 JSON. */
    public byte[] toJson() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try {
            writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public String toJsonString() {
        return new String(toJson(), StandardCharsets.UTF_8);
    }

    /** Writes the serialized index as UTF-8 JSON; does not close the stream. */
    public void writeTo(OutputStream out) throws IOException {
        new IndexJsonWriter(this).write(out);
    }

    List<IndexedDocument> documents() {
        return Collections.unmodifiableList(documents);
    }

    List<IndexTerm> terms() {
        return Collections.unmodifiableList(terms);
    }
}
