package io.diffpress.search;

/**
 * What the index keeps of one ref: its boost and, per field, the length and term frequencies of the
 * latest document added under that ref (lunr overwrites both when a ref is added again).
 */
final class IndexedDocument {

    final int id;
    final String ref;
    final JsonText refJson;
    /** The ref as a JavaScript array index, or {@link JsKeys#NOT_AN_INDEX}. */
    final long arrayIndex;
    double boost;
    final int[] fieldLengths;
    /** Per field: (termIndex << 32 | termFrequency), sorted by termIndex. */
    final long[][] termFrequencies;

    IndexedDocument(int id, String ref, int fieldCount) {
        this.id = id;
        this.ref = ref;
        this.refJson = new JsonText(ref);
        this.arrayIndex = JsKeys.arrayIndex(ref);
        this.fieldLengths = new int[fieldCount];
        this.termFrequencies = new long[fieldCount][];
    }
}
