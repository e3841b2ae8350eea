package io.diffpress.search;

import java.util.Arrays;
import java.util.List;

/**
 * The order of doc refs inside a posting's field object: JavaScript key order over the order in which
 * the refs were inserted into that object (see {@link JsKeys}).
 */
final class PostingOrder {

    private PostingOrder() {
    }

    static int[] inJsKeyOrder(int[] insertionOrder, List<IndexedDocument> documents) {
        if (isInKeyOrder(insertionOrder, documents)) {
            return insertionOrder;
        }
        Integer[] boxed = Arrays.stream(insertionOrder).boxed().toArray(Integer[]::new);
        // Arrays.sort on objects is stable: non-index refs keep their insertion order.
        Arrays.sort(boxed, (a, b) -> JsKeys.compareIndices(documents.get(a).arrayIndex, documents.get(b).arrayIndex));
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    /** The common cases (ordinal refs added in order, or no numeric refs) need no sorting. */
    private static boolean isInKeyOrder(int[] ids, List<IndexedDocument> documents) {
        long previous = -1;
        boolean seenNonIndex = false;
        for (int id : ids) {
            long index = documents.get(id).arrayIndex;
            if (index == JsKeys.NOT_AN_INDEX) {
                seenNonIndex = true;
            } else if (seenNonIndex || index < previous) {
                return false;
            } else {
                previous = index;
            }
        }
        return true;
    }
}
