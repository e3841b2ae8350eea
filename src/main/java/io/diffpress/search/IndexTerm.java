package io.diffpress.search;

import java.util.Arrays;

/** A term of the inverted index: its termIndex and, per field, the ids of the documents containing it. */
final class IndexTerm {

    final String text;
    final int index;
    private final int[][] postings;
    private final int[] postingSizes;

    IndexTerm(String text, int index, int fieldCount) {
        this.text = text;
        this.index = index;
        this.postings = new int[fieldCount][];
        this.postingSizes = new int[fieldCount];
    }

    /** Records the document under a field; {@code mayRepeat} for a re-added ref, which may be there already. */
    void addPosting(int field, int docId, boolean mayRepeat) {
        int size = postingSizes[field];
        int[] ids = postings[field];
        if (mayRepeat) {
            for (int i = 0; i < size; i++) {
                if (ids[i] == docId) {
                    return;
                }
            }
        }
        if (ids == null) {
            ids = postings[field] = new int[2];
        } else if (size == ids.length) {
            ids = postings[field] = Arrays.copyOf(ids, size * 2);
        }
        ids[size] = docId;
        postingSizes[field] = size + 1;
    }

    /** Document ids under a field, in the order they were first inserted. */
    int[] documents(int field) {
        int[] ids = postings[field];
        return ids == null ? new int[0] : Arrays.copyOf(ids, postingSizes[field]);
    }

    /** n in lunr.idf: the number of (field, document) pairs in this term's posting. */
    int fieldDocumentPairs() {
        int n = 0;
        for (int size : postingSizes) {
            n += size;
        }
        return n;
    }
}
